package nl.baken.bench;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.IntakeSteps;

/**
 * The app alone in a JVM of its own, for its memory: {@link CaseDeskBenchmark} starts this with the app's default
 * JVM options, it unlocks the vault in {@code args[0]}, waits until the table lists {@code args[1]} cases and the
 * search index is filled, collects garbage, prints "listed HEAP_MB"; given the line "settle", it waits until the
 * unlock's full check is done and {@link #SETTLE_MS} more, prints "settled HEAP_MB", and waits for its input to close.
 */
final class AppMemoryProbe {

    /**
     * After the check: G1 looks every 20 s (app.HeapFootprint) whether 20 s passed without a collection, so its
     * idle collection comes 20 to 40 s after the last one; and 10 s more.
     */
    static final long SETTLE_MS = 50_000;

    private AppMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(args[1]);
        AppDriver app = new AppDriver(Path.of(args[0])).start("nl");
        app.typeInto("unlock-passphrase", IntakeSteps.PASS);
        app.type(KeyCode.ENTER);
        long until = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < until) {
            var table = app.find("case-table");
            var session = app.app().shell().session();
            if (table.isPresent() && ((TableView<?>) table.get()).getItems().size() == cases && session != null
                    && session.searchIndex().isFilled()) {
                break;
            }
            Thread.sleep(20);
        }
        // The unlock screen's warm-up runs once a run; its scratch database is gone once it is done.
        nl.baken.session.SessionWarmUp.firstRun().get(120, java.util.concurrent.TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "listed %.0f%n", (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0);
        System.out.flush();
        // -Dbaken.probe.holdMs=N keeps the state N ms longer, for a look from outside (jcmd VM.native_memory, smaps).
        Thread.sleep(Long.getLong("baken.probe.holdMs", 0));
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        if ("settle".equals(in.readLine())) {
            // As the worker's laptop has it a while later: the unlock's full check done, the app idle, no collection
            // forced (the app's own idle collection may run).
            while (checkRunning()) {
                Thread.sleep(200);
            }
            Thread.sleep(SETTLE_MS);
            System.out.printf(Locale.ROOT, "settled %.0f%n", (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0);
            System.out.flush();
        }
        while (in.read() >= 0) {
            // wait for the benchmark to have read the proportional set size
        }
        app.stop();
        System.exit(0);
    }

    private static boolean checkRunning() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> "baken-vault-check".equals(t.getName()));
    }
}
