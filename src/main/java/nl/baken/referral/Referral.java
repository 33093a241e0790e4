package nl.baken.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral recorded on a case: to which partner, when, by whom, in which language, which answers (question ids)
 * it held, which of those were added outside their {@code share} list and why, and where it stands now.
 */
public record Referral(String id, String caseId, String partnerId, OffsetDateTime createdAt, String workerId,
        String language, boolean includeName, List<String> items, List<OutsideShare> outsideShare,
        ReferralStatus status, Optional<String> statusNote, OffsetDateTime statusChangedAt) {

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(partnerId, "partnerId");
        items = List.copyOf(items);
        outsideShare = List.copyOf(outsideShare);
        Objects.requireNonNull(status, "status");
        statusNote = statusNote == null ? Optional.empty() : statusNote;
    }

    /** An answer the worker added although its question's {@code share} list does not name the audience. */
    public record OutsideShare(String questionId, String reason) {
        public OutsideShare {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
