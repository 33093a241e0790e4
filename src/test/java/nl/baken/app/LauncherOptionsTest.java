package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app's JVM runs without perf data, whichever way it is started: with it the JVM writes its command line to
 * {@code /tmp/hsperfdata_USER/PID}, where other accounts can read it.
 */
class LauncherOptionsTest {

    @Test
    void javafxRunPassesMinusUsePerfData() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        var plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(plugin.find()).isTrue();
        assertThat(plugin.group(1)).contains("<option>-XX:-UsePerfData</option>");
    }

    @Test
    void theInstalledLauncherPassesMinusUsePerfData() throws Exception {
        String script = Files.readString(Path.of("installer/common.sh"));
        assertThat(script).contains("PRIVACY_OPTIONS=\"-XX:-UsePerfData\"")
                .contains("--java-options \"$PRIVACY_OPTIONS\"");
    }
}
