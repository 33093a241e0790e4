package nl.baken.support;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds labels and buttons on show whose text the skin had to shorten ("Toestemming opnieuw bespr…"). */
public final class CutOffText {

    private CutOffText() {
    }

    /** Each shortened text under {@code root}, as "id: shown text"; empty when every text shows whole. */
    public static List<String> under(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || !shown(l) || l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            for (Node child : l.getChildrenUnmodifiable()) {
                // The skin's own text node (an icon is a Text too, but not this class).
                boolean labelText = child instanceof Text && "LabeledText".equals(child.getClass().getSimpleName());
                if (labelText && child.isVisible() && !normal(((Text) child).getText()).equals(normal(whole))) {
                    Text t = (Text) child;
                    cut.add(l.getId() + ": " + t.getText());
                }
            }
        }
        return cut;
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
