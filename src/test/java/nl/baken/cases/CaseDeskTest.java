package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.baken.audit.AuditEvent;
import nl.baken.audit.AuditLog;
import nl.baken.intake.IntakeService;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.store.Store;
import nl.baken.support.MovableClock;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case desk on a real encrypted vault: tasks, notes, reflection periods, close, hand-over, timeline, search. */
class CaseDeskTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 15 June 2026, 12:00 in Amsterdam. */
    private static final Instant NOON = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(NOON, AMSTERDAM);
    private TestVault vault;
    private CaseDesk desk;
    private IntakeService intakes;
    private AuditLog audit;

    @BeforeEach
    void open() {
        vault = TestVault.in(dir);
        build();
    }

    private void build() {
        Store store = vault.open().store();
        JooqCaseRepository cases = new JooqCaseRepository(store);
        audit = new AuditLog(store, clock);
        Supplier<Map<String, String>> workers = () -> Map.of("w1", "anna", "w2", "bea");
        desk = CaseDesk.on(store, cases, audit, clock, workers);
        intakes = new IntakeService(store, cases, new JooqIntakeRepository(store), new QuestionnaireLibrary(null), desk,
                audit, clock, new SecureRandom());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private CaseFile newCase(String alias) {
        return intakes.createCase(Optional.ofNullable(alias), "w1");
    }

    @Test
    void openTasksAreListedByDueDateWithTheirCaseAndCountedForToday() {
        CaseFile a = newCase("Ola");
        CaseFile b = newCase(null);
        CaseTask late = desk.addTask(a.id(), TODAY.minusDays(1), Optional.empty(), "Bel de opvang terug", "w1");
        CaseTask morning = desk.addTask(b.id(), TODAY, Optional.of(LocalTime.of(9, 0)), "Afspraak politie", "w1");
        CaseTask today = desk.addTask(a.id(), TODAY, Optional.empty(), "Advocaat mailen", "w1");
        CaseTask later = desk.addTask(b.id(), TODAY.plusDays(3), Optional.empty(), "Huisarts", "w1");

        assertThat(desk.openTasks(Optional.empty())).extracting(t -> t.task().id(), TaskWithCase::caseReference,
                        TaskWithCase::urgency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(late.id(), a.reference(), TaskUrgency.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple(morning.id(), b.reference(), TaskUrgency.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple(today.id(), a.reference(), TaskUrgency.DUE_TODAY),
                        org.assertj.core.groups.Tuple.tuple(later.id(), b.reference(), TaskUrgency.LATER));
        assertThat(desk.openTasks(Optional.of(TODAY))).extracting(t -> t.task().id()).containsExactly(late.id());
        assertThat(desk.dueTasks(10)).extracting(t -> t.task().id()).containsExactly(late.id(), morning.id(), today.id());
        assertThat(desk.dueTasks(2)).as("the database stops at the limit").extracting(t -> t.task().id())
                .containsExactly(late.id(), morning.id());
        assertThat(desk.counts()).isEqualTo(new DeskCounts(2, 1, 0));

        desk.markDone(late.id(), "w1");
        assertThat(desk.counts()).isEqualTo(new DeskCounts(1, 1, 0));
        assertThat(desk.task(late.id()).orElseThrow().doneAt()).isPresent();
        assertThat(desk.openTasks(Optional.empty())).extracting(t -> t.task().id()).doesNotContain(late.id());
        desk.markUndone(late.id(), "w1");
        assertThat(desk.counts()).isEqualTo(new DeskCounts(2, 1, 0));

        CaseTask edited = desk.editTask(later.id(), TODAY, Optional.empty(), "Huisarts bellen", "w1");
        assertThat(edited.text()).isEqualTo("Huisarts bellen");
        assertThat(desk.counts()).isEqualTo(new DeskCounts(2, 2, 0));

        clock.move(Duration.ofHours(12)); // 00:00 on the 16th in Amsterdam: everything of the 15th is overdue
        assertThat(desk.counts()).isEqualTo(new DeskCounts(4, 0, 0));

        vault.reopen();
        build();
        assertThat(desk.tasksOf(a.id())).extracting(CaseTask::text).containsExactly("Bel de opvang terug",
                "Advocaat mailen");
    }

    @Test
    void theCaseListRowShowsTheNextDueDateIntakesAndLastActivityWithoutOpeningAnything() {
        CaseFile a = newCase("Ola");
        assertThat(desk.summary(a.id()).orElseThrow().nextDue()).isEmpty();
        clock.move(Duration.ofMinutes(5));
        desk.addTask(a.id(), TODAY.plusDays(9), Optional.empty(), "later", "w1");
        CaseTask first = desk.addTask(a.id(), TODAY.plusDays(2), Optional.empty(), "sooner", "w1");
        CaseSummary row = desk.summary(a.id()).orElseThrow();
        assertThat(row.nextDue()).contains(TODAY.plusDays(2));
        assertThat(row.intakes()).isZero();
        assertThat(row.lastActivityAt().toInstant()).isEqualTo(NOON.plus(Duration.ofMinutes(5)));
        desk.markDone(first.id(), "w1");
        assertThat(desk.summary(a.id()).orElseThrow().nextDue()).contains(TODAY.plusDays(9));
        assertThat(desk.summaries()).extracting(CaseSummary::id).containsExactly(a.id());
    }

    @Test
    void aCaseIsClosedWithAReasonAndReopenedAndTheAuditLogHoldsIdsOnly() {
        CaseFile a = newCase("Ola");
        desk.close(a.reference(), "Verhuisd naar andere regio", "w1");
        CaseSummary closed = desk.summary(a.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isPresent();
        assertThat(desk.closeReason(a.id())).contains("Verhuisd naar andere regio");

        desk.reopen(a.id(), "w1");
        CaseSummary reopened = desk.summary(a.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(reopened.closedAt()).isEmpty();

        List<AuditEvent> log = audit.entries();
        assertThat(log).extracting(AuditEvent::event).endsWith("CASE_CLOSE", "CASE_REOPEN");
        assertThat(log).extracting(AuditEvent::subject).allSatisfy(s -> assertThat(String.valueOf(s))
                .doesNotContain("regio").doesNotContain("Ola"));
        assertThat(audit.firstBrokenEntry()).isEmpty();
    }

    @Test
    void aCaseIsHandedToAnotherWorkerOfThisVault() {
        CaseFile a = newCase(null);
        desk.handOver(a.id(), "w2", "w1");
        assertThat(desk.summary(a.id()).orElseThrow().workerId()).isEqualTo("w2");
        AuditEvent last = audit.entries().get(audit.entries().size() - 1);
        assertThat(last.event()).isEqualTo("CASE_HANDOVER");
        assertThat(last.subject()).isEqualTo(a.id() + "/w2");
        assertThat(last.workerId()).isEqualTo("w1");
        assertThat(desk.workers()).containsKeys("w1", "w2");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        CaseFile a = newCase(null);
        CaseTask t = desk.addTask(a.id(), TODAY, Optional.empty(), "ok", "w1");
        int entries = audit.entries().size();

        assertRefused(() -> desk.addTask(a.id(), TODAY, Optional.empty(), "   ", "w1"), CaseDeskException.Reason.EMPTY_TEXT);
        assertRefused(() -> desk.addTask(a.id(), TODAY, Optional.empty(), "x".repeat(CaseTask.MAX_TEXT + 1), "w1"),
                CaseDeskException.Reason.TEXT_TOO_LONG);
        assertRefused(() -> desk.addTask(a.id(), TODAY, Optional.empty(), "a\nb", "w1"),
                CaseDeskException.Reason.INVALID_TEXT);
        assertRefused(() -> desk.addTask("no-such-case", TODAY, Optional.empty(), "ok", "w1"),
                CaseDeskException.Reason.UNKNOWN_CASE);
        assertRefused(() -> desk.markDone("no-such-task", "w1"), CaseDeskException.Reason.UNKNOWN_TASK);
        assertRefused(() -> desk.editTask(t.id(), TODAY, Optional.empty(), "", "w1"), CaseDeskException.Reason.EMPTY_TEXT);
        assertRefused(() -> desk.addNote(a.id(), "x".repeat(CaseNote.MAX_TEXT + 1), "w1"),
                CaseDeskException.Reason.TEXT_TOO_LONG);
        assertRefused(() -> desk.close(a.id(), "", "w1"), CaseDeskException.Reason.EMPTY_TEXT);
        assertRefused(() -> desk.close(a.id(), "x".repeat(CaseDesk.MAX_REASON + 1), "w1"),
                CaseDeskException.Reason.TEXT_TOO_LONG);
        assertRefused(() -> desk.reopen(a.id(), "w1"), CaseDeskException.Reason.NOT_CLOSED);
        assertRefused(() -> desk.handOver(a.id(), "w9", "w1"), CaseDeskException.Reason.UNKNOWN_WORKER);
        assertRefused(() -> desk.extendReflection(a.id(), Period.ofMonths(1), "w1"),
                CaseDeskException.Reason.NO_REFLECTION_PERIOD);
        assertThat(audit.entries()).hasSize(entries);

        desk.close(a.id(), "klaar", "w1");
        assertRefused(() -> desk.close(a.id(), "nog eens", "w1"), CaseDeskException.Reason.ALREADY_CLOSED);
        assertThat(desk.closeReason(a.id())).contains("klaar");
        desk.setReflection(a.id(), TODAY, ReflectionStatus.RUNNING, "w1");
        assertRefused(() -> desk.extendReflection(a.id(), Period.ofDays(-1), "w1"), CaseDeskException.Reason.BAD_EXTENSION);
        assertThat(desk.reflectionOf(a.id()).orElseThrow().extension()).isEqualTo(Period.ZERO);
        assertThat(desk.tasksOf(a.id())).extracting(CaseTask::text).containsExactly("ok");
        assertThat(desk.notesOf(a.id())).isEmpty();
        assertThat(desk.summary(a.id()).orElseThrow().workerId()).isEqualTo("w1");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      CaseDeskException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CaseDeskException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void aReflectionPeriodStartedElevenWeeksAgoIsListedWithItsReminder() {
        CaseFile a = newCase(null);
        CaseFile b = newCase(null);
        CaseFile c = newCase(null);
        LocalDate elevenWeeksAgo = TODAY.minusWeeks(11); // 30 March: ends 30 June, 15 days from today
        desk.setReflection(a.id(), elevenWeeksAgo, ReflectionStatus.RUNNING, "w1");
        desk.setReflection(b.id(), TODAY.minusWeeks(2), ReflectionStatus.RUNNING, "w1");
        desk.setReflection(c.id(), elevenWeeksAgo, ReflectionStatus.ENDED, "w1");

        List<ReflectionDeadline> soon = desk.endingSoon(10);
        assertThat(soon).hasSize(1);
        assertThat(desk.endingSoon(0)).isEmpty();
        ReflectionDeadline d = soon.get(0);
        assertThat(d.caseReference()).isEqualTo(a.reference());
        assertThat(d.end()).isEqualTo("2026-06-30");
        assertThat(d.daysLeft()).isEqualTo(15);
        assertThat(d.reminder()).contains(ReflectionReminder.FOUR_WEEKS);
        assertThat(desk.deadlines()).extracting(ReflectionDeadline::caseReference)
                .containsExactly(a.reference(), b.reference());
        assertThat(desk.counts().reflectionsEndingSoon()).isEqualTo(1);

        clock.move(Duration.ofDays(1));
        assertThat(desk.endingSoon(10).get(0).reminder()).contains(ReflectionReminder.TWO_WEEKS);

        desk.extendReflection(a.id(), Period.ofMonths(1), "w1");
        assertThat(desk.reflectionOf(a.id()).orElseThrow().end()).isEqualTo("2026-07-30");
        assertThat(desk.endingSoon(10)).isEmpty();
        desk.setReflectionStatus(a.id(), ReflectionStatus.PERMIT_APPLIED, "w1");
        assertThat(desk.deadlines()).extracting(ReflectionDeadline::caseReference).containsExactly(b.reference());
        assertThat(audit.entries()).extracting(AuditEvent::event)
                .contains("REFLECTION_SET", "REFLECTION_EXTEND", "REFLECTION_STATUS");
    }

    @Test
    void theTimelineTellsWhatHappenedToOneCaseInOrder() {
        CaseFile a = newCase(null);
        CaseFile other = newCase(null);
        clock.move(Duration.ofMinutes(1));
        CaseTask t = desk.addTask(a.id(), TODAY, Optional.empty(), "bellen", "w1");
        clock.move(Duration.ofMinutes(1));
        CaseNote n = desk.addNote(a.id(), "Gesprek ging goed", "w1");
        desk.addNote(other.id(), "andere casus", "w1");
        clock.move(Duration.ofMinutes(1));
        desk.markDone(t.id(), "w1");
        clock.move(Duration.ofMinutes(1));
        desk.close(a.id(), "klaar", "w1");

        assertThat(desk.timeline(a.id())).extracting(TimelineEntry::event, TimelineEntry::subjectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CASE_CREATE", a.id()),
                        org.assertj.core.groups.Tuple.tuple("TASK_ADD", t.id()),
                        org.assertj.core.groups.Tuple.tuple("NOTE_ADD", n.id()),
                        org.assertj.core.groups.Tuple.tuple("TASK_DONE", t.id()),
                        org.assertj.core.groups.Tuple.tuple("CASE_CLOSE", a.id()));
    }

    @Test
    void searchFindsCasesByPartOfTheAliasANoteOrTheReferenceIgnoringCase() {
        CaseFile ola = newCase("Ola Kowalska");
        CaseFile sam = newCase("Sam");
        CaseFile none = newCase(null);
        desk.addNote(none.id(), "Werkte in de kassen bij Westland", "w1");
        desk.addTask(sam.id(), TODAY.minusDays(1), Optional.empty(), "bellen", "w1");
        desk.close(ola.id(), "verhuisd", "w1");

        assertThat(desk.search("kowal", Optional.empty(), false)).extracting(CaseSummary::id).containsExactly(ola.id());
        assertThat(desk.search("WESTLAND", Optional.empty(), false)).extracting(CaseSummary::id)
                .containsExactly(none.id());
        assertThat(desk.search(sam.reference().substring(3).toLowerCase(java.util.Locale.ROOT), Optional.empty(),
                false)).extracting(CaseSummary::id).containsExactly(sam.id());
        assertThat(desk.search("a", Optional.of(CaseStatus.CLOSED), false)).extracting(CaseSummary::id)
                .containsExactly(ola.id());
        assertThat(desk.search("", Optional.empty(), true)).extracting(CaseSummary::id).containsExactly(sam.id());
        assertThat(desk.search("nobody", Optional.empty(), false)).isEmpty();
        assertThat(desk.searchTexts()).filteredOn(s -> s.caseId().equals(none.id())).singleElement()
                .satisfies(s -> assertThat(s.notes()).containsExactly("Werkte in de kassen bij Westland"));
        assertThat(desk.aliases()).containsEntry(ola.id(), "Ola Kowalska").doesNotContainKey(none.id());
    }

    @Test
    void searchFindsByEveryWordIgnoringAccentsExactlyAsTheAppsIndex() {
        CaseFile zoe = newCase("Zoë Ândrade");
        CaseFile ola = newCase("Ola Kowalska");
        CaseFile none = newCase(null);
        desk.addNote(ola.id(), "Werkte bij een nagelstudio in Zoetermeer", "w1");
        desk.addNote(none.id(), "Café Ñandú, Rotterdam", "w1");
        CaseSearchIndex index = new CaseSearchIndex();
        index.fill(desk.searchTexts().stream()
                .collect(java.util.stream.Collectors.toMap(CaseSearchText::caseId, CaseSearchText::entry)));

        assertThat(desk.search("zoe andr", Optional.empty(), false)).extracting(CaseSummary::id)
                .containsExactly(zoe.id());
        assertThat(desk.search("ANDRADE zoë", Optional.empty(), false)).extracting(CaseSummary::id)
                .containsExactly(zoe.id());
        assertThat(desk.search("cafe nandu", Optional.empty(), false)).extracting(CaseSummary::id)
                .containsExactly(none.id());
        for (String query : List.of("zoe", "zoë", "ZOE", "kowalska zoetermeer", "ola zoe", "nandu", "ñ", " ",
                "rotterdam café", "nobody", zoe.reference().substring(3), "a")) {
            assertThat(desk.search(query, Optional.empty(), false)).extracting(CaseSummary::id).as(query)
                    .containsExactlyInAnyOrderElementsOf(index.search(query));
        }
    }
}
