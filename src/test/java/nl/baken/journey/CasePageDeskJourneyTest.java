package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.CaseTask;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.cases.ReflectionPeriod;
import nl.baken.cases.ReflectionReminder;
import nl.baken.cases.ReflectionStatus;
import nl.baken.cases.ui.CaseStateViewModel;
import nl.baken.i18n.DateTimes;
import nl.baken.support.AppDriver;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import nl.baken.ui.Css;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case page's desk, through the whole app, headless, with the keyboard: a task added and marked done (and an
 * overdue one said in words), a reflection period started eleven weeks ago showing its reminder, a case closed with
 * a reason and reopened, a case handed over after a confirmation; each outcome checked in the vault afterwards.
 */
class CasePageDeskJourneyTest {

    /**
     * The app's and the desk's clock: it runs, but from noon today, so a journey that passes midnight (CI ran one at
     * 23:59) never sees "today" become yesterday between the setup and the screen.
     */
    private static final Clock CLOCK = Clock.offset(Clock.systemDefaultZone(), Duration.between(Instant.now(),
            LocalDate.now().atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));

    @TempDir
    Path dir;
    AppDriver app;
    Path data;
    CaseFile c;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private static CaseDesk desk(TestVault vault) {
        var store = vault.open().store();
        return CaseDesk.on(store, new JooqCaseRepository(store), vault.audit(), CLOCK,
                vault.open()::workers);
    }

