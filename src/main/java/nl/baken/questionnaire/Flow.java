package nl.baken.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The forward walk through a questionnaire for a set of answers. Built once per questionnaire (conditions are
 * compiled to position lookups), then {@link #evaluate(Answers)} is cheap enough to run after every answer.
 */
public final class Flow {

    private final Questionnaire questionnaire;
    private final List<Question> questions;
    private final Map<String, Integer> indexById;
    private final int[] sectionStart;
    private final ConditionTest[] sectionShowIf;
    private final ConditionTest[] showIf;
    private final ConditionTest[][] signalWhen;
    private final ConditionTest[] urgentIf;
    private final int[][] signalIndicator;
    private final List<String> indicatorOrder;
    /** The position of the {@code exploitation_forms} question, or -1. */
    private final int formsIndex;
    /** The questions that a {@code show_if} of a section or question reads: only their answers change the path. */
    private final Set<String> shapingPath = new HashSet<>();

    private Flow(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.questions = questionnaire.questions();
        this.indexById = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            indexById.put(questions.get(i).id(), i);
        }
        ConditionCompiler compiler = new ConditionCompiler(indexById, questions);
        List<Section> sections = questionnaire.sections();
        sectionStart = new int[sections.size() + 1];
        sectionShowIf = new ConditionTest[sections.size()];
        int start = 0;
        for (int s = 0; s < sections.size(); s++) {
            sectionStart[s] = start;
            sectionShowIf[s] = sections.get(s).showIf().map(compiler::compile).orElse(null);
            sections.get(s).showIf().ifPresent(c -> shapingPath.addAll(c.questions()));
            start += sections.get(s).questions().size();
        }
        sectionStart[sections.size()] = start;
        indicatorOrder = List.copyOf(questionnaire.indicators().keySet());
        formsIndex = questionnaire.exploitationForms().map(f -> indexById.getOrDefault(f.question(), -1)).orElse(-1);
        showIf = new ConditionTest[questions.size()];
        urgentIf = new ConditionTest[questions.size()];
        signalWhen = new ConditionTest[questions.size()][];
        signalIndicator = new int[questions.size()][];
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            showIf[i] = q.showIf().map(compiler::compile).orElse(null);
            q.showIf().ifPresent(c -> shapingPath.addAll(c.questions()));
            urgentIf[i] = q.urgentIf().map(compiler::compile).orElse(null);
            signalWhen[i] = q.signals().stream().map(sig -> compiler.compile(sig.when())).toArray(ConditionTest[]::new);
            signalIndicator[i] = q.signals().stream().mapToInt(sig -> indicatorOrder.indexOf(sig.indicator()))
                    .toArray();
        }
    }

    /** Prepares the walk for a valid questionnaire (as returned by {@link QuestionnaireLoader}). */
    public static Flow of(Questionnaire questionnaire) {
        return new Flow(questionnaire);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The question with this id, looked up in constant time. */
    public Optional<Question> question(String questionId) {
        Integer i = indexById.get(questionId);
        return i == null ? Optional.empty() : Optional.of(questions.get(i));
    }

    /**
     * Whether an answer to this question can change which questions are shown (a {@code show_if} reads it); an
     * answer to any other question leaves the visible path as it was.
     */
    public boolean shapesPath(String questionId) {
        return shapingPath.contains(questionId);
    }

    /**
     * The forms named by the visible answer to the {@code exploitation_forms} question; none (the form is not yet
     * known) when that answer has no value. A raised indicator with no form at all shows as "unknown".
     */
    private Set<Exploitation> caseForms(Answer[] effective) {
        Answer forms = formsIndex < 0 ? null : effective[formsIndex];
        if (forms == null || !forms.hasValue()) {
            return Set.of();
        }
        return questionnaire.exploitationForms().orElseThrow().formsOf(forms.values());
    }

    /** Visible path, progress, signals, urgency and answers that no longer apply, for these answers. */
    public FlowResult evaluate(Answers answers) {
        Answer[] effective = new Answer[questions.size()];
        List<VisibleSection> visibleSections = new ArrayList<>();
        Map<String, SectionProgress> progress = new LinkedHashMap<>();
        List<String> urgentBy = new ArrayList<>();
        Set<String> notApplicable = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        Set<Exploitation>[] raisedTypes = new Set[indicatorOrder.size()];
        @SuppressWarnings("unchecked")
        List<String>[] raisedBy = new List[indicatorOrder.size()];
        List<Section> sections = questionnaire.sections();
        for (int s = 0; s < sections.size(); s++) {
            boolean sectionVisible = sectionShowIf[s] == null || sectionShowIf[s].test(effective);
            List<Question> visible = sectionVisible ? new ArrayList<>() : List.of();
            int asked = 0;
            int dealtWith = 0;
            for (int i = sectionStart[s]; i < sectionStart[s + 1]; i++) {
                Question q = questions.get(i);
                Answer answer = answers.getOrNull(q.id());
                if (!sectionVisible || (showIf[i] != null && !showIf[i].test(effective))) {
                    if (answer != null) {
                        notApplicable.add(q.id());
                    }
                    continue;
                }
                visible.add(q);
                if (!q.type().hasAnswer()) {
                    continue;
                }
                effective[i] = answer;
                asked++;
                if (answer != null) {
                    dealtWith++;
                }
                ConditionTest[] whens = signalWhen[i];
                for (int k = 0; k < whens.length; k++) {
                    if (whens[k].test(effective)) {
                        int ind = signalIndicator[i][k];
                        if (raisedTypes[ind] == null) {
                            raisedTypes[ind] = EnumSet.noneOf(Exploitation.class);
                            raisedBy[ind] = new ArrayList<>();
                        }
                        Signal signal = q.signals().get(k);
                        raisedTypes[ind].addAll(signal.formsOfCase() ? caseForms(effective) : signal.exploitation());
                        if (!raisedBy[ind].contains(q.id())) {
                            raisedBy[ind].add(q.id());
                        }
                    }
                }
                if (urgentIf[i] != null && urgentIf[i].test(effective)) {
                    urgentBy.add(q.id());
                }
            }
            if (sectionVisible) {
                Section section = sections.get(s);
                visibleSections.add(new VisibleSection(section, visible));
                progress.put(section.id(), new SectionProgress(section.id(), dealtWith, asked));
            }
        }
        Map<String, RaisedIndicator> signals = new LinkedHashMap<>();
        for (int ind = 0; ind < raisedTypes.length; ind++) {
            if (raisedTypes[ind] != null) {
                String name = indicatorOrder.get(ind);
                signals.put(name, new RaisedIndicator(name, Collections.unmodifiableSet(raisedTypes[ind]),
                        List.copyOf(raisedBy[ind])));
            }
        }
        return new FlowResult(List.copyOf(visibleSections), Collections.unmodifiableMap(progress),
                Collections.unmodifiableMap(signals), !urgentBy.isEmpty(), List.copyOf(urgentBy),
                Collections.unmodifiableSet(notApplicable));
    }
}
