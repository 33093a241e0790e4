package nl.baken.referral.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.baken.i18n.Messages;
import nl.baken.referral.Partner;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralDocument;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralPreview;
import nl.baken.referral.ReferralSelection;
import nl.baken.referral.ReferralService;
import nl.baken.ui.BackgroundTasks;

/**
 * The referral wizard of one case, step by step: choose a partner, choose the items (pre-selected by {@code share};
 * an item outside it needs a reason), preview, save, and show the password once. The partner directory, the sender
 * organisation and the earlier referrals are view models of their own. Holds no node; all work goes through
 * {@link BackgroundTasks}.
 */
public final class ReferralViewModel {

    /** How long a copied password stays on the clipboard. */
    public static final Duration CLIPBOARD_CLEAR = Duration.ofSeconds(30);
    static final int PREVIEW_PAGES = 2;
    static final float PREVIEW_DPI = 96f;

    /** Where the referral screen is. */
    public enum Step { PARTNER, ITEMS, PREVIEW, DONE }

    /** The system clipboard, as far as a password needs it. */
    public interface SecretClipboard {
        void put(String text);

        boolean holds(String text);

        void clear();
    }

    /** Runs an action once after a delay, on the UI thread. */
    public interface Delay {
        void after(Duration delay, Runnable action);
    }

    private final ReferralService service;
    private final Messages messages;
    private final String caseId;
    private final String workerId;
    private final String workerName;
    private final SecretClipboard clipboard;
    private final Delay delay;
    private final ReferralStatusLine status;
    private final PartnerDirectoryViewModel directory;
    private final OrganisationViewModel organisation;
    private final ReferralHistoryViewModel history;

