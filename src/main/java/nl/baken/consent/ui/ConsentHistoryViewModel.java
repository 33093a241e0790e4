package nl.baken.consent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentSigner;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;

/**
 * The consent history of a case on the case page: every decision ever recorded, newest first, with when and by
 * whom, so a withdrawal is seen beside the "yes" it replaced. Made off the FX thread; holds no Node.
 */
public final class ConsentHistoryViewModel {

    /** One recorded decision, in words. */
    public record Line(String purpose, String decision, String recorded, boolean given) {
    }

    private final List<Line> lines;

    /** {@code records} oldest first, as the service gives them; {@code workerName} names a worker by slot id. */
    public ConsentHistoryViewModel(List<ConsentRecord> records, Messages messages,
                                   Function<String, String> workerName) {
        List<Line> out = new ArrayList<>();
        for (ConsentRecord r : records) {
            String decision = messages.text(decisionKey(r.decision()));
            if (r.signedBy().isPresent()) {
                decision = messages.text("casepage.consent.signed", decision, messages.text(
                        r.signedBy().get() == ConsentSigner.PERSON ? "consent.signer.person" : "consent.signer.parent"));
            }
            out.add(0, new Line(messages.text(r.purpose().titleKey()), decision,
                    messages.text("casepage.consent.recorded", DateTimes.dateTime(r.recordedAt(), messages.language()),
                            workerName.apply(r.workerId())), r.isGiven()));
        }
        this.lines = List.copyOf(out);
    }

    private static String decisionKey(ConsentDecision d) {
        return switch (d) {
            case GIVEN -> "consent.decision.given";
            case DECLINED -> "consent.decision.declined";
            case WITHDRAWN -> "consent.decision.withdrawn";
        };
    }

    /** Newest first. */
    public List<Line> lines() {
        return lines;
    }
}
