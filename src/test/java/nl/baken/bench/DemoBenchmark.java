package nl.baken.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.baken.session.UnlockedServices;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code baken demo --cases N} costs, run in this JVM as the command runs: its time, the largest heap in use
 * while it runs (sampled every 50 ms), the file's size after it, and then a few working sessions on that vault (unlock,
 * 50 autosaved answers, lock) with the time the lock's close takes and the file's size after each. Sizes:
 * {@code -Dbaken.demo.sizes=1000,10000}; {@code -Dbaken.demo.keep=DIR} keeps the largest vault there. Run with
 * {@code ./mvnw -B -o -Pbenchmark verify -Dtest=DemoBenchmark}. Asserts no time.
 */
@Tag("benchmark")
class DemoBenchmark {

    private static final String PASS = "a long passphrase here";
    private static final int SESSIONS = 3;

    @TempDir
    Path dir;

    @Test
    void demoDataAndClosing() throws Exception {
        StringBuilder rows = new StringBuilder();
        StringBuilder closes = new StringBuilder();
        String[] sizes = System.getProperty("baken.demo.sizes", "1000,10000").split(",");
        String keep = System.getProperty("baken.demo.keep", "");
        for (int k = 0; k < sizes.length; k++) {
            int cases = Integer.parseInt(sizes[k].strip());
            Path data = k == sizes.length - 1 && !keep.isEmpty() ? Path.of(keep) : dir.resolve("v" + cases);
            Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", data.toString());
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong();
            AtomicLong peakFile = new AtomicLong();
            Path sampled = data.resolve("baken.mv.db");
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        peakFile.accumulateAndGet(Files.size(sampled), Math::max);
                    } catch (java.io.IOException e) {
                        // Between SHUTDOWN COMPACT's new file and its move: the next sample sees it.
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            Cli.Result r = Cli.run(PASS + "\n", "demo", "--cases", Integer.toString(cases), "--seed", "1",
                    "--data-dir", data.toString(), "--lang", "en");
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.interrupt();
            sampler.join();
            if (r.exit() != 0) {
                throw new AssertionError("demo failed: " + r.err());
            }
            Path file = data.resolve("baken.mv.db");
            long afterDemo = Files.size(file);
            rows.append(String.format(Locale.ROOT, "| %,d | %.1f s | %.1f ms | %,d MB | %,d MB | %.1f MB | %.1f MB |%n",
                    cases, seconds, seconds * 1000 / cases, heapBefore >> 20, peak.get() >> 20, peakFile.get() / 1e6,
                    afterDemo / 1e6));
            List<String> closed = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                closed.add(session(data));
            }
            closes.append(String.format(Locale.ROOT, "| %,d | %.1f MB | %s |%n", cases, afterDemo / 1e6,
                    String.join(" | ", closed)));
        }
        String body = String.format(Locale.ROOT, """
                Measured %s with `./mvnw -B -o -Pbenchmark verify -Dtest=DemoBenchmark` (harness
                `src/test/java/nl/baken/bench/DemoBenchmark.java`; the demo command run in the test JVM, surefire's
                `-Xmx2g` and the app's JVM options; `nproc` = %d, load average %.1f at the end). Heap: in use before the run (after a GC)
                and the largest sampled every 50 ms while it ran, as is the file's size (its peak). The file is
                compacted once at the end of the run.

                | cases | demo time | per case | heap before | heap peak | file peak | file after the demo |
                |---|---|---|---|---|---|---|
                %s
                Then %d working sessions on that vault, each: unlock, 50 notes added (one commit and one fsync each, as
                autosave writes), lock. The close time is `UnlockedServices.close()` (the lock's audit entry, then H2's close);
                the size is the file's after that close.

                | cases | file after the demo | %s |
                |---|---|%s
                %s""", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rows, SESSIONS,
                String.join(" | ", java.util.stream.IntStream.rangeClosed(1, SESSIONS)
                        .mapToObj(i -> "session " + i + ": close, size").toList()),
                "---|".repeat(SESSIONS), closes);
        System.out.println(body);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "demo.txt"), body);
    }

    /** Unlock, 50 single-commit writes, lock; returns "close ms, size MB". */
    private static String session(Path data) throws Exception {
        UnlockedServices s = UnlockedServices.open(new Vault(new DataDirectory(data)).unlock("anna",
                PASS.toCharArray()), Clock.systemUTC(), null);
        // Writes as a working session does, one commit and one fsync each (notes, so a kept vault stays sound).
        String caseId = s.intakes().cases().get(0).id();
        for (int i = 0; i < 50; i++) {
            s.desk().addNote(caseId, "Demo-notitie: benchmark " + i, s.workerId());
        }
        long t0 = System.nanoTime();
        s.close();
        double ms = (System.nanoTime() - t0) / 1e6;
        return String.format(Locale.ROOT, "%.0f ms, %.1f MB", ms, Files.size(data.resolve("baken.mv.db")) / 1e6);
    }
}
