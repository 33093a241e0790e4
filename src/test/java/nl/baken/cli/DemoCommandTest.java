package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.baken.session.UnlockedServices;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentRecord;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeStatus;
import nl.baken.questionnaire.AnswerState;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final String PASS = "a long passphrase here";

    @TempDir
    Path dir;

    @Test
    void demoCasesAreFictionalVariedAndTheSameForTheSameSeed() {
        Map<String, String> first = demo(dir.resolve("a"), 20, 7);
        Map<String, String> second = demo(dir.resolve("b"), 20, 7);
        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(first.keySet()).anyMatch(a -> a.startsWith("Demo 001 ")).anyMatch(a -> a.startsWith("Demo 020 "))
                .allMatch(a -> a.matches("Demo \\d{3} \\p{L}+ \\p{Lu}\\."));
        assertThat(demo(dir.resolve("c"), 20, 8)).isNotEqualTo(first);

        Cli.Result list = Cli.run(PASS + "\n", "case", "list", "--data-dir", dir.resolve("a").toString());
        assertThat(list.out().lines()).hasSize(20).allMatch(l -> l.split("\t").length == 5);
    }

    @Test
    void theRequestedCountIsMadeInBatchesWithABarOnStderrAndNothingPersonalOnEitherStream() throws Exception {
        Path data = dir.resolve("many");
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", data.toString());
        int count = nl.baken.intake.DemoCases.CASES_PER_COMMIT + 7;
        Cli.Result r = Cli.run(PASS + "\n", "demo", "--cases", Integer.toString(count), "--seed", "3", "--progress",
                "--data-dir", data.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(count + " demo cases added. Their names and answers are invented.\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(data.resolve("baken.mv.db"))))
                .as("H2 writes the compacted copy under the umask; it is made owner-only").isEqualTo("rw-------");
        assertThat(r.err()).contains("] " + nl.baken.intake.DemoCases.CASES_PER_COMMIT + "/" + count + " ")
                .contains("] " + count + "/" + count + " ").doesNotContain("Demo ");
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow().strip())
                .matches("\\d[\\d,]* demo cases in \\d+ s\\.");
        try (UnlockedServices s = UnlockedServices.open(new Vault(new DataDirectory(data)).unlock("anna",
                PASS.toCharArray()), Clock.systemUTC(), null)) {
            assertThat(s.intakes().cases()).hasSize(count);
            // Spread over the past: the oldest case is weeks before the newest, and none is in the future.
            var dates = s.intakes().cases().stream().map(CaseFile::createdAt).sorted().toList();
            assertThat(dates.get(0)).isBefore(dates.get(dates.size() - 1).minusDays(14));
            assertThat(dates.get(dates.size() - 1)).isBeforeOrEqualTo(java.time.OffsetDateTime.now());
            assertThat(s.referrals().referableCases()).isNotEmpty();
        }
        // Closed with compaction after the run, the vault opens and checks clean.
        Cli.Result check = Cli.run(PASS + "\n", "vault", "check", "--data-dir", data.toString(), "--lang", "en");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("OK");
    }

    @Test
    void aCountOutOfRangeIsAUsageError() {
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString());
        Cli.Result r = Cli.run(PASS + "\n", "demo", "--cases", "0", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("--cases is a number from 1 to 100000.\n");
    }

    /** Runs the demo on a new vault; returns per alias a description of its intakes, answers and consents. */
    private static Map<String, String> demo(Path data, int cases, long seed) {
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", data.toString());
        Cli.Result r = Cli.run(PASS + "\n", "demo", "--cases", Integer.toString(cases), "--seed", Long.toString(seed),
                "--data-dir", data.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(cases + " demo cases added. Their names and answers are invented.\n");
        Map<String, String> described = new TreeMap<>();
        Set<AnswerState> states = EnumSet.noneOf(AnswerState.class);
        Set<String> shapes = new java.util.TreeSet<>();
        try (UnlockedServices s = UnlockedServices.open(new Vault(new DataDirectory(data)).unlock("anna", PASS.toCharArray()),
                Clock.systemUTC(), null)) {
            for (CaseFile c : s.intakes().cases()) {
                List<String> parts = new ArrayList<>();
                StringBuilder shape = new StringBuilder();
                for (Intake i : s.intakes().intakesOf(c.id())) {
                    var answers = s.intakes().resume(i.id(), s.workerId()).ownAnswers();
                    answers.asMap().values().forEach(a -> states.add(a.state()));
                    IntakeStatus status = s.intakes().intakesOf(c.id()).stream().filter(k -> k.id().equals(i.id()))
                            .findFirst().orElseThrow().status();
                    parts.add(i.questionnaireId() + " " + i.status() + " " + i.assessment() + " " + i.clientLanguage()
                            + " " + new TreeMap<>(answers.asMap()));
                    shape.append(i.questionnaireId()).append(':').append(status == IntakeStatus.FINISHED ? "F" : "O")
                            .append(' ');
                }
                for (ConsentRecord cr : s.consent().current(c.id()).values()) {
                    parts.add(cr.purpose().code() + "=" + cr.decision() + cr.signedBy() + cr.formReceived());
                }
                described.put(c.alias().orElseThrow(), String.join("; ", parts));
                shapes.add(shape.toString().strip());
            }
        }
        assertThat(states).containsExactlyInAnyOrder(AnswerState.values());
        assertThat(shapes).contains("intake-kort:F", "intake-kort:F intake-mensenhandel:F");
        return described;
    }
}
