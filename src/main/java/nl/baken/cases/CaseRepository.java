package nl.baken.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.baken.questionnaire.Exploitation;

/** Cases in the encrypted store. */
public interface CaseRepository {

    void create(CaseFile caseFile);

    Optional<CaseFile> find(String id);

    /** The case with this reference ({@code BK-2026-7QF3X}), by the reference's unique index. */
    Optional<CaseFile> findByReference(String reference);

    /** Every case, newest first. */
    List<CaseFile> list();

    /** The cases that have a finished intake, newest first, in one query (the referral screen's list). */
    List<CaseFile> withFinishedIntake();

    /** Every case as a list row, newest activity first, in one query that opens no sealed value. */
    List<CaseSummary> summaries();

    /** One case's list row. */
    Optional<CaseSummary> summary(String id);

    /** Every alias that is set, by case id (opens each: for revealing the column and for search). */
    Map<String, String> aliases();

    /** The aliases that are set of the cases {@code ids}, by case id (opens each: one chunk of the search index). */
    Map<String, String> aliasesOf(java.util.Collection<String> ids);

    void setAlias(String id, Optional<String> alias);

    void setStatus(String id, CaseStatus status);

    /** Closes the case with a reason (sealed), recording when. */
    void close(String id, String reason, OffsetDateTime at);

    /** Opens a closed case again; the last close reason stays with it (the audit log keeps the history). */
    void reopen(String id, OffsetDateTime at);

    /** Why the case was last closed, if it was. */
    Optional<String> closeReason(String id);

    /** Hands the case to another worker (a slot id of this vault). */
    void setWorker(String id, String workerId, OffsetDateTime at);

    /** Records that something happened to the case at {@code at} (the list sorts on it). */
    void touch(String id, OffsetDateTime at);

    /**
     * The ids the audit log may name for this case: the case itself and its intakes, referrals, tasks and notes
     * (one query; for the timeline).
     */
    Set<String> subjectIds(String id);

    /** The forms of exploitation the case's intakes signal, kept as codes. */
    void setExploitationForms(String id, Set<Exploitation> forms);
}
