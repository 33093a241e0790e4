package nl.baken.vault.ui;

import nl.baken.i18n.Messages;
import nl.baken.vault.PassphrasePolicy;

/**
 * The hint under a new passphrase, the same on every screen that asks for one (setup, recovery, a new worker, a
 * changed passphrase): that the two entries differ, or else how strong the passphrase is.
 */
final class PassphraseHint {

    private PassphraseHint() {
    }

    /** The hint for {@code passphrase} typed twice; an empty confirmation is not yet a mismatch. */
    static String text(Messages messages, String passphrase, String confirmation) {
        if (!confirmation.isEmpty() && !passphrase.equals(confirmation)) {
            return messages.text("vault.setup.mismatch");
        }
        return messages.text(PassphrasePolicy.strength(passphrase.toCharArray()).messageKey());
    }
}
