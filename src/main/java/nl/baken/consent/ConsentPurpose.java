package nl.baken.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.baken.questionnaire.Audience;

/**
 * What the person consents to: {@code store} (keep this record), {@code share:AUDIENCE} (share with one kind of
 * care partner, one of {@link Audience}), {@code comensha} (registration with CoMensha) or {@code statistics} (anonymised statistics).
 */
public record ConsentPurpose(String code) {

    public static final ConsentPurpose STORE = new ConsentPurpose("store");
    public static final ConsentPurpose COMENSHA = new ConsentPurpose("comensha");
    public static final ConsentPurpose STATISTICS = new ConsentPurpose("statistics");
    private static final String SHARE = "share:";

    public static ConsentPurpose share(String audience) {
        if (!Audience.isKnown(audience)) {
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
        if (code.startsWith(SHARE) && Audience.isKnown(code.substring(SHARE.length()))) {
            return Optional.of(new ConsentPurpose(code));
        }
        return Optional.empty();
    }

    /** Every purpose, in the order the consent step asks them. */
    public static List<ConsentPurpose> all() {
        List<ConsentPurpose> all = new ArrayList<>();
        all.add(STORE);
        Audience.ids().forEach(a -> all.add(share(a)));
        all.add(COMENSHA);
        all.add(STATISTICS);
        return List.copyOf(all);
    }

    /**
     * The bundle key of this purpose's title in plain words ("Delen met de Arbeidsinspectie"), by convention from
     * its code: {@code consent.store.title}, {@code consent.share_police.title}.
     */
    public String titleKey() {
        return "consent." + keyPart() + ".title";
    }

    /** The bundle key of the words the worker reads out to ask for this consent, by the same convention. */
    public String textKey() {
        return "consent." + keyPart() + ".text";
    }

    private String keyPart() {
        return code.replace(':', '_');
    }

    /** The audience of a share purpose. */
    public Optional<String> audience() {
        return code.startsWith(SHARE) ? Optional.of(code.substring(SHARE.length())) : Optional.empty();
    }
}
