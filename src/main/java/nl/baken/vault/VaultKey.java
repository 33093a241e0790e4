package nl.baken.vault;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.baken.store.Sealer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * A vault's database key, opened from a copy of its key slots (the one a backup carries) by any worker's
 * passphrase or the recovery code, with the slots' MAC checked. It hands out derived keys and opens databases, never
 * the key itself; {@link #close()} zeroes it.
 */
public final class VaultKey implements AutoCloseable {

    private final byte[] key;
    private final String vaultId;
    private final byte[] keySlots;
    private final String openedBy;

    private VaultKey(byte[] key, String vaultId, byte[] keySlots, String openedBy) {
        this.key = key;
        this.vaultId = vaultId;
        this.keySlots = keySlots.clone();
        this.openedBy = openedBy;
    }

    /**
     * Tries {@code secret} against every worker slot of {@code keySlotsJson}, then (when it has the shape of one)
     * as the recovery code. Throws {@link VaultException} WRONG_PASSPHRASE when nothing opens, KEYSLOTS_DAMAGED or
     * KEYSLOTS_TAMPERED for slots that are not Baken's as written.
     */
    public static VaultKey open(byte[] keySlotsJson, char[] secret) {
        KeySlots slots = KeySlotFile.parse(keySlotsJson);
        for (KeySlot slot : slots.workers()) {
            Optional<byte[]> key = Vault.unwrap(slot, secret);
            if (key.isPresent()) {
                return checked(slots, key.get(), keySlotsJson, slot.id());
            }
        }
        char[] code = RecoveryCode.normalise(secret);
        try {
            if (code.length > 0 && slots.recovery().isPresent()) {
                Optional<byte[]> key = Vault.unwrap(slots.recovery().get(), code);
                if (key.isPresent()) {
                    return checked(slots, key.get(), keySlotsJson, slots.recovery().get().id());
                }
            }
        } finally {
            Secrets.zero(code);
        }
        throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE);
    }

    /** The key of an open vault, for a backup made while it is open. */
    static VaultKey of(byte[] key, String vaultId, byte[] keySlots, String openedBy) {
        return new VaultKey(key.clone(), vaultId, keySlots, openedBy);
    }

    private static VaultKey checked(KeySlots slots, byte[] key, byte[] json, String openedBy) {
        if (!slots.macMatches(key)) {
            Secrets.zero(key);
            throw new VaultException(VaultException.Reason.KEYSLOTS_TAMPERED);
        }
        return new VaultKey(key, slots.vaultId(), json, openedBy);
    }

    /**
     * This key over other key slots of the same vault, such as a backup's (written a moment before, while the audit
     * anchor in keyslots.json moves on): they must be this vault's and their MAC must match this key. Throws
     * {@link VaultException} KEYSLOTS_DAMAGED or KEYSLOTS_TAMPERED otherwise.
     */
    public VaultKey over(byte[] otherKeySlotsJson) {
        KeySlots slots = KeySlotFile.parse(otherKeySlotsJson);
        if (!slots.vaultId().equals(vaultId)) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_TAMPERED);
        }
        return checked(slots, key.clone(), otherKeySlotsJson, openedBy);
    }

    public String vaultId() {
        return vaultId;
    }

    /** The id of the slot that opened this key: a worker's, or the recovery slot's (the audit log's "who"). */
    public String openedBy() {
        return openedBy;
    }

    /** The key slots this key came from (or belongs to), as keyslots.json holds them. */
    public byte[] keySlots() {
        return keySlots.clone();
    }

    /** A 256-bit key for one purpose ({@code info}, e.g. "baken backup v1") and {@code salt}: HKDF-SHA256. */
    public byte[] derive(String info, byte[] salt) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(key, salt, info.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    /** The sealer of this vault's personal values. */
    public Sealer sealer() {
        return Sealer.forDatabaseKey(key);
    }

    /** H2's file key for this vault, as hex characters the caller zeroes. */
    public char[] fileKey() {
        return Secrets.hex(key);
    }

    byte[] keyCopy() {
        return key.clone();
    }

    @Override
    public void close() {
        Secrets.zero(key);
    }
}
