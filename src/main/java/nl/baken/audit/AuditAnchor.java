package nl.baken.audit;

import java.util.Optional;

/**
 * Where the audit chain's head is kept outside the database (the key slots' MAC'd data): the entry count and the
 * newest entry's chain value, so dropping the newest entries is noticed. It may lag behind the log, never lead it.
 */
public interface AuditAnchor {

    /** An anchor that keeps nothing: the chain alone is checked. */
    AuditAnchor NONE = new AuditAnchor() {
        @Override
        public Optional<Head> read() {
            return Optional.empty();
        }

        @Override
        public void advance(Head head) {
            // Nothing is kept: a log without an anchor (a test's, a check of a copy) relies on its chain alone.
        }
    };

    /** The head as last anchored, if ever. */
    Optional<Head> read();

    /** Anchors {@code head}; an anchor already further along stays. */
    void advance(Head head);

    /** The number of entries and the chain value of the last of them. */
    record Head(long count, String hash) {
    }
}
