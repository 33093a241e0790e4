package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import nl.baken.support.PulseMonitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole FULL intake, answered "yes" or the first choice wherever it can be (so branches, signals and the urgent
 * banner all show) and "later" elsewhere, while a pulse monitor watches the FX thread. Writes the longest gap
 * between two pulses to docs/performance.md. Run: ./mvnw -B -Pbenchmark verify -Dtest=FxThreadBenchmarkTest
 */
@Tag("benchmark")
class FxThreadBenchmarkTest {

    private static final String HEADING = "## FX thread during the intake journey";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void theFxThreadNeverStallsDuringTheFullIntake() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        PulseMonitor monitor = new PulseMonitor();
        monitor.context(() -> where(app.stage().getScene()));
        app.runOnFx(monitor::start);
        steps.startNewCase("intake-mensenhandel", "pl", "start-interpreter-in-person");
        steps.giveStoreConsent();
        app.waitFor("wizard-question-text");
        int screens = 0;
        long started = System.nanoTime();
        while (!app.showing("review") && screens < 400) {
            screens++;
            if (screens == 6) {
                app.runOnFx(monitor::mark);
            }
            if (app.showing("urgent-acknowledge")) {
                app.click("urgent-acknowledge");
            }
            String before = steps.questionText();
            if (app.showing("known-confirm")) {
                app.click("known-confirm");
            } else if (app.showing("answer-yes") && before.contains("jonger dan 18")) {
                app.type(KeyCode.DIGIT2);
            } else if (app.showing("answer-yes") || app.lookup(".button").queryAll().stream()
                    .anyMatch(n -> n.getId() != null && n.getId().startsWith("answer-choice-") && n.isVisible())) {
                app.type(KeyCode.DIGIT1);
            } else if (app.lookup(".check-box").queryAll().stream()
                    .anyMatch(n -> n.getId() != null && n.getId().startsWith("answer-choice-"))
                    && app.lookup(".check-box").queryAll().stream().anyMatch(n -> n instanceof CheckBox)) {
                app.type(KeyCode.DIGIT1);
                app.click("wizard-next");
            } else if (app.showing("wizard-later")) {
                app.click("wizard-later");
            } else {
                app.click("wizard-next");
            }
            app.waitUntil(() -> app.showing("review") || app.find("wizard-question-text")
                    .map(n -> !((Label) n).getText().equals(before)).orElse(true));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        app.waitFor("review");
        app.click("review-finish");
        app.waitFor("finish");
        app.runOnFx(monitor::stop);
        monitor.longest(5).forEach(s -> System.out.println("LONGEST " + s));
        app.screenshot("finish-signals");
        app.click("finish-back");
        app.waitFor("review");
        app.screenshot("review-full");

        String figure = String.format(Locale.ROOT, "%.1f", monitor.longestMillis());
        String warm = String.format(Locale.ROOT, "%.1f", monitor.longestSinceMarkMillis());
        String section = HEADING + "\n\n"
                + "Measured " + LocalDate.now() + " by `FxThreadBenchmarkTest` (tag `benchmark`), headless (Monocle,\n"
                + "software rendering), 2 shared cores: the FULL intake (`intake-mensenhandel`) from the start screen\n"
                + "through consent and " + screens + " question screens to the finish screen, client language Polish,\n"
                + "every answer autosaved through the background worker. An `AnimationTimer` records the gap between\n"
                + "FX pulses (an idle pulse comes every 16 ms under Monocle; a longer gap means the FX thread was busy).\n\n"
                + "| measure | value |\n|---|---|\n"
                + "| longest gap between two pulses | **" + figure + " ms** (target: under 50 ms) |\n"
                + "| longest gap after the first five question screens (classes loaded, CSS warm) | **" + warm
                + " ms** |\n"
                + "| gaps over 50 ms | " + monitor.gapsOver50Millis() + " of " + monitor.pulses() + " pulses |\n"
                + "| question screens walked | " + screens + " in " + String.format(Locale.ROOT, "%.0f", seconds)
                + " s |\n\n"
                + (monitor.longest(5).isEmpty() ? "No gap was longer than two frames (33 ms).\n\n"
                : "The five longest gaps over two frames (33 ms), with the control that had the focus and the screen on"
                + " show when the next pulse came: " + String.join("; ", monitor.longest(5)) + ".\n\n")
                + "Command: `./mvnw -B -Pbenchmark verify -Dtest=FxThreadBenchmarkTest`\n";
        writeSection(section);
        System.out.println("FX longest pulse gap: " + figure + " ms; warm " + warm + " ms; over 50 ms: " + monitor.gapsOver50Millis()
                + " of " + monitor.pulses() + " pulses; screens: " + screens);
        assertThat(screens).isGreaterThan(60);
    }

    /** The control with the focus and the screen on show (by a control only that screen has). */
    private static String where(Scene scene) {
        String focus = scene.getFocusOwner() == null ? "-" : String.valueOf(scene.getFocusOwner().getId());
        String screen = SCREENS.stream().filter(id -> scene.lookup("#" + id) != null).findFirst().orElse("other");
        return focus + " on " + screen;
    }

    /** Ids found on one screen only; the first found names the screen. */
    private static final List<String> SCREENS = List.of("finish", "review", "wizard-question-text", "consent-save",
            "start-continue");

    private static void writeSection(String section) throws Exception {
        Path file = Path.of(System.getProperty("baken.projectDir", "."), "docs", "performance.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Performance\n\n";
        int at = text.indexOf(HEADING);
        if (at >= 0) {
            int next = text.indexOf("\n## ", at + HEADING.length());
            text = text.substring(0, at) + section + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + section;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
