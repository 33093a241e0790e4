package nl.baken.cases;

import java.util.List;
import java.util.Optional;

/** Cases in the encrypted store. */
public interface CaseRepository {

    void create(CaseFile caseFile);

    Optional<CaseFile> find(String id);

    /** Every case, newest first. */
    List<CaseFile> list();

    /** The cases that have a finished intake, newest first, in one query (the referral screen's list). */
    List<CaseFile> withFinishedIntake();

    void setAlias(String id, Optional<String> alias);

    void setStatus(String id, CaseStatus status);
}
