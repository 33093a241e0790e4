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
 * @param nonce      AES-GCM nonce
 * @param wrappedKey the database key encrypted with the derived key, GCM tag included
 */
public record KeySlot(String id, Kind kind, String name, boolean admin, Instant created, KdfParameters kdf,
                      byte[] nonce, byte[] wrappedKey) {

    /** What a slot opens for. */
    public enum Kind { WORKER, RECOVERY }

    /** Binds id, kind, name, role and KDF parameters to the wrapped key, so changing any of them breaks the tag. */
    byte[] associatedData() {
        String text = String.join("|", "baken-keyslot-v1", id, kind.name(), name, Boolean.toString(admin),
                kdf.algorithm(), Integer.toString(kdf.memoryKiB()), Integer.toString(kdf.iterations()),
                Integer.toString(kdf.parallelism()));
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
