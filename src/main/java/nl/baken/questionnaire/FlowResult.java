package nl.baken.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of an intake for a set of answers: what is visible, how far each section is, which signals are raised,
 * whether the urgent-safety banner shows, and which answers no longer apply (kept, but left out of exports).
 *
 * @param sections visible sections in order, each with its visible questions and notes
 * @param progress per visible section id, in order
 * @param signals per raised indicator, in the order of the questionnaire's {@code indicators}
 * @param urgent true when a visible question's {@code urgent_if} holds
 * @param urgentBy the ids of the questions whose {@code urgent_if} holds, in file order
 * @param notApplicable ids of questions of this questionnaire that have an answer but are hidden
 */
public record FlowResult(List<VisibleSection> sections, Map<String, SectionProgress> progress,
        Map<String, RaisedIndicator> signals, boolean urgent, List<String> urgentBy, Set<String> notApplicable) {

    /** Visible questions and notes, in file order. */
    public List<Question> visibleQuestions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** True when the question (or note) with this id is shown. */
    public boolean isVisible(String questionId) {
        for (VisibleSection s : sections) {
            for (Question q : s.questions()) {
                if (q.id().equals(questionId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
