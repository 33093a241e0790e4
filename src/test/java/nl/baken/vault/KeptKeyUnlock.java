package nl.baken.vault;

/**
 * Test bridge to {@link Vault#unlock(VaultKey)}: the crash tests in other packages unlock after every kill with the key
 * they opened once, so no Argon2id is paid per kill.
 */
public final class KeptKeyUnlock {

    private KeptKeyUnlock() {
    }

    /** Unlocks {@code vault} read-write, as the app does, with {@code key} (from its key slots). */
    public static UnlockedVault unlock(Vault vault, VaultKey key) {
        return vault.unlock(key);
    }
}
