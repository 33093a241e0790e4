package nl.baken.audit;

import java.util.Optional;

/**
 * The outcome of verifying the audit log: how many entries it holds, and the first one where it breaks, with why.
 *
 * @param entries the number of entries in the log
 * @param brokenAt the id of the first broken (or first missing) entry, empty when the log verifies
 * @param problem why it breaks there, null when it verifies
 */
public record AuditCheck(long entries, Optional<Long> brokenAt, Problem problem) {

    /** Why the chain breaks at an entry; each has its words in the bundles ({@code audit.problem.*}). */
    public enum Problem {
        /** The entry's own fields do not give its chain value: it was edited, or moved to another place. */
        CHANGED,
        /** The entry does not follow the one before it: an entry was taken out or the order changed. */
        LINK,
        /** The entry is missing: the ids have a gap, or the anchor counts more entries than the log holds. */
        MISSING,
        /** The anchor in the key slots names another chain value for this entry. */
        ANCHOR,
        /** A sealed value of the entry fails its tag, or the chain's secret is missing or damaged. */
        UNREADABLE;

        /** The bundle key of the words for this problem. */
        public String messageKey() {
            return switch (this) {
                case CHANGED -> "audit.problem.changed";
                case LINK -> "audit.problem.link";
                case MISSING -> "audit.problem.missing";
                case ANCHOR -> "audit.problem.anchor";
                case UNREADABLE -> "audit.problem.unreadable";
            };
        }
    }

    static AuditCheck ok(long entries) {
        return new AuditCheck(entries, Optional.empty(), null);
    }

    static AuditCheck broken(long entries, long id, Problem problem) {
        return new AuditCheck(entries, Optional.of(id), problem);
    }

    public boolean verified() {
        return brokenAt.isEmpty();
    }
}
