package nl.baken.referral;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.Problem;
import nl.baken.questionnaire.YamlNode;
import nl.baken.questionnaire.YamlNode.Entry;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;
import nl.baken.questionnaire.YamlReader;

/**
 * Reads a partner directory ({@code seeds/partners.yaml}) and reports every problem it finds as
 * {@code FILE:LINE:COLUMN: message}, pointing at the offending key or value.
 */
public final class PartnerLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "name", "audience", "contact_person", "phone",
            "secure_email", "notes", "national");

    private final Messages messages;
    private final YamlReader yaml = new YamlReader();

    public PartnerLoader(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Reads the file; problems are named after the path as given. */
    public PartnerDirectory load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.toString(), reader);
        } catch (IOException e) {
            return new PartnerDirectory(List.of(), List.of(
                    new PartnerProblem(file.toString(), 1, 1, messages.text("partner.error.unreadable"))));
        }
    }

    /** Reads partner YAML from a reader; {@code fileName} names the source in problems. */
    public PartnerDirectory load(String fileName, Reader reader) {
        Run run = read(fileName, reader);
        return new PartnerDirectory(run.problems.isEmpty() ? run.partners : List.of(), run.problems);
    }

    /**
     * Reads partner YAML and keeps every entry that is valid on its own, with the problems of the others: how the
     * seeds reach the vault, where one bad entry must not keep the good ones out.
     */
    public PartnerDirectory loadValidEntries(String fileName, Reader reader) {
        Run run = read(fileName, reader);
        return new PartnerDirectory(run.partners, run.problems);
    }

    private Run read(String fileName, Reader reader) {
        Run run = new Run(fileName);
        String content;
        try {
            content = readAll(reader);
        } catch (IOException e) {
            run.problem((Problem) null, messages.text("partner.error.unreadable"));
            return run;
        }
        YamlReader.Result tree = yaml.read(fileName, content);
        for (Problem p : tree.problems()) {
            // The reader's own reason may quote the file; only the position and the key are kept.
            run.problem(p, p.messageKey().equals("questionnaire.yaml.duplicate_key")
                    ? messages.text("partner.error.duplicate_key", p.args().get(0))
                    : messages.text(p.messageKey().equals("questionnaire.yaml.broken") ? "partner.error.yaml"
                    : "partner.error.unreadable"));
        }
        if (tree.root() != null) {
            run.readDocument(tree.root());
        }
        return run;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) > 0; ) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }

    /** The state of one load: what was read and what was wrong. */
    private final class Run {
        private final String file;
        private final List<Partner> partners = new ArrayList<>();
        private final List<PartnerProblem> problems = new ArrayList<>();
        private final Map<String, Integer> idLines = new HashMap<>();

        Run(String file) {
            this.file = file;
        }

        void problem(Problem where, String message) {
            problem(where == null ? 1 : where.line(), where == null ? 1 : where.column(), message);
        }

        void problem(YamlNode where, String message) {
            problem(where.line(), where.column(), message);
        }

        void problem(Entry where, String message) {
            problem(where.line(), where.column(), message);
        }

        private void problem(int line, int column, String message) {
            problems.add(new PartnerProblem(file, Math.max(1, line), Math.max(1, column), message));
        }

        void readDocument(YamlNode root) {
            if (!(root instanceof YamlMap top)) {
                problem(root, messages.text("partner.error.expected_top"));
                return;
            }
            for (Entry e : top.entries().values()) {
                if (!"partners".equals(e.key())) {
                    problem(e, messages.text("partner.error.unknown_key", e.key()));
                } else if (!(e.value() instanceof YamlList list)) {
                    problem(e.value(), messages.text("partner.error.expected_list"));
                } else {
                    readList(list);
                }
            }
            if (!top.has("partners")) {
                problem(top, messages.text("partner.error.missing", "partners"));
            }
        }

        private void readList(YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMap entry) {
                    readEntry(entry);
                } else {
                    problem(item, messages.text("partner.error.expected_entry"));
                }
            }
        }

        private void readEntry(YamlMap entry) {
            int before = problems.size();
            Map<String, String> text = new HashMap<>();
            Map<String, YamlNode> valueAt = new HashMap<>();
            Set<String> wrongType = new HashSet<>();
            boolean national = false;
            for (Entry e : entry.entries().values()) {
                String key = e.key();
                YamlNode value = e.value();
                if (!ENTRY_KEYS.contains(key)) {
                    problem(e, messages.text("partner.error.unknown_key", key));
                } else if ("national".equals(key)) {
                    if (value instanceof YamlScalar b && b.isBoolean()) {
                        national = b.kind() == YamlScalar.Kind.TRUE;
                    } else {
                        problem(value, messages.text("partner.error.expected_boolean", key));
                    }
                } else if (value instanceof YamlScalar v && v.kind() == YamlScalar.Kind.STRING) {
                    String s = v.text().strip();
                    if (!s.isEmpty()) {
                        text.put(key, s);
                        valueAt.put(key, value);
                    }
                } else if (!(value instanceof YamlScalar v && v.isNull())) {
                    wrongType.add(key);
                    problem(value, messages.text("partner.error.expected_text", key));
                }
            }
            for (String required : List.of("id", "name", "audience")) {
                if (!text.containsKey(required) && !wrongType.contains(required)) {
                    problem(entry, messages.text("partner.error.missing", required));
                }
            }
            check(text, valueAt);
            if (problems.size() == before) {
                partners.add(new Partner(text.get("id"), text.get("name"), text.get("audience"),
                        text.get("contact_person"), text.get("phone"), text.get("secure_email"), text.get("notes"),
                        national));
            }
        }

        private void check(Map<String, String> text, Map<String, YamlNode> valueAt) {
            String id = text.get("id");
            if (id != null) {
                YamlNode at = valueAt.get("id");
                if (!ID.matcher(id).matches()) {
                    problem(at, messages.text("partner.error.bad_id", id));
                } else if (idLines.containsKey(id)) {
                    problem(at, messages.text("partner.error.duplicate_id", id, idLines.get(id)));
                } else {
                    idLines.put(id, at.line());
                }
            }
            String audience = text.get("audience");
            if (audience != null && !Audience.isKnown(audience)) {
                problem(valueAt.get("audience"), messages.text("partner.error.unknown_audience", audience,
                        Audience.yamlNames()));
            }
            String email = text.get("secure_email");
            if (email != null && !EmailAddress.isPlausible(email)) {
                problem(valueAt.get("secure_email"), messages.text("partner.error.bad_email"));
            }
        }
    }
}
