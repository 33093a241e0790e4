package nl.baken.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class BakenApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Baken");
        stage.show();
    }
}
