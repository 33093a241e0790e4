package nl.baken.backup.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.backup.CaseRetention;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The home screen's list of closed cases past the retention term: reference, closing day, and since when it may be
 * erased; each opens the case page, where the worker can erase it. Nothing is erased from here.
 */
public final class DueForErasureView {

    /** How many lines the home screen shows; the rest are counted in the title. */
    public static final int LINES = 5;
    private final Messages messages;

    public DueForErasureView(Messages messages) {
        this.messages = messages;
    }

    /** The list, or null when no case is due. */
    public Node build(List<CaseRetention.Due> due, int months, Consumer<String> openCase) {
        if (due.isEmpty()) {
            return null;
        }
        VBox box = new VBox(6, Controls.label(messages.count(due.size(), "erase.due.title.one",
                "erase.due.title.other") + " " + messages.text("erase.due.term", months), Css.SUBTITLE),
                Controls.label(messages.text("erase.due.intro"), Css.HINT));
        box.setId("due-for-erasure");
        int i = 0;
        for (CaseRetention.Due d : due.subList(0, Math.min(LINES, due.size()))) {
            Button open = Controls.button("due-for-erasure-" + i++, messages.text("today.open_case"), "mdal-folder_open");
            open.setAccessibleText(messages.text("today.open_case") + " " + d.reference());
            open.setOnAction(e -> openCase.accept(d.caseId()));
            HBox line = new HBox(12, open, Controls.label(messages.text("erase.due.line", d.reference(),
                    DateTimes.date(d.closedAt(), messages.language()),
                    DateTimes.date(d.dueOn(), messages.language())), Css.BODY));
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        return box;
    }
}
