package nl.baken.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures unlock: Argon2id key derivation (64 MiB, t=3, p=1) plus opening the encrypted H2 database and running
 * Flyway's check. Run with {@code ./mvnw -B -Pbenchmark verify -Dtest=UnlockBenchmark}.
 */
@Tag("benchmark")
class UnlockBenchmark {

    @TempDir
    Path dir;

    @Test
    void unlockTime() throws Exception {
        char[] pass = "benchmark passphrase words".toCharArray();
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("bench", pass.clone());
        for (int i = 0; i < 3; i++) {
            vault.unlock("bench", pass.clone()).close();
        }
        int runs = 15;
        double[] total = new double[runs];
        double[] derive = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try {
                vault.unlock("bench", "not the passphrase at all".toCharArray());
            } catch (RuntimeException expected) {
                // a wrong passphrase costs exactly one key derivation and no database work
            }
            long t1 = System.nanoTime();
            UnlockedVault open = vault.unlock("bench", pass.clone());
            long t2 = System.nanoTime();
            open.close();
            derive[i] = (t1 - t0) / 1e6;
            total[i] = (t2 - t1) / 1e6;
        }
        String body = String.format(java.util.Locale.ROOT, """
                Measured %s with `./mvnw -B -Pbenchmark verify -Dtest=UnlockBenchmark` (%d warm runs, one JVM):

                | step | median | p90 |
                |---|---|---|
                | key derivation alone (wrong passphrase: Argon2id 64 MiB, t=3, p=1 + GCM check) | %.0f ms | %.0f ms |
                | unlock (key derivation + open encrypted H2 + Flyway check) | %.0f ms | %.0f ms |

                A cold start of the command line (`time vault check` in a fresh JVM) adds class loading: see the README.
                """, LocalDate.now(), runs, BenchReport.percentile(derive, 50), BenchReport.percentile(derive, 90),
                BenchReport.percentile(total, 50), BenchReport.percentile(total, 90));
        System.out.println(body);
        BenchReport.writeSection("Unlock", body);
    }
}
