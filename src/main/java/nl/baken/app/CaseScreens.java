package nl.baken.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import nl.baken.app.ui.CasePageView;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.ui.AliasAccess;
import nl.baken.cases.ui.CaseHeaderView;
import nl.baken.cases.ui.CaseNotesView;
import nl.baken.cases.ui.CaseNotesViewModel;
import nl.baken.cases.ui.CaseStateView;
import nl.baken.cases.ui.CaseStateViewModel;
import nl.baken.cases.ui.CaseTasksView;
import nl.baken.cases.ui.CaseTasksViewModel;
import nl.baken.cases.ui.CaseTimelineView;
import nl.baken.cases.ui.CaseTimelineViewModel;
import nl.baken.cases.ui.ReflectionView;
import nl.baken.cases.ui.ReflectionViewModel;
import nl.baken.cases.ui.CaseHeaderViewModel;
import nl.baken.consent.ui.ConsentHistoryView;
import nl.baken.consent.ui.ConsentHistoryViewModel;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.intake.ui.CaseIntakesView;
import nl.baken.intake.ui.CaseIntakesViewModel;
import nl.baken.intake.ui.IntakeReadingView;
import nl.baken.intake.ui.IntakeReadingViewModel;
import nl.baken.referral.ui.CaseReferralsView;
import nl.baken.referral.ui.CaseReferralsViewModel;
import nl.baken.reports.ui.CaseReportsView;
import nl.baken.reports.ui.CaseReportsViewModel;
import nl.baken.session.BundleReportWords;
import nl.baken.session.UnlockedServices;
import nl.baken.store.StoreException;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case page, composed here because it gathers the views of several features (cases may not use intake,
 * consent or referral; app may use them all). Everything the page shows is read in one background step and put
 * into the features' view models there; the FX thread only builds the views. Where the page's buttons lead
 * (an intake, consent, a referral) is the host's business: navigation stays in app.
 */
final class CaseScreens {

    /** The window the case page is shown in, and the other screens its buttons lead to. */
    interface Host {
        /** Shows a screen under the top bar. */
        void show(Parent content);

        /** Back to the home screen. */
        void home();

        /** Continues a paused or interrupted intake. */
        void resumeIntake(String intakeId);

        /** The start screen for another intake of this case; its "back" returns to {@code back}. */
        void startIntake(String caseId, Runnable back);

        /** The consent screen of the case, then {@code after}. */
        void consent(String caseId, Runnable after);

        /** The referral screen of the case; leaving it goes {@code back} (to the case page). */
        void refer(String caseId, Runnable back);

        /** The confirmation before the case is erased; "cancel" returns to {@code back}. */
        void erase(String caseId, Runnable back);
    }

