package nl.baken.consent;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One recorded decision: purpose, decision, when and by which worker (slot id). For CoMensha also who signed and
 * whether the signed form was received.
 */
public record ConsentRecord(ConsentPurpose purpose, ConsentDecision decision, Optional<ConsentSigner> signedBy,
                            boolean formReceived, OffsetDateTime recordedAt, String workerId) {

    public boolean isGiven() {
        return decision == ConsentDecision.GIVEN;
    }
}
