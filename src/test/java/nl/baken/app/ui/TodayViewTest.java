package nl.baken.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import nl.baken.cases.DeskCounts;
import nl.baken.i18n.Messages;
import nl.baken.support.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Today builds its title and first group at once and leaves each other group, in order, for a step of its own. */
class TodayViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Two intakes to resume, one task overdue, three reflection periods ending, four referrals waiting. */
    private static final TodayView.Today EVERY_GROUP = new TodayView.Today(2, List.of(), new DeskCounts(1, 0, 3),
            List.of(), List.of(), 4, List.of());

    private static List<String> groupIds(VBox today) {
        Pane groups = (Pane) today.getChildren().get(1);
        return groups.getChildren().stream().map(Node::getId).toList();
    }

    @Test
    void theFirstGroupAtOnceEachOtherInItsOwnStepInOrder() throws Exception {
        List<List<String>> seen = Fx.call(() -> {
            TodayView view = new TodayView(Messages.of("nl"));
            VBox today = view.build(EVERY_GROUP, new TodayView.Actions(id -> { }, id -> { }));
            List<List<String>> after = new java.util.ArrayList<>();
            after.add(groupIds(today));
            for (Runnable step : view.later()) {
                step.run();
                after.add(groupIds(today));
            }
            return after;
        });
        assertThat(seen).containsExactly(
                List.of("today-resume"),
                List.of("today-resume", "today-tasks"),
                List.of("today-resume", "today-tasks", "today-reflections"),
                List.of("today-resume", "today-tasks", "today-reflections", "today-referrals"));
    }

    @Test
    void oneGroupOrNoneLeavesNothingForLater() throws Exception {
        TodayView.Today tasksOnly = new TodayView.Today(0, List.of(), new DeskCounts(0, 2, 0), List.of(), List.of(),
                0, List.of());
        TodayView.Today nothing = new TodayView.Today(0, List.of(), new DeskCounts(0, 0, 0), List.of(), List.of(),
                0, List.of());
        List<Integer> later = Fx.call(() -> {
            TodayView view = new TodayView(Messages.of("nl"));
            view.build(tasksOnly, new TodayView.Actions(id -> { }, id -> { }));
            int one = view.later().size();
            view.build(EVERY_GROUP, new TodayView.Actions(id -> { }, id -> { }));
            int every = view.later().size();
            view.build(nothing, new TodayView.Actions(id -> { }, id -> { }));
            return List.of(one, every, view.later().size());
        });
        // A build forgets what an earlier build of the same view left for later.
        assertThat(later).containsExactly(0, 3, 0);
    }
}
