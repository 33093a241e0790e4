package nl.baken.consent;

import java.util.List;
import java.util.Map;

/** Consent decisions in the encrypted store, kept as a history per case. */
public interface ConsentRepository {

    void record(String caseId, ConsentRecord record);

    /** The decision in force per purpose (the newest), in the order of {@link ConsentPurpose#all()}. */
    Map<ConsentPurpose, ConsentRecord> current(String caseId);

    /** Every decision ever recorded for the case, oldest first. */
    List<ConsentRecord> history(String caseId);
}
