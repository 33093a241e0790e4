package nl.baken.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.AskedTo;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Flow;
import nl.baken.questionnaire.FlowResult;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.RaisedIndicator;
import nl.baken.questionnaire.Role;
import nl.baken.questionnaire.Section;
import nl.baken.referral.CaseMaterial.IntakeMaterial;
import nl.baken.referral.ReferralDraft.DraftItem;
import nl.baken.referral.ReferralDraft.DraftSection;
import nl.baken.referral.ReferralDraft.DraftSignal;

/**
 * Decides what a referral to one partner may hold (pure logic, no database): the answers a referral could carry,
 * pre-selected by the partner's audience against each question's {@code share} list, and then the
 * {@link ReferralDocument} for the worker's selection. Not-applicable answers, worker observations, notes,
 * "I'd rather not say", "later" and unanswered questions never leave; "I don't know" is shown as such. A signal
 * or an urgent note appears only when a question that raised it is itself shared with the audience and included.
 */
public final class ReferralComposer {

    private final Function<String, Messages> messagesByLanguage;

    public ReferralComposer(Function<String, Messages> messagesByLanguage) {
        this.messagesByLanguage = Objects.requireNonNull(messagesByLanguage, "messagesByLanguage");
    }

    /** The candidate items for this partner, in the referral's language ("nl" or "en"). */
    public ReferralDraft draft(CaseMaterial material, Partner partner, String language) {
        if (!ReferralDocument.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be nl or en");
        }
        Messages m = messagesByLanguage.apply(language);
        Audience audience = Audience.fromYaml(partner.audience()).orElseThrow();

        // Newest answer wins per question id; a newer "rather not say" removes what an older intake had.
        Map<String, Placed> placed = new LinkedHashMap<>();
        Map<String, Section> sectionsById = new LinkedHashMap<>();
        Map<String, DraftSignal> signals = new LinkedHashMap<>();
        List<String> urgentBy = List.of();
        Optional<String> nameAnswer = Optional.empty();
        Answers earlier = Answers.empty();
        Set<String> wishesSections = new LinkedHashSet<>();
        for (IntakeMaterial intake : material.intakes()) {
            Questionnaire questionnaire = intake.questionnaire();
            // The name the person wants to be called (role alias) leaves only through "include name", never as an
            // item; the section holding the person's own wishes (role wishes) heads the referral.
            String nameQuestion = questionnaire.questionFor(Role.ALIAS).map(Question::id).orElse(null);
            questionnaire.questionFor(Role.WISHES).flatMap(q -> questionnaire.sectionOf(q.id()))
                    .ifPresent(s -> wishesSections.add(s.id()));
            Answers effective = earlier;
            for (var e : intake.answers().asMap().entrySet()) {
                effective = effective.with(e.getKey(), e.getValue());
            }
            FlowResult flow = Flow.of(questionnaire).evaluate(effective);
            for (Section section : questionnaire.sections()) {
                sectionsById.putIfAbsent(section.id(), section);
                for (Question q : section.questions()) {
                    Optional<Answer> answer = intake.answers().get(q.id());
                    if (answer.isEmpty()) {
                        continue;
                    }
                    placed.remove(q.id());
                    if (!mayLeave(q, answer.get(), flow)) {
                        if (q.id().equals(nameQuestion)) {
                            nameAnswer = Optional.empty();
                        }
                        continue;
                    }
                    if (q.id().equals(nameQuestion)) {
                        nameAnswer = answer.filter(Answer::hasValue).map(a -> a.values().get(0));
                        continue;
                    }
                    String text = answerText(q, answer.get(), m, language);
                    placed.put(q.id(), new Placed(section.id(), new DraftItem(q.id(), q.text().get(language, "nl"),
                            text, q.share().contains(audience))));
                }
            }
            for (RaisedIndicator raised : flow.signals().values()) {
                String label = Optional.ofNullable(questionnaire.indicators().get(raised.indicator()))
                        .map(t -> t.get(language, "nl")).orElse(raised.indicator());
                String text = m.text("referral.signal.line", label, exploitation(raised, m));
                DraftSignal before = signals.get(raised.indicator());
                Set<String> by = new LinkedHashSet<>(raised.questionIds());
                if (before != null) {
                    by.addAll(before.raisedBy());
                }
                signals.put(raised.indicator(), new DraftSignal(text, by));
            }
            // Urgency describes the situation now: the newest intake's answers decide it.
            urgentBy = flow.urgent() ? flow.urgentBy() : List.of();
            for (var e : intake.answers().asMap().entrySet()) {
                if (e.getValue().hasValue()) {
                    earlier = earlier.with(e.getKey(), e.getValue());
                }
            }
        }

        List<DraftSection> sections = new ArrayList<>();
        for (Section section : sectionsById.values()) {
            List<DraftItem> items = placed.values().stream().filter(p -> p.sectionId().equals(section.id()))
                    .map(Placed::item).toList();
            if (!items.isEmpty()) {
                sections.add(new DraftSection(section.id(), section.title().get(language, "nl"),
                        wishesSections.contains(section.id()), items));
            }
        }
        ConsentRecord consent = material.consents().get(ConsentPurpose.share(partner.audience()));
        Optional<String> fromAnswer = nameAnswer;
        Optional<String> name = material.caseFile().alias().or(() -> fromAnswer);
        return new ReferralDraft(material.caseFile().id(), material.caseFile().reference(), name, partner, language,
                Optional.ofNullable(consent).filter(ConsentRecord::isGiven), sections,
                new ArrayList<>(signals.values()), urgentBy);
    }

