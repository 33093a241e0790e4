package nl.baken.cases;

import java.util.Optional;

/** Finds a case by its id or its reference, for every part of the desk; refuses an unknown one. */
final class CaseLookup {

    private final CaseRepository cases;

    CaseLookup(CaseRepository cases) {
        this.cases = cases;
    }

    Optional<CaseFile> find(String idOrReference) {
        return cases.find(idOrReference).or(() -> cases.findByReference(idOrReference));
    }

    CaseFile require(String idOrReference) {
        return find(idOrReference).orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.UNKNOWN_CASE));
    }
}
