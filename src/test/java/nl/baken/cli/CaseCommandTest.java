package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.baken.session.UnlockedServices;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentSigner;
import nl.baken.intake.Assessment;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeStatus;
import nl.baken.questionnaire.Answer;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {

    private static final String PASS = "a long passphrase here";
    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));
    private static final String QUESTIONNAIRE = PROJECT.resolve("seeds/questionnaires/short-intake.yaml").toString();
    private static final String ANSWERS = PROJECT.resolve("docs/examples/short-intake-answers-sample.yaml").toString();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path dir;

    @BeforeEach
    void initVault() {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--lang", "en"}, 0, all, args.length, 4);
        return Cli.run(PASS + "\n", all);
    }

    private UnlockedServices session() {
        return UnlockedServices.open(new Vault(new DataDirectory(dir)).unlock("anna", PASS.toCharArray()), Clock.systemUTC(),
                null);
    }

    @Test
    void importPrintsOnlyTheIdAndListShowsTheCaseWithoutItsAlias() {
        Cli.Result imported = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", ANSWERS);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).matches(UUID + "\n");
        String id = imported.out().strip();

        Cli.Result list = run("case", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).matches(id + "\tBK-\\d{4}-[0-9A-Z]{5}\topen\t" + LocalDate.now() + "\t1\n")
                .doesNotContain("Sam");
        // The alias comes from the answer to the role: alias question ("Sam" in the sample), never an argument...
        assertThat(run("case", "list", "--with-alias").out()).endsWith("\t1\tSam\n");
        // ...and changes with the line after the passphrase.
        assertThat(Cli.run(PASS + "\nSam Zuidwijk\n", "case", "alias", id, "--data-dir", dir.toString()).exit())
                .isZero();
        assertThat(run("case", "list", "--with-alias").out()).endsWith("\t1\tSam Zuidwijk\n");
        // Each list with aliases is one ALIAS_REVEAL, as revealing the column in the app.
        assertThat(run("audit", "list").out().lines().filter(l -> l.contains("\tALIAS_REVEAL\t"))).hasSize(2);

        try (UnlockedServices s = session()) {
            List<Intake> intakes = s.intakes().intakesOf(id);
            assertThat(intakes).hasSize(1);
            Intake intake = intakes.get(0);
            assertThat(intake.status()).isEqualTo(IntakeStatus.FINISHED);
            assertThat(intake.assessment()).contains(Assessment.UNSURE);
            assertThat(intake.assessmentNote()).isEmpty();
            assertThat(intake.questionnaireId()).isEqualTo("intake-kort");
            var answers = s.intakes().resume(intake.id(), s.workerId()).ownAnswers();
            assertThat(answers.size()).isEqualTo(16);
            assertThat(answers.get("name_alias")).contains(Answer.of("Sam"));
            assertThat(answers.get("age")).contains(Answer.declined());
            assertThat(answers.get("languages")).contains(Answer.ofAll(List.of("nl")));
            assertThat(s.intakes().library().fromVault(s.vault().store(), "intake-kort", 2)).isPresent();
        }
    }

    @Test
    void invalidAnswersArePrintedWithTheirPositionAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "age: twelve\nno_such_question: yes\n");
        Cli.Result r = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":1:6: ").contains(bad + ":2:1: ").contains("Nothing was imported");
        assertThat(run("case", "list").out()).isEmpty();

        Path badQuestionnaire = dir.resolve("q.yaml");
        Files.writeString(badQuestionnaire, "id: x\nversion: 1\nfoo: bar\n");
        Cli.Result q = run("case", "import", "--questionnaire", badQuestionnaire.toString(), "--answers", ANSWERS);
        assertThat(q.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(q.err()).containsPattern(java.util.regex.Pattern.quote(badQuestionnaire.toString()) + ":\\d+:\\d+: ");
    }

    @Test
    void aWrongPassphraseEndsWithExitThreeAndOneLine() {
        Cli.Result r = Cli.run("not the passphrase\n", "case", "list", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(r.err()).isEqualTo("This passphrase is not right.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void consentIsRecordedAndAWithdrawalNeedsConsentInForce() {
        String id = run("case", "import", "--questionnaire", QUESTIONNAIRE, "--answers", ANSWERS).out().strip();

        Cli.Result unknown = run("case", "consent", "--case", id, "--purpose", "share:neighbours", "--given");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).startsWith("Unknown purpose \"share:neighbours\". Valid purposes: store, share:coordinator")
                .contains("comensha, statistics.").hasLineCount(1);

        Cli.Result early = run("case", "consent", "--case", id, "--purpose", "share:police", "--withdrawn");
        assertThat(early.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(early.err()).contains("nothing to withdraw");

        assertThat(run("case", "consent", "--case", id, "--purpose", "share:police", "--given").exit()).isZero();
        Cli.Result withdrawn = run("case", "consent", "--case", id, "--purpose", "share:police", "--withdrawn");
        assertThat(withdrawn.exit()).isZero();
        assertThat(withdrawn.out()).startsWith("Consent for share:police withdrawn on case BK-");
        assertThat(run("case", "consent", "--case", id, "--purpose", "share:police", "--withdrawn").exit())
                .isEqualTo(ExitCodes.FAILURE);

        Cli.Result comensha = run("case", "consent", "--case", id, "--purpose", "comensha", "--given",
                "--signed-by", "parent-or-guardian", "--form-received");
        assertThat(comensha.exit()).as(comensha.err()).isZero();
        assertThat(run("case", "consent", "--case", id, "--purpose", "store", "--given", "--signed-by", "person")
                .exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("case", "consent", "--case", id, "--purpose", "store", "--given", "--declined").exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("case", "consent", "--case", "no-such-case", "--purpose", "store", "--given").exit())
                .isEqualTo(ExitCodes.FAILURE);

        try (UnlockedServices s = session()) {
            Map<ConsentPurpose, ConsentRecord> current = s.consent().current(id);
            assertThat(current.get(ConsentPurpose.share("police")).decision()).isEqualTo(ConsentDecision.WITHDRAWN);
            ConsentRecord c = current.get(ConsentPurpose.COMENSHA);
            assertThat(c.decision()).isEqualTo(ConsentDecision.GIVEN);
            assertThat(c.signedBy()).contains(ConsentSigner.PARENT_OR_GUARDIAN);
            assertThat(c.formReceived()).isTrue();
        }
    }
}
