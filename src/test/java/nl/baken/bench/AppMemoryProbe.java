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
 * search index is filled, collects garbage, prints "listed HEAP_MB" and waits for its standard input to close.
 */
final class AppMemoryProbe {

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
        while (System.in.read() >= 0) {
            // wait for the benchmark to have read the proportional set size
        }
        app.stop();
        System.exit(0);
    }
}
