package nl.baken.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/installers.yml is a GitHub Actions workflow that builds on Windows, macOS and Linux with the
 * README's own Maven commands, and whose Linux job runs the .deb check that runs here.
 */
class InstallersWorkflowTest {

    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));

    private static JsonNode workflow() throws IOException {
        return new YAMLMapper().readTree(PROJECT.resolve(".github/workflows/installers.yml").toFile());
    }

    private static JsonNode job() throws IOException {
        JsonNode jobs = workflow().path("jobs");
        assertThat(jobs.size()).as("one job, run once per OS").isEqualTo(1);
        return jobs.elements().next();
    }

    private static List<JsonNode> steps() throws IOException {
        JsonNode steps = job().path("steps");
        assertThat(steps.isArray()).isTrue();
        return StreamSupport.stream(steps.spliterator(), false).toList();
    }

    /** Every command line of every step, continuation lines joined. */
    private static List<String> commands() throws IOException {
        List<String> commands = new ArrayList<>();
        for (JsonNode step : steps()) {
            for (String line : step.path("run").asText("").replace("\\\n", " ").split("\n")) {
                if (!line.isBlank()) {
                    commands.add(line.trim().replaceAll("\\s+", " "));
                }
            }
        }
        return commands;
    }

    @Test
    void itIsAWorkflowWithTriggersAJobAndStepsThatEachUseOrRun() throws IOException {
        JsonNode workflow = workflow();
        assertThat(workflow.path("name").asText()).isEqualTo("installers");
        assertThat(workflow.path("on").isObject()).as("'on' names the triggers").isTrue();
        assertThat(job().path("runs-on").asText()).isEqualTo("${{ matrix.os }}");
        assertThat(job().path("defaults").path("run").path("shell").asText()).isEqualTo("bash");
        for (JsonNode step : steps()) {
            assertThat(step.has("uses") ^ step.has("run")).as("a step either uses an action or runs: %s", step).isTrue();
            if (step.has("uses")) {
                assertThat(step.path("uses").asText()).matches("actions/[a-z-]+@v\\d+");
            }
        }
    }

    @Test
    void theMatrixNamesWindowsMacOsAndLinux() throws IOException {
        JsonNode include = job().path("strategy").path("matrix").path("include");
        List<String> oses = StreamSupport.stream(include.spliterator(), false).map(e -> e.path("os").asText()).toList();
        assertThat(oses).contains("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat(include).allSatisfy(e -> assertThat(e.path("packages").asText()).isNotBlank());
        assertThat(job().path("strategy").path("fail-fast").asBoolean(true))
                .as("one OS failing does not cancel the others").isFalse();
    }

    @Test
    void itRunsTheReadmesMavenCommands() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        List<String> maven = commands().stream().filter(c -> c.startsWith("./mvnw")).toList();
        assertThat(maven).containsExactly("./mvnw -B verify", "./mvnw -B -Pinstaller -DskipTests package");
        // As the README writes a command: inline in backticks, or a line of a shell block (a comment may follow).
        assertThat(maven).allSatisfy(command -> assertThat(readme).as("README.md")
                .containsPattern("(`|\n)" + Pattern.quote(command) + "(`|\\s)"));
    }

    @Test
    void theLinuxJobChecksTheDebWithTheScriptThatRunsHere() throws IOException {
        JsonNode debStep = steps().stream().filter(s -> s.path("run").asText().contains("installer/linux/test-deb.sh"))
                .findFirst().orElseThrow();
        assertThat(debStep.path("if").asText()).isEqualTo("runner.os == 'Linux'");
        assertThat(Files.isExecutable(PROJECT.resolve("installer/linux/test-deb.sh"))).isTrue();
        assertThat(Files.readString(PROJECT.resolve(".ci/run"))).contains("installer/linux/test-deb.sh");
    }
}
