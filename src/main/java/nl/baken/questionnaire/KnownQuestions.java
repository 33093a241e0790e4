package nl.baken.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;

/**
 * A first, forgiving pass over the file: every question id with its place in the file, its type and its choice
 * values, so that conditions can be checked against questions wherever they stand.
 */
final class KnownQuestions {

    /** One question as far as conditions need it; {@code type} is null when the file does not say it right. */
    record Known(String id, int index, QuestionType type, List<String> choiceValues, boolean approximate) {
    }

    private final Map<String, Known> byId = new HashMap<>();
    /** Per section, in file order: the index of its first question. */
    private final List<Integer> sectionStarts = new ArrayList<>();

    static KnownQuestions scan(YamlNode root) {
        KnownQuestions known = new KnownQuestions();
        int index = 0;
        if (root instanceof YamlMap file && file.get("sections") instanceof YamlList sections) {
            for (YamlNode section : sections.items()) {
                known.sectionStarts.add(index);
                if (section instanceof YamlMap s && s.get("questions") instanceof YamlList questions) {
                    for (YamlNode question : questions.items()) {
                        known.add(question, index);
                        index++;
                    }
                }
            }
        }
        return known;
    }

    private void add(YamlNode node, int index) {
        if (!(node instanceof YamlMap question) || !(question.get("id") instanceof YamlScalar id) || id.isNull()) {
            return;
        }
        QuestionType type = question.get("type") instanceof YamlScalar t
                ? QuestionType.fromYaml(t.text()).orElse(null) : null;
        List<String> choices = new ArrayList<>();
        if (question.get("choices") instanceof YamlList list) {
            for (YamlNode choice : list.items()) {
                if (choice instanceof YamlMap c && c.get("value") instanceof YamlScalar v && !v.isNull()) {
                    choices.add(v.text());
                }
            }
        }
        boolean approximate = type == QuestionType.DATE && question.get("approximate") instanceof YamlScalar a
                && a.kind() == YamlScalar.Kind.TRUE;
        byId.putIfAbsent(id.text(), new Known(id.text(), index, type, List.copyOf(choices), approximate));
    }

    Known get(String id) {
        return byId.get(id);
    }

    /** The index of the first question of the section at this position in the file. */
    int sectionStart(int sectionIndex) {
        return sectionIndex < sectionStarts.size() ? sectionStarts.get(sectionIndex) : Integer.MAX_VALUE;
    }
}
