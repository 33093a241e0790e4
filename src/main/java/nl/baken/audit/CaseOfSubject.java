package nl.baken.audit;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static nl.baken.store.generated.Tables.INTAKE;
import static nl.baken.store.generated.Tables.REFERRAL;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The case an entry's subject concerns: the case itself, the case of an intake, referral, task or note, or the case
 * before the {@code /} of a consent's or hand-over's {@code CASE/...}. Other subjects (a worker, a partner) have none.
 */
final class CaseOfSubject {

    private record Owner(Table<?> table, Field<String> id, Field<String> caseId) {
    }

    private static final List<Owner> OWNERS = List.of(
            new Owner(INTAKE, INTAKE.ID, INTAKE.CASE_ID),
            new Owner(REFERRAL, REFERRAL.ID, REFERRAL.CASE_ID),
            new Owner(CASE_TASK, CASE_TASK.ID, CASE_TASK.CASE_ID),
            new Owner(CASE_NOTE, CASE_NOTE.ID, CASE_NOTE.CASE_ID));

    private CaseOfSubject() {
    }

    static Optional<String> of(DSLContext dsl, String subject) {
        if (subject == null || subject.isEmpty()) {
            return Optional.empty();
        }
        int slash = subject.indexOf('/');
        String id = slash > 0 ? subject.substring(0, slash) : subject;
        if (dsl.fetchExists(CASE_FILE, CASE_FILE.ID.eq(id))) {
            return Optional.of(id);
        }
        for (Owner owner : OWNERS) {
            Optional<String> found = dsl.select(owner.caseId()).from(owner.table()).where(owner.id().eq(id))
                    .fetchOptional(owner.caseId());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
