package nl.baken.vault;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One copy of the database key, wrapped for one worker's passphrase or for the recovery code.
 *
 * @param id         random id, also the worker's id in the audit log
 * @param kind       {@link Kind#WORKER} or {@link Kind#RECOVERY}
 * @param name       the worker's display name (empty for the recovery slot)
 * @param admin      true for the administrator, who may add and remove workers
 * @param created    when the slot was (last) written
 * @param kdf        Argon2id parameters and salt
 * @param cipher     the cipher that wrapped the key ({@code "AES-256-GCM"}, the only one Baken writes)
 * @param binding    which associated data the tag covers: {@link #BINDING} for every slot Baken writes now,
 *                   {@link #LEGACY_BINDING} for a slot written before the cipher was bound (format-2 files)
 * @param nonce      AES-GCM nonce
 * @param wrappedKey the database key encrypted with the derived key, GCM tag included
 */
public record KeySlot(String id, Kind kind, String name, boolean admin, Instant created, KdfParameters kdf,
                      String cipher, int binding, byte[] nonce, byte[] wrappedKey) {

    /** Associated data v2: id, kind, name, role, KDF parameters and the cipher. */
    public static final int BINDING = 2;
    /** Associated data v1 (key files of format 2): the same without the cipher; still opens, re-bound at unlock. */
    public static final int LEGACY_BINDING = 1;

    /** What a slot opens for. */
    public enum Kind { WORKER, RECOVERY }

    /**
     * Binds id, kind, name, role, KDF parameters and (from binding 2) the cipher to the wrapped key, so changing any
     * of them in keyslots.json breaks the tag, and so does turning a binding-2 slot back into a legacy one. The
     * file reader already refuses any parameter set or cipher Baken does not write; this makes the refusal hold
     * even when a second set is accepted one day (old defaults kept so old slots open).
     */
    byte[] associatedData() {
        String text = binding == LEGACY_BINDING
                ? String.join("|", "baken-keyslot-v1", id, kind.name(), name, Boolean.toString(admin),
                        kdf.algorithm(), Integer.toString(kdf.memoryKiB()), Integer.toString(kdf.iterations()),
                        Integer.toString(kdf.parallelism()))
                : String.join("|", "baken-keyslot-v2", id, kind.name(), name, Boolean.toString(admin),
                        kdf.algorithm(), Integer.toString(kdf.memoryKiB()), Integer.toString(kdf.iterations()),
                        Integer.toString(kdf.parallelism()), cipher);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
