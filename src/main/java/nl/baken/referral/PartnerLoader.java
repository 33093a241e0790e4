package nl.baken.referral;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

/**
 * Reads a partner directory ({@code seeds/partners.yaml}) and reports every problem it finds as
 * {@code FILE:LINE:COLUMN: message}, pointing at the offending key or value.
 */
public final class PartnerLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "name", "audience", "contact_person", "phone",
            "secure_email", "notes", "national");

    private final Messages messages;
    private final YAMLFactory yaml = new YAMLFactory();

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
        try (JsonParser parser = yaml.createParser(reader)) {
            run.readDocument(parser);
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the file; only its position is kept.
            JsonLocation where = e.getLocation();
            run.problem(where, messages.text("partner.error.yaml"));
        } catch (IOException e) {
            run.problem(null, messages.text("partner.error.unreadable"));
        }
        return run;
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

        void problem(JsonLocation where, String message) {
            int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            int column = where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
            problems.add(new PartnerProblem(file, line, column, message));
        }

        void readDocument(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                problem(p.currentTokenLocation(), messages.text("partner.error.expected_top"));
                return;
            }
            JsonLocation start = p.currentTokenLocation();
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                JsonToken value = p.nextToken();
                if (!seen.add(key)) {
                    problem(keyAt, messages.text("partner.error.duplicate_key", key));
                    p.skipChildren();
                } else if (!"partners".equals(key)) {
                    problem(keyAt, messages.text("partner.error.unknown_key", key));
                    p.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    problem(p.currentTokenLocation(), messages.text("partner.error.expected_list"));
                    p.skipChildren();
                } else {
                    readList(p);
                }
            }
            if (!seen.contains("partners")) {
                problem(start, messages.text("partner.error.missing", "partners"));
            }
        }

        private void readList(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT) {
                    readEntry(p);
                } else {
                    problem(p.currentTokenLocation(), messages.text("partner.error.expected_entry"));
                    p.skipChildren();
                }
            }
        }

        private void readEntry(JsonParser p) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            int before = problems.size();
            Map<String, String> text = new HashMap<>();
            Map<String, JsonLocation> valueAt = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Set<String> wrongType = new HashSet<>();
            boolean national = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                JsonToken value = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                if (!seen.add(key)) {
                    problem(keyAt, messages.text("partner.error.duplicate_key", key));
                } else if (!ENTRY_KEYS.contains(key)) {
                    problem(keyAt, messages.text("partner.error.unknown_key", key));
                } else if ("national".equals(key)) {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        national = value == JsonToken.VALUE_TRUE;
                    } else {
                        problem(at, messages.text("partner.error.expected_boolean", key));
                    }
                } else if (value == JsonToken.VALUE_STRING) {
                    String s = p.getText().strip();
                    if (!s.isEmpty()) {
                        text.put(key, s);
                        valueAt.put(key, at);
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    wrongType.add(key);
                    problem(at, messages.text("partner.error.expected_text", key));
                }
                p.skipChildren();
            }
            for (String required : List.of("id", "name", "audience")) {
                if (!text.containsKey(required) && !wrongType.contains(required)) {
                    problem(start, messages.text("partner.error.missing", required));
                }
            }
            check(text, valueAt);
            if (problems.size() == before) {
                partners.add(new Partner(text.get("id"), text.get("name"), text.get("audience"),
                        text.get("contact_person"), text.get("phone"), text.get("secure_email"), text.get("notes"),
                        national));
            }
        }

        private void check(Map<String, String> text, Map<String, JsonLocation> valueAt) {
            String id = text.get("id");
            if (id != null) {
                JsonLocation at = valueAt.get("id");
                if (!ID.matcher(id).matches()) {
                    problem(at, messages.text("partner.error.bad_id", id));
                } else if (idLines.containsKey(id)) {
                    problem(at, messages.text("partner.error.duplicate_id", id, idLines.get(id)));
                } else {
                    idLines.put(id, at.getLineNr());
                }
            }
            String audience = text.get("audience");
            if (audience != null && !Audience.isKnown(audience)) {
                problem(valueAt.get("audience"), messages.text("partner.error.unknown_audience", audience,
                        Audience.yamlNames()));
            }
            String email = text.get("secure_email");
            if (email != null && !EMAIL.matcher(email).matches()) {
                problem(valueAt.get("secure_email"), messages.text("partner.error.bad_email"));
            }
        }
    }
}
