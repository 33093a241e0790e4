package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.QuestionType;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/**
 * The intake wizard: one question per screen in large type, the sections as progress, the three "no answer"
 * buttons on every question, "why do we ask this", the client's language beside the worker's, known answers to
 * confirm, "Saved" once the answer is written, and pause, stop, review and finish.
 */
public final class IntakeWizardView {

    /** Where the wizard leads outside itself. */
    public record Actions(Runnable consent, Runnable home) {
    }

    private final IntakeWizardViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox inputSlot = new VBox();
    private Node questionPane;
    private javafx.scene.control.ScrollPane questionScroll;
    private Button nextButton;

    /** Marks a button that records an answer: Enter never presses it (only a click, Space or a digit does). */
    static final String RECORDS_ANSWER = "baken.recordsAnswer";

    public IntakeWizardView(IntakeWizardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build(Actions actions) {
        // The question and its answers show first. The progress line (with the urgent banner), "why" with the three
        // answer states, and the button bar follow one pulse each, so the wizard's first screen never holds the FX
        // thread for one long pulse. The top's box is in place from the start and the rest comes below all that is
        // there, so Tab still goes top to bottom.
        VBox top = new VBox();
        root.setTop(top);
        QuestionPane question = questionPane(actions);
        questionPane = question.pane();
        RowsPerPulse.inTurn(() -> top.getChildren().setAll(urgentBanner(), progress()), question.whyAndStates(),
                question.buttonBar());
        // The keys work wherever the focus is (also on the top bar), as long as the wizard is showing.
        javafx.event.EventHandler<KeyEvent> keys = this::keys;
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        vm.revisionProperty().addListener((o, was, now) -> rebuildInput());
        vm.screenProperty().addListener((o, was, now) -> showScreen(actions));
        rebuildInput();
        showScreen(actions);
        return root;
    }

    private void showScreen(Actions actions) {
        if (root.getScene() != null) {
            root.requestFocus();
        }
        switch (vm.screenProperty().get()) {
            case QUESTION -> {
                root.setCenter(questionPane);
                focusFirstInput();
            }
            case REVIEW -> root.setCenter(new ReviewView(vm, messages).build());
            case FINISH -> root.setCenter(new FinishView(vm, messages).build());
            default -> root.setCenter(CalmScreens.build(vm, messages, actions.home()));
        }
    }

    private Node urgentBanner() {
        Label title = Controls.label(messages.text("intake.urgent.title"), Css.SUBTITLE);
        Label body = Controls.label(messages.text("intake.urgent.body"), Css.BODY);
        Button ok = Controls.button("urgent-acknowledge", messages.text("intake.urgent.acknowledge"), "mdal-check");
        ok.setOnAction(e -> vm.acknowledgeUrgent());
        VBox banner = new VBox(8, title, body, ok);
        banner.setId("urgent-banner");
        banner.getStyleClass().add(Css.URGENT);
        banner.setAccessibleText(messages.text("intake.urgent.title"));
        banner.visibleProperty().bind(vm.urgentProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node progress() {
        FlowPane line = new FlowPane(18, 6);
        line.setId("wizard-progress");
        line.setPadding(new Insets(10, 20, 10, 20));
        Runnable fill = () -> {
            line.getChildren().clear();
            for (SectionStep s : vm.sections()) {
                String mark = switch (s.state()) {
                    case DONE -> "✓ ";
                    case CURRENT -> "▸ ";
                    case PENDING -> "";
                };
                Label l = Controls.label(mark + s.title(), switch (s.state()) {
                    case DONE -> Css.SECTION_DONE;
                    case CURRENT -> Css.SECTION_CURRENT;
                    case PENDING -> Css.SECTION_PENDING;
                });
                l.setId("section-" + s.sectionId());
                l.setAccessibleText(messages.text(switch (s.state()) {
                    case DONE -> "intake.section.done";
                    case CURRENT -> "intake.section.current";
                    case PENDING -> "intake.section.pending";
                }, s.title()));
                line.getChildren().add(l);
            }
        };
        vm.sections().addListener((javafx.collections.ListChangeListener<SectionStep>) c -> fill.run());
        fill.run();
        return line;
    }

    /** The question's screen, and the two steps that complete it a pulse apart. */
    private record QuestionPane(Node pane, Runnable whyAndStates, Runnable buttonBar) {
    }

    private QuestionPane questionPane(Actions actions) {
        Label section = Controls.label("", Css.HINT);
        section.textProperty().bind(vm.sectionTitleProperty());
        Label mode = Controls.label("", Css.HINT);
        mode.setId("wizard-mode");
        mode.textProperty().bind(vm.modeTextProperty());
        shownWhen(mode, vm.modeTextProperty().isNotEmpty());
        Label intro = Controls.label("", Css.HINT);
        intro.textProperty().bind(vm.sectionIntroProperty());
        shownWhen(intro, vm.sectionIntroProperty().isNotEmpty());
        Label clientIntro = Controls.label("", Css.CLIENT_TEXT);
        clientIntro.setId("wizard-client-intro");
        clientIntro.textProperty().bind(vm.clientSectionIntroProperty());
        shownWhen(clientIntro, vm.clientSectionIntroProperty().isNotEmpty());

        Label forYou = Controls.label(messages.text("intake.for_you"), Css.SUBTITLE);
        forYou.setId("wizard-for-you");
        shownWhen(forYou, vm.workerNoteProperty());
        Label text = Controls.label("", Css.QUESTION);
        text.setId("wizard-question-text");
        text.textProperty().bind(vm.questionTextProperty());
        text.accessibleTextProperty().bind(vm.questionTextProperty());
        Label client = Controls.label("", Css.CLIENT_TEXT);
        client.setId("wizard-client-text");
        client.textProperty().bind(vm.clientTextProperty());
        client.accessibleTextProperty().bind(vm.clientTextProperty());
        shownWhen(client, vm.clientTextShownProperty());
        Label missing = Controls.label(messages.text("intake.translation_missing"), Css.HINT);
        missing.setId("wizard-translation-missing");
        shownWhen(missing, vm.clientTextMissingProperty());
        VBox questionBox = new VBox(10, forYou, text, client, missing);
        vm.workerNoteProperty().addListener((o, was, now) -> styleWorker(questionBox, now));
        styleWorker(questionBox, vm.workerNoteProperty().get());

        Label knownLabel = Controls.label("", Css.BODY);
        knownLabel.setId("known-answer");
        knownLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.text("intake.known", vm.knownTextProperty().get()), vm.knownTextProperty()));
        Button confirm = Controls.button("known-confirm", messages.text("intake.known.confirm"), "mdal-check");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setOnAction(e -> vm.confirmKnown());
        confirm.getProperties().put(RECORDS_ANSWER, Boolean.TRUE);
        Button change = Controls.button("known-change", messages.text("intake.known.change"), "mdal-edit");
        change.setOnAction(e -> vm.changeKnown());
        VBox knownBox = new VBox(10, knownLabel, new HBox(12, confirm, change));
        knownBox.getStyleClass().add(Css.CARD);
        shownWhen(knownBox, vm.knownProperty());
        shownWhen(inputSlot, vm.knownProperty().not());

        Label error = Controls.label("", Css.ERROR);
        error.setId("wizard-input-error");
        error.textProperty().bind(vm.inputErrorProperty());
        shownWhen(error, vm.inputErrorProperty().isNotEmpty());
        Label currentAnswer = Controls.label("", Css.HINT);
        currentAnswer.setId("wizard-current-answer");
        currentAnswer.textProperty().bind(vm.currentAnswerTextProperty());
        shownWhen(currentAnswer, vm.currentAnswerTextProperty().isNotEmpty().and(vm.knownProperty().not()));

        Label draftKept = Controls.label(messages.text("intake.draft_kept"), Css.HINT);
        draftKept.setId("wizard-draft-kept");
        shownWhen(draftKept, vm.draftTextProperty().isNotEmpty().and(vm.knownProperty().not()));

        VBox card = Controls.card(mode, section, intro, clientIntro, questionBox, inputSlot, draftKept, error, currentAnswer);
        card.setMaxWidth(860);
        placeWhenKnown(card, knownBox);
        BorderPane pane = Controls.screen(card, null);
        questionScroll = (javafx.scene.control.ScrollPane) pane.getCenter();
        // The three answer states and the buttons stay below the scrolling question, so they are always in view
        // (also with the urgent banner at 1100 x 760); the states arrive a pulse before the bar.
        VBox footer = new VBox();
        pane.setBottom(footer);
        // Built now, so a note on the first screen can give "Next" the focus as soon as the bar arrives.
        Node bar = navigation(actions);
        return new QuestionPane(pane, () -> {
            List<Node> parts = whyAndStates();
            card.getChildren().addAll(parts.subList(0, 2));
            footer.getChildren().add(0, parts.get(2));
        }, () -> footer.getChildren().add(bar));
    }

    /**
     * The known answer's box joins the card (just above the answers) the first time a known answer shows: most
     * intakes have none, and the first screen then need not style it.
     */
    private void placeWhenKnown(VBox card, Node knownBox) {
        Runnable place = () -> {
            if (knownBox.getParent() == null) {
                card.getChildren().add(card.getChildren().indexOf(inputSlot), knownBox);
            }
        };
        if (vm.knownProperty().get()) {
            place.run();
        } else {
            vm.knownProperty().addListener((o, was, now) -> {
                if (now) {
                    place.run();
                }
            });
        }
    }

    /** "Why do we ask this?", its text, and the three answer states "don't know", "rather not say", "later". */
    private List<Node> whyAndStates() {
        Button why = mnemonic("wizard-why", messages.text("intake.why"), "mdal-help_outline");
        why.getStyleClass().add(Styles.FLAT);
        why.setOnAction(e -> vm.toggleWhy());
        shownWhen(why, vm.whyTextProperty().isNotEmpty());
        Label whyText = Controls.label("", Css.BODY);
        whyText.setId("wizard-why-text");
        whyText.textProperty().bind(vm.whyTextProperty());
        Label clientWhy = Controls.label("", Css.CLIENT_TEXT);
        clientWhy.setId("wizard-client-why-text");
        clientWhy.textProperty().bind(vm.clientWhyTextProperty());
        shownWhen(clientWhy, vm.clientWhyTextProperty().isNotEmpty());
        // The worker's why and, in interpreter mode, the person's own words for it, in one card.
        shownWhen(whyText, vm.whyShownProperty());
        VBox whyCard = new VBox(6, whyText, clientWhy);
        whyCard.getStyleClass().add(Css.CARD);
        shownWhen(whyCard, vm.whyShownProperty());

        Button dontKnow = stateButton("wizard-dont-know", messages.text("intake.dont_know"));
        dontKnow.setOnAction(e -> vm.dontKnow());
        Button decline = stateButton("wizard-decline", messages.text("intake.decline"));
        decline.setOnAction(e -> vm.decline());
        // Not on an observation of the worker's own: the person is not asked it.
        shownWhen(decline, vm.declineOfferedProperty());
        Button later = stateButton("wizard-later", messages.text("intake.later"));
        later.setOnAction(e -> vm.later());
        HBox states = new HBox(12, dontKnow, decline, later);
        states.setId("wizard-states");
        states.setPadding(new Insets(8, 20, 8, 20));
        var answerable = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.questionProperty().get() != null
                && vm.questionProperty().get().type() != QuestionType.NOTE && !vm.knownProperty().get(),
                vm.questionProperty(), vm.knownProperty());
        shownWhen(states, answerable);
        return List.of(why, whyCard, states);
    }

