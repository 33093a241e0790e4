package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.baken.support.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Rows arrive in order, the first group at once and the rest one group per pulse, before what follows them; a screen
 * not shown yet waits for its rows, a screen that has left the window gets no more.
 */
class RowsPerPulseTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<String> texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** A timer that runs {@code each} with the number of the pulse (from 1), and stops once it returns false. */
    private static AnimationTimer everyPulse(IntPredicate each) {
        return new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (!each.test(++pulses)) {
                    stop();
                }
            }
        };
    }

    /** A window showing {@code root}; call on the FX thread. */
    private static Stage shown(Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 200, 200));
        stage.show();
        return stage;
    }

    private static void close(Stage[] stage) throws Exception {
        Fx.call(() -> {
            if (stage[0] != null) {
                stage[0].close();
            }
            return null;
        });
    }

    @Test
    void theFirstGroupAtOnceTheRestInOrderBeforeTheFooter() throws Exception {
        VBox box = new VBox(new Label("title"), new Label("footer"));
        List<Node> rows = new ArrayList<>(IntStream.range(0, 10).mapToObj(i -> new Label("row " + i)).toList());
        List<Integer> sizesPerPulse = new ArrayList<>();
        AnimationTimer counter = everyPulse(n -> sizesPerPulse.add(box.getChildren().size()));
        List<String> atOnce = Fx.call(() -> {
            shown(box);
            counter.start();
            RowsPerPulse.add(box, 1, rows, 3);
            return texts(box);
        });
        assertThat(atOnce).containsExactly("title", "row 0", "row 1", "row 2", "footer");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Fx.call(() -> box.getChildren().size()) < 12 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> all = Fx.call(() -> {
            counter.stop();
            ((Stage) box.getScene().getWindow()).close();
            return texts(box);
        });
        assertThat(all).containsExactly("title", "row 0", "row 1", "row 2", "row 3", "row 4", "row 5", "row 6",
                "row 7", "row 8", "row 9", "footer");
        // Each pulse saw at most one more group than the one before: never everything in one pulse.
        for (int i = 1; i < sizesPerPulse.size(); i++) {
            assertThat(sizesPerPulse.get(i) - sizesPerPulse.get(i - 1)).isBetween(0, 3);
        }
        assertThat(sizesPerPulse).contains(5, 8, 11);
    }

    @Test
    void stepsInTurnRunOnePerPulseInOrderAfterTheNextPulse() throws Exception {
        List<String> order = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Fx.call(() -> {
            everyPulse(n -> order.add("pulse " + n) && n < 8).start();
            RowsPerPulse.inTurn(() -> order.add("a"), () -> order.add("b"), () -> {
                order.add("c");
                done.complete(null);
            });
            return null;
        });
        done.get(10, TimeUnit.SECONDS);
        List<String> steps = Fx.call(() -> List.copyOf(order));
        assertThat(steps.stream().filter(s -> !s.startsWith("pulse")).toList()).containsExactly("a", "b", "c");
        // Never two steps without a pulse between them, and none in the pulse that was next when they were staged.
        assertThat(steps.indexOf("a")).isGreaterThan(steps.indexOf("pulse 2"));
        assertThat(steps.indexOf("b")).isGreaterThan(steps.indexOf("a") + 1);
        assertThat(steps.indexOf("c")).isGreaterThan(steps.indexOf("b") + 1);
    }

    @Test
    void stepsOnceShownWaitForTheirNodeToJoinAWindowThenRunOnePerPulse() throws Exception {
        VBox part = new VBox(new Label("head"));
        StackPane window = new StackPane();
        Stage[] stage = new Stage[1];
        try {
            Fx.call(() -> {
                stage[0] = shown(window);
                RowsPerPulse.inTurnOnceShown(part, () -> part.getChildren().add(new Label("filters")),
                        () -> part.getChildren().add(new Label("table")));
                return null;
            });
            // Not shown: the steps wait, however many pulses pass.
            Thread.sleep(300);
            assertThat(Fx.call(() -> texts(part))).containsExactly("head");
            List<Integer> sizesPerPulse = new ArrayList<>();
            Fx.call(() -> {
                everyPulse(n -> sizesPerPulse.add(part.getChildren().size()) && n < 30).start();
                window.getChildren().add(part);
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (Fx.call(() -> part.getChildren().size()) < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Fx.call(() -> texts(part))).containsExactly("head", "filters", "table");
            // One step a pulse: some pulse saw the filters without the table.
            Thread.sleep(200);
            assertThat(Fx.call(() -> List.copyOf(sizesPerPulse))).contains(2);
        } finally {
            close(stage);
        }
    }

    @Test
    void builtRowsAreMadeOnlyInThePulseThatAddsThem() throws Exception {
        VBox box = new VBox();
        // For each row built: how many rows the box held at that moment. One per pulse gives 0, 1, 2, 3.
        List<Integer> sizeWhenMade = new ArrayList<>();
        List<java.util.function.Supplier<Node>> rows = IntStream.range(0, 4)
                .<java.util.function.Supplier<Node>>mapToObj(i -> () -> {
                    sizeWhenMade.add(box.getChildren().size());
                    return new Label("row " + i);
                }).toList();
        Stage[] stage = new Stage[1];
        try {
            List<Integer> madeAtOnce = Fx.call(() -> {
                stage[0] = shown(box);
                RowsPerPulse.build(box, 0, rows, 1);
                return List.copyOf(sizeWhenMade);
            });
            assertThat(madeAtOnce).containsExactly(0);
            waitPulses(8);
            assertThat(Fx.call(() -> texts(box))).containsExactly("row 0", "row 1", "row 2", "row 3");
            assertThat(Fx.call(() -> List.copyOf(sizeWhenMade))).containsExactly(0, 1, 2, 3);
        } finally {
            close(stage);
        }
    }

    @Test
    void aRowThatFailsToBuildIsTriedOnceAndTheRestStillCome() throws Exception {
        VBox box = new VBox();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.function.Supplier<Node>> rows = List.of(() -> new Label("row 0"), () -> {
            failures.incrementAndGet();
            throw new IllegalStateException("broken row");
        }, () -> new Label("row 2"));
        Stage[] stage = new Stage[1];
        Thread.UncaughtExceptionHandler before = Fx.call(() -> Thread.currentThread().getUncaughtExceptionHandler());
        try {
            Fx.call(() -> {
                // The failure reaches the FX thread's handler, as any exception in a pulse does; keep it quiet.
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> { });
                stage[0] = shown(box);
                RowsPerPulse.build(box, 0, rows, 1);
                return null;
            });
            waitPulses(10);
            assertThat(failures.get()).isEqualTo(1);
            assertThat(Fx.call(() -> texts(box))).containsExactly("row 0", "row 2");
        } finally {
            Fx.call(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(before);
                return null;
            });
            close(stage);
        }
    }

    private static void waitPulses(int n) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Fx.call(() -> {
            everyPulse(seen -> {
                if (seen < n) {
                    return true;
                }
                done.complete(null);
                return false;
            }).start();
            return null;
        });
        done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aScreenShownLaterStillGetsEveryRow() throws Exception {
        VBox box = new VBox();
        List<Node> rows = new ArrayList<>(IntStream.range(0, 6).mapToObj(i -> new Label("row " + i)).toList());
        Fx.call(() -> {
            RowsPerPulse.add(box, 0, rows, 2);
            return null;
        });
        waitPulses(5);
        assertThat(Fx.call(() -> box.getChildren().size())).as("nothing more before it shows").isEqualTo(2);
        Stage[] stage = new Stage[1];
        Fx.call(() -> {
            stage[0] = shown(box);
            return null;
        });
        waitPulses(6);
        assertThat(Fx.call(() -> texts(box))).containsExactly("row 0", "row 1", "row 2", "row 3", "row 4", "row 5");
        close(stage);
    }

    @Test
    void aScreenThatLeavesTheWindowGetsNoMoreRows() throws Exception {
        VBox box = new VBox();
        StackPane root = new StackPane(box);
        List<Node> rows = new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> new Label("row " + i)).toList());
        Stage[] stage = new Stage[1];
        Fx.call(() -> {
            stage[0] = shown(root);
            RowsPerPulse.add(box, 0, rows, 1);
            return null;
        });
        waitPulses(4);
        int whenLeft = Fx.call(() -> {
            root.getChildren().clear();
            return box.getChildren().size();
        });
        waitPulses(6);
        assertThat(whenLeft).isLessThan(40);
        assertThat(Fx.call(() -> box.getChildren().size())).isEqualTo(whenLeft);
        close(stage);
    }
}
