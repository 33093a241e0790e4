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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.LoadResult;
import nl.baken.questionnaire.Problem;
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
    /** The data directory's folder for a form author's own questionnaires, as named in problems. */
    public static final String FOLDER = "questionnaires";

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Path extraDirectory;

    /** {@code extraDirectory} may be null or missing: then only the seeds are offered. */
    public QuestionnaireLibrary(Path extraDirectory) {
        this.extraDirectory = extraDirectory;
    }

    /** The questionnaires available for a new intake; invalid files are left out (see {@link #offer()}). */
    public List<QuestionnaireSource> available() {
        return offer().available();
    }

    /**
     * What the library offers now, and the data directory's files it could not load: each with its first error
     * (file, line, message key), so the start screen and the command line can tell the worker which file and line
     * to fix. The seeds are offered whatever those files hold.
     */
    public Offer offer() {
        List<QuestionnaireSource> out = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        for (String seed : SEEDS) {
            readSeed(seed).flatMap(content -> parse("seed:" + seed, content)).ifPresent(out::add);
        }
        if (extraDirectory != null && Files.isDirectory(extraDirectory)) {
            try (Stream<Path> files = Files.list(extraDirectory)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    readExtra(f, out, rejected);
                }
            } catch (IOException e) {
                LOG.warn("extra questionnaires unreadable: {}", e.getClass().getName());
                rejected.add(Problem.error(FOLDER, 0, 0, "questionnaire.file.unreadable"));
            }
        }
        return new Offer(out, rejected);
    }

    /** The questionnaires to offer and the data directory's files left out, one problem each. */
    public record Offer(List<QuestionnaireSource> available, List<Problem> rejected) {
        public Offer {
            available = List.copyOf(available);
            rejected = List.copyOf(rejected);
        }
    }

    /** One sentence for the worker about a file left out: which file, which line, what is wrong, that the seeds work. */
    public static String rejectedText(Problem problem, Messages messages) {
        return problem.line() > 0
                ? messages.text("intake.start.questionnaire_rejected", problem.file(), problem.line(),
                        problem.message(messages))
                : messages.text("intake.start.questionnaire_rejected_file", problem.file(), problem.message(messages));
    }

    private void readExtra(Path f, List<QuestionnaireSource> out, List<Problem> rejected) {
        String name = FOLDER + "/" + f.getFileName();
        String content;
        try {
            content = new String(nl.baken.questionnaire.BoundedFile.read(f), StandardCharsets.UTF_8);
        } catch (nl.baken.questionnaire.BoundedFile.TooLarge e) {
            rejected.add(Problem.error(name, 0, 0, "questionnaire.file.too_large"));
            return;
        } catch (IOException e) {
            rejected.add(Problem.error(name, 0, 0, "questionnaire.file.unreadable"));
            return;
        }
        LoadResult result = loader.load(name, content);
        if (!result.isValid()) {
            LOG.warn("questionnaire {} is invalid ({} problems)", name, result.errors().size());
            rejected.add(result.errors().stream().min(Comparator.comparingInt(Problem::line)
                    .thenComparingInt(Problem::column)).orElseGet(() ->
                            Problem.error(name, 0, 0, "questionnaire.file.empty")));
            return;
        }
        QuestionnaireSource s = new QuestionnaireSource(result.questionnaire().orElseThrow(), content);
        if (out.stream().noneMatch(o -> o.questionnaire().id().equals(s.questionnaire().id())
                && o.questionnaire().version() == s.questionnaire().version())) {
            out.add(s);
        }
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

    /**
     * The copy of a version kept in the vault. Only its SHA-256 is read when this version was parsed before with the
     * same hash: the text is a large object (the full intake is 144 KB, read and decrypted in pieces), and knowing a
     * case's answers, resuming or recording an intake all ask for it. The vault check compares every kept text with
     * its hash.
     */
    public Optional<QuestionnaireSource> fromVault(Store store, String id, int version) {
        var where = QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(id).and(QUESTIONNAIRE_VERSION.VERSION.eq(version));
        Optional<String> hash = store.dsl().select(QUESTIONNAIRE_VERSION.SHA256).from(QUESTIONNAIRE_VERSION)
                .where(where).fetchOptional(QUESTIONNAIRE_VERSION.SHA256);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        String name = id + " v" + version;
        synchronized (parsed) {
            Parsed known = parsed.get(name);
            if (known != null && known.sha256().equals(hash.get())) {
                return Optional.of(known.source());
            }
        }
        Optional<QuestionnaireSource> source = store.dsl().select(QUESTIONNAIRE_VERSION.CONTENT)
                .from(QUESTIONNAIRE_VERSION).where(where).fetchOptional(QUESTIONNAIRE_VERSION.CONTENT)
                .flatMap(content -> parse(name, content));
        source.filter(s -> sha256(s.content()).equals(hash.get())).ifPresent(s -> {
            synchronized (parsed) {
                parsed.put(name, new Parsed(hash.get(), s));
            }
        });
        return source;
    }

    /** A version parsed from the vault, with the hash its text had. */
    private record Parsed(String sha256, QuestionnaireSource source) {
    }

    /** The last few versions parsed from the vault, by "id vN" (questionnaires are not personal data). */
    private final Map<String, Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > 8;
        }
    };

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
