package nl.baken.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.baken.app.AppConfig;
import nl.baken.app.BakenApp;
import nl.baken.vault.DataDirectory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app on a temporary data directory and drives it like a person would, for journey tests. */
public final class AppDriver extends FxRobot {

    private final Path dataDir;
    private BakenApp app;
    private Stage stage;
    private boolean stopped;

    public AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    public AppDriver start(String language) throws TimeoutException {
        return start(language, Clock.systemDefaultZone());
    }

    /** Starts the app with its own clock (a journey about dates that must not pass midnight halfway). */
    public AppDriver start(String language, Clock clock) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (BakenApp) FxToolkit.setupApplication(() ->
                new BakenApp(new AppConfig(new DataDirectory(dataDir), language, clock)));
        return this;
    }

    /** Closes the app and its windows; a second call does nothing, so a test may stop and restart the app. */
    public void stop() throws TimeoutException {
        if (stopped) {
            return;
        }
        stopped = true;
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    public BakenApp app() {
        return app;
    }

    public Stage stage() {
        return stage;
    }

    /** Waits (up to 20 s) until a node with this id is showing. */
    public <T extends Node> T waitFor(String id) {
        waitUntil(() -> find(id).isPresent());
        @SuppressWarnings("unchecked")
        T node = (T) find(id).orElseThrow();
        return node;
    }

    public Optional<Node> find(String id) {
        return lookup("#" + id).tryQuery().filter(AppDriver::shown);
    }

    /** Visible itself and inside visible parents, in a scene. */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public boolean showing(String id) {
        return find(id).isPresent();
    }

    public void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, 20);
    }

    /** As {@link #waitUntil}, for up to 180 s: Argon2id, a backup or a full check take seconds on a loaded machine. */
    public void waitLong(Callable<Boolean> condition) {
        waitUntil(condition, 180);
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the node with this id once it shows. */
    public void click(String id) {
        Node node = waitFor(id);
        runOnFx(() -> nl.baken.ui.Controls.ensureVisible(node));
        clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses the field with this id and types the text. */
    public void typeInto(String id, String text) {
        Node node = waitFor(id);
        runOnFx(() -> nl.baken.ui.Controls.ensureVisible(node));
        clickOn(node);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves what the window shows now to {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        return screenshot(name, stage.getScene());
    }

    /** Saves what one scene (a dialog's, say) shows now to {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name, Scene scene) {
        Path out = Path.of(System.getProperty("baken.projectDir", "."), "target", "screenshots", name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Files.createDirectories(out.getParent());
            BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
            ImageIO.write(buffered, "png", out.toFile());
        } catch (IOException e) {
            throw new AssertionError("screenshot not written", e);
        }
        assertThat(out).exists();
        return out;
    }

    public void runOnFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void exitPlatformQuietly() {
        Platform.setImplicitExit(false);
    }
}
