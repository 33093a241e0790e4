package nl.baken.referral.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.referral.Audiences;
import nl.baken.referral.Partner;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralPreview;
import nl.baken.referral.ReferralSelection;
import nl.baken.referral.ReferralService;
import nl.baken.referral.ReferralStatus;
import nl.baken.ui.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral of one case, step by step: choose a partner (and keep the regional ones), choose the items
 * (pre-selected by {@code share}; an item outside it needs a reason), preview, save, and show the password once.
 * Also the case's earlier referrals and their status. Holds no node; all work goes through {@link BackgroundTasks}.
 */
public final class ReferralViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralViewModel.class);
    /** How long a copied password stays on the clipboard. */
    public static final Duration CLIPBOARD_CLEAR = Duration.ofSeconds(30);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
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
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String caseId;
    private final String workerId;
    private final String workerName;
    private final SecretClipboard clipboard;
    private final Delay delay;

    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final ObservableList<Referral> referrals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caseReference = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("nl");
    private final ReadOnlyObjectWrapper<ReferralDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.PARTNER);
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ReferralPreview.Pages> pages = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper();
    /** Whether the vault holds a sender organisation, and whether its absence was already pointed out. */
    private boolean organisationSet;
    private boolean organisationWarned;
    private final StringProperty organisationName = new SimpleStringProperty("");
    private final StringProperty organisationContact = new SimpleStringProperty("");
    private final Set<String> included = new LinkedHashSet<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private boolean includeName;

    public ReferralViewModel(ReferralService service, BackgroundTasks tasks, Messages messages, String caseId,
            String workerId, String workerName, SecretClipboard clipboard, Delay delay) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.workerId = workerId;
        this.workerName = workerName;
        this.clipboard = clipboard;
        this.delay = delay;
        this.language.set("en".equals(messages.language()) ? "en" : "nl");
    }

    /** What {@link #load()} reads in the background. */
    private record Loaded(String reference, List<Partner> partners, List<Referral> referrals,
            ReferralService.Organisation organisation) {
    }

    /** Reads the case's reference, the partners, the earlier referrals and the sender settings. */
    public void load() {
        run(() -> new Loaded(service.openCase(caseId, workerId).map(c -> c.reference()).orElse(""),
                service.partners(),
                service.referrals(caseId), service.organisation()), loaded -> {
                    caseReference.set(loaded.reference());
                    partners.setAll(loaded.partners());
                    referrals.setAll(loaded.referrals());
                    organisationName.set(loaded.organisation().name());
                    organisationSet = !loaded.organisation().name().isEmpty();
                    organisationContact.set(loaded.organisation().contact());
                });
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public ObservableList<Referral> referrals() {
        return referrals;
    }

    public ReadOnlyStringProperty caseReferenceProperty() {
        return caseReference.getReadOnlyProperty();
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public StringProperty languageProperty() {
        return language;
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
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

    public StringProperty organisationNameProperty() {
        return organisationName;
    }

    public StringProperty organisationContactProperty() {
        return organisationContact;
    }

    /** The label of an audience in the worker's language. */
    public String audienceLabel(String audience) {
        return messages.text(Audiences.labelKey(audience));
    }

    /** Makes the draft for the chosen partner and goes to the items. */
    public void next() {
        Partner p = partner.get();
        if (p == null) {
            error.set(messages.text("referral.ui.choose_partner"));
            return;
        }
        String lang = language.get();
        run(() -> service.draft(caseId, p, lang), d -> {
            draft.set(d);
            ReferralSelection pre = ReferralSelection.preselected(d);
            included.clear();
            included.addAll(pre.items());
            reasons.clear();
            includeName = false;
            // In plain words: which consent is missing, by the title the consent step shows, never its code.
            blocked.set(d.blocked() ? messages.text("referral.ui.blocked", audienceLabel(p.audience()),
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
        error.set(missingReasons().isEmpty() ? "" : messages.text("referral.ui.reason_needed"));
    }

    /** Renders the first pages in memory and shows them before anything is saved. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        ReferralDraft d = draft.get();
        ReferralSelection s = selection();
        run(() -> service.preview(d, s, workerName, PREVIEW_PAGES, PREVIEW_DPI), p -> {
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
        run(() -> {
            ReferralService.Exported exported = service.export(d, s, target, workerId, workerName);
            try {
                return new Saved(new String(exported.password()), service.referrals(caseId));
            } finally {
                Arrays.fill(exported.password(), '\0');
            }
        }, saved -> {
            pages.set(null);
            password.set(saved.password());
            referrals.setAll(saved.referrals());
            notice.set("");
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
        notice.set(messages.text("referral.ui.copied"));
        delay.after(CLIPBOARD_CLEAR, () -> {
            if (clipboard.holds(pw)) {
                clipboard.clear();
            }
            notice.set(messages.text("referral.ui.clipboard_cleared"));
        });
    }

    /** Forgets the password and goes back to the start, with the new referral in the list. */
    public void finish() {
        password.set(null);
        draft.set(null);
        notice.set("");
        step.set(Step.PARTNER);
    }

    /** Sets a recorded referral's status with a note. */
    public void setStatus(Referral referral, ReferralStatus status, String note) {
        run(() -> {
            service.setStatus(referral.id(), status, note, workerId);
            return service.referrals(caseId);
        }, referrals::setAll);
    }

    /** Adds (id empty) or changes a regional partner; returns false and says why when the form is not right. */
    public boolean savePartner(Optional<String> id, String name, String audience, String contactPerson, String phone,
            String secureEmail, String notes) {
        if (name == null || name.isBlank()) {
            error.set(messages.text("partner.form.name_missing"));
            return false;
        }
        if (!Audiences.isKnown(audience)) {
            error.set(messages.text("partner.form.audience_missing"));
            return false;
        }
        if (secureEmail != null && !secureEmail.isBlank() && !EMAIL.matcher(secureEmail.strip()).matches()) {
            error.set(messages.text("partner.form.bad_email"));
            return false;
        }
        run(() -> {
            Partner saved = service.saveRegionalPartner(id, name, audience, contactPerson, phone, secureEmail, notes,
                    workerId);
            return new Object[] {saved, service.partners()};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Partner> all = (List<Partner>) result[1];
            partners.setAll(all);
            partner.set((Partner) result[0]);
        });
        return true;
    }

    public void removePartner(Partner p) {
        if (p == null || p.national()) {
            return;
        }
        run(() -> {
            service.removeRegionalPartner(p.id(), workerId);
            return service.partners();
        }, all -> {
            partners.setAll(all);
            if (partner.get() != null && partner.get().id().equals(p.id())) {
                partner.set(null);
            }
        });
    }

    /** Saves the organisation shown as the sender of every referral. */
    public void saveOrganisation() {
        ReferralService.Organisation org = new ReferralService.Organisation(organisationName.get(),
                organisationContact.get());
        run(() -> {
            service.saveOrganisation(org, workerId);
            return Boolean.TRUE;
        }, ok -> {
            organisationSet = !org.name().isEmpty();
            notice.set(messages.text("referral.ui.organisation_saved"));
        });
    }

    /**
     * True, with a warning in the notice, the first time a save is asked for while no sender organisation is set
     * (the PDF would say "not set yet"); the worker sets it, or presses save again to go on without it.
     */
    public boolean warnAboutMissingOrganisation() {
        if (organisationSet || organisationWarned) {
            return false;
        }
        organisationWarned = true;
        notice.set(messages.text("referral.ui.organisation_missing"));
        return true;
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
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
