package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app's own start-up and first setup make the data directory and every file in it the owner's only. */
class DataDirectoryJourneyTest {

    private static final String PASS = "mijn lange wachtwoordzin voor de test";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path tmp = journey.dir();
    AppDriver app;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aFirstRunFromTheAppLeavesEveryFolderRwxAndEveryFileRwForTheOwnerOnly() throws Exception {
        Path dir = tmp.resolve("Zoë Çelik/Baken");
        app = journey.start(dir, "nl");
        app.waitFor("setup-name");
        assertThat(app.find("data-dir-warning")).isEmpty();
        app.typeInto("setup-name", "Anna de Vries");
        app.typeInto("setup-passphrase", PASS);
        app.typeInto("setup-confirm", PASS);
        app.click("setup-create");
        app.waitFor("recovery-code");

        assertThat(perms(dir)).isEqualTo("rwx------");
        assertThat(Files.exists(dir.resolve("logs/baken.log"))).isTrue();
        assertThat(Files.exists(dir.resolve("baken.mv.db"))).isTrue();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                assertThat(perms(p)).as(dir.relativize(p).toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void aDataDirectoryOthersCanReadIsSaidOnTheFirstScreen() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        app = journey.start(dir, "en");
        Label warning = app.waitFor("data-dir-warning");
        assertThat(warning.getText()).startsWith("Other accounts on this computer can read the data folder");
        assertThat(perms(dir)).isEqualTo("rwxr-xr-x");
    }
}
