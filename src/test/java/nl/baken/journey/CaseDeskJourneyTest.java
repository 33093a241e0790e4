package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.intake.IntakeService;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.support.AppDriver;
import nl.baken.ui.Css;
import nl.baken.support.IntakeSteps;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case desk on the home screen, driven like a worker would: search, the hidden names, the keyboard alone. */
class CaseDeskJourneyTest {

    private static final List<String> ALIASES = List.of("Zoë Bakker", "Marek Nowak", "Ilse de Wit");

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    /** A vault with three cases made without the UI, then the app unlocked on it. */
    private void openWithCases() throws Exception {
        openWithCases(desk -> { });
    }

    /** As {@link #openWithCases()}, with {@code more} done on the desk (tasks, notes) before the app starts. */
    private void openWithCases(java.util.function.Consumer<CaseDesk> more) throws Exception {
        openWithCases(ALIASES, more);
    }

    /** As {@link #openWithCases(java.util.function.Consumer)}, with a case for each of {@code aliases}. */
    private void openWithCases(List<String> aliases, java.util.function.Consumer<CaseDesk> more) throws Exception {
        IntakeSteps.setUpVault(dir);
        Vault vault = new Vault(new DataDirectory(dir));
        UnlockedVault open = vault.unlock("Anna", IntakeSteps.PASS.toCharArray());
        try {
            IntakeService intakes = new IntakeService(open.store(), new JooqCaseRepository(open.store()),
                    new JooqIntakeRepository(open.store()), new QuestionnaireLibrary(null),
                    new AuditLog(open.store(), Clock.systemUTC()), Clock.systemUTC(), new SecureRandom());
            for (String alias : aliases) {
                intakes.createCase(Optional.of(alias), open.workerId());
            }
            more.accept(CaseDesk.on(open.store(), new JooqCaseRepository(open.store()),
                    new AuditLog(open.store(), Clock.systemUTC()), Clock.systemDefaultZone(), vault::workersById));
        } finally {
            open.close();
        }
        app = new AppDriver(dir).start("nl");
        new IntakeSteps(app).unlock();
    }

    private TableView<CaseSummary> table() {
        return app.waitFor("case-table");
    }

    /** Every text the table's cells show now. */
    private List<String> cellTexts() {
        return app.lookup("#case-table .table-cell").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private boolean aliasColumnShown() {
        return table().getColumns().stream().filter(c -> "case-column-alias".equals(c.getId())).findFirst()
                .orElseThrow().isVisible();
    }

    @Test
    void aCaseIsFoundByPartOfItsAliasAndNamesShowOnlyWhenRevealedUntilTheLock() throws Exception {
        openWithCases();
        app.waitUntil(() -> table().getItems().size() == 3);
        assertThat(aliasColumnShown()).as("names hidden at first").isFalse();
        assertThat(cellTexts()).as("no name on screen").noneMatch(ALIASES::contains);
        app.screenshot("desk-home");

        app.typeInto("case-search", "nowa");
        app.waitUntil(() -> table().getItems().size() == 1);
        String marek = table().getItems().get(0).reference();
        assertThat(cellTexts()).contains(marek).noneMatch(ALIASES::contains);
        app.screenshot("desk-search");

        app.click("case-alias-toggle");
        app.waitUntil(this::aliasColumnShown);
        app.waitUntil(() -> cellTexts().contains("Marek Nowak"));
        app.screenshot("desk-names-shown");

        app.click("lock-button");
        new IntakeSteps(app).unlock();
        app.waitUntil(() -> table().getItems().size() == 3);
        assertThat(aliasColumnShown()).as("hidden again after the lock").isFalse();
        assertThat(cellTexts()).noneMatch(ALIASES::contains);
    }

    @Test
    void keyboardOnlySlashSearchesEnterGoesToTheHitAndOpensTheCase() throws Exception {
        openWithCases();
        app.waitUntil(() -> table().getItems().size() == 3);
        app.type(KeyCode.SLASH);
        TextField search = app.waitFor("case-search");
        app.waitUntil(search::isFocused);
        assertThat(search.getText()).as("the / that moved the focus is not typed").isEmpty();
        app.write("ilse");
        app.waitUntil(() -> table().getItems().size() == 1);
        // Inside the search field / is a character, not a shortcut.
        app.write("/");
        assertThat(search.getText()).isEqualTo("ilse/");
        app.type(KeyCode.BACK_SPACE);
        app.waitUntil(() -> table().getItems().size() == 1);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> table().isFocused());
        CaseSummary hit = table().getSelectionModel().getSelectedItem();
        assertThat(hit).isNotNull();
        app.screenshot("desk-keyboard");
        app.type(KeyCode.ENTER);
        assertThat(app.<Labeled>waitFor("case-reference").getText()).isEqualTo("Dossier " + hit.reference());
    }

