package nl.baken.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.baken.session.UnlockedServices;
import nl.baken.cases.CaseFile;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.AnswersLoader;
import nl.baken.questionnaire.AnswersResult;
import nl.baken.questionnaire.LoadResult;
import nl.baken.questionnaire.Problem;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken case import --questionnaire FILE --answers ANSWERS.yaml}: a case taken elsewhere becomes a case with
 * one finished intake. Both files are checked before the vault is opened; stdout is the new case id. The alias is
 * never an argument (arguments show in the process list): it is the answer to the questionnaire's
 * {@code role: alias} question, when it has one; {@code baken case alias} sets or changes it later.
 */
@Command(name = "import")
final class CaseImportCommand extends SessionAction {

    @Option(names = "--questionnaire", required = true, paramLabel = "FILE")
    String file;
    @Option(names = "--answers", required = true, paramLabel = "ANSWERS.yaml")
    String answersFile;

    private QuestionnaireSource source;
    private Answers answers;
    private Optional<String> alias = Optional.empty();

    @Override
    void prepare() {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = QuestionnaireCommand.load(file);
        loaded.problems().forEach(p -> QuestionnaireCommand.printLine(err, p.render(messages)));
        if (loaded.questionnaire().isEmpty()) {
            throw new CliFailure(messages.text("cli.case.import.invalid"), ExitCodes.FAILURE);
        }
        Questionnaire questionnaire = loaded.questionnaire().get();
        AnswersResult read = new AnswersLoader().load(answersFile, questionnaire);
        read.problems().forEach(p -> QuestionnaireCommand.printLine(err, p.render(messages)));
        if (!read.isValid()) {
            throw new CliFailure(messages.text("cli.case.import.invalid"), ExitCodes.FAILURE);
        }
        try {
            source = new QuestionnaireSource(questionnaire, Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure(messages.text("cli.case.import.invalid"), ExitCodes.FAILURE);
        }
        answers = read.answers();
        alias = questionnaire.questionFor(Role.ALIAS).map(Question::id).flatMap(answers::get)
                .filter(Answer::hasValue).map(Answer::value);
    }

    @Override
    int act(UnlockedServices session) {
        Questionnaire q = source.questionnaire();
        Optional<QuestionnaireSource> kept = session.intakes().library().fromVault(session.vault().store(), q.id(),
                q.version());
        if (kept.isPresent() && !kept.get().content().equals(source.content())) {
            throw new CliFailure(messages.text("cli.case.import.version_conflict", q.id(), q.version()),
                    ExitCodes.FAILURE);
        }
        String language = messages.language();
        CaseFile c = session.intakes().importCase(alias, source, answers,
                new IntakeSettings(language, language, Interpreter.NONE, Optional.empty()), session.workerId());
        printLine(c.id());
        return ExitCodes.OK;
    }
}
