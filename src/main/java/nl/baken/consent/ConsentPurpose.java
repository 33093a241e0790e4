package nl.baken.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the person consents to: {@code store} (keep this record), {@code share:AUDIENCE} (share with one kind of
 * care partner), {@code comensha} (registration with CoMensha) or {@code statistics} (anonymised statistics).
 */
public record ConsentPurpose(String code) {

    public static final ConsentPurpose STORE = new ConsentPurpose("store");
    public static final ConsentPurpose COMENSHA = new ConsentPurpose("comensha");
    public static final ConsentPurpose STATISTICS = new ConsentPurpose("statistics");
    /** The audiences of the questionnaire contract, in its order (a test keeps this equal to the contract). */
    public static final List<String> AUDIENCES = List.of("coordinator", "shelter", "police", "health", "legal",
            "victim_support", "labour_inspection", "guardian");
    private static final String SHARE = "share:";

    public static ConsentPurpose share(String audience) {
        if (!AUDIENCES.contains(audience)) {
            throw new IllegalArgumentException("unknown audience");
        }
        return new ConsentPurpose(SHARE + audience);
    }

    /** The purpose for a code as typed on the command line, or empty when it is not one. */
    public static Optional<ConsentPurpose> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals(STORE.code) || code.equals(COMENSHA.code) || code.equals(STATISTICS.code)) {
            return Optional.of(new ConsentPurpose(code));
        }
        if (code.startsWith(SHARE) && AUDIENCES.contains(code.substring(SHARE.length()))) {
            return Optional.of(new ConsentPurpose(code));
        }
        return Optional.empty();
    }

    /** Every purpose, in the order the consent step asks them. */
    public static List<ConsentPurpose> all() {
        List<ConsentPurpose> all = new ArrayList<>();
        all.add(STORE);
        AUDIENCES.forEach(a -> all.add(share(a)));
        all.add(COMENSHA);
        all.add(STATISTICS);
        return List.copyOf(all);
    }

    /** The bundle key of this purpose's title in plain words ("Delen met de Arbeidsinspectie"). */
    public String titleKey() {
        return switch (code) {
            case "store" -> "consent.store.title";
            case "comensha" -> "consent.comensha.title";
            case "statistics" -> "consent.statistics.title";
            case "share:coordinator" -> "consent.share_coordinator.title";
            case "share:shelter" -> "consent.share_shelter.title";
            case "share:police" -> "consent.share_police.title";
            case "share:health" -> "consent.share_health.title";
            case "share:legal" -> "consent.share_legal.title";
            case "share:victim_support" -> "consent.share_victim_support.title";
            case "share:labour_inspection" -> "consent.share_labour_inspection.title";
            default -> "consent.share_guardian.title";
        };
    }

    /** The audience of a share purpose. */
    public Optional<String> audience() {
        return code.startsWith(SHARE) ? Optional.of(code.substring(SHARE.length())) : Optional.empty();
    }
}
