package nl.baken.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Queue;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Seals every personal value in the application, inside H2's own (unauthenticated) file encryption: AES-256-GCM
 * under a sub-key derived from the database key with HKDF-SHA256, a random 96-bit nonce per value, and the table,
 * the row's primary key and the column as associated data. A flipped bit, or a value copied to another row or
 * column, fails its tag and is reported as {@link StoreException.Reason#DAMAGED} with the table and row id only.
 * Stored form: one version byte, the nonce, then ciphertext and tag.
 */
public final class Sealer {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Bytes a sealed value takes beyond its UTF-8 text. */
    public static final int OVERHEAD = 1 + NONCE_BYTES + TAG_BITS / 8;
    private static final int VALUE_TOO_LONG = 22001;
    private static final byte[] INFO = "baken sealed columns v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final SecureRandom random;
    /**
     * Ciphers that sealed or opened a value without fault, for the next: one new {@code Cipher} per value allocated
     * about 5 KB and expanded the key again, so the unlock's check of 421,000 values at 10,000 cases allocated 2.3 GB
     * and the app's heap grew to 0.8–1.2 GB while it ran (docs/performance.md). A cipher is used by one thread
     * between {@link #cipher} and {@link #reuse}; there are as many as threads that seal or open at once. They hold
     * the key as this sealer does, and go with it.
     */
    private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();

    private Sealer(byte[] subKey, SecureRandom random) {
        this.key = subKey == null ? null : new SecretKeySpec(subKey, "AES");
        this.random = random;
    }

    /** Keeps values as plain UTF-8: only for the benchmark's unencrypted baseline (see {@code Store.openPlain}). */
    static Sealer unsealedForBenchmark() {
        return new Sealer(null, null);
    }

    /** The sealer for a vault's database key; the caller keeps (and zeroes) its own copy of the key. */
    public static Sealer forDatabaseKey(byte[] databaseKey) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(databaseKey, null, INFO));
        byte[] subKey = new byte[32];
        hkdf.generateBytes(subKey, 0, subKey.length);
        try {
            return new Sealer(subKey, new SecureRandom());
        } finally {
            Arrays.fill(subKey, (byte) 0);
        }
    }

    /** Seals {@code text} for {@code column} of the row whose primary key is {@code rowKey}; null stays null. */
    public byte[] seal(Field<byte[]> column, String text, Object... rowKey) {
        if (text == null) {
            return null;
        }
        int length = column.getDataType().length();
        if (length > 0 && text.length() > (length - OVERHEAD) / 4) {
            // The limit the column had in characters before it held sealed bytes (see V5); H2's own code for it.
            throw new StoreException(StoreException.Reason.WRITE_FAILED, VALUE_TOO_LONG);
        }
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        if (key == null) {
            return plain;
        }
        byte[] out = new byte[OVERHEAD + plain.length];
        out[0] = VERSION;
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(column, rowKey));
            cipher.doFinal(plain, 0, plain.length, out, 1 + NONCE_BYTES);
            reuse(cipher);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Opens a value sealed by {@link #seal}; null stays null. A value that fails its tag (changed, or moved from
     * another row or column) throws {@link StoreException.Reason#DAMAGED} naming the table and row id.
     */
    public String open(Field<byte[]> column, byte[] sealed, Object... rowKey) {
        if (sealed == null) {
            return null;
        }
        if (key == null) {
            return new String(sealed, StandardCharsets.UTF_8);
        }
        if (sealed.length < OVERHEAD || sealed[0] != VERSION) {
            throw damaged(column, rowKey);
        }
        byte[] plain = null;
        try {
            Cipher cipher = cipher();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(column, rowKey));
            plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            reuse(cipher);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(plain)).toString();
        } catch (AEADBadTagException | CharacterCodingException e) {
            throw damaged(column, rowKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** A cipher that has done its last work without fault, or a new one. */
    private Cipher cipher() throws GeneralSecurityException {
        Cipher cipher = ciphers.poll();
        return cipher != null ? cipher : Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** Only after a value was sealed or opened whole: a cipher that threw is left to the collector. */
    private void reuse(Cipher cipher) {
        ciphers.offer(cipher);
    }

    /** The row id as the check and the damage reports show it: the primary key's values joined by {@code /}. */
    public static String rowId(Object... rowKey) {
        StringJoiner id = new StringJoiner("/");
        for (Object part : rowKey) {
            id.add(String.valueOf(part));
        }
        return id.toString();
    }

    private static byte[] associatedData(Field<byte[]> column, Object... rowKey) {
        String text = String.join("\u0000", "baken-sealed-v1", tableName(column), rowId(rowKey), column.getName());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String tableName(Field<byte[]> column) {
        if (column instanceof TableField<?, ?> field) {
            Table<?> table = field.getTable();
            return table.getName();
        }
        throw new IllegalArgumentException("not a table column");
    }

    private static StoreException damaged(Field<byte[]> column, Object... rowKey) {
        return StoreException.damaged(tableName(column) + " " + rowId(rowKey));
    }
}
