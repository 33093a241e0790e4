package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import nl.baken.support.AppDriver;
import nl.baken.support.DemoFill;
import nl.baken.support.IntakeSteps;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics screen from the home screen over demo cases: the charts, the cases left out for lack of consent,
 * a chart saved as PNG and the table as CSV; no chart and no saved file holds a count of 1 to 4.
 */
class StatisticsJourneyTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    /** Every number the bars of every chart on screen are drawn from. */
    private List<Number> barValues() {
        return app.lookup(".chart").queryAll().stream().filter(n -> n instanceof BarChart<?, ?>)
                .flatMap(n -> ((BarChart<?, ?>) n).getData().stream())
                .flatMap(s -> s.getData().stream()).map(d -> (Number) ((XYChart.Data<?, ?>) d).getYValue()).toList();
    }

    @Test
    void twoChartsShowTheLeftOutCountAndSaveAsPngAndCsvWithoutASmallNumber() throws Exception {
        IntakeSteps.setUpVault(dir);
        UnlockedVault open = new Vault(new DataDirectory(dir)).unlock("Anna", IntakeSteps.PASS.toCharArray());
        try {
            DemoFill.fill(open, 60, 15);
        } finally {
            open.close();
        }
        app = new AppDriver(dir).start("nl");
        new IntakeSteps(app).unlock();
        app.waitFor("home-statistics");
        Path[] next = {out.resolve("nieuwe-zaken.png")};
        app.runOnFx(() -> app.app().shell().showStatistics((owner, name) -> Optional.of(next[0])));
        app.waitUntil(() -> app.showing("stats-chart-new_cases") || app.find("stats-error")
                .map(l -> !((Label) l).getText().isEmpty()).orElse(false));
        assertThat(((Label) app.waitFor("stats-error")).getText()).as("the statistics were counted").isEmpty();
        BarChart<?, ?> cases = app.waitFor("stats-chart-new_cases");
        BarChart<?, ?> forms = app.waitFor("stats-chart-forms");
        app.waitUntil(() -> !cases.getData().get(0).getData().isEmpty() && !forms.getData().get(0).getData().isEmpty());
        Label leftOut = app.waitFor("stats-left-out");
        assertThat(leftOut.getText()).matches("Weggelaten wegens geen toestemming voor statistiek: (\\d+|<5)");
        assertThat(barValues()).isNotEmpty().allSatisfy(v -> assertThat(v.intValue()).isNotIn(1, 2, 3, 4));
        app.screenshot("statistics");

        app.click("stats-save-png-new_cases");
        app.waitUntil(() -> !((Label) app.waitFor("stats-saved")).getText().isEmpty());
        BufferedImage png = ImageIO.read(next[0].toFile());
        assertThat(png.getWidth()).isPositive();

        next[0] = out.resolve("tabel.csv");
        app.click("stats-save-csv");
        app.waitUntil(() -> Files.exists(next[0]) && ((Label) app.waitFor("stats-saved")).getText().contains("tabel"));
        List<String> lines = Files.readAllLines(next[0]);
        assertThat(lines.get(0)).isEqualTo("Tabel,Categorie,Aantal");
        assertThat(lines).anyMatch(l -> l.startsWith("Nieuwe zaken per maand,"))
                .allSatisfy(l -> assertThat(l.substring(l.lastIndexOf(',') + 1)).doesNotMatch("[1-4]"));

        // Into the data folder, where the vault is: a notice, and nothing is saved there.
        byte[] slots = Files.readAllBytes(dir.resolve("keyslots.json"));
        for (String name : List.of("statistiek.csv", "keyslots.json")) {
            next[0] = dir.resolve(name);
            app.click("stats-save-csv");
            javafx.scene.control.DialogPane refused = app.waitFor("data-folder-refused");
            assertThat(refused.getContentText()).contains("gegevensmap", "Er is niets opgeslagen");
            if (name.equals("keyslots.json")) {
                app.screenshot("save-refused-in-data-folder", refused.getScene());
            }
            app.runOnFx(() -> ((javafx.scene.control.Button) refused.lookupButton(
                    javafx.scene.control.ButtonType.OK)).fire());
            app.waitUntil(() -> !app.showing("data-folder-refused"));
        }
        assertThat(dir.resolve("statistiek.csv")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("keyslots.json"))).isEqualTo(slots);

        // One month only: fewer cases, so more cells become <5, and still no bar of 1 to 4.
        ComboBox<?> to = app.waitFor("stats-to");
        app.runOnFx(() -> ((ComboBox<Object>) (ComboBox<?>) app.waitFor("stats-from")).setValue(
                to.getValue()));
        app.click("stats-show");
        app.waitUntil(() -> ((BarChart<?, ?>) app.waitFor("stats-chart-new_cases")).getData().get(0).getData()
                .size() <= 1);
        assertThat(barValues()).allSatisfy(v -> assertThat(v.intValue()).isNotIn(1, 2, 3, 4));
    }
}
