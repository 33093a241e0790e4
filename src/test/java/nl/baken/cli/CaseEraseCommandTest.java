package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import nl.baken.session.UnlockedServices;
import nl.baken.store.generated.Tables;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baken case erase} and {@code baken case list --due-for-erasure}: without {@code --yes} one line and nothing
 * erased (exit 2, before the vault opens); with it the case is gone and the line says what was lost; an unknown case
 * is one line, exit 1; the list shows the closed cases past the retention term, and only those.
 */
class CaseEraseCommandTest {

    private static final String PASS = "a long passphrase here";
    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));
    private static final String QUESTIONNAIRE = PROJECT.resolve("seeds/questionnaires/short-intake.yaml").toString();
    private static final String ANSWERS = PROJECT.resolve("docs/examples/short-intake-answers-sample.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void erasesOnlyWhenConfirmedAndListsTheCasesDueForErasure() {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
        String old = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", ANSWERS).out().strip();
        String recent = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", ANSWERS).out().strip();
        String list = run("case", "list").out();
        String oldRef = referenceOf(list, old);
        String recentRef = referenceOf(list, recent);
        // Both closed, one of them 25 months ago: only that one is past the default term of 24 months.
        OffsetDateTime longAgo = OffsetDateTime.now().minusMonths(25).withHour(12);
        try (UnlockedServices session = UnlockedServices.open(new Vault(new DataDirectory(dir)).unlock("anna",
                PASS.toCharArray()), Clock.systemDefaultZone(), null)) {
            session.desk().close(old, "Verhuisd", session.workerId());
            session.desk().close(recent, "Verhuisd", session.workerId());
            session.vault().store().dsl().update(Tables.CASE_FILE).set(Tables.CASE_FILE.CLOSED_AT, longAgo)
                    .where(Tables.CASE_FILE.ID.eq(old)).execute();
        }
        Cli.Result due = run("case", "list", "--due-for-erasure");
        assertThat(due.exit()).isZero();
        assertThat(due.out()).isEqualTo(old + "\t" + oldRef + "\t" + longAgo.toLocalDate() + "\t"
                + longAgo.toLocalDate().plusMonths(24) + "\n");

        Cli.Result unconfirmed = run("case", "erase", oldRef);
        assertThat(unconfirmed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.err()).isEqualTo("Erasing cannot be undone. Nothing was erased; confirm with --yes.\n");

        Cli.Result erased = run("case", "erase", oldRef, "--yes");
        assertThat(erased.exit()).as(erased.err()).isZero();
        assertThat(erased.out()).matches("Case " + oldRef + " has been erased \\(1 intake, [0-9]+ answers, [0-9]+ consent "
                + "decisions?, 0 referrals, [0-9]+ tasks?, 0 notes\\)\\. The audit log keeps only that it was erased, by "
                + "whom and when\\.\n");
        assertThat(run("case", "list").out()).doesNotContain(oldRef).contains(recentRef);

        Cli.Result again = run("case", "erase", oldRef, "--yes");
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).isEqualTo("There is no case with this id or reference. See: baken case list\n");

        // The erased case's entries outlive it and name it by id: its id still selects them, its reference is gone.
        Cli.Result trail = run("audit", "list", "--case", old);
        assertThat(trail.exit()).as(trail.err()).isZero();
        assertThat(trail.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\t" + old + "\t"))
                .anySatisfy(l -> assertThat(l).contains("\tCASE_ERASED\t"));
        assertThat(run("audit", "list", "--case", oldRef).exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("audit", "list", "--case", "00000000-0000-0000-0000-000000000000").err())
                .isEqualTo("There is no case with this id or reference. See: baken case list\n");
    }

    private static String referenceOf(String list, String id) {
        return list.lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow().split("\t")[1];
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--lang", "en"}, 0, all, args.length, 4);
        return Cli.run(PASS + "\n", all);
    }
}
