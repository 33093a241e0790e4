package nl.baken.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import nl.baken.app.ui.HomeView;
import nl.baken.app.ui.TodayView;
import nl.baken.backup.CaseRetention;
import nl.baken.backup.ui.DueForErasureView;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.cases.ui.CaseDeskView;
import nl.baken.cases.ui.CaseDeskViewModel;
import nl.baken.i18n.Messages;
import nl.baken.session.UnlockedServices;
import nl.baken.ui.Actions;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.Vault;

/**
 * Puts the home screen together from the features: "Today" (intake's resumable intakes, the desk's due tasks and
 * ending reflection periods, referral's waiting referrals) above the cases feature's list. One background read gives the counts and first lines; the list then
 * fills itself, so the screen is usable before every row is read.
 */
final class HomeScreen {

    /** A referral counts as waiting for an answer once it was sent longer ago than this. */
    static final Duration REFERRAL_WAIT = Duration.ofDays(7);

    /** Where the home screen's lines lead. */
    record Routes(HomeView.Actions actions, Runnable refer, Consumer<String> resumeIntake,
                  Consumer<String> openCase) {
    }

    private record Loaded(int cases, TodayView.Today today, Map<String, String> workers,
                          java.util.List<CaseRetention.Due> dueForErasure, int retentionMonths) {
    }

    private final UnlockedServices session;
    private final Vault vault;
    private final BackgroundTasks tasks;
    private final Messages messages;
    /** The case list's model once built: forgotten at lock, so its pending reads are dropped. */
    private CaseDeskViewModel list;

    HomeScreen(UnlockedServices session, Vault vault, BackgroundTasks tasks, Messages messages) {
        this.session = session;
        this.vault = vault;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * Reads Today in the background, then gives {@code show} the screen (or the failure to {@code failed});
     * {@code settled} runs on the FX thread once the case list shows its rows and this session's search index is
     * filled (at once when there are no cases): the first seconds after unlock are the worker's, not a check's.
     */
    void build(Routes routes, Consumer<Parent> show, Consumer<Throwable> failed, Runnable settled) {
        tasks.run(this::read, loaded -> {
            show.accept(screen(loaded, routes, settled));
            if (loaded.cases() == 0) {
                settled.run();
            }
        }, failed);
    }

    private Loaded read() {
        TodayView.Today today = today(session);
        CaseRetention retention = new CaseRetention(session.vault().store(),
                new JooqSettingsRepository(session.vault().store()), session.clock());
        return new Loaded(session.caseListing().count(), today, vault.workerNamesById(), retention.due(),
                retention.months());
    }

    /** Today's counts and first lines, read from {@code session} (on a background thread). */
    static TodayView.Today today(UnlockedServices session) {
        OffsetDateTime sentBefore = OffsetDateTime.now(session.clock()).minus(REFERRAL_WAIT);
        return new TodayView.Today(
                session.resumableIntakes().count(), session.resumableIntakes().newest(TodayView.LINES),
                session.desk().counts(), session.desk().dueTasks(TodayView.LINES),
                session.desk().endingSoon(TodayView.LINES),
                session.waitingReferrals().count(sentBefore),
                session.waitingReferrals().oldest(sentBefore, TodayView.LINES));
    }

    /** Today, and below it the closed cases past the retention term (when there are any). */
    private javafx.scene.layout.VBox withDueForErasure(javafx.scene.layout.VBox today, Loaded loaded, Routes routes) {
        javafx.scene.Node due = new DueForErasureView(messages).build(loaded.dueForErasure(),
                loaded.retentionMonths(), routes.openCase());
        if (due != null) {
            today.getChildren().add(due);
        }
        return today;
    }

    private Parent screen(Loaded loaded, Routes routes, Runnable settled) {
        HomeView home = new HomeView(messages);
        String worker = session.vault().workerName();
        if (loaded.cases() == 0) {
            return home.build(worker, routes.actions(), null, java.util.List.of(), null, routes.refer());
        }
        Supplier<LocalDate> today = () -> LocalDate.now(session.clock());
        CaseDeskViewModel vm = new CaseDeskViewModel(session.caseListing(), session.searchIndex(), tasks,
                session.workerId(), today);
        TodayView todayView = new TodayView(messages);
        Parent screen = home.build(worker, routes.actions(),
                withDueForErasure(todayView.build(loaded.today(),
                        new TodayView.Actions(routes.resumeIntake(), routes.openCase())), loaded, routes),
                todayView.later(),
                new CaseDeskView(vm, messages, loaded.workers(), today).build(routes.openCase()), routes.refer());
        list = vm;
        vm.load(Actions.NONE, settled);
        return screen;
    }

    /**
     * At lock, on the FX thread: the list drops what it still meant to read (the search index fill waits behind the
     * close otherwise), hides its aliases and forgets its rows.
     */
    void forget() {
        if (list != null) {
            list.forget();
            list = null;
        }
    }
}
