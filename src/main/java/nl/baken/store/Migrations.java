package nl.baken.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * Baken's schema migrations, named one by one, so Flyway reads exactly these files instead of scanning the class
 * path (a 38 MB jar at every unlock and every `vault check`). {@code MigrationsTest} keeps the list equal to the
 * folder's files.
 */
final class Migrations implements ResourceProvider {

    static final String FOLDER = "db/migration";
    /** Every file in {@code src/main/resources/db/migration}, in version order; add a new migration here too. */
    static final List<String> FILES = List.of(
            "V1__foundation.sql",
            "V2__cases_intakes_consent.sql",
            "V3__referrals.sql",
            "V4_1__intake_draft.sql",
            "V5__sealed_values_and_vault_id.sql",
            "V6__case_desk.sql",
            "V7__list_indexes.sql",
            "V8__audit_nen7513.sql",
            "V9__consent_id_cache.sql");

    private final Location location = new Location("classpath:" + FOLDER);
    private final List<LoadableResource> resources;

    Migrations(ClassLoader loader) {
        resources = FILES.stream()
                .<LoadableResource>map(f -> new ClassPathResource(location, FOLDER + "/" + f, loader,
                        StandardCharsets.UTF_8))
                .toList();
    }

    /** The location to give Flyway, so the names it records are the same as a scan's. */
    Location location() {
        return location;
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(s -> r.getFilename().endsWith(s)))
                .toList();
    }
}
