package nl.baken.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;

/**
 * Everything a referral to one partner could hold, before the worker's choices: the answers that may ever leave the
 * vault (grouped by section, each marked whether its question's {@code share} list names the partner's audience),
 * the signals and urgent notes with the questions that raised them, and whether consent allows the referral at all.
 * Answers that may never be shared (not applicable, worker observations, notes, "rather not say", "later",
 * unanswered) are not in it.
 */
public record ReferralDraft(String caseId, String caseReference, Optional<String> name, Partner partner,
        String language, Optional<ConsentRecord> consent, List<DraftSection> sections, List<DraftSignal> signals,
        List<String> urgentBy) {

    public ReferralDraft {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(partner, "partner");
        sections = List.copyOf(sections);
        signals = List.copyOf(signals);
        urgentBy = List.copyOf(urgentBy);
    }

    /** True when the case has no consent (given, not withdrawn) for sharing with the partner's audience. */
    public boolean blocked() {
        return consent.isEmpty();
    }

    /** The consent purpose this referral needs: {@code share:AUDIENCE}. */
    public ConsentPurpose requiredConsent() {
        return ConsentPurpose.share(partner.audience());
    }

    /** Every item, in section order. */
    public List<DraftItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<DraftItem> item(String questionId) {
        return items().stream().filter(i -> i.questionId().equals(questionId)).findFirst();
    }

    /** One answer that could be included: the question and answer in the referral's language. */
    public record DraftItem(String questionId, String question, String answer, boolean shared) {
        public DraftItem {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The items of one questionnaire section; {@code wishes} marks the person's own wishes. */
    public record DraftSection(String id, String title, boolean wishes, List<DraftItem> items) {
        public DraftSection {
            items = List.copyOf(items);
        }
    }

    /** A raised signal in words, and the questions that raised it. */
    public record DraftSignal(String text, Set<String> raisedBy) {
        public DraftSignal {
            raisedBy = Set.copyOf(raisedBy);
        }
    }
}
