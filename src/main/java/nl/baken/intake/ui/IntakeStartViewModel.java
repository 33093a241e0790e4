package nl.baken.intake.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.CaseSummary;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Problem;

/**
 * State of the start screen: a new case (optional alias) or an existing one, the questionnaire, the worker's and
 * the client's language and the interpreter arrangement. The choices come in ready-made; nothing here waits. It is
 * made on the worker thread with the choices it reads, and used only on the FX thread from then on.
 */
public final class IntakeStartViewModel {

    /** What the worker chose, handed to the next step. */
    public record Request(Optional<String> existingCaseId, Optional<String> alias, QuestionnaireSource source,
                          IntakeSettings settings) {
    }

    /** The client languages every questionnaire may offer beside its own. */
    public static final List<String> CLIENT_LANGUAGES = List.of("nl", "en", "pl", "ro", "bg");
    public static final List<String> WORKER_LANGUAGES = List.of("nl", "en");

    private final ObservableList<QuestionnaireSource> questionnaires = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final ObservableList<String> clientLanguages = FXCollections.observableArrayList();
    private final BooleanProperty newCase = new SimpleBooleanProperty(true);
    private final StringProperty alias = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> existingCase = new SimpleObjectProperty<>();
    private final ObjectProperty<QuestionnaireSource> questionnaire = new SimpleObjectProperty<>();
    private final ObjectProperty<String> workerLanguage = new SimpleObjectProperty<>("nl");
    private final ObjectProperty<String> clientLanguage = new SimpleObjectProperty<>("nl");
    private final ObjectProperty<Interpreter> interpreter = new SimpleObjectProperty<>(Interpreter.NONE);
    private final ObjectProperty<String> interpreterLanguage = new SimpleObjectProperty<>();

    private final List<Problem> rejected;

    public IntakeStartViewModel(List<QuestionnaireSource> available, List<CaseSummary> allCases, String workerLanguage) {
        this(new QuestionnaireLibrary.Offer(available, List.of()), allCases, workerLanguage);
    }

    /** With the data directory's questionnaire files that could not be loaded, which the screen names. */
    public IntakeStartViewModel(QuestionnaireLibrary.Offer offer, List<CaseSummary> allCases, String workerLanguage) {
        List<QuestionnaireSource> available = offer.available();
        rejected = offer.rejected();
        questionnaires.setAll(available);
        cases.setAll(allCases.stream().filter(c -> c.status() == CaseStatus.OPEN).toList());
        this.workerLanguage.set(WORKER_LANGUAGES.contains(workerLanguage) ? workerLanguage : "nl");
        this.clientLanguage.set(this.workerLanguage.get());
        questionnaire.addListener((o, was, now) -> updateClientLanguages());
        if (!available.isEmpty()) {
            questionnaire.set(available.get(0));
        }
        updateClientLanguages();
        clientLanguage.addListener((o, was, now) -> {
            if (interpreter.get() != Interpreter.NONE && now != null) {
                interpreterLanguage.set(now);
            }
        });
        interpreter.addListener((o, was, now) -> interpreterLanguage.set(now == Interpreter.NONE ? null
                : Optional.ofNullable(interpreterLanguage.get()).orElse(clientLanguage.get())));
    }

    /** The data directory's questionnaire files left out, each with its first problem; empty when all loaded. */
    public List<Problem> rejected() {
        return rejected;
    }

    private void updateClientLanguages() {
        Set<String> langs = new LinkedHashSet<>();
        QuestionnaireSource q = questionnaire.get();
        if (q != null) {
            langs.addAll(q.questionnaire().languages());
            langs.addAll(q.questionnaire().clientLanguages());
        }
        langs.addAll(CLIENT_LANGUAGES);
        clientLanguages.setAll(new ArrayList<>(langs));
        if (!clientLanguages.contains(clientLanguage.get())) {
            clientLanguage.set(workerLanguage.get());
        }
    }

    /** True when everything needed is chosen. */
    public boolean isComplete() {
        return questionnaire.get() != null && (newCase.get() || existingCase.get() != null)
                && (interpreter.get() == Interpreter.NONE || interpreterLanguage.get() != null);
    }

    /** The request for the chosen settings; only call when {@link #isComplete()}. */
    public Request request() {
        IntakeSettings settings = new IntakeSettings(workerLanguage.get(), clientLanguage.get(), interpreter.get(),
                interpreter.get() == Interpreter.NONE ? Optional.empty() : Optional.ofNullable(interpreterLanguage.get()));
        Optional<String> caseId = newCase.get() ? Optional.empty()
                : Optional.ofNullable(existingCase.get()).map(CaseSummary::id);
        Optional<String> a = newCase.get() ? Optional.of(alias.get().strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
        return new Request(caseId, a, questionnaire.get(), settings);
    }

    public ObservableList<QuestionnaireSource> questionnaires() { return questionnaires; }
    public ObservableList<CaseSummary> cases() { return cases; }
    public ObservableList<String> clientLanguages() { return clientLanguages; }
    public BooleanProperty newCaseProperty() { return newCase; }
    public StringProperty aliasProperty() { return alias; }
    public ObjectProperty<CaseSummary> existingCaseProperty() { return existingCase; }
    public ObjectProperty<QuestionnaireSource> questionnaireProperty() { return questionnaire; }
    public ObjectProperty<String> workerLanguageProperty() { return workerLanguage; }
    public ObjectProperty<String> clientLanguageProperty() { return clientLanguage; }
    public ObjectProperty<Interpreter> interpreterProperty() { return interpreter; }
    public ObjectProperty<String> interpreterLanguageProperty() { return interpreterLanguage; }
}