    @Test
    void aTaskDueTodayAndAnOverdueOneShowOnTheHomeScreenAndInTheList() throws Exception {
        String[] refs = new String[2];
        openWithCases(desk -> {
            List<nl.baken.cases.CaseSummary> cases = desk.summaries();
            LocalDate today = desk.today();
            desk.addTask(cases.get(0).id(), today, Optional.empty(), "Opvang terugbellen", "w");
            desk.addTask(cases.get(1).id(), today.minusDays(2), Optional.empty(), "Afspraak politie plannen", "w");
            refs[0] = cases.get(0).reference();
            refs[1] = cases.get(1).reference();
        });
        Labeled count = app.waitFor("today-tasks-count");
        assertThat(count.getText()).isEqualTo("Taken voor vandaag (2), waarvan 1 te laat");
        assertThat(count.getStyleClass()).as("overdue: colour as well as words").contains(Css.ERROR);
        List<String> today = app.lookup("#today-tasks .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
        assertThat(today).contains("Opvang terugbellen", "Afspraak politie plannen", refs[0], refs[1])
                .anyMatch(t -> t.startsWith("Te laat: ")).anyMatch(t -> t.startsWith("Vandaag: "));
        app.waitUntil(() -> table().getItems().size() == 3);
        app.waitUntil(() -> cellTexts().stream().anyMatch(t -> t.startsWith("Te laat: ")));
        app.click("case-filter-due");
        app.waitUntil(() -> table().getItems().size() == 2);
        app.screenshot("desk-today");
        app.click("today-task-0");
        assertThat(app.<Labeled>waitFor("case-reference").getText()).isIn("Dossier " + refs[0], "Dossier " + refs[1]);
    }

    @Test
    void onALaptopSizedWindowAFullTodayLeavesTheCaseListFiveRowsAndTheFiltersOneLine() throws Exception {
        List<String> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "Persoon " + i).toList();
        openWithCases(many, desk -> {
            List<CaseSummary> cases = desk.summaries();
            for (int i = 0; i < 6; i++) {
                desk.addTask(cases.get(i).id(), desk.today().minusDays(i), Optional.empty(), "Terugbellen " + i, "w");
            }
        });
        app.waitUntil(() -> table().getItems().size() == 12);
        // A 1366 x 768 laptop leaves about 1,100 x 688 for the window (task bar, title bar): before, the bars, Today
        // and the filters on two lines took so much of it that the list showed one row, or none.
        for (double height : new double[] {688, 760}) {
            app.runOnFx(() -> {
                app.stage().setWidth(1100);
                app.stage().setHeight(height);
            });
            app.waitUntil(() -> Math.abs(app.stage().getScene().getHeight() - height) < 1);
            Region todayPane = app.waitFor("home-today-pane");
            app.waitUntil(() -> rowsInSight() >= 5);
            assertThat(todayPane.getHeight()).as("Today stays in sight at %s", height).isGreaterThanOrEqualTo(140);
            Region filters = app.waitFor("case-filters");
            Region status = app.waitFor("case-filter-status");
            assertThat(filters.getHeight()).as("the filters on one line").isLessThan(status.getHeight() * 1.5);
            app.screenshot("desk-window-" + (int) height);
        }
    }

    /** How many of the table's rows show a case and lie wholly in its visible part. */
    private long rowsInSight() {
        TableView<CaseSummary> table = table();
        javafx.geometry.Bounds shown = table.localToScene(table.getLayoutBounds());
        return app.lookup("#case-table .table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getItem() != null)
                .filter(n -> shown.contains(n.localToScene(n.getLayoutBounds())))
                .count();
    }
}
