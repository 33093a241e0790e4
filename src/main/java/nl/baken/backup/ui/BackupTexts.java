package nl.baken.backup.ui;

import nl.baken.backup.BackupException;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;

/** A backup's failure in the user's words: the reason of a {@link BackupException}, else the general text. */
final class BackupTexts {

    private BackupTexts() {
    }

    static String failure(Messages messages, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BackupException b) {
                return messages.text(b.reason().messageKey());
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return FailureText.describe(messages, failure);
    }
}