    private final ReadOnlyStringWrapper caseReference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper("nl");
    private final ReadOnlyObjectWrapper<ReferralDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.PARTNER);
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ReferralPreview.Pages> pages = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper();
    private final Set<String> included = new LinkedHashSet<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private boolean includeName;

    /**
     * The wizard of one case with the parts its first step shows: the partner directory, the sender organisation
     * and the case's earlier referrals, all sharing one status line.
     */
    public ReferralViewModel(ReferralService service, BackgroundTasks tasks, Messages messages, String caseId,
            String workerId, String workerName, SecretClipboard clipboard, Delay delay) {
        this.service = Objects.requireNonNull(service, "service");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.workerId = workerId;
        this.workerName = workerName;
        this.clipboard = clipboard;
        this.delay = delay;
        this.status = new ReferralStatusLine(tasks, messages);
        this.directory = new PartnerDirectoryViewModel(service, status, messages, workerId);
        this.organisation = new OrganisationViewModel(service, status, workerId);
        this.history = new ReferralHistoryViewModel(service, status, caseId, workerId);
        this.language.set("en".equals(messages.language()) ? "en" : "nl");
    }

    /** What {@link #load()} reads in the background. */
    private record Loaded(String reference, List<Partner> partners, List<Referral> referrals,
            ReferralService.Organisation organisation) {
    }

    /** Reads the case's reference, the partners, the earlier referrals and the sender settings. */
    public void load() {
        status.run(() -> new Loaded(service.openCase(caseId, workerId).map(c -> c.reference()).orElse(""),
                service.partners(),
                service.referrals(caseId), service.organisation()), loaded -> {
                    caseReference.set(loaded.reference());
                    directory.show(loaded.partners());
                    history.show(loaded.referrals());
                    organisation.show(loaded.organisation());
                });
    }

    /** The partner directory shown on the first step; its chosen partner is the referral's. */
    public PartnerDirectoryViewModel directory() {
        return directory;
    }

    /** The sender organisation shown on the first step. */
    public OrganisationViewModel organisation() {
        return organisation;
    }

    /** The case's earlier referrals shown on the first step. */
    public ReferralHistoryViewModel history() {
        return history;
    }

    /** The busy state, error and notice of the whole screen. */
    public ReferralStatusLine status() {
        return status;
    }

    public ReadOnlyStringProperty caseReferenceProperty() {
        return caseReference.getReadOnlyProperty();
    }

    /** The referral's language, "nl" or "en". */
    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public void setLanguage(String lang) {
        if (ReferralDocument.LANGUAGES.contains(lang)) {
            language.set(lang);
        }
    }

    public ReadOnlyObjectProperty<ReferralDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** A plain explanation when consent is missing; empty otherwise. */
    public ReadOnlyStringProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return status.errorProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return status.noticeProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    public ReadOnlyBooleanProperty canPreviewProperty() {
        return canPreview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReferralPreview.Pages> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** The password, in its groups, from saving until {@link #finish()}; null otherwise. */
    public ReadOnlyStringProperty passwordProperty() {
        return password.getReadOnlyProperty();
    }

    /** Makes the draft for the chosen partner and goes to the items. */
    public void next() {
        Partner p = directory.selectedProperty().get();
        if (p == null) {
            status.error("referral.ui.choose_partner");
            return;
        }
        String lang = language.get();
        status.run(() -> service.draft(caseId, p, lang), d -> {
            draft.set(d);
            ReferralSelection pre = ReferralSelection.preselected(d);
            included.clear();
            included.addAll(pre.items());
            reasons.clear();
            includeName = false;
            // In plain words: which consent is missing, by the title the consent step shows, never its code.
            blocked.set(d.blocked() ? messages.text("referral.ui.blocked", directory.audienceLabel(p.audience()),
                    messages.text(d.requiredConsent().titleKey())) : "");
            step.set(Step.ITEMS);
            refresh();
        });
    }

    public boolean isIncluded(String questionId) {
        return included.contains(questionId);
    }

    /** True when the item's question does not list the partner's audience: including it needs a reason. */
    public boolean needsReason(String questionId) {
        ReferralDraft d = draft.get();
        return d != null && d.item(questionId).map(i -> !i.shared()).orElse(false);
    }

    public void setIncluded(String questionId, boolean include) {
        if (include) {
            included.add(questionId);
        } else {
            included.remove(questionId);
        }
        refresh();
    }

    public void setReason(String questionId, String reason) {
        reasons.put(questionId, reason == null ? "" : reason);
        refresh();
    }

    public String reason(String questionId) {
        return reasons.getOrDefault(questionId, "");
    }

    public boolean includeName() {
        return includeName;
    }

    public void setIncludeName(boolean include) {
        includeName = include;
    }

    /** The worker's choices as they stand. */
    public ReferralSelection selection() {
        Map<String, String> why = new LinkedHashMap<>();
        reasons.forEach((id, r) -> {
            if (included.contains(id) && !r.isBlank()) {
                why.put(id, r.strip());
            }
        });
        return new ReferralSelection(included, why, includeName);
    }

    /** Items added outside {@code share} that still lack a reason. */
    public List<String> missingReasons() {
        return included.stream().filter(this::needsReason).filter(id -> reason(id).isBlank()).toList();
    }

    private void refresh() {
        ReferralDraft d = draft.get();
        canPreview.set(d != null && !d.blocked() && missingReasons().isEmpty());
        status.error(missingReasons().isEmpty() ? "" : "referral.ui.reason_needed");
    }

    /** Renders the first pages in memory and shows them before anything is saved. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        ReferralDraft d = draft.get();
        ReferralSelection s = selection();
        status.run(() -> service.preview(d, s, workerId, workerName, PREVIEW_PAGES, PREVIEW_DPI), p -> {
            pages.set(p);
            step.set(Step.PREVIEW);
        });
    }

    public void back() {
        switch (step.get()) {
            case ITEMS -> step.set(Step.PARTNER);
            case PREVIEW -> {
                pages.set(null);
                step.set(Step.ITEMS);
            }
            default -> { }
        }
    }

    /** Writes the protected file to {@code target}, records the referral and shows the password once. */
    public void save(Path target) {
        if (target == null || !canPreview.get()) {
            return;
        }
        ReferralDraft d = draft.get();
        ReferralSelection s = selection();
        status.run(() -> {
            ReferralService.Exported exported = service.export(d, s, target, workerId, workerName);
            try {
                return new Saved(new String(exported.password()), service.referrals(caseId));
            } finally {
                Arrays.fill(exported.password(), '\0');
            }
        }, saved -> {
            pages.set(null);
            password.set(saved.password());
            history.show(saved.referrals());
            status.notice("");
            step.set(Step.DONE);
        });
    }

    private record Saved(String password, List<Referral> referrals) {
    }

    /** Puts the password on the clipboard and clears it after 30 s, if it still holds the password then. */
    public void copyPassword() {
        String pw = password.get();
        if (pw == null) {
            return;
        }
        clipboard.put(pw);
        status.notice("referral.ui.copied");
        delay.after(CLIPBOARD_CLEAR, () -> {
            if (clipboard.holds(pw)) {
                clipboard.clear();
            }
            status.notice("referral.ui.clipboard_cleared");
        });
    }

    /** Forgets the password and goes back to the start, with the new referral in the list. */
    public void finish() {
        password.set(null);
        draft.set(null);
        status.notice("");
        step.set(Step.PARTNER);
    }
}
