package nl.baken.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory's list of refused unlocks ({@code failed-unlocks.txt}): one line each (time, slot id, kind),
 * at most {@link #MAX} (the oldest go first), no name and no secret. Outside the key slots' MAC: it is written when
 * no key is at hand, so it says what was tried, not proof of it; the next unlock turns it into audit entries.
 */
final class FailedUnlocks {

    static final int MAX = 200;
    private static final Logger LOG = LoggerFactory.getLogger(FailedUnlocks.class);
    private static final int MAX_BYTES = 64 * 1024;
    private static final Object LOCK = new Object();

    private final Path file;

    FailedUnlocks(Path file) {
        this.file = file;
    }

    /** Adds one refused unlock; a file that cannot be written costs the entry, never the refusal itself. */
    void add(FailedUnlock failed) {
        synchronized (LOCK) {
            List<FailedUnlock> all = new ArrayList<>(read());
            all.add(failed);
            while (all.size() > MAX) {
                all.remove(0);
            }
            StringBuilder text = new StringBuilder();
            for (FailedUnlock f : all) {
                text.append(f.at()).append('\t').append(f.slotId()).append('\t').append(f.kind()).append('\n');
            }
            try {
                AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn("failed unlock not kept: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** What is kept, oldest first; lines that are not Baken's are left out. */
    List<FailedUnlock> read() {
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("failed unlocks unreadable: {}", e.getClass().getSimpleName());
            return List.of();
        }
        List<FailedUnlock> found = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 3 || !parts[1].matches("[0-9a-f-]{0,36}")) {
                continue;
            }
            try {
                found.add(new FailedUnlock(Instant.parse(parts[0]), parts[1], FailedUnlock.Kind.valueOf(parts[2])));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                LOG.debug("a line of the failed unlocks is not Baken's; left out");
            }
        }
        return found.size() > MAX ? found.subList(found.size() - MAX, found.size()) : found;
    }

    /** Forgets what was kept: after its entries are committed to the audit log. */
    void clear() {
        synchronized (LOCK) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("failed unlocks not cleared: {}", e.getClass().getSimpleName());
            }
        }
    }
}
