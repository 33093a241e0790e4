package nl.baken.intake;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.INTAKE;

import java.time.OffsetDateTime;
import java.util.List;
import nl.baken.store.Store;
import org.jooq.Condition;

/**
 * The home screen's "continue a conversation": how many intakes can be resumed (counted by the database) and the
 * newest few, read from plain columns with their case's reference; nothing sealed is opened.
 */
public final class ResumableIntakes {

    /** One intake to resume: its id, its case and reference, paused or in progress, and when it was last touched. */
    public record Line(String intakeId, String caseId, String reference, IntakeStatus status,
                       OffsetDateTime updatedAt) {
    }

    private static final Condition RESUMABLE = INTAKE.STATUS.in(IntakeStatus.IN_PROGRESS.name(),
            IntakeStatus.PAUSED.name());
    private final Store store;

    public ResumableIntakes(Store store) {
        this.store = store;
    }

    public int count() {
        return store.dsl().fetchCount(INTAKE, RESUMABLE);
    }

    /** The {@code limit} most recently touched intakes that can be resumed, newest first. */
    public List<Line> newest(int limit) {
        return store.dsl().select(INTAKE.ID, INTAKE.CASE_ID, CASE_FILE.REFERENCE, INTAKE.STATUS, INTAKE.UPDATED_AT)
                .from(INTAKE).join(CASE_FILE).on(CASE_FILE.ID.eq(INTAKE.CASE_ID))
                .where(RESUMABLE)
                .orderBy(INTAKE.UPDATED_AT.desc(), INTAKE.ID)
                .limit(limit)
                .fetch(r -> new Line(r.value1(), r.value2(), r.value3(), IntakeStatus.valueOf(r.value4()),
                        r.value5()));
    }
}
