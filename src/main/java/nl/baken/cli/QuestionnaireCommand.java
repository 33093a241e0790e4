package nl.baken.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.AnswersLoader;
import nl.baken.questionnaire.AnswersResult;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Flow;
import nl.baken.questionnaire.FlowResult;
import nl.baken.questionnaire.LoadResult;
import nl.baken.questionnaire.Problem;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.QuestionnaireLoader;
import nl.baken.questionnaire.RaisedIndicator;
import nl.baken.questionnaire.VisibleSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baken questionnaire ...}: check questionnaire files and walk them with a set of answers. */
@Command(name = "questionnaire",
        subcommands = {
            QuestionnaireCommand.Validate.class,
            QuestionnaireCommand.Walk.class
        })
final class QuestionnaireCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a questionnaire file named as the user wrote it. */
    static LoadResult load(String file) {
        try {
            return new QuestionnaireLoader().load(Path.of(file), file);
        } catch (InvalidPathException e) {
            return new LoadResult(Optional.empty(),
                    List.of(Problem.error(file, 0, 0, "questionnaire.file.unreadable")));
        }
    }

    static void printLine(PrintWriter writer, String line) {
        writer.print(line);
        writer.print('\n');
    }

    /** {@code baken questionnaire validate FILE...}. */
    @Command(name = "validate")
    static final class Validate implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "file-param")
        List<String> files;

        @Override
        public Integer call() {
            Messages messages = common.messages();
            PrintWriter out = spec.commandLine().getOut();
            boolean allValid = true;
            for (String file : files) {
                LoadResult result = load(file);
                for (Problem problem : result.problems()) {
                    printLine(out, problem.render(messages));
                }
                if (result.questionnaire().isPresent()) {
                    Questionnaire q = result.questionnaire().get();
                    printLine(out, file + ": OK (" + q.sections().size() + " sections, " + q.askedQuestionCount()
                            + " questions)");
                } else {
                    allValid = false;
                }
            }
            out.flush();
            return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** {@code baken questionnaire walk FILE --answers ANSWERS.yaml}. */
    @Command(name = "walk")
    static final class Walk implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file-param")
        String file;
        @Option(names = "--answers", required = true, paramLabel = "ANSWERS.yaml")
        String answersFile;

        @Override
        public Integer call() {
            Messages messages = common.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LoadResult loaded = load(file);
            loaded.problems().forEach(p -> printLine(err, p.render(messages)));
            if (loaded.questionnaire().isEmpty()) {
                err.flush();
                return ExitCodes.FAILURE;
            }
            Questionnaire questionnaire = loaded.questionnaire().get();
            AnswersResult answers = new AnswersLoader().load(answersFile, questionnaire);
            if (!answers.isValid()) {
                answers.problems().forEach(p -> printLine(err, p.render(messages)));
                err.flush();
                return ExitCodes.FAILURE;
            }
            FlowResult flow = Flow.of(questionnaire).evaluate(answers.answers());
            for (VisibleSection section : flow.sections()) {
                for (Question q : section.questions()) {
                    if (q.type() != QuestionType.NOTE) {
                        Answer a = answers.answers().get(q.id()).orElse(null);
                        printLine(out, section.section().id() + "/" + q.id() + "\t" + state(q, a));
                    }
                }
            }
            printLine(out, "signals:");
            for (RaisedIndicator raised : flow.signals().values()) {
                printLine(out, raised.indicator() + "\t" + (raised.formUnknown() ? "unknown"
                        : raised.exploitation().stream().map(Exploitation::yamlName).collect(Collectors.joining(","))));
            }
            printLine(out, "urgent: " + (flow.urgent() ? "yes" : "no"));
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }

        private static String state(Question q, Answer a) {
            if (a == null) {
                return "unanswered";
            }
            if (!a.hasValue()) {
                return a.state().yamlName();
            }
            if (q.type() == QuestionType.MULTI) {
                return a.values().stream().sorted(java.util.Comparator.comparingInt(q::choiceIndex))
                        .collect(Collectors.joining(","));
            }
            return String.join(",", a.values());
        }
    }
}
