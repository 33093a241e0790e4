package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.baken.cases.CaseSummary;
import nl.baken.i18n.Messages;
import nl.baken.intake.Interpreter;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Problem;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/** The start screen: which case, which questionnaire, which languages and which interpreter arrangement. */
public final class IntakeStartView {

    /** A field is a label and a control with its skin; a list box (ComboBox) alone fills most of a pulse. */
    private static final int FIELDS_PER_PULSE = 1;

    private final IntakeStartViewModel vm;
    private final Messages messages;

    public IntakeStartView(IntakeStartViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build(Consumer<IntakeStartViewModel.Request> onContinue, Runnable onBack) {
        Button back = Controls.button("start-back", messages.text("common.back"), "mdal-arrow_back");
        back.setOnAction(e -> onBack.run());
        Button go = Controls.button("start-continue", messages.text("intake.start.continue"), "mdal-arrow_forward");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.setOnAction(e -> {
            if (vm.isComplete()) {
                onContinue.accept(vm.request());
            }
        });
        VBox card = Controls.card(
                Controls.label(messages.text("intake.start.title"), Css.TITLE),
                Controls.label(messages.text("intake.start.intro"), Css.BODY));
        // A form author's broken file is named here, with its line, so it is not simply missing from the list.
        for (Problem problem : vm.rejected()) {
            Label rejected = Controls.label(QuestionnaireLibrary.rejectedText(problem, messages), Css.ERROR);
            rejected.setId("start-questionnaire-rejected");
            rejected.setWrapText(true);
            card.getChildren().add(rejected);
        }
        // Each field is built in the pulse that adds it, so opening the screen builds only its first field.
        RowsPerPulse.build(card, card.getChildren().size(), List.<Supplier<Node>>of(this::caseChoice,
                this::aliasField, this::existingCase, this::questionnaireField, this::languageFields,
                this::interpreterChoice, this::interpreterLanguageField), FIELDS_PER_PULSE);
        card.setMaxWidth(760);
        return Controls.screen(card, Controls.bar(back, go));
    }

    private Node caseChoice() {
        ToggleGroup caseGroup = new ToggleGroup();
        RadioButton newCase = radio("start-new-case", messages.text("intake.start.new_case"), caseGroup);
        RadioButton existing = radio("start-existing-case", messages.text("intake.start.existing_case"), caseGroup);
        existing.setDisable(vm.cases().isEmpty());
        (vm.newCaseProperty().get() ? newCase : existing).setSelected(true);
        caseGroup.selectedToggleProperty().addListener((o, was, now) -> vm.newCaseProperty().set(now == newCase));
        return field(messages.text("intake.start.case"), new FlowPane(16, 6, newCase, existing));
    }

    private Node aliasField() {
        TextField alias = new TextField();
        alias.setId("start-alias");
        alias.setPromptText(messages.text("intake.start.alias"));
        alias.setAccessibleText(messages.text("intake.start.alias"));
        alias.textProperty().bindBidirectional(vm.aliasProperty());
        VBox aliasField = field(messages.text("intake.start.alias"), alias);
        aliasField.visibleProperty().bind(vm.newCaseProperty());
        aliasField.managedProperty().bind(aliasField.visibleProperty());
        // The screen opens on a new case, so the alias is the first thing to fill in.
        Controls.focusWhenShown(alias);
        return aliasField;
    }

    private Node existingCase() {
        ComboBox<CaseSummary> caseBox = combo("start-case", messages.text("intake.start.existing_case"));
        caseBox.setItems(vm.cases());
        // The reference and the last activity: no alias is opened to offer the choice (the list holds every case).
        caseBox.setConverter(text(c -> c == null ? "" : c.reference() + " · "
                + nl.baken.i18n.DateTimes.date(c.lastActivityAt(), messages.language())));
        caseBox.valueProperty().bindBidirectional(vm.existingCaseProperty());
        caseBox.visibleProperty().bind(vm.newCaseProperty().not());
        caseBox.managedProperty().bind(caseBox.visibleProperty());
        return caseBox;
    }

    private Node questionnaireField() {
        ComboBox<QuestionnaireSource> questionnaire = combo("start-questionnaire",
                messages.text("intake.start.questionnaire"));
        questionnaire.setItems(vm.questionnaires());
        questionnaire.setConverter(text(s -> s == null ? ""
                : s.questionnaire().title().get(messages.language(), "nl")));
        questionnaire.valueProperty().bindBidirectional(vm.questionnaireProperty());
        return field(messages.text("intake.start.questionnaire"), questionnaire);
    }

    private Node languageFields() {
        ComboBox<String> workerLang = combo("start-worker-language", messages.text("intake.start.worker_language"));
        workerLang.getItems().setAll(IntakeStartViewModel.WORKER_LANGUAGES);
        workerLang.setConverter(text(this::languageName));
        workerLang.valueProperty().bindBidirectional(vm.workerLanguageProperty());
        ComboBox<String> clientLang = combo("start-client-language", messages.text("intake.start.client_language"));
        clientLang.setItems(vm.clientLanguages());
        clientLang.setConverter(text(this::languageName));
        clientLang.valueProperty().bindBidirectional(vm.clientLanguageProperty());
        return new HBox(16, field(messages.text("intake.start.worker_language"), workerLang),
                field(messages.text("intake.start.client_language"), clientLang));
    }

    private Node interpreterChoice() {
        ToggleGroup interpreterGroup = new ToggleGroup();
        RadioButton none = radio("start-interpreter-none", messages.text("intake.start.interpreter.none"),
                interpreterGroup);
        RadioButton inPerson = radio("start-interpreter-in-person",
                messages.text("intake.start.interpreter.in_person"), interpreterGroup);
        RadioButton phone = radio("start-interpreter-phone", messages.text("intake.start.interpreter.phone"),
                interpreterGroup);
        none.setUserData(Interpreter.NONE);
        inPerson.setUserData(Interpreter.IN_PERSON);
        phone.setUserData(Interpreter.PHONE);
        none.setSelected(true);
        interpreterGroup.selectedToggleProperty().addListener((o, was, now) ->
                vm.interpreterProperty().set(now == null ? Interpreter.NONE : (Interpreter) now.getUserData()));
        return field(messages.text("intake.start.interpreter"), new FlowPane(16, 6, none, inPerson, phone));
    }

    private Node interpreterLanguageField() {
        ComboBox<String> interpreterLang = combo("start-interpreter-language",
                messages.text("intake.start.interpreter_language"));
        interpreterLang.setItems(vm.clientLanguages());
        interpreterLang.setConverter(text(this::languageName));
        interpreterLang.valueProperty().bindBidirectional(vm.interpreterLanguageProperty());
        interpreterLang.disableProperty().bind(vm.interpreterProperty().isEqualTo(Interpreter.NONE));
        return field(messages.text("intake.start.interpreter_language"), interpreterLang);
    }

    private String languageName(String code) {
        return LanguageNames.name(messages, code);
    }

    private static VBox field(String label, javafx.scene.Node control) {
        Label l = Controls.label(label, Css.BODY);
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    private static <T> ComboBox<T> combo(String id, String accessible) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setAccessibleText(text);
        r.setToggleGroup(group);
        return r;
    }

    private static <T> StringConverter<T> text(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
