package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The calm screens around the questions: paused, "stop now?", stopped, and finished. */
final class CalmScreens {

    private CalmScreens() {
    }

    static Parent build(IntakeWizardViewModel vm, Messages messages, Runnable home) {
        Button toHome = Controls.button("intake-home", messages.text("intake.to_home"), "mdal-home");
        toHome.setOnAction(e -> home.run());
        Button main;
        Parent screen = switch (vm.screenProperty().get()) {
            case PAUSED -> {
                main = Controls.button("wizard-resume", messages.text("intake.paused.resume"), "mdmz-play_arrow");
                main.setOnAction(e -> vm.resume());
                yield card("intake-paused", messages.text("intake.paused.title"), messages.text("intake.paused.body"),
                        main, toHome);
            }
            case STOP_CONFIRM -> {
                main = Controls.button("wizard-stop-confirm", messages.text("intake.stop.confirm"), "mdmz-stop");
                main.setOnAction(e -> vm.stop());
                Button goOn = Controls.button("wizard-stop-cancel", messages.text("intake.stop.cancel"),
                        "mdal-arrow_back");
                goOn.setOnAction(e -> vm.cancelStop());
                yield card("intake-stop-confirm", messages.text("intake.stop.title"),
                        messages.text("intake.stop.body"), main, goOn);
            }
            case STOPPED -> {
                main = toHome;
                yield card("intake-stopped", messages.text("intake.stopped.title"),
                        messages.text("intake.stopped.body"), toHome);
            }
            default -> {
                main = toHome;
                yield card("intake-finished", messages.text("intake.finished.title"),
                        messages.text("intake.finished.body"), toHome);
            }
        };
        main.getStyleClass().add(Styles.ACCENT);
        Controls.focusWhenShown(main);
        return screen;
    }

    private static Parent card(String id, String title, String body, Button... buttons) {
        var card = Controls.card(Controls.label(title, Css.TITLE), Controls.label(body, Css.BODY), new HBox(12, buttons));
        card.setId(id);
        return Controls.screen(card);
    }
}
