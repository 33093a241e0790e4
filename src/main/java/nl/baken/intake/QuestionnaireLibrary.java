package nl.baken.intake;

import static nl.baken.store.generated.Tables.QUESTIONNAIRE_VERSION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.baken.questionnaire.LoadResult;
import nl.baken.questionnaire.QuestionnaireLoader;
import nl.baken.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questionnaires Baken can use: the seeds shipped in the jar ({@code /seeds/questionnaires/}), any valid file
 * a form author put in the data directory's {@code questionnaires/} folder, and the copies kept in the vault of
 * every version an intake used, so a case stays readable after the seeds change.
 */
public final class QuestionnaireLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireLibrary.class);
    /** The seed files shipped in the jar, in the order the start screen offers them. */
    public static final List<String> SEEDS = List.of("short-intake.yaml", "intake.yaml");

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Path extraDirectory;

    /** {@code extraDirectory} may be null or missing: then only the seeds are offered. */
    public QuestionnaireLibrary(Path extraDirectory) {
        this.extraDirectory = extraDirectory;
    }

    /** The questionnaires available for a new intake; invalid files are left out (and logged by name only). */
    public List<QuestionnaireSource> available() {
        List<QuestionnaireSource> out = new ArrayList<>();
        for (String seed : SEEDS) {
            readSeed(seed).flatMap(content -> parse("seed:" + seed, content)).ifPresent(out::add);
        }
        if (extraDirectory != null && Files.isDirectory(extraDirectory)) {
            try (Stream<Path> files = Files.list(extraDirectory)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String content = new String(nl.baken.questionnaire.BoundedFile.read(f), StandardCharsets.UTF_8);
                    parse(f.getFileName().toString(), content).filter(s -> out.stream().noneMatch(o ->
                            o.questionnaire().id().equals(s.questionnaire().id())
                                    && o.questionnaire().version() == s.questionnaire().version())).ifPresent(out::add);
                }
            } catch (IOException e) {
                LOG.warn("extra questionnaires unreadable: {}", e.getClass().getName());
            }
        }
        return out;
    }

    /** Parses and validates a questionnaire text; empty when it is not valid. */
    public Optional<QuestionnaireSource> parse(String name, String content) {
        LoadResult result = loader.load(name, content);
        if (!result.isValid()) {
            LOG.warn("questionnaire {} is invalid ({} problems)", name, result.errors().size());
            return Optional.empty();
        }
        return result.questionnaire().map(q -> new QuestionnaireSource(q, content));
    }

    /**
     * Keeps a copy of this version in the vault (once). When the vault already holds a different text under the
     * same id and version, the vault's copy wins and is returned: a saved intake never changes under its answers.
     */
    public QuestionnaireSource keep(Store store, QuestionnaireSource source, Clock clock) {
        String id = source.questionnaire().id();
        int version = source.questionnaire().version();
        Optional<QuestionnaireSource> kept = fromVault(store, id, version);
        if (kept.isPresent()) {
            if (!kept.get().content().equals(source.content())) {
                LOG.warn("questionnaire {} v{} changed without a new version; the vault's copy is used", id, version);
            }
            return kept.get();
        }
        store.dsl().insertInto(QUESTIONNAIRE_VERSION)
                .set(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID, id)
                .set(QUESTIONNAIRE_VERSION.VERSION, version)
                .set(QUESTIONNAIRE_VERSION.CONTENT, source.content())
                .set(QUESTIONNAIRE_VERSION.SHA256, sha256(source.content()))
                .set(QUESTIONNAIRE_VERSION.ADDED_AT, OffsetDateTime.now(clock))
                .execute();
        return source;
    }

    /** The copy of a version kept in the vault. */
    public Optional<QuestionnaireSource> fromVault(Store store, String id, int version) {
        return store.dsl().select(QUESTIONNAIRE_VERSION.CONTENT).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(id).and(QUESTIONNAIRE_VERSION.VERSION.eq(version)))
                .fetchOptional(QUESTIONNAIRE_VERSION.CONTENT)
                .flatMap(content -> parse(id + " v" + version, content));
    }

    private static Optional<String> readSeed(String name) {
        try (InputStream in = QuestionnaireLibrary.class.getResourceAsStream("/seeds/questionnaires/" + name)) {
            if (in == null) {
                LOG.warn("seed {} missing from the jar", name);
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
