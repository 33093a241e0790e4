package nl.baken.vault;

import java.time.Instant;

/**
 * An unlock that was refused: when, whose slot (empty when no worker was named, or an unknown one) and with what
 * kind of secret. Kept outside the vault, since it happens without the key, until the next unlock audits it.
 */
public record FailedUnlock(Instant at, String slotId, Kind kind) {

    /** What was tried. */
    public enum Kind { PASSPHRASE, RECOVERY_CODE }
}
