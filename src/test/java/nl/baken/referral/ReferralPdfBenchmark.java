package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Render + encrypt time of a full-intake-sized referral (12 sections, 120 answers), warm.
 * Run: {@code ./mvnw -B -Pbenchmark verify -Dtest=ReferralPdfBenchmark}; target: median at most 400 ms.
 */
@Tag("benchmark")
class ReferralPdfBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    @Test
    void renderAndEncryptAFullIntake() throws Exception {
        ReferralExportService export = Referrals.export();
        ReferralDocument referral = SampleReferrals.fullIntake();
        char[] password = new ReferralPassword(new java.security.SecureRandom()).generate();

        long coldStart = System.nanoTime();
        byte[] pdf = export.protect(referral, password);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            export.protect(referral, password);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            export.protect(referral, password);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2;
        double p99 = ms[(int) Math.ceil(0.99 * RUNS) - 1];
        int pages = PdfTexts.pages(pdf, new String(password)).size();
        String report = String.format(java.util.Locale.ROOT,
                "referral-pdf: pages=%d bytes=%d cold=%.0fms warm median=%.1fms p99=%.1fms min=%.1fms"
                        + " (runs=%d after %d warm-up)%n", pages, pdf.length, cold, median, p99, ms[0], RUNS,
                WARM_UP);
        Path out = Path.of(System.getProperty("baken.projectDir", "."), "target", "referral-pdf-benchmark.txt");
        report += "slowest: " + Arrays.toString(Arrays.copyOfRange(ms, RUNS - 5, RUNS)) + System.lineSeparator();
        Files.writeString(out, report);
        System.out.print(report);

        assertThat(median).isLessThanOrEqualTo(400);
    }
}
