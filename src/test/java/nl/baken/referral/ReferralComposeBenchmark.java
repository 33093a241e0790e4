package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import nl.baken.support.ReferralServices;
import nl.baken.bench.BenchReport;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full-intake referral from the real flow, warm: compose (draft + document from the case's intake) + render +
 * encrypt, and the same with reading the case from the encrypted vault. Also writes a sample referral made the
 * real way for a look with poppler ({@code target/referral-flow-sample.pdf}, password beside it).
 * Run: {@code ./mvnw -B -Pbenchmark verify -Dtest=ReferralComposeBenchmark}; target: warm median at most 400 ms.
 */
@Tag("benchmark")
class ReferralComposeBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    @TempDir
    Path dir;

    @Test
    void composeRenderEncryptAFullIntake() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter", "legal");
            ReferralService service = ReferralServices.on(vault.open().store(), new QuestionnaireLibrary(null),
                    vault.consent(), vault.audit(), Clock.systemUTC());
            service.ensureNationalPartners(Messages.of("nl"));
            service.saveOrganisation(new ReferralService.Organisation("Gemeente Voorbeeld, zorgcoördinatie "
                    + "mensenhandel", "010-1234567 · mensenhandel@voorbeeld.example"), "w1");
            Partner comensha = service.partner("comensha").orElseThrow();
            Partner legal = service.partnerFor("legal", "nl");
            CaseMaterial material = service.material(c.id());
            ReferralComposer composer = service.composer();
            ReferralDocument.Sender from = new ReferralDocument.Sender("Wim Werker", "Gemeente Voorbeeld",
                    "010-1234567");
            char[] password = new ReferralPassword(new java.security.SecureRandom()).generate();

            Runnable inMemory = () -> {
                try {
                    ReferralDraft draft = composer.draft(material, legal, "nl");
                    ReferralDocument doc = composer.document(draft, ReferralSelection.preselected(draft), from,
                            "Gemeente Voorbeeld", LocalDate.now());
                    service.exporter().protect(doc, password);
                } catch (ReferralException e) {
                    throw new AssertionError(e);
                }
            };
            Runnable fromVault = () -> {
                try {
                    ReferralDraft draft = service.draft(c.id(), legal, "nl");
                    service.exporter().protect(service.document(draft, ReferralSelection.preselected(draft), "Wim"),
                            password);
                } catch (ReferralException e) {
                    throw new AssertionError(e);
                }
            };
            long coldStart = System.nanoTime();
            inMemory.run();
            double cold = (System.nanoTime() - coldStart) / 1e6;
            double[] a = measure(inMemory);
            double[] b = measure(fromVault);

            ReferralDraft draft = service.draft(c.id(), legal, "nl");
            ReferralDocument doc = service.document(draft, ReferralSelection.preselected(draft), "Wim Werker");
            int items = doc.sections().stream().mapToInt(s -> s.items().size()).sum() + doc.wishes().size();
            int pages = PdfTexts.pages(service.exporter().protect(doc, password), new String(password)).size();

            String body = String.format(Locale.ROOT, """
                    A full intake (the invented sample `docs/examples/intake-answers-sample.yaml`, %d answers, \
                    finished in an encrypted test vault) referred to a `legal` partner: %d items in the PDF, %d pages.
                    Warm, %d runs after %d warm-up, on the development machine (2 shared cores):

                    | what | median | p99 |
                    |---|---|---|
                    | compose (draft + document) + render + encrypt, case in memory | %.1f ms | %.1f ms |
                    | the same, reading the case, intake and consent from the vault | %.1f ms | %.1f ms |

                    First run in the JVM (class loading, font): %.0f ms. Target: warm median at most 400 ms.
                    Command: `./mvnw -B -Pbenchmark verify -Dtest=ReferralComposeBenchmark`.
                    """, material.intakes().get(0).answers().size(), items, pages, RUNS, WARM_UP,
                    median(a), BenchReport.percentile(a, 99), median(b), BenchReport.percentile(b, 99), cold);
            BenchReport.writeSection("Referral (compose + render + encrypt)", body);
            System.out.print(body);

            // A sample made the real way, to look at with pdftoppm.
            Path target = Path.of(System.getProperty("baken.projectDir", "."), "target", "referral-flow-sample.pdf");
            Files.deleteIfExists(target);
            ReferralDraft shelter = service.draft(c.id(), comensha, "nl");
            ReferralService.Exported exported = service.export(shelter, ReferralSelection.preselected(shelter), target,
                    "w1", "Wim Werker");
            Files.writeString(target.resolveSibling("referral-flow-sample.password"), new String(exported.password()));

            assertThat(median(a)).isLessThanOrEqualTo(400);
        }
    }

    private static double[] measure(Runnable run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
