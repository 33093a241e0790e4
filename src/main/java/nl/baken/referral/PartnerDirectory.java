package nl.baken.referral;

import java.util.List;
import java.util.Optional;

/** The partners read from a partner file, with every problem found; usable only when there are no problems. */
public record PartnerDirectory(List<Partner> partners, List<PartnerProblem> problems) {

    public PartnerDirectory {
        partners = List.copyOf(partners);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Optional<Partner> byId(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partners of one audience, in file order. */
    public List<Partner> forAudience(String audience) {
        return partners.stream().filter(p -> p.audience().equals(audience)).toList();
    }
}
