package nl.baken.intake.ui;

import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeStatus;

/** Where an intake stands, in words: the case page's list and the reading of an intake say it the same way. */
final class IntakeStatusText {

    private IntakeStatusText() {
    }

    static String of(Messages messages, IntakeStatus status) {
        return messages.text(switch (status) {
            case IN_PROGRESS -> "cases.status.in_progress";
            case PAUSED -> "cases.status.paused";
            case STOPPED -> "casepage.intake.stopped";
            case FINISHED -> "casepage.intake.finished";
        });
    }
}
