package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.baken.support.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A screen that has left the window is not kept alive by the window (its texts may be personal data). */
class ScreenReleaseTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aScreenThatIsReplacedCanBeCollected() throws Exception {
        StackPane root = new StackPane();
        WeakReference<Label> text = Fx.call(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            Label personal = new Label("marker-personal-text");
            root.getChildren().setAll(Controls.screen(Controls.card(personal), Controls.bar()));
            return new WeakReference<>(personal);
        });
        Fx.call(() -> {
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
        Fx.call(() -> {
            ((Stage) root.getScene().getWindow()).close();
            return null;
        });
    }
}
