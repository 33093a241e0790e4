package nl.baken.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The outer layout of a backup file (ADR 0012): magic, format version, the preamble in clear (the salt of the backup
 * key and a copy of the key slots, which the key is opened from), then sealed chunks. The SHA-256 of everything
 * before the chunks is part of every chunk's associated data, so a changed preamble fails every chunk.
 */
final class BackupFormat {

    static final byte[] MAGIC = "BAKENBK\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int SALT_BYTES = 32;
    static final int MAX_KEY_SLOTS = 1024 * 1024;
    /** Plaintext bytes per chunk: small enough to hold two in memory, large enough that the tags cost nothing. */
    static final int CHUNK_BYTES = 256 * 1024;
    static final String KEY_INFO = "baken backup v1";

    /** The preamble: the salt of this backup's key and the key slots as keyslots.json held them. */
    record Preamble(byte[] salt, byte[] keySlots) {

        byte[] bytes() throws IOException {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buf);
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.write(salt);
            out.writeInt(keySlots.length);
            out.write(keySlots);
            out.flush();
            return buf.toByteArray();
        }

        /** SHA-256 of the preamble's bytes as written: the chunks' associated data starts with it. */
        byte[] digest() throws IOException {
            return sha256(bytes());
        }

        static Preamble read(DataInputStream in) throws IOException {
            byte[] magic = new byte[MAGIC.length];
            try {
                in.readFully(magic);
            } catch (EOFException e) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP);
            }
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP);
            }
            try {
                int version = in.readInt();
                if (version != VERSION) {
                    throw new BackupException(BackupException.Reason.UNKNOWN_VERSION);
                }
                byte[] salt = new byte[SALT_BYTES];
                in.readFully(salt);
                int length = in.readInt();
                if (length <= 0 || length > MAX_KEY_SLOTS) {
                    throw new BackupException(BackupException.Reason.DAMAGED);
                }
                byte[] slots = new byte[length];
                in.readFully(slots);
                return new Preamble(salt, slots);
            } catch (EOFException e) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private BackupFormat() {
    }
}