    /** What the page shows, read together off the FX thread; the view models hold no Node. */
    private record Page(CaseHeaderViewModel header, boolean open, CaseIntakesViewModel intakes,
                        ConsentHistoryViewModel consent, CaseReferralsViewModel referrals,
                        Function<String, String> workerName) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaseScreens.class);
    private final UnlockedServices session;
    private final Supplier<Map<String, String>> workerNames;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Host host;
    private final CaseReportsView.SaveTarget reportTarget;

    /**
     * {@code workerNames}: the vault's workers by slot id; called in the background (it reads the key file).
     * {@code reportTarget} asks where the access export and the CoMensha registration go.
     */
    CaseScreens(UnlockedServices session, Supplier<Map<String, String>> workerNames, BackgroundTasks tasks,
                Messages messages, Host host, CaseReportsView.SaveTarget reportTarget) {
        this.reportTarget = reportTarget;
        this.session = session;
        this.workerNames = workerNames;
        this.tasks = tasks;
        this.messages = messages;
        this.host = host;
    }

    /** Opens the page of one case: the opening is one audit entry (CASE_VIEW). */
    void show(String caseId) {
        tasks.run(() -> read(caseId, true), this::showPage, this::failed);
    }

    /** Draws the page again after a change made on it: the same view, not another opening. */
    private void redraw(String caseId) {
        tasks.run(() -> read(caseId, false), this::showPage, this::failed);
    }

    private Page read(String caseId, boolean opening) {
        CaseFile c = session.intakes().caseFile(caseId)
                .orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        if (opening) {
            session.desk().recordView(caseId, session.workerId());
        }
        Map<String, String> names = workerNames.get();
        Function<String, String> name = id -> names.getOrDefault(id, messages.text("casepage.worker_unknown"));
        Map<String, String> partners = new java.util.HashMap<>();
        session.referrals().partners().forEach(p -> partners.put(p.id(), p.name()));
        return new Page(new CaseHeaderViewModel(c, name.apply(c.workerId()), messages),
                c.status() == CaseStatus.OPEN,
                new CaseIntakesViewModel(session.intakes().summariesOf(caseId), messages),
                new ConsentHistoryViewModel(session.consent().history(caseId), messages, name),
                new CaseReferralsViewModel(session.referrals().referrals(caseId), messages,
                        id -> partners.getOrDefault(id, messages.text("casepage.referrals.partner_unknown"))), name);
    }

    private void showPage(Page page) {
        String caseId = page.header().caseId();
        String workerId = session.workerId();
        Runnable again = () -> redraw(caseId);
        CaseDesk desk = session.desk();
        CaseTimelineViewModel timeline = new CaseTimelineViewModel(desk, tasks, messages, caseId, page.workerName());
        Runnable changed = timeline::load;
        CaseTasksViewModel taskList = new CaseTasksViewModel(desk, tasks, messages, caseId, workerId, changed);
        ReflectionViewModel reflection = new ReflectionViewModel(desk, tasks, messages, caseId, workerId, changed);
        CaseNotesViewModel notes = new CaseNotesViewModel(desk, tasks, messages, caseId, workerId, page.workerName(),
                changed);
        CaseStateViewModel state = new CaseStateViewModel(desk, aliases(), tasks, messages, caseId, workerId,
                !page.open(), again);
        List<Node> parts = new ArrayList<>();
        parts.add(new CaseTasksView(taskList, messages).build());
        parts.add(new ReflectionView(reflection, messages).build());
        CaseIntakesView intakes = new CaseIntakesView(page.intakes(), messages);
        parts.add(intakes.build(new CaseIntakesView.Actions(
                intakeId -> read(intakeId, again), host::resumeIntake,
                page.open() ? () -> host.startIntake(caseId, again) : null)));
        parts.add(new CaseNotesView(notes, messages).build());
        parts.add(new ConsentHistoryView(page.consent(), messages).build(() -> host.consent(caseId, again)));
        parts.add(new CaseReferralsView(page.referrals(), messages).build(page.open() ? () -> host.refer(caseId, again)
                : null));
        parts.add(new CaseReportsView(new CaseReportsViewModel(session.reports(), new BundleReportWords(messages),
                tasks, messages, caseId, page.header().reference(), workerId, session.vault().workerName()), messages,
                reportTarget).build());
        parts.add(new CaseTimelineView(timeline, messages).build());
        parts.add(new CaseStateView(state, messages).build());
        parts.add(erasePart(caseId, again));
        taskList.load();
        reflection.load();
        notes.load();
        state.load(page.header().ownerId());
        timeline.load();
        Parent view = new CasePageView(messages).build(new CaseHeaderView(page.header(), messages).build(), parts,
                host::home);
        host.show(view);
        // The keyboard starts on the first intake's "Read" (the page's most used way on), else on "back".
        Node first = intakes.firstRead();
        Controls.focusWhenShown(first != null ? first : view.lookup("#case-back"));
    }

    /** The page's last part: erasing the case for good, after a confirmation that names what is lost. */
    private Node erasePart(String caseId, Runnable back) {
        Button erase = Controls.button("case-erase", messages.text("erase.button"), "mdal-delete_forever");
        erase.setOnAction(e -> host.erase(caseId, back));
        javafx.scene.layout.VBox part = new javafx.scene.layout.VBox(8,
                Controls.label(messages.text("erase.part.title"), Css.SUBTITLE),
                Controls.label(messages.text("erase.part.intro"), Css.HINT), erase);
        part.setId("case-erase-part");
        return part;
    }

    /** The alias through the service that audits its change (intake's), read through the desk. */
    private AliasAccess aliases() {
        return new AliasAccess() {
            @Override
            public java.util.Optional<String> alias(String caseId) {
                return session.desk().find(caseId).flatMap(CaseFile::alias);
            }

            @Override
            public void setAlias(String caseId, java.util.Optional<String> alias, String workerId) {
                session.intakes().setAlias(caseId, alias, workerId);
            }
        };
    }

    /** One intake to read; "back" returns to the case page. */
    private void read(String intakeId, Runnable back) {
        tasks.run(() -> new IntakeReadingViewModel(session.intakes().read(intakeId, session.workerId()), messages),
                vm -> host.show(new IntakeReadingView(vm, messages).build(new IntakeReadingView.Actions(back,
                        () -> host.resumeIntake(intakeId)))), this::failed);
    }

    private void failed(Throwable failure) {
        LOG.warn("case page step failed: {}", failure.getClass().getName());
        Button home = Controls.button("case-home", messages.text("intake.to_home"), "mdal-home");
        home.setOnAction(e -> host.home());
        var card = Controls.card(Controls.label(messages.text("casepage.problem"), Css.TITLE),
                Controls.label(FailureText.describe(messages, failure), Css.BODY), home);
        card.setId("case-problem");
        host.show(Controls.screen(card));
        Controls.focusWhenShown(home);
    }
}
