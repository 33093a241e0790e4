package nl.baken.cases;

import java.util.List;
import java.util.Optional;

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
}
