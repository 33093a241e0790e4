package nl.baken.referral.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The busy state, error and notice that the referral screen shows once below its parts, shared by the view models
 * of those parts (wizard, partner directory, organisation, history); it runs their background work and puts a
 * failure into words.
 */
public final class ReferralStatusLine {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralStatusLine.class);

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReferralStatusLine(BackgroundTasks tasks, Messages messages) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Shows the text of {@code key} as the error; an empty key clears it. */
    void error(String key) {
        error.set(key.isEmpty() ? "" : messages.text(key));
    }

    /** Shows an error already in words (empty clears it). */
    void errorText(String text) {
        error.set(text);
    }

    /** Shows the text of {@code key} as the notice; an empty key clears it. */
    void notice(String key) {
        notice.set(key.isEmpty() ? "" : messages.text(key));
    }

    /** Runs {@code work} in the background while busy; the error is cleared first and set when it fails. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(describe(failure));
        });
    }

    private String describe(Throwable failure) {
        LOG.warn("referral step failed: {}", failure.getClass().getName());
        return FailureText.describe(messages, failure, "referral.ui.failed");
    }
}
