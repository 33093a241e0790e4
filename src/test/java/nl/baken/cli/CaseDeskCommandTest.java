package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.baken.cases.ReflectionStatus;
import nl.baken.session.UnlockedServices;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case desk's commands: show, search, task add/done, tasks, deadlines, close, reopen, and their refusals. */
class CaseDeskCommandTest {

    private static final String PASS = "a long passphrase here";
    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));
    private static final String QUESTIONNAIRE = PROJECT.resolve("seeds/questionnaires/short-intake.yaml").toString();
    private static final String ANSWERS = PROJECT.resolve("docs/examples/short-intake-answers-sample.yaml").toString();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path dir;
    private String id;
    private String reference;

    @BeforeEach
    void aCase() {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
        id = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", ANSWERS).out().strip();
        reference = run("case", "list").out().split("\t")[1];
    }

    private Cli.Result run(String... args) {
        return runWith(PASS + "\n", args);
    }

    private Cli.Result runWith(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--lang", "en"}, 0, all, args.length, 4);
        return Cli.run(stdin, all);
    }

    private UnlockedServices session() {
        return UnlockedServices.open(new Vault(new DataDirectory(dir)).unlock("anna", PASS.toCharArray()),
                Clock.systemDefaultZone(), null);
    }

    @Test
    void aTaskIsAddedListedAndDone() {
        Cli.Result added = run("case", "task", "add", reference, "--due", "2026-12-24", "--text", "Bel de opvang");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).matches(UUID + "\n");
        String task = added.out().strip();
        Cli.Result piped = runWith(PASS + "\nAfspraak politie\n", "case", "task", "add", id, "--due", "2026-12-27",
                "--text", "-");
        assertThat(piped.exit()).as(piped.err()).isZero();
        String second = piped.out().strip();

        assertThat(run("case", "tasks").out()).isEqualTo("2026-12-24\t" + reference + "\t" + task + "\tBel de opvang\n"
                + "2026-12-27\t" + reference + "\t" + second + "\tAfspraak politie\n");
        assertThat(run("case", "tasks", "--due-before", "2026-12-24").out()).isEmpty();
        assertThat(run("case", "tasks", "--due-before", "2026-12-25").out()).startsWith("2026-12-24\t")
                .doesNotContain(second);

        Cli.Result done = run("case", "task", "done", task);
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).isEqualTo("Task " + task + " is done.\n");
        assertThat(run("case", "tasks").out()).doesNotContain(task).contains(second);
        Cli.Result again = run("case", "task", "done", task);
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).isEqualTo("Task " + task + " is done already. Nothing was changed.\n");
    }

    @Test
    void badTaskInputIsOneLineAndChangesNothing() {
        Cli.Result badDate = run("case", "task", "add", id, "--due", "2026-02-30", "--text", "x");
        assertThat(badDate.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).isEqualTo("Not a date: \"2026-02-30\". Write it as YYYY-MM-DD, e.g. 2026-12-24. "
                + "Nothing was changed.\n");
        Cli.Result dutch = Cli.run(PASS + "\n", "case", "task", "add", id, "--due", "24-12-2026", "--text", "x",
                "--data-dir", dir.toString(), "--lang", "nl");
        assertThat(dutch.err()).startsWith("Geen datum: \"24-12-2026\".");
        Cli.Result empty = run("case", "task", "add", id, "--due", "2026-12-24", "--text", "  ");
        assertThat(empty.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(empty.err()).isEqualTo("The text is empty. Nothing was changed.\n");
        Cli.Result tooLong = run("case", "task", "add", id, "--due", "2026-12-24", "--text", "x".repeat(201));
        assertThat(tooLong.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(tooLong.err()).isEqualTo("The text has more than 200 characters: write a short summary. "
                + "Nothing was changed.\n");
        Cli.Result tooLongPiped = runWith(PASS + "\n" + "y".repeat(201) + "\n", "case", "task", "add", id, "--due",
                "2026-12-24", "--text", "-");
        assertThat(tooLongPiped.exit()).isEqualTo(ExitCodes.FAILURE);
        Cli.Result noLine = run("case", "task", "add", id, "--due", "2026-12-24", "--text", "-");
        assertThat(noLine.err()).isEqualTo("No text was given (the line after the passphrase). Nothing was changed.\n");
        Cli.Result unknown = run("case", "task", "add", "BK-2000-XXXXX", "--due", "2026-12-24", "--text", "x");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).isEqualTo("There is no case with this id or reference. See: baken case list\n");
        Cli.Result unknownTask = run("case", "task", "done", "no-such-task");
        assertThat(unknownTask.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknownTask.err()).startsWith("There is no task with this id.");
        Cli.Result badBefore = run("case", "tasks", "--due-before", "tomorrow");
        assertThat(badBefore.exit()).isEqualTo(ExitCodes.USAGE);
        for (Cli.Result r : new Cli.Result[] {badDate, dutch, empty, tooLong, tooLongPiped, noLine, unknown}) {
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).hasSize(1);
        }
        assertThat(run("case", "tasks").out()).isEmpty();
    }

    @Test
    void aCaseIsClosedWithAReasonAndReopenedOnce() {
        Cli.Result closed = run("case", "close", reference, "--reason", "Verhuisd");
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.out()).isEqualTo("Case " + reference + " has been closed.\n");
        assertThat(run("case", "list").out()).contains("\tclosed\t");
        Cli.Result twice = run("case", "close", id, "--reason", "again");
        assertThat(twice.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(twice.err()).isEqualTo("Case " + reference + " is closed already. Nothing was changed.\n");
        assertThat(run("case", "show", id, "--with-alias").out()).contains("close reason\tVerhuisd\n");

        Cli.Result reopened = run("case", "reopen", id);
        assertThat(reopened.exit()).as(reopened.err()).isZero();
        assertThat(reopened.out()).isEqualTo("Case " + reference + " has been reopened.\n");
        Cli.Result open = run("case", "reopen", id);
        assertThat(open.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(open.err()).isEqualTo("Case " + reference + " is open: only a closed case can be reopened. "
                + "Nothing was changed.\n");
        assertThat(run("case", "list").out()).contains("\topen\t");

        Cli.Result empty = run("case", "close", id, "--reason", "");
        assertThat(empty.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(empty.err()).isEqualTo("The text is empty. Nothing was changed.\n");
        Cli.Result tooLong = run("case", "close", id, "--reason", "r".repeat(501));
        assertThat(tooLong.err()).isEqualTo("The text has more than 500 characters: write a short summary. "
                + "Nothing was changed.\n");
        assertThat(run("case", "list").out()).contains("\topen\t");
        Cli.Result piped = runWith(PASS + "\nNaar huis\n", "case", "close", id, "--reason", "-");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(run("case", "show", id, "--with-alias").out()).contains("close reason\tNaar huis\n");
    }

    @Test
    void searchFindsTheCaseByPartOfItsAliasAndPrintsItAsCaseListDoes() {
        String listLine = run("case", "list").out();
        Cli.Result found = run("case", "search", "SA");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).isEqualTo(listLine).doesNotContain("Sam");
        assertThat(runWith(PASS + "\nsam\n", "case", "search", "-").out()).isEqualTo(listLine);
        assertThat(run("case", "search", reference.substring(3)).out()).isEqualTo(listLine);
        assertThat(run("case", "search", "sam", "--status", "closed").out()).isEmpty();
        assertThat(run("case", "search", "sam", "--status", "open").out()).isEqualTo(listLine);
        assertThat(run("case", "search", "sam", "--due").out()).isEmpty();
        run("case", "task", "add", id, "--due", LocalDate.now().toString(), "--text", "bellen");
        assertThat(run("case", "search", "sam", "--due").out()).isEqualTo(listLine);
        assertThat(run("case", "search", "nobody").out()).isEmpty();
        Cli.Result bad = run("case", "search", "sam", "--status", "gone");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("--status is open or closed.\n");
    }

    @Test
    void searchMatchesWordsIgnoringAccentsAsTheAppsSearchDoes() {
        String listLine = run("case", "list").out();
        Cli.Result renamed = runWith(PASS + "\nZoë Ândrade\n", "case", "alias", id);
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(run("case", "search", "zoe").out()).isEqualTo(listLine);
        assertThat(run("case", "search", "ANDRADE  zo").out()).isEqualTo(listLine);
        assertThat(runWith(PASS + "\nzoë andrade\n", "case", "search", "-").out()).isEqualTo(listLine);
        assertThat(run("case", "search", "zoe sam").out()).isEmpty();
    }

    @Test
    void deadlinesListTheRunningReflectionPeriods() {
        LocalDate start = LocalDate.now().minusWeeks(11);
        try (UnlockedServices s = session()) {
            s.desk().setReflection(id, start, ReflectionStatus.RUNNING, s.workerId());
        }
        LocalDate end = start.plusMonths(3);
        Cli.Result r = run("case", "deadlines");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(end + "\t" + reference + "\t"
                + java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(), end) + "\n");
    }

    @Test
    void showSummarisesTheCaseAndPrintsTheAliasOnlyWhenAsked() {
        run("case", "task", "add", id, "--due", "2030-01-02", "--text", "Huisarts");
        Cli.Result shown = run("case", "show", reference);
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out())
                .startsWith("case\t" + reference + "\t" + id + "\nstatus\topen\t\n")
                .contains("worker\tanna\n")
                .containsPattern("intake\t\\d{4}-\\d\\d-\\d\\d\tintake-kort v2\tfinished\t" + UUID + "\n")
                .containsPattern("task\t2030-01-02\tlater\t" + UUID + "\tHuisarts\n")
                .endsWith("notes\t0\n")
                .doesNotContain("Sam");
        assertThat(run("case", "show", id, "--with-alias").out()).contains("alias\tSam\n");
        Cli.Result unknown = run("case", "show", "nope");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).isEqualTo("There is no case with this id or reference. See: baken case list\n");
    }
}
