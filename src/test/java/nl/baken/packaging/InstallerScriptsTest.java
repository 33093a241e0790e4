package nl.baken.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The installer scripts of all three OSes, checked on any OS (the Windows and macOS ones cannot run here): valid
 * bash, one shared list of modules and options in installer/common.sh, and each package's promised options.
 */
class InstallerScriptsTest {

    private static final Path INSTALLER = Path.of(System.getProperty("baken.projectDir", "."), "installer");
    private static final List<String> SCRIPTS = List.of("build.sh", "common.sh", "linux/build.sh", "linux/test-deb.sh",
            "windows/build.sh", "macos/build.sh");

    private static String read(String script) throws IOException {
        return Files.readString(INSTALLER.resolve(script));
    }

    @Test
    void everyScriptIsValidBash() throws Exception {
        for (String script : SCRIPTS) {
            Process bash = new ProcessBuilder("bash", "-n", INSTALLER.resolve(script).toString())
                    .redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes());
            assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as("%s: %s", script, output).isZero();
        }
    }

    @Test
    void theModulesAndOptionsAreListedOnceInCommonSh() throws IOException {
        assertThat(read("common.sh")).contains("MODULES=\"javafx.controls,javafx.swing,", "JLINK_OPTIONS=(",
                "--java-options \"$JAVA_OPTIONS\"", "--main-class \"$MAIN_CLASS\"");
        for (String os : List.of("linux", "windows", "macos")) {
            String script = read(os + "/build.sh");
            assertThat(script).contains("source \"$(dirname \"${BASH_SOURCE[0]}\")/../common.sh\"", "baken_runtime ",
                    "baken_app_image ");
            assertThat(script).as(os).doesNotContain("MODULES=", "--add-modules", "--strip-debug", "UseZGC", "UseG1GC");
        }
    }

    @Test
    void eachOsBuildsWithItsOwnJavaFxAndIcon() throws IOException {
        assertThat(read("linux/build.sh")).contains("baken_runtime linux", "icons/baken-256.png", "--type deb");
        assertThat(read("windows/build.sh")).contains("baken_runtime win", "icons/baken.ico", "--type msi");
        assertThat(read("macos/build.sh")).contains("arm64) CLASSIFIER=\"mac-aarch64\"", "x86_64) CLASSIFIER=\"mac\"",
                "baken_runtime \"$CLASSIFIER\"", "icons/baken.icns", "--type dmg");
        assertThat(read("build.sh")).contains("Linux)", "Darwin)", "MINGW*");
    }

    @Test
    void theMsiInstallsPerUserWithAStartMenuEntryAndAFixedUpgradeCode() throws IOException {
        String windows = read("windows/build.sh");
        assertThat(windows).contains("--win-per-user-install", "--win-menu", "--win-upgrade-uuid \"$UPGRADE_UUID\"")
                .containsPattern("\nUPGRADE_UUID=\"a775f105-c055-4c6b-b942-d6461ed49c6d\"\n");
    }
}
