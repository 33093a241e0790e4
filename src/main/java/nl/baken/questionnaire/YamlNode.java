package nl.baken.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node with its 1-based position, read by {@link YamlReader}: the loaders' view of a file. */
public sealed interface YamlNode {

    int line();

    int column();

    /** A mapping; keys keep their own positions, duplicates have already been reported and dropped. */
    record YamlMap(int line, int column, Map<String, Entry> entries) implements YamlNode {
        public YamlMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }
    }

    /** One key of a mapping and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A sequence. */
    record YamlList(int line, int column, List<YamlNode> items) implements YamlNode {
        public YamlList {
            items = List.copyOf(items);
        }
    }

    /** A scalar: its text as written and what YAML 1.1 makes of it. */
    record YamlScalar(int line, int column, String text, Kind kind) implements YamlNode {

        /** What a scalar is. */
        public enum Kind { STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        public boolean isBoolean() {
            return kind == Kind.TRUE || kind == Kind.FALSE;
        }
    }
}