    private Node navigation(Actions actions) {
        Button back = Controls.button("wizard-back", messages.text("intake.back"), "mdal-arrow_back");
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Label saved = Controls.label("", Css.SUCCESS);
        saved.setId("wizard-saved");
        saved.textProperty().bind(vm.saveMessageProperty());
        vm.saveStateProperty().addListener((o, was, now) -> {
            saved.getStyleClass().removeAll(Css.SUCCESS, Css.ERROR, Css.HINT);
            saved.getStyleClass().add(now == IntakeWizardViewModel.SaveState.FAILED ? Css.ERROR
                    : now == IntakeWizardViewModel.SaveState.SAVED ? Css.SUCCESS : Css.HINT);
        });
        shownWhen(saved, vm.saveStateProperty().isEqualTo(IntakeWizardViewModel.SaveState.SAVED)
                .or(vm.saveStateProperty().isEqualTo(IntakeWizardViewModel.SaveState.FAILED)));
        Button retry = Controls.button("wizard-retry", messages.text("intake.retry"), "mdmz-refresh");
        retry.setOnAction(e -> vm.retry());
        shownWhen(retry, vm.retryableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button consent = mnemonic("wizard-consent", messages.text("intake.consent"), "mdal-assignment_turned_in");
        consent.setOnAction(e -> actions.consent().run());
        Button pause = mnemonic("wizard-pause", messages.text("intake.pause"), "mdmz-pause");
        pause.setOnAction(e -> vm.pause());
        Button stop = mnemonic("wizard-stop", messages.text("intake.stop"), "mdmz-stop");
        stop.setOnAction(e -> vm.askStop());
        Button next = Controls.button("wizard-next", messages.text("intake.next"), "mdal-arrow_forward");
        nextButton = next;
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        // The save message wraps and gives way; the buttons keep their whole text.
        for (Button b : List.of(back, retry, consent, pause, stop, next)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(saved, Priority.SOMETIMES);
        return Controls.bar(Pos.CENTER_LEFT, back, saved, retry, spacer, consent, pause, stop, next);
    }

    private void rebuildInput() {
        if (root.getScene() != null) {
            // Park the focus on the wizard while the old answer controls go, so it cannot jump to the top bar.
            root.requestFocus();
        }
        var q = vm.questionProperty().get();
        if (q == null) {
            inputSlot.getChildren().clear();
            return;
        }
        Node input = switch (q.type()) {
            case YES_NO, SINGLE, MULTI -> ChoiceInput.build(vm, messages);
            case TEXT, LONG_TEXT, NUMBER, DATE -> TextInput.build(vm, messages);
            case NOTE -> new Region();
        };
        inputSlot.getChildren().setAll(input);
        // A new question opens at its top, not where the last one was scrolled to.
        if (questionScroll != null) {
            questionScroll.setVvalue(0);
        }
        focusFirstInput();
    }

    private void focusFirstInput() {
        Platform.runLater(() -> {
            if (vm.screenProperty().get() != IntakeWizardViewModel.Screen.QUESTION || root.getScene() == null) {
                return;
            }
            Node target = vm.knownProperty().get() ? root.lookup("#known-confirm") : Controls.firstFocusable(inputSlot);
            if (target == null) {
                // A note has nothing to answer: "Next", which may arrive a pulse later on the first screen.
                target = nextButton;
            }
            if (target != null) {
                Controls.focusWhenShown(target);
            }
        });
    }

    private void keys(KeyEvent e) {
        if (vm.screenProperty().get() != IntakeWizardViewModel.Screen.QUESTION) {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
                e.consume();
                vm.back();
            } else if (e.getCode() == KeyCode.ENTER && owner instanceof Button b) {
                e.consume();
                b.fire();
            }
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus != null && focus.getParent() != null
                && focus.getStyleClass().contains("date-picker");
        if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
            e.consume();
            vm.back();
        } else if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
            if (focus instanceof TextArea && !e.isControlDown()) {
                return;
            }
            e.consume();
            // Enter means "go on", never "this answer": on an answer button it does what Next does, which on a
            // question without an answer is nothing (ADR 0004). Only a click, Space or a digit picks an answer.
            if (focus instanceof Button b && !b.getProperties().containsKey(RECORDS_ANSWER)) {
                b.fire();
            } else {
                vm.enter();
            }
        } else if (!typing && !e.isAltDown() && !e.isControlDown() && !e.isShortcutDown() && !e.isShiftDown()
                && e.getCode().isLetterKey() && vm.choiceLabels().size() > 9) {
            // Choices 10 and on: A is the tenth, B the eleventh, and so on.
            int n = 10 + e.getCode().getCode() - KeyCode.A.getCode();
            if (n <= vm.choiceLabels().size()) {
                e.consume();
                vm.pickByNumber(n);
            }
        } else if (!typing && !e.isAltDown() && !e.isControlDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (e.getCode().isKeypadKey()) {
                n = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            if (n >= 1 && n <= 9) {
                e.consume();
                vm.pickByNumber(n);
            }
        }
    }

    /**
     * One of "don't know", "rather not say", "later": the same words as the review, and its shortcut (Alt and the
     * underlined letter) shown on the button itself.
     */
    private Button stateButton(String id, String text) {
        Button b = mnemonic(id, text, null);
        b.getProperties().put(RECORDS_ANSWER, Boolean.TRUE);
        int at = text.indexOf('_');
        if (at >= 0 && at + 1 < text.length()) {
            Label key = Controls.label(messages.text("intake.shortcut",
                    Character.toUpperCase(text.charAt(at + 1))), Css.HINT);
            key.setWrapText(false);
            b.setGraphic(key);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Button mnemonic(String id, String text, String icon) {
        Button b = Controls.button(id, text, icon);
        b.setMnemonicParsing(true);
        b.setAccessibleText(text.replace("_", ""));
        return b;
    }

    private static void styleWorker(VBox box, boolean worker) {
        box.getStyleClass().remove(Css.WORKER_NOTE);
        if (worker) {
            box.getStyleClass().add(Css.WORKER_NOTE);
        }
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
