package nl.baken.questionnaire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a questionnaire from YAML and checks it against the contract, reporting every problem with its position. */
public final class QuestionnaireLoader {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireLoader.class);

    /** Problems in file order; a stable sort keeps problems at one position in the order they were found. */
    static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    /** One reader (and YAML factory, which is costly to make) for every file this loader reads. */
    private final YamlReader yaml = new YamlReader();

    /** Loads the file; {@code name} is how problems name it (the path as the user gave it). */
    public LoadResult load(Path path, String name) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(BoundedFile.read(path))).toString();
        } catch (CharacterCodingException e) {
            return new LoadResult(Optional.empty(), List.of(Problem.error(name, 0, 0, "questionnaire.file.not_utf8")));
        } catch (BoundedFile.TooLarge e) {
            return new LoadResult(Optional.empty(), List.of(Problem.error(name, 0, 0, "questionnaire.file.too_large")));
        } catch (IOException e) {
            LOG.debug("questionnaire file unreadable: {}", e.getClass().getSimpleName());
            return new LoadResult(Optional.empty(), List.of(Problem.error(name, 0, 0, "questionnaire.file.unreadable")));
        }
        return load(name, content);
    }

    /** Loads the file, naming it by its path in problems. */
    public LoadResult load(Path path) {
        return load(path, path.toString());
    }

    /** Loads a questionnaire from text; {@code name} is how problems name the file. */
    public LoadResult load(String name, String content) {
        YamlReader.Result tree = yaml.read(name, content);
        List<Problem> problems = new ArrayList<>(tree.problems());
        Optional<Questionnaire> questionnaire = Optional.empty();
        if (tree.root() == null) {
            if (problems.isEmpty()) {
                problems.add(Problem.error(name, 1, 1, "questionnaire.file.empty"));
            }
        } else {
            QuestionnaireReader reader = new QuestionnaireReader(name);
            Questionnaire read = reader.read(tree.root());
            problems.addAll(reader.problems());
            if (problems.stream().noneMatch(Problem::isError)) {
                questionnaire = Optional.ofNullable(read);
            }
        }
        problems.sort(BY_POSITION);
        questionnaire.ifPresent(q -> LOG.debug("loaded questionnaire {} version {}", q.id(), q.version()));
        return new LoadResult(questionnaire, problems);
    }
}
