package nl.baken.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The installer scripts of all three OSes, checked on any OS (the Windows and macOS ones cannot run here): valid
 * bash, one shared list of modules and options in installer/common.sh, and each package's promised options.
 */
class InstallerScriptsTest {

    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));
    private static final Path INSTALLER = PROJECT.resolve("installer");
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

    /**
     * The jlinked runtime holds only the modules common.sh lists: a JDK module that Baken's own code uses and the list
     * lacks fails only in the installed app (com.sun.management once did: "Exception in Application init method").
     */
    @Test
    void theRuntimeHoldsEveryJdkModuleBakensOwnCodeUses() throws IOException {
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out, true), new PrintWriter(out, true),
                "--ignore-missing-deps", "--print-module-deps", PROJECT.resolve("target/classes").toString());
        assertThat(exit).as(out.toString()).isZero();
        Set<String> used = new HashSet<>(Arrays.asList(out.toString().strip().split(",")));
        used.remove("java.base");
        assertThat(used).as("jdeps: %s", out).isNotEmpty();
        assertThat(listedModules()).containsAll(used);
    }

    private static Set<String> listedModules() throws IOException {
        Set<String> listed = new HashSet<>();
        Matcher line = Pattern.compile("(?m)^MODULES\\+?=\"([^\"]*)\"").matcher(read("common.sh"));
        while (line.find()) {
            Arrays.stream(line.group(1).split(",")).filter(m -> !m.isBlank()).forEach(listed::add);
        }
        return listed;
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
