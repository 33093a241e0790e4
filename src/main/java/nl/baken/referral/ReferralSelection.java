package nl.baken.referral;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The worker's choices for one referral: which items go in (question ids), the reason for each item added outside
 * its {@code share} list, and whether the person's name is included (off unless ticked).
 */
public record ReferralSelection(Set<String> items, Map<String, String> reasons, boolean includeName) {

    public ReferralSelection {
        items = Set.copyOf(items);
        reasons = Map.copyOf(reasons);
    }

    /** The starting point: exactly the items whose {@code share} list names the partner's audience, no name. */
    public static ReferralSelection preselected(ReferralDraft draft) {
        Set<String> shared = new LinkedHashSet<>();
        draft.items().stream().filter(ReferralDraft.DraftItem::shared).forEach(i -> shared.add(i.questionId()));
        return new ReferralSelection(shared, Map.of(), false);
    }

    public ReferralSelection with(String questionId, boolean included, String reason) {
        Set<String> next = new LinkedHashSet<>(items);
        Map<String, String> why = new LinkedHashMap<>(reasons);
        if (included) {
            next.add(questionId);
            if (reason != null && !reason.isBlank()) {
                why.put(questionId, reason.strip());
            }
        } else {
            next.remove(questionId);
            why.remove(questionId);
        }
        return new ReferralSelection(next, why, includeName);
    }

    public ReferralSelection withIncludeName(boolean include) {
        return new ReferralSelection(items, reasons, include);
    }
}
