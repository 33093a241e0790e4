package nl.baken.reports.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.baken.i18n.Messages;
import nl.baken.reports.ui.CaseReportsViewModel.Kind;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case page's card for the access export and the CoMensha registration, bound to {@link CaseReportsViewModel}. */
public final class CaseReportsView {

    /** Asks where to save a file; tests give a fixed path instead of a file chooser. */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<Path> choose(Window owner, String title, String suggestedName);
    }

    /** The platform's save dialog, limited to PDF files. */
    public static SaveTarget fileChooser() {
        return (owner, title, suggestedName) -> nl.baken.ui.SaveTarget.fileChooser(title).choose(owner, suggestedName);
    }

    private final CaseReportsViewModel model;
    private final Messages messages;
    private final SaveTarget target;

    public CaseReportsView(CaseReportsViewModel model, Messages messages, SaveTarget target) {
        this.model = model;
        this.messages = messages;
        this.target = target;
    }

    public Node build() {
        Button access = Controls.button("report-access-export", messages.text("report.ui.access"), "mdmz-save");
        Button comensha = Controls.button("report-comensha-export", messages.text("report.ui.comensha"),
                "mdmz-send");
        access.setOnAction(e -> save(Kind.ACCESS, "report.ui.save_access", access));
        comensha.setOnAction(e -> save(Kind.COMENSHA, "report.ui.save_comensha", comensha));
        access.disableProperty().bind(model.busyProperty());
        comensha.disableProperty().bind(model.busyProperty());

        Label status = Controls.label("", Css.BODY);
        status.setId("report-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.failedProperty().addListener((o, was, now) -> {
            status.getStyleClass().remove(Css.ERROR);
            if (now) {
                status.getStyleClass().add(Css.ERROR);
            }
        });

        Label password = Controls.label("", Css.CODE);
        password.setId("report-password");
        password.getStyleClass().add(Css.PASSWORD);
        password.setAccessibleText(messages.text("report.ui.password_label"));
        password.textProperty().bind(model.passwordProperty());
        Button forget = Controls.button("report-password-done", messages.text("report.ui.password_done"), "mdal-check");
        forget.setOnAction(e -> model.forgetPassword());
        VBox secret = new VBox(6, Controls.label(messages.text("report.ui.password_label"), Css.BODY), password,
                Controls.label(messages.text("report.ui.password_advice"), Css.HINT), forget);
        secret.visibleProperty().bind(model.passwordProperty().isNotNull());
        secret.managedProperty().bind(secret.visibleProperty());

        HBox buttons = new HBox(12, access, comensha);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox part = new VBox(8, Controls.label(messages.text("report.ui.title"), Css.SUBTITLE),
                Controls.label(messages.text("report.ui.explain"), Css.HINT), buttons, status, secret);
        part.setId("case-reports");
        return part;
    }

    private void save(Kind kind, String titleKey, Node from) {
        Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        target.choose(owner, messages.text(titleKey), model.suggestedName(kind))
                .ifPresent(path -> model.export(kind, path));
    }
}
