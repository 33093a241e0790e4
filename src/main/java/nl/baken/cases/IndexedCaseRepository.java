package nl.baken.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.baken.questionnaire.Exploitation;

/** A {@link CaseRepository} that keeps the session's {@link CaseSearchIndex} current on every case it writes. */
public final class IndexedCaseRepository implements CaseRepository {

    private final CaseRepository cases;
    private final CaseSearchIndex index;

    public IndexedCaseRepository(CaseRepository cases, CaseSearchIndex index) {
        this.cases = cases;
        this.index = index;
    }

    @Override
    public void create(CaseFile caseFile) {
        cases.create(caseFile);
        index.putCase(caseFile.id(), caseFile.reference(), caseFile.alias());
    }

    @Override
    public Optional<CaseFile> find(String id) {
        return cases.find(id);
    }

    @Override
    public List<CaseFile> list() {
        return cases.list();
    }

    @Override
    public void setAlias(String id, Optional<String> alias) {
        cases.setAlias(id, alias);
        cases.find(id).ifPresent(c -> index.putCase(id, c.reference(), alias));
    }

    @Override
    public void setStatus(String id, CaseStatus status) {
        cases.setStatus(id, status);
    }

    @Override
    public List<CaseFile> withFinishedIntake() {
        return cases.withFinishedIntake();
    }

    @Override
    public Optional<CaseFile> findByReference(String reference) {
        return cases.findByReference(reference);
    }

    @Override
    public List<CaseSummary> summaries() {
        return cases.summaries();
    }

    @Override
    public Optional<CaseSummary> summary(String id) {
        return cases.summary(id);
    }

    @Override
    public Map<String, String> aliases() {
        return cases.aliases();
    }

    @Override
    public Map<String, String> aliasesOf(java.util.Collection<String> ids) {
        return cases.aliasesOf(ids);
    }

    @Override
    public void close(String id, String reason, OffsetDateTime at) {
        cases.close(id, reason, at);
    }

    @Override
    public void reopen(String id, OffsetDateTime at) {
        cases.reopen(id, at);
    }

    @Override
    public Optional<String> closeReason(String id) {
        return cases.closeReason(id);
    }

    @Override
    public void setWorker(String id, String workerId, OffsetDateTime at) {
        cases.setWorker(id, workerId, at);
    }

    @Override
    public void touch(String id, OffsetDateTime at) {
        cases.touch(id, at);
    }

    @Override
    public Set<String> subjectIds(String id) {
        return cases.subjectIds(id);
    }

    @Override
    public void setExploitationForms(String id, Set<Exploitation> forms) {
        cases.setExploitationForms(id, forms);
    }
}
