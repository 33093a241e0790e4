package nl.baken.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The content of {@code keyslots.json}: the vault's id, the wrapped copies of the database key and a MAC over the id
 * and all slots, keyed from the database key, so a slot added, removed or edited outside Baken is noticed after
 * unlock, and key slots are only accepted with the database whose vault id they name. The MAC also covers the audit
 * log's head ({@link ChainHead}, null until the first entry is anchored; ADR 0013).
 */
public record KeySlots(int format, String vaultId, List<KeySlot> slots, ChainHead auditHead, byte[] mac) {

    /**
     * Format 3 names each slot's binding (the cipher bound in its tag); format 2 (vault id bound, issue 12) still
     * opens and is written back as format 3; format 1 files, from before any real vault existed, are refused.
     */
    public static final int FORMAT = 3;
    /** The format written before the cipher was bound into each slot's tag. */
    public static final int LEGACY_FORMAT = 2;

    public KeySlots {
        slots = List.copyOf(slots);
    }

    public List<KeySlot> workers() {
        return slots.stream().filter(s -> s.kind() == KeySlot.Kind.WORKER).toList();
    }

    public Optional<KeySlot> worker(String name) {
        return workers().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<KeySlot> recovery() {
        return slots.stream().filter(s -> s.kind() == KeySlot.Kind.RECOVERY).findFirst();
    }

    /** A copy with {@code slot} replacing the slot of the same id, or added at the end; the MAC is recomputed. */
    KeySlots with(KeySlot slot, byte[] databaseKey) {
        List<KeySlot> next = new ArrayList<>();
        boolean replaced = false;
        for (KeySlot s : slots) {
            if (s.id().equals(slot.id())) {
                next.add(slot);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) {
            next.add(slot);
        }
        return sealed(vaultId, next, auditHead, databaseKey);
    }

    KeySlots without(String slotId, byte[] databaseKey) {
        return sealed(vaultId, slots.stream().filter(s -> !s.id().equals(slotId)).toList(), auditHead, databaseKey);
    }

    /** A copy anchoring the audit log at {@code head}; the MAC is recomputed. */
    KeySlots withAuditHead(ChainHead head, byte[] databaseKey) {
        return sealed(vaultId, slots, head, databaseKey);
    }

    static KeySlots sealed(String vaultId, List<KeySlot> slots, byte[] databaseKey) {
        return sealed(vaultId, slots, null, databaseKey);
    }

    static KeySlots sealed(String vaultId, List<KeySlot> slots, ChainHead auditHead, byte[] databaseKey) {
        return new KeySlots(FORMAT, vaultId, slots, auditHead, computeMac(vaultId, slots, auditHead, databaseKey));
    }

    /** True when the MAC matches what this database key gives for these slots. */
    boolean macMatches(byte[] databaseKey) {
        return mac != null && MessageDigest.isEqual(mac, computeMac(vaultId, slots, auditHead, databaseKey));
    }

    private static byte[] computeMac(String vaultId, List<KeySlot> slots, ChainHead auditHead, byte[] databaseKey) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(databaseKey, "HmacSHA256"));
            byte[] macKey = hmac.doFinal("baken keyslots mac v2".getBytes(StandardCharsets.UTF_8));
            hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            java.util.Arrays.fill(macKey, (byte) 0);
            hmac.update(("vault|" + vaultId + "\n").getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            for (KeySlot s : slots) {
                String line = new String(s.associatedData(), StandardCharsets.UTF_8) + "|" + s.created() + "|"
                        + b64.encodeToString(s.kdf().salt()) + "|" + b64.encodeToString(s.nonce()) + "|"
                        + b64.encodeToString(s.wrappedKey()) + "\n";
                hmac.update(line.getBytes(StandardCharsets.UTF_8));
            }
            if (auditHead != null) {
                // Only when present, so a file from before the anchor keeps its MAC; its presence is covered too.
                hmac.update(("audit|" + auditHead.count() + "|" + auditHead.hash() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
