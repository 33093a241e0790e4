package nl.baken.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies AtlantaFX's light theme as the base and Baken's own stylesheet with its semantic variables on top. */
public final class Theme {

    private Theme() {
    }

    public static void applyTo(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("/ui/baken.css").toExternalForm());
    }
}
