package nl.baken.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.ui.CaseDeskViewModel;
import nl.baken.session.SessionWarmUp;
import nl.baken.session.UnlockedServices;
import nl.baken.support.AppDriver;
import nl.baken.support.IntakeSteps;
import nl.baken.support.PulseMonitor;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case desk at scale, in the whole app (headless): unlock until the home screen lists every case, with the FX
 * pulses meanwhile; the search's cost per keystroke (the search index, then filters and sort over its hits, what the
 * worker thread does); the live heap after GC with every case listed; and every pulse while the list is scrolled
 * from top to bottom. Sizes from {@code -Dbaken.desk.sizes=10000,100000}. Prints its figures and writes them to
 * target/benchmark/case-desk.txt; asserts no time limit. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dtest=CaseDeskBenchmark}.
 */
@Tag("benchmark")
class CaseDeskBenchmark {

    private static final int QUERIES = 200;
    /** The app's JVM options (pom.xml's app.jvm.options, installer/common.sh). */
    private static final String APP_OPTIONS = "-XX:+UseG1GC";

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theDeskAtScale() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String size : System.getProperty("baken.desk.sizes", "10000").split(",")) {
            out.append(measure(Integer.parseInt(size.strip()), dir.resolve("vault-" + size.strip())));
        }
        String body = String.format(Locale.ROOT, "Measured %s, `nproc` = %d, load %s.%n%n%s", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), out);
        System.out.println(body);
        Path file = Path.of(System.getProperty("baken.projectDir", "."), "target", "benchmark", "case-desk.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body);
    }

    private String measure(int cases, Path data) throws Exception {
        Files.createDirectories(data);
        IntakeSteps.setUpVault(data);
        long t0 = System.nanoTime();
        UnlockedVault open = new Vault(new DataDirectory(data)).unlock("Anna", IntakeSteps.PASS.toCharArray());
        try {
            DeskVaults.add(open.store(), 0, cases, open.workerId());
        } finally {
            open.close();
        }
        double fillSeconds = (System.nanoTime() - t0) / 1e9;

        // Argon2id alone (a wrong passphrase costs one key derivation and nothing else), median of 3.
        double[] kdf = new double[3];
        for (int i = 0; i < kdf.length; i++) {
            long k = System.nanoTime();
            try {
                new Vault(new DataDirectory(data)).unlock("Anna", "not the passphrase at all".toCharArray());
            } catch (RuntimeException expected) {
                // refused, as it should be
            }
            kdf[i] = (System.nanoTime() - k) / 1e6;
        }
        double kdfMs = BenchReport.percentile(kdf, 50);

        if (app != null) {
            app.stop();
        }
        long started = System.nanoTime();
        app = new AppDriver(data).start("nl");
        app.typeInto("unlock-passphrase", IntakeSteps.PASS);
        PulseMonitor typingPulses = new PulseMonitor();
        app.runOnFx(typingPulses::start);
        // The unlock screen warms the session up while the worker types (SessionWarmUp); Enter comes after it, as it
        // does for a worker who takes a few seconds to type the passphrase.
        SessionWarmUp.Result warm = SessionWarmUp.firstRun().get(120, java.util.concurrent.TimeUnit.SECONDS);
        double warmUpMs = (System.nanoTime() - started) / 1e6;
        app.runOnFx(typingPulses::stop);
        PulseMonitor unlockPulses = new PulseMonitor();
        FxStallSampler stalls = new FxStallSampler();
        app.runOnFx(() -> {
            unlockPulses.start();
            stalls.start();
        });
        // Once before Enter: the first call loads and starts the JVM's management beans, which took tens of ms in
        // the FX pulse after the first long gap and so made the next gap long (the benchmark's own cost, not the app's).
        afterEnter(System.nanoTime());
        app.runOnFx(() -> afterEnter(System.nanoTime()));
        long pressed = System.nanoTime();
        unlockPulses.context(() -> afterEnter(pressed));
        app.type(KeyCode.ENTER);
        TableView<CaseSummary> table = waitLong("case-table");
        double homeMs = (System.nanoTime() - pressed) / 1e6;
        waitLong(() -> table.getItems().size() == cases);
        double listedMs = (System.nanoTime() - pressed) / 1e6;
        UnlockedServices session = app.app().shell().session();
        waitLong(() -> session.searchIndex().isFilled());
        double indexMs = (System.nanoTime() - pressed) / 1e6;
        app.runOnFx(() -> {
            unlockPulses.stop();
            stalls.stop();
        });

        // The search as the worker thread runs it per keystroke: the index, then filters and sort over its hits.
        CaseDeskViewModel vm = new CaseDeskViewModel(session.caseListing(), session.searchIndex(),
                BackgroundTasks.sameThread(), session.workerId(), LocalDate::now);
        vm.load(() -> { });
        Random random = new Random(7);
        double[] search = new double[QUERIES];
        int hits = 0;
        for (int i = 0; i < QUERIES + 20; i++) {
            String alias = DeskVaults.alias(random.nextInt(cases));
            String query = switch (i % 4) {
                case 0 -> alias.substring(0, 3);                        // "Jan"
                case 1 -> alias.substring(alias.length() - 4);          // "0042"
                case 2 -> alias.substring(0, alias.indexOf(' ') + 3);   // "Jana de"
                default -> "politie";                                   // a word of the notes
            };
            long a = System.nanoTime();
            vm.queryProperty().set(query);
            long b = System.nanoTime();
            if (i >= 20) {
                search[i - 20] = (b - a) / 1e6;
                hits += vm.shown().size();
            }
        }
        vm.forget();

        // Live heap after GC with every case listed (the test's own classes and TestFX count too: an upper bound).
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        double heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
        double pssMb = pss();

        // Scrolling the whole list, 40 rows a pulse (a fast fling), from top to bottom. A worker scrolls with the wheel
        // or the keys, so each step is also input to the window (a mouse move over the table): the app's one
        // compaction after the check waits for a moment without input (app.HeapFootprint), as it would for a worker.
        PulseMonitor scrollPulses = new PulseMonitor();
        int[] at = {0};
        AnimationTimer scroller = new AnimationTimer() {
            @Override
            public void handle(long now) {
                at[0] = Math.min(cases - 1, at[0] + 40);
                table.scrollTo(at[0]);
                Event.fireEvent(table, new MouseEvent(MouseEvent.MOUSE_MOVED, 10, 10, 10, 10, MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null));
                if (at[0] == cases - 1) {
                    stop();
                }
            }
        };
        app.runOnFx(() -> {
            scrollPulses.start();
            scroller.start();
        });
        long scrollStart = System.nanoTime();
        waitLong(() -> at[0] == cases - 1);
        Thread.sleep(200);
        double scrollSeconds = (System.nanoTime() - scrollStart) / 1e9;
        app.runOnFx(scrollPulses::stop);
        assertThat(table.getItems()).hasSize(cases);

        // Lock with every case listed and the index filled (idle), then again while a second unlock still fills.
        double[] idleLock = lock(session);
        app.waitFor("unlock-passphrase");
        app.typeInto("unlock-passphrase", IntakeSteps.PASS);
        app.type(KeyCode.ENTER);
        waitLong("case-table");
        UnlockedServices second = app.app().shell().session();
        boolean indexStillFilling = !second.searchIndex().isFilled();
        double[] busyLock = lock(second);
        app.waitFor("unlock-passphrase");
        app.stop();
        app = null;
        double[] appMemory = System.getProperty("baken.desk.memoryVault") == null ? appMemory(data, cases)
                : appMemory(Path.of(System.getProperty("baken.desk.memoryVault")),
                        Integer.getInteger("baken.desk.memoryCases", cases));

        return String.format(Locale.ROOT, """
                ### %,d cases
                | measure | value |
                |---|---|
                | vault filled by batch insert (cases, tasks on 1/3, notes on 1/5) | %.0f s |
                | app start → session warm-up done on the unlock screen (%d scratch rows, warm-up alone %d ms; Enter pressed after it) | %.0f ms |
                | the unlock screen while the session warms up (passphrase typed, until Enter): longest gap, gaps over 50 ms, pulses | %.1f ms, %d, %d |
                | unlock (Enter) → home screen with Today and the table on screen | %.0f ms |
                | unlock → every case in the table | %.0f ms |
                | unlock → search index filled (aliases and notes opened once) | %.0f ms |
                | Argon2id alone (a wrong passphrase, median of 3) | %.0f ms |
                | end of key derivation → home screen / every case in the table (the two above less Argon2id) | %.0f / %.0f ms |
                | what the FX thread did in its long pulses (stack samples while no pulse came for 40 ms) | %s |
                | FX pulses from Enter until the index was filled: longest gap, gaps over 50 ms, pulses | %.1f ms, %d, %d |
                | longest gaps then | %s |
                | search per keystroke (index, then filters + sort over its hits), p50 / p95 / max of %d | %.2f / %.2f / %.2f ms |
                | average hits per query | %.0f |
                | live heap after GC, every case listed (whole test JVM) | %.0f MB |
                | proportional set size of the test JVM (app + surefire + TestFX) | %.0f MB |
                | scrolling the whole list, 40 rows a pulse: longest gap, gaps over 50 ms, pulses, time | %.1f ms, %d, %d, %.1f s |
                | longest gaps while scrolling | %s |
                | lock, every case listed: window blank (next pulse drawn) / vault closed | %.0f / %.0f ms |
                | lock right after a second unlock (index still filling: %s): blank / closed | %.0f / %.0f ms |
                | the app alone (child JVM, options `%s`, vault: %s), every case listed: live heap after GC / PSS | %.0f / %.0f MB |
                | the same %d s after the unlock's full check ended, idle, no collection forced by the benchmark: heap used / PSS | %.0f / %.0f MB |

                """, cases, fillSeconds, warm.rows(), warm.millis(), warmUpMs,
                typingPulses.longestMillis(), typingPulses.gapsOver50Millis(), typingPulses.pulses(),
                homeMs, listedMs, indexMs, kdfMs, homeMs - kdfMs, listedMs - kdfMs,
                String.join("<br>", stalls.top(8)), unlockPulses.longestMillis(),
                unlockPulses.gapsOver50Millis(), unlockPulses.pulses(), unlockPulses.longest(6), QUERIES,
                BenchReport.percentile(search, 50), BenchReport.percentile(search, 95),
                BenchReport.percentile(search, 100), hits / (double) QUERIES, heapMb, pssMb,
                scrollPulses.longestMillis(), scrollPulses.gapsOver50Millis(), scrollPulses.pulses(), scrollSeconds,
                scrollPulses.longest(3), idleLock[0], idleLock[1], indexStillFilling, busyLock[0], busyLock[1],
                System.getProperty("baken.desk.appOptions", APP_OPTIONS), memoryVaultName(), appMemory[0], appMemory[1],
                AppMemoryProbe.SETTLE_MS / 1000, appMemory[2], appMemory[3]);
    }

    /**
     * Which vault the app alone was measured on: this benchmark's (desk-shaped cases, no intake answers) or, with
     * {@code -Dbaken.desk.memoryVault=DIR -Dbaken.desk.memoryCases=N}, another, e.g. one {@code baken demo} filled
     * (made with {@code vault init --worker Anna} and the test passphrase of IntakeSteps).
     */
    private static String memoryVaultName() {
        String other = System.getProperty("baken.desk.memoryVault");
        return other == null ? "this benchmark's" : "`" + other + "`";
    }

    /** When a long gap ended, and the JVM's collection and compilation time so far: is a gap a GC pause or the JIT? */
    private static String afterEnter(long pressed) {
        long gcMs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        return String.format(java.util.Locale.ROOT, "+%.0f ms after Enter (GC so far %d ms, JIT so far %d ms)",
                (System.nanoTime() - pressed) / 1e6, gcMs,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    /** Locks from the FX thread: until the next pulse is drawn (the window blank) and until the vault is closed. */
    private double[] lock(UnlockedServices session) throws Exception {
        long[] drawn = {0};
        boolean[] blankDrawn = {false};
        long start = System.nanoTime();
        app.runOnFx(() -> {
            app.app().shell().lock();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    drawn[0] = System.nanoTime();
                    // Looked up on the FX thread at the first pulse after the lock: the frame it draws.
                    javafx.scene.Scene scene = app.stage().getScene();
                    blankDrawn[0] = scene.lookup("#case-table") == null
                            && (scene.lookup("#blank-screen") != null || scene.lookup("#unlock-passphrase") != null);
                    stop();
                }
            }.start();
        });
        waitLong(() -> drawn[0] != 0 && session.vault().isClosed());
        long closed = System.nanoTime();
        assertThat(blankDrawn[0]).as("the first frame after the lock shows no case").isTrue();
        return new double[] {(drawn[0] - start) / 1e6, (closed - start) / 1e6};
    }

    /**
     * The app alone in a child JVM with its default options (the installers' {@code -XX:+UseG1GC}, no heap limit) and
     * the headless platform: unlocked, every case listed, the index filled; its live heap and its PSS
     * ({@code /proc/PID/smaps_rollup}: with ZGC, which maps its heap three times, RSS overstates it).
     */
    private static double[] appMemory(Path data, int cases) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin));
        // Other options to compare (-Dbaken.desk.appOptions="-XX:+UseZGC"); default: the app's.
        command.addAll(List.of(System.getProperty("baken.desk.appOptions", APP_OPTIONS).strip().split("\\s+")));
        command.addAll(List.of("-XX:-UsePerfData",
                "-Dfile.encoding=UTF-8", "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), AppMemoryProbe.class.getName(), data.toString(),
                Integer.toString(cases)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("listed "));
            if (line == null) {
                return new double[] {-1, -1, -1, -1};
            }
            double heap = Double.parseDouble(line.substring("listed ".length()).strip());
            Path smaps = Path.of("/proc", Long.toString(child.pid()), "smaps_rollup");
            double pss = pss(smaps);
            child.getOutputStream().write("settle\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("settled "));
            double settledHeap = line == null ? -1 : Double.parseDouble(line.substring("settled ".length()).strip());
            double settledPss = line == null ? -1 : pss(smaps);
            child.getOutputStream().close();
            child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            return new double[] {heap, pss, settledHeap, settledPss};
        } finally {
            child.destroy();
        }
    }

    private static double pss() {
        return pss(Path.of("/proc/self/smaps_rollup"));
    }

    private static double pss(Path smapsRollup) {
        try {
            for (String line : Files.readAllLines(smapsRollup)) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    private <T extends javafx.scene.Node> T waitLong(String id) throws Exception {
        waitLong(() -> app.find(id).isPresent());
        @SuppressWarnings("unchecked")
        T node = (T) app.find(id).orElseThrow();
        return node;
    }

    /** Polls every 5 ms for up to ten minutes (a 100,000-case vault is slow to fill). */
    private static void waitLong(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + 600_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within ten minutes");
            }
            Thread.sleep(5);
        }
    }
}
