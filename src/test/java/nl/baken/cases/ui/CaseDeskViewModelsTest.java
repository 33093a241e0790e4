package nl.baken.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.cases.ReflectionStatus;
import nl.baken.cases.TaskUrgency;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case page's desk models without an FX toolkit: bad input refused in words with nothing saved; good input saved. */
class CaseDeskViewModelsTest {

    private final Messages en = Messages.of("en");

    @TempDir
    Path dir;

    private static CaseDesk desk(TestVault vault) {
        var store = vault.open().store();
        return CaseDesk.on(store, new JooqCaseRepository(store), vault.audit(), Clock.systemDefaultZone(),
                vault.open()::workers);
    }

    @Test
    void aTaskWithADayThatDoesNotExistOrABadTimeIsRefusedAndNothingIsSaved() {
        try (TestVault vault = TestVault.in(dir)) {
            CaseDesk desk = desk(vault);
            CaseFile c = vault.intakes().createCase(Optional.empty(), "w1");
            AtomicInteger changes = new AtomicInteger();
            CaseTasksViewModel vm = new CaseTasksViewModel(desk, BackgroundTasks.sameThread(), en, c.id(), "w1",
                    changes::incrementAndGet);
            vm.load();
            vm.textProperty().set("Call the shelter back");
            vm.dueTextProperty().set("31-02-2027");
            vm.add();
            assertThat(vm.errorProperty().get()).startsWith("This is not a date.");
            vm.dueTextProperty().set(DateTimes.typed(LocalDate.now().plusDays(3)));
            vm.timeTextProperty().set("25:00");
            vm.add();
            assertThat(vm.errorProperty().get()).startsWith("This is not a time.");
            assertThat(desk.tasksOf(c.id())).isEmpty();
            assertThat(changes).hasValue(0);
            assertThat(vm.textProperty().get()).as("the fields keep what was typed").isEqualTo("Call the shelter back");

            vm.timeTextProperty().set("9:30");
            vm.add();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.rows()).singleElement().satisfies(r -> {
                assertThat(r.text()).isEqualTo("Call the shelter back");
                assertThat(r.urgency()).isEqualTo(TaskUrgency.LATER);
                assertThat(r.due()).endsWith("09:30");
            });
            assertThat(vm.textProperty().get()).isEmpty();
            assertThat(changes).hasValue(1);

            vm.toggle(vm.rows().get(0));
            assertThat(vm.rows().get(0).done()).isTrue();
            assertThat(vm.rows().get(0).urgencyText()).isEqualTo("Done");
            vm.toggle(vm.rows().get(0));
            assertThat(desk.tasksOf(c.id())).singleElement().satisfies(t -> assertThat(t.done()).isFalse());
        }
    }

    @Test
    void anEmptyNoteAndAnEmptyCloseReasonAreRefusedInWords() {
        try (TestVault vault = TestVault.in(dir)) {
            CaseDesk desk = desk(vault);
            CaseFile c = vault.intakes().createCase(Optional.empty(), "w1");
            CaseNotesViewModel notes = new CaseNotesViewModel(desk, BackgroundTasks.sameThread(), en, c.id(), "w1",
                    id -> "Tester", () -> { });
            notes.textProperty().set("   ");
            notes.add();
            assertThat(notes.errorProperty().get()).isEqualTo("Please write something first. Nothing has been saved.");
            assertThat(desk.notesOf(c.id())).isEmpty();
            notes.textProperty().set("Wants to think it over; call next week.");
            notes.add();
            assertThat(notes.rows()).singleElement().extracting(CaseNotesViewModel.Row::text)
                    .isEqualTo("Wants to think it over; call next week.");

            AtomicInteger redrawn = new AtomicInteger();
            CaseStateViewModel state = new CaseStateViewModel(desk, null, BackgroundTasks.sameThread(), en, c.id(),
                    "w1", false, redrawn::incrementAndGet);
            state.close();
            assertThat(state.errorProperty().get()).startsWith("Please write something first.");
            assertThat(redrawn).hasValue(0);
            state.askHandOver();
            assertThat(state.errorProperty().get()).isEqualTo("First choose the colleague who takes the case over.");
        }
    }

    @Test
    void aReflectionStartThatIsNoDateOrAnExtensionThatIsNoNumberChangesNothing() {
        try (TestVault vault = TestVault.in(dir)) {
            CaseDesk desk = desk(vault);
            CaseFile c = vault.intakes().createCase(Optional.empty(), "w1");
            ReflectionViewModel vm = new ReflectionViewModel(desk, BackgroundTasks.sameThread(), en, c.id(), "w1",
                    () -> { });
            vm.load();
            assertThat(vm.summaryProperty().get()).isEqualTo("No reflection period recorded yet.");
            vm.startTextProperty().set("2027-01-31");
            vm.save();
            assertThat(vm.errorProperty().get()).startsWith("This is not a date.");
            assertThat(desk.reflectionOf(c.id())).isEmpty();
            vm.startTextProperty().set("31-01-2027");
            vm.statusProperty().set(ReflectionStatus.RUNNING);
            vm.save();
            // 31 January + 3 months is 30 April (the month's last day), computed by the domain.
            assertThat(vm.summaryProperty().get()).isEqualTo(
                    "Started 31 January 2027, ends 30 April 2027 (no extension). Status: running.");
            vm.extensionWeeksProperty().set("two");
            vm.extend();
            assertThat(vm.errorProperty().get()).startsWith("Write the extension as a whole number of weeks");
            assertThat(desk.reflectionOf(c.id()).orElseThrow().extension().isZero()).isTrue();
        }
    }
}
