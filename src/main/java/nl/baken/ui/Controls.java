package nl.baken.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories for the controls every view uses, so they look and read the same everywhere. */
public final class Controls {

    private Controls() {
    }

    public static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** A button with an icon and a text; the text doubles as the accessible text. */
    public static Button button(String id, String text, String iconLiteral) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        if (iconLiteral != null) {
            b.setGraphic(new FontIcon(iconLiteral));
        }
        b.setMnemonicParsing(false);
        return b;
    }

    /** An icon-only button: the tooltip and accessible text say what it does. */
    public static Button iconButton(String id, String accessibleText, String iconLiteral) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(iconLiteral));
        b.setAccessibleText(accessibleText);
        b.setTooltip(new Tooltip(accessibleText));
        return b;
    }

    /** A vertical card of content with the usual spacing. */
    public static VBox card(Node... children) {
        VBox card = new VBox(14, children);
        card.getStyleClass().add(Css.CARD);
        card.setMaxWidth(640);
        card.setFillWidth(true);
        return card;
    }

    /** A full screen that centres its card and scrolls when the window is small or the type large. */
    public static ScrollPane screen(Node card) {
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add(Css.SCREEN);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> centre.setMinHeight(now.getHeight()));
        followFocus(scroll);
        return scroll;
    }

    /**
     * A ScrollPane does not follow the keyboard focus by itself: this scrolls {@code scroll} so the focused control
     * is in view. The listener is on the window's scene only while the pane shows, so a pane that is gone is not kept
     * alive.
     */
    public static void followFocus(ScrollPane scroll) {
        javafx.beans.value.ChangeListener<Node> follow = (fo, before, focused) -> {
            if (focused != null) {
                ensureVisible(focused);
            }
        };
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    /** A screen whose buttons stay in view in a bar below the scrolling card (long screens: review, finish). */
    public static BorderPane screen(Node card, Node bar) {
        BorderPane pane = new BorderPane(screen(card));
        pane.setBottom(bar);
        return pane;
    }

    /** The bar of buttons under a screen, right-aligned, with the wizard's look. */
    public static HBox bar(Node... children) {
        return bar(Pos.CENTER_RIGHT, children);
    }

    /** The bar of buttons under a screen, aligned as given (the wizard and the referral steps start at the left). */
    public static HBox bar(Pos alignment, Node... children) {
        HBox bar = new HBox(12, children);
        bar.setAlignment(alignment);
        bar.setPadding(new Insets(10, 20, 10, 20));
        bar.getStyleClass().add(Css.TOP_BAR);
        return bar;
    }

    /**
     * Gives the node the keyboard focus once it is showing, and once more after the next layout pulse: when a
     * screen replaces the one that held the focus, the scene may hand the focus to its first control meanwhile.
     */
    public static void focusWhenShown(Node node) {
        // Inside a scroll pane the node joins the scene only when the pane's skin is made, at the next pulse.
        onceInScene(node, () -> javafx.application.Platform.runLater(() -> guardFocus(node)));
    }

    /** Runs {@code action} once {@code node} is in a scene: at once if it is, else when it joins one (only then). */
    public static void onceInScene(Node node, Runnable action) {
        if (node.getScene() != null) {
            action.run();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static void guardFocus(Node node) {
        javafx.scene.Scene scene = node.getScene();
        if (scene == null) {
            return;
        }
        node.requestFocus();
        // For about a second, take the focus back while nobody holds it (nothing, a screen that is gone, or the
        // window's own background); a control the person moved to with Tab or the mouse is left alone.
        int[] pulses = {0};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (++pulses[0] > 60) {
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                return;
            }
            Node owner = scene.getFocusOwner();
            boolean unheld = owner == null || owner.getScene() != scene || !owner.isFocusTraversable();
            if (node.getScene() == scene && owner != node && unheld) {
                node.requestFocus();
            }
            javafx.application.Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(check[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** The first control under {@code node} (itself included) that Tab would reach, or null. */
    public static Node firstFocusable(Node node) {
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Scrolls the nearest enclosing scroll pane so that the node is in view (keyboard focus, tests). */
    public static void ensureVisible(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double top = (contentHeight - viewport) * scroll.getVvalue();
                double target = top;
                if (b.getMinY() < top) {
                    target = b.getMinY() - 16;
                } else if (b.getMaxY() > top + viewport) {
                    target = b.getMaxY() - viewport + 16;
                }
                scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
                return;
            }
        }
    }
}
