package nl.baken.questionnaire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.baken.questionnaire.YamlNode.Entry;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;

/**
 * Reads YAML text into a tree of {@link YamlNode}s that remember their positions, using Jackson's streaming
 * parser; reports duplicate keys and broken YAML as problems. The one YAML reader: questionnaires, answers and the
 * partner directory all read through it.
 */
public final class YamlReader {

    private final YAMLFactory factory = new YAMLFactory();

    /** The tree (null for an empty or broken document) and the problems found while reading it. */
    public record Result(YamlNode root, List<Problem> problems) {
    }

    public Result read(String file, String content) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new Result(null, problems);
            }
            YamlNode root = node(file, parser, token, problems);
            return new Result(root, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            problems.add(Problem.error(file, line, column, "questionnaire.yaml.broken", reason(e)));
            return new Result(null, problems);
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, 0, "questionnaire.file.unreadable"));
            return new Result(null, problems);
        }
    }

    /** The parser's own short reason (English, technical, never the file's content). */
    @SuppressWarnings("deprecation")
    private static String reason(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException marked
                && marked.getProblem() != null) {
            return marked.getProblem();
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "?";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private YamlNode node(String file, JsonParser parser, JsonToken token, List<Problem> problems)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    YamlNode value = node(file, parser, parser.nextToken(), problems);
                    Entry first = entries.get(key);
                    if (first != null) {
                        problems.add(Problem.error(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                                "questionnaire.yaml.duplicate_key", key, first.line()));
                    } else {
                        entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new YamlMap(line, column, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    items.add(node(file, parser, next, problems));
                }
                return new YamlList(line, column, items);
            }
            case VALUE_STRING -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.DECIMAL);
            }
            case VALUE_TRUE -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.TRUE);
            }
            case VALUE_FALSE -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.FALSE);
            }
            case VALUE_NULL -> {
                return new YamlScalar(line, column, parser.getText(), YamlScalar.Kind.NULL);
            }
            default -> {
                // Embedded objects and the like do not occur in text YAML; treat them as a plain string.
                return new YamlScalar(line, column, String.valueOf(parser.getText()), YamlScalar.Kind.STRING);
            }
        }
    }
}
