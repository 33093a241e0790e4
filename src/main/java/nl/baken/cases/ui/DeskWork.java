package nl.baken.cases.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.baken.cases.CaseDeskException;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of one part of the case page: runs it on the shared worker thread (the FX thread never
 * waits), and puts a refusal or failure into words in the worker's language; on failure nothing is changed.
 */
final class DeskWork {

    private static final Logger LOG = LoggerFactory.getLogger(DeskWork.class);
    private final TaskLane lane;
    private final Messages messages;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    DeskWork(BackgroundTasks tasks, Messages messages) {
        this.lane = Objects.requireNonNull(tasks, "tasks").lane();
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    /** Shows a problem found before any work (a date that is no date), in words. */
    void refuse(String key) {
        error.set(messages.text(key));
    }

    <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        error.set("");
        lane.run(work, onSuccess, failure -> error.set(describe(failure)));
    }

    private String describe(Throwable failure) {
        if (failure instanceof CaseDeskException refused) {
            LOG.info("case desk refused: {}", refused.reason());
            return messages.text(refusalKey(refused.reason()));
        }
        LOG.warn("case page step failed: {}", failure.getClass().getName());
        return FailureText.describe(messages, failure);
    }

    static String refusalKey(CaseDeskException.Reason reason) {
        return switch (reason) {
            case UNKNOWN_CASE -> "casepage.refused.unknown_case";
            case UNKNOWN_TASK -> "casepage.refused.unknown_task";
            case UNKNOWN_WORKER -> "casepage.refused.unknown_worker";
            case ALREADY_CLOSED -> "casepage.refused.already_closed";
            case NOT_CLOSED -> "casepage.refused.not_closed";
            case EMPTY_TEXT -> "casepage.refused.empty_text";
            case TEXT_TOO_LONG -> "casepage.refused.text_too_long";
            case INVALID_TEXT -> "casepage.refused.invalid_text";
            case NO_REFLECTION_PERIOD -> "casepage.refused.no_reflection_period";
            case BAD_EXTENSION -> "casepage.refused.bad_extension";
        };
    }
}
