package nl.baken.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/** Calls back after a period without keyboard or mouse input in a scene: the auto-lock. */
public final class IdleWatcher {

    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> reset = e -> {
        lastInput = System.nanoTime();
        restartIfRunning();
    };
    private boolean running;
    private volatile long lastInput = System.nanoTime();

    public IdleWatcher(Scene scene, Runnable onIdle) {
        timer.setOnFinished(e -> {
            running = false;
            onIdle.run();
        });
        scene.addEventFilter(InputEvent.ANY, reset);
    }

    /** Starts (or restarts) counting idle time. */
    public void start(Duration idle) {
        timer.setDuration(javafx.util.Duration.millis(idle.toMillis()));
        running = true;
        timer.playFromStart();
    }

    /** Nanoseconds since the last keyboard or mouse input in the scene (or since this watcher was made); any thread. */
    public long nanosSinceInput() {
        return System.nanoTime() - lastInput;
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    private void restartIfRunning() {
        if (running) {
            timer.playFromStart();
        }
    }
}
