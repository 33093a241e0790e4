package nl.baken.cases;

import java.time.OffsetDateTime;

/**
 * One thing that happened to a case, from the audit log: when, the event's fixed name ({@code CASE_CLOSE},
 * {@code TASK_ADD}, {@code INTAKE_FINISH} …), the id it concerns (the case, an intake, a task, a note, a referral)
 * and the worker's slot id. Screens word the event; no content is held here.
 */
public record TimelineEntry(OffsetDateTime at, String event, String subjectId, String workerId) {
}
