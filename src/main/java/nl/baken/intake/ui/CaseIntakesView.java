package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case page's part about intakes: one line per intake with "Read" (and "Continue"), and "Start an intake". */
public final class CaseIntakesView {

    /** Where the part's buttons lead; {@code startAnother} is null on a closed case (no new intake there). */
    public record Actions(Consumer<String> read, Consumer<String> resume, Runnable startAnother) {
    }

    private final CaseIntakesViewModel vm;
    private final Messages messages;
    private Button firstRead;

    public CaseIntakesView(CaseIntakesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build(Actions actions) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, Controls.label(messages.text("casepage.intakes.title"), Css.SUBTITLE), spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        if (actions.startAnother() != null) {
            Button start = Controls.button("case-start-intake", messages.text("casepage.intakes.start"), "mdal-add");
            start.setOnAction(e -> actions.startAnother().run());
            head.getChildren().add(start);
        }
        VBox part = new VBox(10, head);
        part.setId("case-intakes");
        if (vm.lines().isEmpty()) {
            part.getChildren().add(Controls.label(messages.text("casepage.intakes.none"), Css.HINT));
        }
        int index = 0;
        for (CaseIntakesViewModel.Line line : vm.lines()) {
            part.getChildren().add(line(line, index++, actions));
        }
        return part;
    }

    /** The first intake's "Read" button once built, where the keyboard starts; null when there is none. */
    public Button firstRead() {
        return firstRead;
    }

    private Node line(CaseIntakesViewModel.Line line, int index, Actions actions) {
        Label title = Controls.label(line.title(), Css.BODY);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label facts = Controls.label(line.facts(), Css.HINT);
        VBox texts = new VBox(2, title, facts);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button read = Controls.button("case-intake-read-" + index, messages.text("casepage.intakes.read"),
                "mdal-chrome_reader_mode");
        read.setAccessibleText(messages.text("casepage.intakes.read_one", line.title(), line.facts()));
        read.setOnAction(e -> actions.read().accept(line.intakeId()));
        if (firstRead == null) {
            firstRead = read;
        }
        FlowPane buttons = new FlowPane(8, 6, read);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (line.resumable()) {
            Button resume = Controls.button("case-intake-resume-" + index, messages.text("casepage.intakes.resume"),
                    "mdmz-play_arrow");
            resume.getStyleClass().add(Styles.ACCENT);
            resume.setAccessibleText(messages.text("casepage.intakes.resume_one", line.title(), line.facts()));
            resume.setOnAction(e -> actions.resume().accept(line.intakeId()));
            buttons.getChildren().add(resume);
        }
        HBox row = new HBox(12, texts, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("case-intake-" + index);
        return row;
    }
}
