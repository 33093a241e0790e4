package nl.baken.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Adds the rows of a long screen a few per pulse. A pulse styles and lays out only the nodes that are new, so a
 * screen of a hundred rows (the review, the consent step) never holds the FX thread for one long pulse; the screen
 * fills within a few frames, top first. {@link #inTurn} stages any other build the same way. See
 * docs/adr/0005-rows-per-pulse.md.
 */
public final class RowsPerPulse {

    /** About two seconds: a screen is shown in the handler that builds it, or not at all (e.g. locked meanwhile). */
    private static final int MAX_PULSES_UNSHOWN = 120;

    private RowsPerPulse() {
    }

    /**
     * Puts the first {@code perPulse} rows into {@code pane} at {@code index} at once and each next group of
     * {@code perPulse} on a later pulse, in order, before whatever follows {@code index} (e.g. the buttons).
     */
    public static void add(Pane pane, int index, List<? extends Node> rows, int perPulse) {
        build(pane, index, rows.stream().<Supplier<Node>>map(row -> () -> row).toList(), perPulse);
    }

    /**
     * As {@link #add}, but each row is only built in the pulse that adds it: a screen of many controls then does
     * not build them all in the handler that opens it.
     */
    public static void build(Pane pane, int index, List<? extends Supplier<? extends Node>> rows, int perPulse) {
        int first = Math.min(perPulse, rows.size());
        pane.getChildren().addAll(index, built(rows.subList(0, first)));
        if (first == rows.size()) {
            return;
        }
        new AnimationTimer() {
            // The next pulse styles the first group with the rest of the new screen: the second group waits a pulse.
            private boolean nextPulseSeen;
            private boolean shown;
            private int pulsesUnshown;
            private int added = first;

            @Override
            public void handle(long now) {
                if (!nextPulseSeen) {
                    nextPulseSeen = true;
                    return;
                }
                if (pane.getScene() == null) {
                    // Not shown yet: wait (up to about two seconds). Shown and gone since (another screen, a lock):
                    // stop, and keep none of its rows alive.
                    if (shown || ++pulsesUnshown > MAX_PULSES_UNSHOWN) {
                        stop();
                    }
                    return;
                }
                shown = true;
                try {
                    int start = added;
                    int end = Math.min(added + perPulse, rows.size());
                    int at = Math.min(index + added, pane.getChildren().size());
                    // Counted before building: a row that fails to build fails once, not on every pulse after.
                    added = end;
                    pane.getChildren().addAll(at, built(rows.subList(start, end)));
                } finally {
                    if (added == rows.size() || pane.getChildren().isEmpty()) {
                        stop();
                    }
                }
            }
        }.start();
    }

    private static List<Node> built(List<? extends Supplier<? extends Node>> rows) {
        return rows.stream().<Node>map(Supplier::get).toList();
    }

    /**
     * As {@link #inTurn}, starting once {@code node} is in a scene (at once if it is): the steps add to a part of a
     * screen that itself joins a pulse later.
     */
    public static void inTurnOnceShown(Node node, Runnable... steps) {
        Controls.onceInScene(node, () -> inTurn(steps));
    }

    /**
     * Runs the (non-null) {@code steps} on the FX thread one per pulse, in order. The first runs a pulse after the
     * next one, which styles what is new on screen already; each step's new nodes are styled and laid out in a
     * pulse of their own. The steps run whether or not their screen still shows: they only add to it.
     */
    public static void inTurn(Runnable... steps) {
        if (steps.length == 0) {
            return;
        }
        Deque<Runnable> left = new ArrayDeque<>(List.of(steps));
        new AnimationTimer() {
            private boolean nextPulseSeen;

            @Override
            public void handle(long now) {
                if (!nextPulseSeen) {
                    nextPulseSeen = true;
                    return;
                }
                Runnable step = left.poll();
                if (left.isEmpty()) {
                    stop();
                }
                step.run();
            }
        }.start();
    }
}
