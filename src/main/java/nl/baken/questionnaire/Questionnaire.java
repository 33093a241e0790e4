package nl.baken.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as loaded from YAML: its identity, languages, indicators, sections in file order and, when it has
 * one, where a case's forms of exploitation come from.
 */
public record Questionnaire(String id, int version, LocalizedText title, List<String> languages,
        List<String> clientLanguages, Map<String, LocalizedText> indicators, List<Section> sections,
        Optional<ExploitationForms> exploitationForms) {

    public Questionnaire {
        languages = List.copyOf(languages);
        clientLanguages = List.copyOf(clientLanguages);
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        sections = List.copyOf(sections);
        java.util.Objects.requireNonNull(exploitationForms, "exploitationForms");
    }

    /** The question that holds this fact ({@code role}), if the questionnaire has one: at most one per role. */
    public Optional<Question> questionFor(Role role) {
        return questions().stream().filter(q -> q.role().filter(role::equals).isPresent()).findFirst();
    }

    /** Every question and note, in file order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The number of questions that are asked (notes excluded). */
    public int askedQuestionCount() {
        return (int) questions().stream().filter(q -> q.type().hasAnswer()).count();
    }

    /** The question with this id (a linear search; {@link Flow} keeps an index). */
    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The section that holds the question with this id. */
    public Optional<Section> sectionOf(String questionId) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }
}