    private void openCase() throws Exception {
        app = new AppDriver(data).start("nl", CLOCK);
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showCase(c.id()));
        app.waitFor("case-reference");
    }

    /** The text of a label now, or "" while it is not showing (the page is redrawn after a change). */
    private String labelText(String id) {
        return app.find(id).map(n -> ((Label) n).getText()).orElse("");
    }

    /** Puts the keyboard focus on a control, as Tab would; everything after it is typed. */
    private void focus(String id) {
        Node node = app.waitFor(id);
        app.runOnFx(() -> {
            nl.baken.ui.Controls.ensureVisible(node);
            node.requestFocus();
        });
    }

    private void closeApp() throws Exception {
        app.runOnFx(() -> app.app().shell().lock());
        app.waitFor("unlock-passphrase");
        app.stop();
        app = null;
    }

    @Test
    void aTaskIsAddedWithTheKeyboardMarkedDoneAndAnOverdueOneSaysSo() throws Exception {
        data = dir.resolve("data");
        LocalDate today = LocalDate.now(CLOCK);
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTesterWithFollowup(vault, today);
            desk(vault).addTask(c.id(), today.minusDays(2), Optional.empty(), "Opvang terugbellen",
                    vault.open().workerId());
        }
        openCase();
        assertThat(app.<CheckBox>waitFor("case-task-done-0").getText()).isEqualTo("Opvang terugbellen");
        Label overdue = app.waitFor("case-task-urgency-0");
        assertThat(overdue.getText()).isEqualTo("Te laat");
        assertThat(overdue.getStyleClass()).contains(Css.ERROR);

        // A date that is no date is refused in words, and nothing is saved.
        focus("case-task-text");
        app.write("Afspraak politie bevestigen");
        app.type(KeyCode.TAB);
        app.write("31-02-2026");
        app.type(KeyCode.ENTER);
        assertThat(app.<Label>waitFor("case-tasks-error").getText()).startsWith("Dit is geen datum.");
        focus("case-task-due");
        app.runOnFx(() -> app.<javafx.scene.control.TextField>waitFor("case-task-due").clear());
        app.write(DateTimes.typed(today));
        app.type(KeyCode.TAB);
        app.write("23:59");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.showing("case-task-done-2"));
        assertThat(app.showing("case-tasks-error")).isFalse();
        // Overdue first (by due date), then today's new one (its time before the intake's follow-up without one).
        assertThat(app.<CheckBox>waitFor("case-task-done-1").getText()).isEqualTo("Afspraak politie bevestigen");
        assertThat(app.<Label>waitFor("case-task-urgency-1").getText()).isEqualTo("Vandaag");
        assertThat(app.<Label>waitFor("case-task-due-1").getText()).endsWith("23:59");
        // The intake's follow-up date (role followup_date, set to today here) is a task of its own.
        assertThat(app.<CheckBox>waitFor("case-task-done-2").getText()).isEqualTo("Vervolgafspraak uit het gesprek");
        app.screenshot("case-tasks");

        // Space on the box marks the overdue task done; done tasks go last.
        focus("case-task-done-0");
        app.type(KeyCode.SPACE);
        app.waitUntil(() -> labelText("case-task-urgency-2").equals("Gedaan"));
        assertThat(app.<CheckBox>waitFor("case-task-done-2").getText()).isEqualTo("Opvang terugbellen");
        closeApp();

        try (TestVault vault = TestVault.in(data)) {
            var tasks = desk(vault).tasksOf(c.id());
            assertThat(tasks).hasSize(3);
            assertThat(tasks).filteredOn(CaseTask::done).singleElement().extracting(CaseTask::text)
                    .isEqualTo("Opvang terugbellen");
            assertThat(tasks).filteredOn(t -> t.origin() == nl.baken.cases.TaskOrigin.FOLLOWUP).singleElement()
                    .satisfies(t -> assertThat(t.done()).isFalse());
            assertThat(tasks).filteredOn(t -> !t.done() && t.origin() == nl.baken.cases.TaskOrigin.MANUAL)
                    .singleElement().satisfies(t -> {
                assertThat(t.text()).isEqualTo("Afspraak politie bevestigen");
                assertThat(t.dueDate()).isEqualTo(today);
                assertThat(t.dueTime()).contains(java.time.LocalTime.of(23, 59));
            });
            assertThat(vault.audit().entries()).extracting(AuditEvent::event).contains("TASK_ADD", "TASK_DONE");
        }
    }

    @Test
    void aReflectionPeriodStartedElevenWeeksAgoShowsItsReminder() throws Exception {
        data = dir.resolve("data");
        LocalDate today = LocalDate.now(CLOCK);
        LocalDate start = today.minusWeeks(11);
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault);
            desk(vault).setReflection(c.id(), start, ReflectionStatus.RUNNING, vault.open().workerId());
        }
        ReflectionPeriod period = new ReflectionPeriod(c.id(), start, Period.ZERO, ReflectionStatus.RUNNING,
                Optional.empty(), "x", java.time.OffsetDateTime.now(CLOCK));
        ReflectionReminder due = period.reminderOn(today).orElseThrow();
        openCase();
        Label reminder = app.waitFor("case-reflection-reminder");
        app.waitUntil(() -> !reminder.getText().isEmpty());
        assertThat(reminder.getText()).startsWith("Herinnering: de bedenktijd eindigt over "
                + period.daysLeft(today) + " dagen.");
        assertThat(reminder.getText()).contains(due == ReflectionReminder.TWO_WEEKS ? "verblijfsregeling" : "op tijd");
        assertThat(app.<Label>waitFor("case-reflection-summary").getText())
                .isEqualTo("Begonnen " + DateTimes.date(start, "nl") + ", eindigt "
                        + DateTimes.date(start.plusMonths(3), "nl") + " (zonder verlenging). Status: loopt.");
        assertThat(app.<Label>waitFor("case-reflection-reminders").getText()).contains(
                DateTimes.date(start.plusMonths(3).minusWeeks(4), "nl"),
                DateTimes.date(start.plusMonths(3).minusWeeks(2), "nl"));
        app.runOnFx(() -> nl.baken.ui.Controls.ensureVisible(reminder));
        app.screenshot("case-reflection-reminder");

        // Extended by four weeks with the keyboard: the end moves, the reminder goes (more than four weeks left).
        focus("case-reflection-weeks");
        app.write("4");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> labelText("case-reflection-summary").contains("met 4 weken verlenging"));
        closeApp();
        try (TestVault vault = TestVault.in(data)) {
            ReflectionPeriod saved = desk(vault).reflectionOf(c.id()).orElseThrow();
            assertThat(saved.extension()).isEqualTo(Period.ofWeeks(4));
            assertThat(saved.end()).isEqualTo(start.plus(Period.ofMonths(3).plusDays(28)));
        }
    }

    @Test
    void aCaseIsClosedWithAReasonAndReopened() throws Exception {
        data = dir.resolve("data");
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault);
        }
        openCase();
        // Closing without a reason is refused in words; the case stays open.
        focus("case-close-reason");
        app.type(KeyCode.ENTER);
        assertThat(app.<Label>waitFor("case-state-error").getText()).startsWith("Vul eerst iets in.");
        assertThat(app.<Label>waitFor("case-status").getText()).isEqualTo("Open");
        app.write("Teruggekeerd naar familie, hulp afgerond");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> labelText("case-status").equals("Gesloten"));
        app.waitUntil(() -> labelText("case-close-reason-text")
                .equals("Gesloten. Reden: Teruggekeerd naar familie, hulp afgerond"));
        assertThat(app.showing("case-start-intake")).as("no new intake on a closed case").isFalse();
        app.runOnFx(() -> nl.baken.ui.Controls.ensureVisible(app.waitFor("case-reopen")));
        app.screenshot("case-closed");
        focus("case-reopen");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> labelText("case-status").equals("Open"));
        assertThat(app.showing("case-close")).isTrue();
        closeApp();
        try (TestVault vault = TestVault.in(data)) {
            assertThat(vault.intakes().caseFile(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
            assertThat(desk(vault).closeReason(c.id())).contains("Teruggekeerd naar familie, hulp afgerond");
            assertThat(vault.audit().entries()).extracting(AuditEvent::event)
                    .containsSubsequence("CASE_CLOSE", "CASE_REOPEN");
        }
    }

    @Test
    void theAliasShowsOnlyWhenAskedAndIsChangedWithTheKeyboard() throws Exception {
        data = dir.resolve("data");
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault);
        }
        openCase();
        app.waitFor("case-alias-show");
        assertThat(app.showing("case-alias-field")).isFalse();
        assertThat(app.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Andrei")).tryQuery()).as("no alias on the page before Show").isEmpty();
        focus("case-alias-show");
        app.type(KeyCode.ENTER);
        javafx.scene.control.TextField field = app.waitFor("case-alias-field");
        app.waitUntil(() -> "Andrei".equals(field.getText()) && field.isFocused());
        app.runOnFx(field::selectAll);
        app.write("Andrej");
        app.type(KeyCode.ENTER);
        app.waitFor("case-state-notice");
        assertThat(app.showing("case-alias-field")).as("hidden again once saved").isFalse();
        closeApp();
        try (TestVault vault = TestVault.in(data)) {
            assertThat(vault.intakes().caseFile(c.id()).orElseThrow().alias()).contains("Andrej");
            assertThat(vault.audit().entries()).extracting(AuditEvent::event).contains("CASE_ALIAS");
        }
    }

    @Test
    void aCaseIsHandedOverToAColleagueAfterAConfirmation() throws Exception {
        data = dir.resolve("data");
        String colleague;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault);
            colleague = vault.open().addWorker("Sanne", "another long passphrase here".toCharArray());
        }
        openCase();
        assertThat(app.<Label>waitFor("case-worker").getText()).isEqualTo("Behandelaar: tester");
        ComboBox<CaseStateViewModel.Worker> to = app.waitFor("case-handover-worker");
        app.waitUntil(() -> to.getItems().size() == 1);
        assertThat(to.getItems().get(0).name()).isEqualTo("Sanne");
        focus("case-handover-worker");
        app.runOnFx(() -> to.getSelectionModel().select(0));
        focus("case-handover");
        app.type(KeyCode.ENTER);
        Label question = app.waitFor("case-handover-question");
        assertThat(question.getText()).isEqualTo("Dit dossier overdragen aan Sanne? Sanne wordt dan de behandelaar.");
        app.runOnFx(() -> nl.baken.ui.Controls.ensureVisible(app.waitFor("case-handover-cancel")));
        app.screenshot("case-handover-confirm");
        // The confirmation takes the focus: Enter hands the case over.
        app.waitUntil(() -> {
            var owner = app.stage().getScene().getFocusOwner();
            return owner != null && "case-handover-confirm".equals(owner.getId());
        });
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> labelText("case-worker").equals("Behandelaar: Sanne"));
        closeApp();
        try (TestVault vault = TestVault.in(data)) {
            assertThat(vault.intakes().caseFile(c.id()).orElseThrow().workerId()).isEqualTo(colleague);
            assertThat(vault.audit().entries()).filteredOn(e -> e.event().equals("CASE_HANDOVER")).singleElement()
                    .satisfies(e -> assertThat(e.workerId()).isEqualTo(vault.open().workerId()));
        }
    }
}
