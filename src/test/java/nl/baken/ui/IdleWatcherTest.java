package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import nl.baken.support.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The time since the last input, which the one compaction after the unlock's check waits on, restarts at a key. */
class IdleWatcherTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aKeyTypedInTheSceneRestartsTheTimeSinceInput() throws Exception {
        TextField field = new TextField();
        AtomicInteger locked = new AtomicInteger();
        IdleWatcher watcher = Fx.call(() -> new IdleWatcher(new Scene(new StackPane(field)), locked::incrementAndGet));
        Thread.sleep(300);
        assertThat(watcher.nanosSinceInput()).as("no input since the watcher was made").isGreaterThan(250_000_000L);
        Fx.call(() -> {
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false));
            return null;
        });
        assertThat(watcher.nanosSinceInput()).as("read off the FX thread, just after a key").isLessThan(250_000_000L);
        assertThat(locked).as("a watcher never started never calls its idle action").hasValue(0);
    }
}
