package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultPartsTest {

    @Test
    void aNewDataDirectoryIsTheOwnersOnlyAndAnExistingOneIsLeftAlone(@TempDir Path tmp) throws Exception {
        DataDirectory fresh = new DataDirectory(tmp.resolve("home/baken"));
        fresh.create();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.root()))).isEqualTo("rwx------");

        Path chosen = Files.createDirectory(tmp.resolve("chosen"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-x---"));
        new DataDirectory(chosen).create();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen))).isEqualTo("rwxr-x---");
    }

    @Test
    void throttleDoublesUpToThirtySeconds() {
        UnlockThrottle t = new UnlockThrottle();
        assertThat(t.delay()).isZero();
        long[] expected = {1, 2, 4, 8, 16, 30, 30};
        for (long seconds : expected) {
            t.recordFailure();
            assertThat(t.delay()).isEqualTo(Duration.ofSeconds(seconds));
        }
        t.recordSuccess();
        assertThat(t.delay()).isZero();
    }

    @Test
    void recoveryCodeIsForgivingWhenTyped() {
        char[] code = RecoveryCode.generate(new SecureRandom());
        String typed = new String(code).toLowerCase().replace('-', ' ').replace('0', 'o').replace('1', 'l');
        assertThat(RecoveryCode.normalise(typed.toCharArray())).isEqualTo(new String(code).replace("-", "").toCharArray());
        assertThat(RecoveryCode.normalise("ABCD".toCharArray())).isEmpty();
        assertThat(RecoveryCode.normalise("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCU".toCharArray())).isEmpty();
    }

    @Test
    void passphraseStrengthRewardsLength() {
        assertThat(PassphrasePolicy.strength("kort".toCharArray())).isEqualTo(PassphrasePolicy.Strength.TOO_SHORT);
        assertThat(PassphrasePolicy.strength("aaaaaaaaaaaaaaaa".toCharArray())).isEqualTo(PassphrasePolicy.Strength.TOO_SIMPLE);
        assertThat(PassphrasePolicy.strength("paardbatterij".toCharArray())).isEqualTo(PassphrasePolicy.Strength.WEAK);
        assertThat(PassphrasePolicy.strength("Paard-batt3ry".toCharArray())).isEqualTo(PassphrasePolicy.Strength.FAIR);
        assertThat(PassphrasePolicy.strength("het paard eet graag wortels".toCharArray()))
                .isEqualTo(PassphrasePolicy.Strength.STRONG);
    }

    @Test
    void dataDirectoryFollowsTheOsConvention() {
        Path home = Path.of("/home/anna");
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/anna").root())
                .isEqualTo(home.resolve(".local/share/baken"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/anna").root())
                .isEqualTo(Path.of("/data/baken"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/anna").root())
                .isEqualTo(Path.of("/appdata/Baken"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/home/anna").root())
                .isEqualTo(home.resolve("Library/Application Support/Baken"));
        assertThat(DataDirectory.resolve(null, Map.of("BAKEN_HOME", "/b"), "Linux", "/home/anna").root())
                .isEqualTo(Path.of("/b"));
        assertThat(DataDirectory.resolve(Path.of("/x"), Map.of("BAKEN_HOME", "/b"), "Linux", "/home/anna").root())
                .isEqualTo(Path.of("/x"));
    }
}
