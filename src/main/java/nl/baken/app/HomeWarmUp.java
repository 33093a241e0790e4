package nl.baken.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.util.Duration;
import nl.baken.app.ui.HomeView;
import nl.baken.app.ui.TodayView;
import nl.baken.cases.ui.CaseDeskView;
import nl.baken.cases.ui.CaseDeskViewModel;
import nl.baken.i18n.Messages;
import nl.baken.session.SessionWarmUp;
import nl.baken.session.UnlockedServices;
import nl.baken.ui.Actions;
import nl.baken.ui.FxBackgroundTasks;

/**
 * Lays the home screen out once, off screen, on the session warm-up's scratch database while the unlock screen waits
 * for the passphrase: the top bar, Today and the case list with its rows, through the same views the worker's home
 * screen uses. The first layout and CSS of those nodes is the FX thread's costliest work after unlock (the longest
 * pulses while the home screen filled were 114–176 ms); done here, in steps of one pulse, the unlock screen pays for
 * it instead, while the worker types. Nothing of the worker's vault is read (ADR 0022).
 */
final class HomeWarmUp implements SessionWarmUp.WhileOpen {

    /** Between two steps: each step is one pulse's work, and the unlock screen's own pulses run between. */
    private static final Duration STEP = Duration.millis(40);
    private static final long WAIT_SECONDS = 30;
    /** The scratch session has no vault, so no worker of its own: the list's "my cases" filter gets this one. */
    private static final String WORKER = "warm-up";

    private final List<String> stylesheets;
    private final Messages messages;

    HomeWarmUp(List<String> stylesheets, Messages messages) {
        this.stylesheets = List.copyOf(stylesheets);
        this.messages = messages;
    }

    /** On the warm-up's thread: reads Today there, lays the screen out on the FX thread, waits until that is done. */
    @Override
    public void use(UnlockedServices scratch) throws Exception {
        TodayView.Today today = HomeScreen.today(scratch);
        FxBackgroundTasks lane = new FxBackgroundTasks();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            Platform.runLater(() -> build(scratch, today, lane, done));
            done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            lane.shutdown();
        }
    }

    private void build(UnlockedServices scratch, TodayView.Today today, FxBackgroundTasks lane,
                       CompletableFuture<Void> done) {
        try {
            Supplier<LocalDate> day = () -> LocalDate.now(scratch.clock());
            CaseDeskViewModel vm = new CaseDeskViewModel(scratch.caseListing(), scratch.searchIndex(), lane,
                    WORKER, day);
            Runnable none = Actions.NONE;
            HomeView.Actions actions = new HomeView.Actions(none, none, none, none, none, none, none, none);
            TodayView todayView = new TodayView(messages);
            Parent screen = new HomeView(messages).build("", actions,
                    todayView.build(today, new TodayView.Actions(HomeWarmUp::nowhere, HomeWarmUp::nowhere)),
                    todayView.later(), new CaseDeskView(vm, messages, Map.of(), day).build(HomeWarmUp::nowhere),
                    none);
            // The app window's first size, so the table lays out as many rows as it will.
            javafx.geometry.Dimension2D size = WindowSize.onPrimaryScreen();
            Scene offScreen = new Scene(screen, size.getWidth(), size.getHeight());
            offScreen.getStylesheets().setAll(stylesheets);
            later(() -> {
                screen.applyCss();
                screen.layout();
                vm.load(() -> later(() -> scrolled(screen, vm, done), done));
            }, done);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /** Where a line of the off-screen home screen leads: nowhere, nobody can click it. */
    private static void nowhere(String caseId) {
        // Off screen: there is no case to open and no intake to resume.
    }

    /** With the rows in: lays the table out, scrolls it to its end (new cells), then lets the session go. */
    private static void scrolled(Parent screen, CaseDeskViewModel vm, CompletableFuture<Void> done) {
        screen.applyCss();
        screen.layout();
        if (screen.lookup("#case-table") instanceof TableView<?> table) {
            table.scrollTo(table.getItems().size() - 1);
            screen.layout();
        }
        vm.forget();
        done.complete(null);
    }

    /** Runs {@code step} on the FX thread one step later; a failure ends the warm-up. */
    private static void later(Runnable step, CompletableFuture<Void> done) {
        PauseTransition pause = new PauseTransition(STEP);
        pause.setOnFinished(e -> {
            try {
                step.run();
            } catch (RuntimeException failure) {
                done.completeExceptionally(failure);
            }
        });
        pause.play();
    }
}
