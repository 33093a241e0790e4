package nl.baken.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import nl.baken.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the national partners shipped in the jar ({@code /seeds/partners.yaml}) into the vault's directory when
 * they are absent. Idempotent: a partner already in the vault is left as it is. An invalid entry is skipped and
 * reported as {@code FILE:LINE:COLUMN: message}, like a questionnaire problem.
 */
public final class PartnerSeeds {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerSeeds.class);
    /** The resource path of the seed file in the jar. */
    public static final String RESOURCE = "/seeds/partners.yaml";

    private final PartnerLoader loader;

    public PartnerSeeds(Messages messages) {
        this.loader = new PartnerLoader(Objects.requireNonNull(messages, "messages"));
    }

    /** Adds the seed partners the repository lacks; returns the problems of skipped entries. */
    public List<PartnerProblem> ensure(PartnerRepository partners) {
        PartnerDirectory seeds;
        try (InputStream in = PartnerSeeds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("partner seeds missing from the jar");
                return List.of();
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                seeds = loader.loadValidEntries("seeds/partners.yaml", reader);
            }
        } catch (IOException e) {
            LOG.warn("partner seeds unreadable: {}", e.getClass().getName());
            return List.of();
        }
        return ensure(partners, seeds);
    }

    /** Adds the partners of this directory that the repository lacks, as national partners. */
    public List<PartnerProblem> ensure(PartnerRepository partners, PartnerDirectory seeds) {
        int added = 0;
        for (Partner seed : seeds.partners()) {
            if (partners.find(seed.id()).isEmpty()) {
                partners.save(new Partner(seed.id(), seed.name(), seed.audience(), seed.contactPerson(), seed.phone(),
                        seed.secureEmail(), seed.notes(), true));
                added++;
            }
        }
        for (PartnerProblem problem : seeds.problems()) {
            // The seed file holds public organisation data only, so the whole problem line may be logged.
            LOG.warn("partner seed skipped: {}:{}:{}: {}", problem.file(), problem.line(), problem.column(),
                    problem.message());
        }
        if (added > 0) {
            LOG.info("{} national partners added to the vault", added);
        }
        return seeds.problems();
    }
}
