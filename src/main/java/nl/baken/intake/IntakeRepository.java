package nl.baken.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;

/** Intakes and their answers in the encrypted store. Every write is one committed transaction. */
public interface IntakeRepository {

    void create(Intake intake);

    Optional<Intake> find(String intakeId);

    List<Intake> forCase(String caseId);

    /** Intakes that can be resumed (in progress or paused), newest first. */
    List<Intake> resumable();

    /**
     * Writes one answer (replacing an earlier one), records {@code currentQuestion} as the question the interview is
     * at now (the one it moves on to), and drops a draft of that question, all in one commit.
     */
    void saveAnswer(String intakeId, String questionId, Answer answer, String currentQuestion, String workerId,
                    OffsetDateTime at);

    /** Keeps a typed-but-unsaved text of one question (at most one per intake, replacing an earlier one). */
    void saveDraft(String intakeId, IntakeDraft draft, OffsetDateTime at);

    /** The intake's draft, if any. */
    Optional<IntakeDraft> draft(String intakeId);

    /**
     * Writes the answers of a new intake at once (an import): plain inserts that join the transaction the caller
     * holds, so a failure leaves nothing behind.
     */
    void addAnswers(String intakeId, Answers answers, String workerId, OffsetDateTime at);

    /** The number of intakes per case id (cases without intakes are absent). */
    Map<String, Integer> countByCase();

    /** Removes an answer (the worker went back and cleared it). */
    void removeAnswer(String intakeId, String questionId, OffsetDateTime at);

    Answers answers(String intakeId);

    void setCurrentQuestion(String intakeId, String questionId, OffsetDateTime at);

    void setStatus(String intakeId, IntakeStatus status, OffsetDateTime at);

    void acknowledgeUrgent(String intakeId, OffsetDateTime at);

    void finish(String intakeId, Assessment assessment, String note, String nextSteps, OffsetDateTime at);
}