    /**
     * The document for the worker's selection. Refuses when consent is missing, when an item outside the
     * {@code share} list has no reason, or when the selection names something the draft does not hold.
     */
    public ReferralDocument document(ReferralDraft draft, ReferralSelection selection, ReferralDocument.Sender from,
            String organisationName, LocalDate date) throws ReferralException {
        if (draft.blocked()) {
            throw new ReferralException(ReferralException.Reason.NO_CONSENT, null);
        }
        for (String id : selection.items()) {
            DraftItem item = draft.item(id)
                    .orElseThrow(() -> new ReferralException(ReferralException.Reason.UNKNOWN_ITEM, null));
            if (!item.shared() && selection.reasons().getOrDefault(id, "").isBlank()) {
                throw new ReferralException(ReferralException.Reason.REASON_MISSING, null);
            }
        }
        Messages m = messagesByLanguage.apply(draft.language());
        List<ReferralDocument.Section> sections = new ArrayList<>();
        List<ReferralDocument.Item> wishes = new ArrayList<>();
        Set<String> sharedAndIncluded = new LinkedHashSet<>();
        for (DraftSection section : draft.sections()) {
            List<ReferralDocument.Item> items = new ArrayList<>();
            for (DraftItem item : section.items()) {
                if (selection.items().contains(item.questionId())) {
                    items.add(new ReferralDocument.Item(item.question(), item.answer()));
                    if (item.shared()) {
                        sharedAndIncluded.add(item.questionId());
                    }
                }
            }
            if (section.wishes()) {
                wishes.addAll(items);
            } else if (!items.isEmpty()) {
                sections.add(new ReferralDocument.Section(section.title(), items));
            }
        }
        List<String> urgent = new ArrayList<>();
        for (String id : draft.urgentBy()) {
            if (sharedAndIncluded.contains(id)) {
                DraftItem item = draft.item(id).orElseThrow();
                urgent.add(m.text("referral.urgent.line", item.question(), item.answer()));
            }
        }
        List<String> signals = draft.signals().stream()
                .filter(s -> s.raisedBy().stream().anyMatch(sharedAndIncluded::contains))
                .map(DraftSignal::text).toList();
        List<ReferralDocument.Consent> consents = draft.consent().map(c -> List.of(new ReferralDocument.Consent(
                m.text("referral.consent.share", m.text(Audience.of(draft.partner().audience()).labelKey())),
                c.recordedAt().toLocalDate()))).orElse(List.of());
        String name = selection.includeName() ? draft.name().orElse(null) : null;
        return new ReferralDocument(draft.language(), organisationName, date, from, draft.partner(),
                draft.caseReference(), name, urgent, signals, wishes, sections, consents);
    }

    /** Whether an answer may ever leave the vault, whatever the audience. */
    static boolean mayLeave(Question q, Answer answer, FlowResult flow) {
        if (q.type() == QuestionType.NOTE || q.askedTo() == AskedTo.WORKER) {
            return false;
        }
        if (flow.notApplicable().contains(q.id()) || !flow.isVisible(q.id())) {
            return false;
        }
        return answer.state() == AnswerState.VALUE || answer.state() == AnswerState.DONT_KNOW;
    }

    /** The answer in words, as the screen shows it (one formatter for both). */
    static String answerText(Question q, Answer answer, Messages m, String language) {
        return new AnswerFormat(m, language).text(q, answer);
    }

    private static String exploitation(RaisedIndicator raised, Messages m) {
        if (raised.formUnknown()) {
            return m.text("referral.exploitation.unknown");
        }
        List<String> forms = new ArrayList<>();
        for (Exploitation e : Exploitation.values()) {
            if (raised.exploitation().contains(e)) {
                forms.add(m.text(switch (e) {
                    case LABOUR -> "referral.exploitation.labour";
                    case SEXUAL -> "referral.exploitation.sexual";
                    case CRIMINAL -> "referral.exploitation.criminal";
                    case OTHER -> "referral.exploitation.other";
                }));
            }
        }
        return String.join(", ", forms);
    }

    private record Placed(String sectionId, DraftItem item) {
    }
}
