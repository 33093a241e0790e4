package nl.baken.questionnaire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.baken.questionnaire.YamlNode.Entry;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an answers file (question id to a value, a list of values, {@code {dont_know: true}},
 * {@code {declined: true}} or {@code {skipped: true}}) for a questionnaire, checking every value.
 */
public final class AnswersLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AnswersLoader.class);
    private static final List<String> STATES = List.of("dont_know", "declined", "skipped");

    private final YamlReader yaml = new YamlReader();

    /** Reads the file named as the user typed it (a path that cannot exist becomes a problem, not an exception). */
    public AnswersResult load(String file, Questionnaire questionnaire) {
        try {
            return load(Path.of(file), file, questionnaire);
        } catch (java.nio.file.InvalidPathException e) {
            return new AnswersResult(Answers.empty(), List.of(Problem.error(file, 0, 0, "questionnaire.file.unreadable")));
        }
    }

    /** Reads the file; {@code name} is how problems name it. */
    public AnswersResult load(Path path, String name, Questionnaire questionnaire) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(BoundedFile.read(path))).toString();
        } catch (CharacterCodingException e) {
            return new AnswersResult(Answers.empty(), List.of(Problem.error(name, 0, 0, "questionnaire.file.not_utf8")));
        } catch (BoundedFile.TooLarge e) {
            return new AnswersResult(Answers.empty(), List.of(Problem.error(name, 0, 0, "questionnaire.file.too_large")));
        } catch (IOException e) {
            LOG.debug("answers file unreadable: {}", e.getClass().getSimpleName());
            return new AnswersResult(Answers.empty(),
                    List.of(Problem.error(name, 0, 0, "questionnaire.file.unreadable")));
        }
        return load(name, content, questionnaire);
    }

    /** Reads answers from text; {@code name} is how problems name the file. */
    public AnswersResult load(String name, String content, Questionnaire questionnaire) {
        YamlReader.Result tree = yaml.read(name, content);
        List<Problem> problems = new ArrayList<>(tree.problems());
        Map<String, Answer> answers = new HashMap<>();
        if (tree.root() instanceof YamlMap map) {
            Map<String, Question> byId = new HashMap<>();
            questionnaire.questions().forEach(q -> byId.put(q.id(), q));
            for (Entry entry : map.entries().values()) {
                Question q = byId.get(entry.key());
                if (q == null) {
                    problems.add(Problem.error(name, entry.line(), entry.column(),
                            "questionnaire.answers.unknown_question", entry.key()));
                } else if (!q.type().hasAnswer()) {
                    problems.add(Problem.error(name, entry.line(), entry.column(), "questionnaire.answers.note",
                            entry.key()));
                } else {
                    Answer answer = answer(name, q, entry.value(), problems);
                    if (answer != null) {
                        answers.put(q.id(), answer);
                    }
                }
            }
        } else if (tree.root() != null && !(tree.root() instanceof YamlScalar s && s.isNull())) {
            problems.add(Problem.error(name, tree.root().line(), tree.root().column(),
                    "questionnaire.answers.not_a_map"));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new AnswersResult(Answers.of(answers), problems);
    }

    private Answer answer(String name, Question q, YamlNode node, List<Problem> problems) {
        if (node instanceof YamlMap map) {
            if (map.entries().size() == 1) {
                Entry only = map.entries().values().iterator().next();
                if (STATES.contains(only.key()) && only.value() instanceof YamlScalar v
                        && v.kind() == YamlScalar.Kind.TRUE) {
                    return Answer.ofState(AnswerState.values()[STATES.indexOf(only.key()) + 1]);
                }
            }
            problems.add(Problem.error(name, map.line(), map.column(), "questionnaire.answers.state"));
            return null;
        }
        List<String> choiceValues = q.choices().stream().map(Choice::value).toList();
        if (node instanceof YamlList list) {
            if (q.type() != QuestionType.MULTI) {
                problems.add(Problem.error(name, list.line(), list.column(), "questionnaire.answers.list_for_single",
                        q.id()));
                return null;
            }
            Set<String> chosen = new LinkedHashSet<>();
            boolean wrong = false;
            for (YamlNode item : list.items()) {
                String value = value(name, q, choiceValues, item, problems);
                wrong |= value == null;
                if (value != null) {
                    chosen.add(value);
                }
            }
            return wrong ? null : Answer.ofAll(inChoiceOrder(chosen, choiceValues));
        }
        String value = value(name, q, choiceValues, node, problems);
        if (value == null) {
            return null;
        }
        return q.type() == QuestionType.MULTI ? Answer.ofAll(List.of(value)) : Answer.of(value);
    }

    private static List<String> inChoiceOrder(Set<String> chosen, List<String> choiceValues) {
        return choiceValues.stream().filter(chosen::contains).toList();
    }

    private static String value(String name, Question q, List<String> choiceValues, YamlNode node,
            List<Problem> problems) {
        Values.Checked checked = Values.check(q.id(), q.type(), choiceValues, q.approximate(), node);
        if (!checked.isOk()) {
            problems.add(Problem.error(name, node.line(), node.column(), checked.problemKey(),
                    checked.args().toArray()));
            return null;
        }
        return checked.value();
    }
}
