package nl.baken.intake;

import static nl.baken.store.generated.Tables.ANSWER;
import static nl.baken.store.generated.Tables.INTAKE;
import static nl.baken.store.generated.Tables.INTAKE_DRAFT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Answers;
import nl.baken.store.Store;
import nl.baken.store.StoreException;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@link IntakeRepository} on the encrypted store; answer values are kept as a JSON array of strings, sealed like the
 * notes (see {@link nl.baken.store.Sealer}).
 */
public final class JooqIntakeRepository implements IntakeRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final Store store;

    public JooqIntakeRepository(Store store) {
        this.store = store;
    }

    @Override
    public void create(Intake i) {
        store.dsl().insertInto(INTAKE)
                .set(INTAKE.ID, i.id())
                .set(INTAKE.CASE_ID, i.caseId())
                .set(INTAKE.QUESTIONNAIRE_ID, i.questionnaireId())
                .set(INTAKE.QUESTIONNAIRE_VERSION, i.questionnaireVersion())
                .set(INTAKE.STATUS, i.status().name())
                .set(INTAKE.WORKER_ID, i.workerId())
                .set(INTAKE.WORKER_LANGUAGE, i.workerLanguage())
                .set(INTAKE.CLIENT_LANGUAGE, i.clientLanguage())
                .set(INTAKE.INTERPRETER, i.interpreter().name())
                .set(INTAKE.INTERPRETER_LANGUAGE, i.interpreterLanguage().orElse(null))
                .set(INTAKE.CURRENT_QUESTION, i.currentQuestion().orElse(null))
                .set(INTAKE.URGENT_ACKNOWLEDGED, i.urgentAcknowledged())
                .set(INTAKE.STARTED_AT, i.startedAt())
                .set(INTAKE.UPDATED_AT, i.updatedAt())
                .execute();
    }

    @Override
    public Optional<Intake> find(String intakeId) {
        return store.dsl().selectFrom(INTAKE).where(INTAKE.ID.eq(intakeId))
                .fetchOptional(this::toIntake);
    }

    @Override
    public List<Intake> forCase(String caseId) {
        return store.dsl().selectFrom(INTAKE).where(INTAKE.CASE_ID.eq(caseId))
                .orderBy(INTAKE.STARTED_AT, INTAKE.ID).fetch(this::toIntake);
    }

    @Override
    public List<Intake> resumable() {
        return store.dsl().selectFrom(INTAKE)
                .where(INTAKE.STATUS.in(IntakeStatus.IN_PROGRESS.name(), IntakeStatus.PAUSED.name()))
                .orderBy(INTAKE.UPDATED_AT.desc()).fetch(this::toIntake);
    }

    @Override
    public void saveAnswer(String intakeId, String questionId, Answer answer, String currentQuestion, String workerId,
                           OffsetDateTime at) {
        byte[] values = store.sealer().seal(ANSWER.ANSWER_VALUES,
                answer.state() == AnswerState.VALUE ? json(answer.values()) : null, intakeId, questionId);
        store.inTransaction(dsl -> {
            dsl.mergeInto(ANSWER)
                    .using(dsl.selectOne())
                    .on(ANSWER.INTAKE_ID.eq(intakeId).and(ANSWER.QUESTION_ID.eq(questionId)))
                    .whenMatchedThenUpdate()
                    .set(ANSWER.STATE, answer.state().name())
                    .set(ANSWER.ANSWER_VALUES, values)
                    .set(ANSWER.ANSWERED_AT, at)
                    .set(ANSWER.WORKER_ID, workerId)
                    .whenNotMatchedThenInsert(ANSWER.INTAKE_ID, ANSWER.QUESTION_ID, ANSWER.STATE, ANSWER.ANSWER_VALUES,
                            ANSWER.ANSWERED_AT, ANSWER.WORKER_ID)
                    .values(intakeId, questionId, answer.state().name(), values, at, workerId)
                    .execute();
            dsl.update(INTAKE).set(INTAKE.CURRENT_QUESTION, currentQuestion).set(INTAKE.UPDATED_AT, at)
                    .where(INTAKE.ID.eq(intakeId)).execute();
            dsl.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.INTAKE_ID.eq(intakeId)
                    .and(INTAKE_DRAFT.QUESTION_ID.eq(questionId))).execute();
            return null;
        });
    }

    @Override
    public void saveDraft(String intakeId, IntakeDraft draft, OffsetDateTime at) {
        byte[] text = store.sealer().seal(INTAKE_DRAFT.DRAFT_TEXT, draft.text(), intakeId);
        store.dsl().mergeInto(INTAKE_DRAFT)
                .using(store.dsl().selectOne())
                .on(INTAKE_DRAFT.INTAKE_ID.eq(intakeId))
                .whenMatchedThenUpdate()
                .set(INTAKE_DRAFT.QUESTION_ID, draft.questionId())
                .set(INTAKE_DRAFT.DRAFT_TEXT, text)
                .set(INTAKE_DRAFT.SAVED_AT, at)
                .whenNotMatchedThenInsert(INTAKE_DRAFT.INTAKE_ID, INTAKE_DRAFT.QUESTION_ID, INTAKE_DRAFT.DRAFT_TEXT,
                        INTAKE_DRAFT.SAVED_AT)
                .values(intakeId, draft.questionId(), text, at)
                .execute();
    }

    @Override
    public Optional<IntakeDraft> draft(String intakeId) {
        return store.dsl().selectFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.INTAKE_ID.eq(intakeId))
                .fetchOptional(r -> new IntakeDraft(r.getQuestionId(),
                        store.sealer().open(INTAKE_DRAFT.DRAFT_TEXT, r.getDraftText(), intakeId)));
    }

    @Override
    public void addAnswers(String intakeId, Answers answers, String workerId, OffsetDateTime at) {
        if (answers.size() == 0) {
            return;
        }
        var insert = store.dsl().insertInto(ANSWER, ANSWER.INTAKE_ID, ANSWER.QUESTION_ID, ANSWER.STATE,
                ANSWER.ANSWER_VALUES, ANSWER.ANSWERED_AT, ANSWER.WORKER_ID);
        for (var e : answers.asMap().entrySet()) {
            Answer a = e.getValue();
            insert = insert.values(intakeId, e.getKey(), a.state().name(), store.sealer().seal(ANSWER.ANSWER_VALUES,
                    a.state() == AnswerState.VALUE ? json(a.values()) : null, intakeId, e.getKey()), at, workerId);
        }
        insert.execute();
    }

    @Override
    public Map<String, Integer> countByCase() {
        Field<Integer> count = DSL.count();
        return store.dsl().select(INTAKE.CASE_ID, count).from(INTAKE).groupBy(INTAKE.CASE_ID)
                .fetchMap(INTAKE.CASE_ID, count);
    }

    @Override
    public void removeAnswer(String intakeId, String questionId, OffsetDateTime at) {
        store.inTransaction(dsl -> {
            dsl.deleteFrom(ANSWER).where(ANSWER.INTAKE_ID.eq(intakeId).and(ANSWER.QUESTION_ID.eq(questionId))).execute();
            dsl.update(INTAKE).set(INTAKE.UPDATED_AT, at).where(INTAKE.ID.eq(intakeId)).execute();
            return null;
        });
    }

    @Override
    public Answers answers(String intakeId) {
        Map<String, Answer> map = new LinkedHashMap<>();
        store.dsl().selectFrom(ANSWER).where(ANSWER.INTAKE_ID.eq(intakeId)).orderBy(ANSWER.ANSWERED_AT)
                .forEach(r -> map.put(r.getQuestionId(), toAnswer(r.getState(), store.sealer().open(
                        ANSWER.ANSWER_VALUES, r.getAnswerValues(), r.getIntakeId(), r.getQuestionId()))));
        return Answers.of(map);
    }

    @Override
    public void setCurrentQuestion(String intakeId, String questionId, OffsetDateTime at) {
        store.dsl().update(INTAKE).set(INTAKE.CURRENT_QUESTION, questionId).set(INTAKE.UPDATED_AT, at)
                .where(INTAKE.ID.eq(intakeId)).execute();
    }

    @Override
    public void setStatus(String intakeId, IntakeStatus status, OffsetDateTime at) {
        store.dsl().update(INTAKE).set(INTAKE.STATUS, status.name()).set(INTAKE.UPDATED_AT, at)
                .where(INTAKE.ID.eq(intakeId)).execute();
    }

    @Override
    public void acknowledgeUrgent(String intakeId, OffsetDateTime at) {
        store.dsl().update(INTAKE).set(INTAKE.URGENT_ACKNOWLEDGED, true).set(INTAKE.UPDATED_AT, at)
                .where(INTAKE.ID.eq(intakeId)).execute();
    }

    @Override
    public void finish(String intakeId, Assessment assessment, String note, String nextSteps, OffsetDateTime at) {
        store.dsl().update(INTAKE)
                .set(INTAKE.STATUS, IntakeStatus.FINISHED.name())
                .set(INTAKE.ASSESSMENT, assessment == null ? null : assessment.name())
                .set(INTAKE.ASSESSMENT_NOTE, store.sealer().seal(INTAKE.ASSESSMENT_NOTE, note, intakeId))
                .set(INTAKE.NEXT_STEPS, store.sealer().seal(INTAKE.NEXT_STEPS, nextSteps, intakeId))
                .set(INTAKE.FINISHED_AT, at)
                .set(INTAKE.UPDATED_AT, at)
                .where(INTAKE.ID.eq(intakeId)).execute();
    }

    static Answer toAnswer(String state, String values) {
        AnswerState s = AnswerState.valueOf(state);
        if (s != AnswerState.VALUE) {
            return Answer.ofState(s);
        }
        try {
            return Answer.ofAll(JSON.readValue(values, STRINGS));
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Reason.UNREADABLE, 0);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer values not serialisable");
        }
    }

    private Intake toIntake(nl.baken.store.generated.tables.records.IntakeRecord r) {
        return new Intake(r.getId(), r.getCaseId(), r.getQuestionnaireId(), r.getQuestionnaireVersion(),
                IntakeStatus.valueOf(r.getStatus()), r.getWorkerId(), r.getWorkerLanguage(), r.getClientLanguage(),
                Interpreter.valueOf(r.getInterpreter()), Optional.ofNullable(r.getInterpreterLanguage()),
                Optional.ofNullable(r.getCurrentQuestion()), r.getUrgentAcknowledged(),
                Optional.ofNullable(r.getAssessment()).map(Assessment::valueOf), Optional.ofNullable(store.sealer().open(INTAKE.ASSESSMENT_NOTE, r.getAssessmentNote(), r.getId())),
                Optional.ofNullable(store.sealer().open(INTAKE.NEXT_STEPS, r.getNextSteps(), r.getId())), r.getStartedAt(), r.getUpdatedAt(),
                Optional.ofNullable(r.getFinishedAt()));
    }
}
