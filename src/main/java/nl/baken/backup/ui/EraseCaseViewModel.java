package nl.baken.backup.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.backup.CaseErasure;
import nl.baken.backup.ErasureException;
import nl.baken.backup.ErasureLosses;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.UnlockedVault;

/**
 * The confirmation before a case is erased: what is lost, counted in the background, in words with singular and
 * plural; the warning and an extra tick when a referral is in progress; then the erasure itself in the background,
 * with a wait state, handing the vault unlocked again on the new file to {@code erased}.
 */
public final class EraseCaseViewModel {

    private final CaseErasure erasure;
    private final UnlockedVault open;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String caseId;
    private final Consumer<UnlockedVault> erased;
    private final Consumer<Throwable> failed;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<String> losses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper referralWarning = new ReadOnlyStringWrapper("");
    private final BooleanProperty despiteReferral = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** {@code failed} hears of a failure after the vault was locked on the way (the shell then locks). */
    public EraseCaseViewModel(CaseErasure erasure, UnlockedVault open, BackgroundTasks tasks, Messages messages,
                              String caseId, Consumer<UnlockedVault> erased, Consumer<Throwable> failed) {
        this.erasure = erasure;
        this.open = open;
        this.tasks = tasks;
        this.messages = messages;
        this.caseId = caseId;
        this.erased = erased;
        this.failed = failed;
    }

    /** Counts what would be lost, in the background. */
    public void load() {
        tasks.run(() -> erasure.losses(open.store(), caseId), this::show, this::problem);
    }

    private void show(ErasureLosses l) {
        title.set(messages.text("erase.dialog.title", l.reference()));
        losses.setAll(lines(messages, l));
        referralWarning.set(l.referralInProgress() ? messages.text("erase.dialog.referral",
                messages.count(l.referralsInProgress(), "erase.loss.in_progress.one", "erase.loss.in_progress.other"))
                : "");
        loaded.set(true);
    }

    /** What an erasure loses, one line per kind, with singular and plural from the bundle. */
    static List<String> lines(Messages messages, ErasureLosses l) {
        return List.of(
                messages.count(l.intakes(), "erase.loss.intakes.one", "erase.loss.intakes.other"),
                messages.count(l.answers(), "erase.loss.answers.one", "erase.loss.answers.other"),
                messages.count(l.consents(), "erase.loss.consents.one", "erase.loss.consents.other"),
                messages.count(l.referrals(), "erase.loss.referrals.one", "erase.loss.referrals.other"),
                messages.count(l.tasks(), "erase.loss.tasks.one", "erase.loss.tasks.other"),
                messages.count(l.notes(), "erase.loss.notes.one", "erase.loss.notes.other"));
    }

    /** Erases, in the background; the confirm button is enabled only when {@link #canErase()} holds. */
    public void erase() {
        if (!canErase().get()) {
            return;
        }
        error.set("");
        working.set(true);
        boolean despite = despiteReferral.get();
        tasks.run(() -> erasure.erase(open, caseId, despite), reopened -> {
            working.set(false);
            erased.accept(reopened);
        }, failure -> {
            working.set(false);
            problem(failure);
            if (open.isClosed()) {
                failed.accept(failure);
            }
        });
    }

    private void problem(Throwable failure) {
        error.set(failure instanceof ErasureException e ? messages.text(e.reason().messageKey())
                : messages.text("erase.failed", FailureText.describe(messages, failure)));
    }

    /** Counted, not busy, and (with a referral in progress) the extra tick given. */
    public BooleanBinding canErase() {
        return Bindings.createBooleanBinding(() -> loaded.get() && !working.get()
                        && (referralWarning.get().isEmpty() || despiteReferral.get()),
                loaded, working, referralWarning, despiteReferral);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<String> losses() {
        return losses;
    }

    public ReadOnlyStringProperty referralWarningProperty() {
        return referralWarning.getReadOnlyProperty();
    }

    public BooleanProperty despiteReferralProperty() {
        return despiteReferral;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
