package nl.baken.intake;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One interview with a case: which questionnaire version, who took it, in which languages and with which
 * interpreter arrangement, where it stands, and the worker's own assessment once finished.
 */
public record Intake(String id, String caseId, String questionnaireId, int questionnaireVersion, IntakeStatus status,
                     String workerId, String workerLanguage, String clientLanguage, Interpreter interpreter,
                     Optional<String> interpreterLanguage, Optional<String> currentQuestion,
                     boolean urgentAcknowledged, Optional<Assessment> assessment, Optional<String> assessmentNote,
                     Optional<String> nextSteps, OffsetDateTime startedAt, OffsetDateTime updatedAt,
                     Optional<OffsetDateTime> finishedAt) {
}
