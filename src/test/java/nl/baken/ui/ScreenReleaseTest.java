package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A screen that has left the window is not kept alive by the window (its texts may be personal data). */
class ScreenReleaseTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aScreenThatIsReplacedCanBeCollected() throws Exception {
        StackPane root = new StackPane();
        WeakReference<Label> text = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            Label personal = new Label("marker-personal-text");
            root.getChildren().setAll(Controls.screen(Controls.card(personal), Controls.bar()));
            return new WeakReference<>(personal);
        });
        onFx(() -> {
            root.applyCss();
            root.layout();
            root.getChildren().setAll(new Label("next screen"));
            return null;
        });
        for (int i = 0; i < 50 && text.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(text.get()).as("the replaced screen's label").isNull();
        onFx(() -> {
            ((Stage) root.getScene().getWindow()).close();
            return null;
        });
    }
}
