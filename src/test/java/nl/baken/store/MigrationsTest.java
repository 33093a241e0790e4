package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void namesEveryMigrationInTheFolderAndNoOther() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Migrations.FOLDER))) {
            assertThat(Migrations.FILES).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void givesFlywayTheFilesUnderTheNamesAScanWouldGive() throws IOException {
        Migrations migrations = new Migrations(getClass().getClassLoader());

        var found = migrations.getResources("V", new String[] {".sql"});

        assertThat(found).extracting(LoadableResource::getRelativePath)
                .containsExactlyElementsOf(Migrations.FILES);
        for (LoadableResource r : found) {
            try (BufferedReader in = new BufferedReader(r.read())) {
                assertThat(in.readLine()).as(r.getFilename()).isNotNull();
            }
        }
        assertThat(migrations.getResources("beforeMigrate", new String[] {".sql"})).isEmpty();
        assertThat(migrations.getResource("V3__referrals.sql")).isNotNull();
    }
}
