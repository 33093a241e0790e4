package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.baken.support.DemoFill;
import nl.baken.support.TestVault;
import nl.baken.vault.VaultKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of one backup (cut at a random offset, or one to three bits flipped at random offsets): every one
 * is refused by verify and by restore with a {@link BackupException} (one clear line), never another exception, and
 * no restore leaves anything at its target or beside it. The seed is printed; {@code -Dbaken.backup.seed=N} repeats.
 */
class BackupDamageTest {

    @TempDir
    Path dir;

    @Test
    void aHundredDamagedCopiesAreAllRefused() throws Exception {
        run(100);
    }

    @Test
    @Tag("stress")
    void aThousandDamagedCopiesAreAllRefused() throws Exception {
        run(1000);
    }

    /**
     * The cuts random offsets rarely hit: exactly after each chunk (the file is whole up to there, only the chunk
     * flagged last is missing), one byte added at the end, and the last chunk's flag cleared.
     */
    @Test
    void cutsAtChunkEndsAndAddedBytesAreRefused() throws Exception {
        Path file = dir.resolve("good.bkb");
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            DemoFill.fill(vault.open(), 8, 5);
            BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
        }
        byte[] good = Files.readAllBytes(file);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(good);
        buf.position(8 + 4 + 32);
        buf.position(buf.position() + 4 + buf.getInt());
        List<Integer> ends = new ArrayList<>();
        int lastFlag = -1;
        while (buf.hasRemaining()) {
            lastFlag = buf.position();
            buf.get();
            buf.position(buf.position() + 4 + buf.getInt());
            ends.add(buf.position());
        }
        assertThat(ends).hasSizeGreaterThan(1);
        List<byte[]> copies = new ArrayList<>();
        ends.subList(0, ends.size() - 1).forEach(end -> copies.add(java.util.Arrays.copyOf(good, end)));
        copies.add(java.util.Arrays.copyOf(good, good.length + 1));
        byte[] unflagged = good.clone();
        unflagged[lastFlag] = 0;
        copies.add(unflagged);
        try (VaultKey key = VaultKey.open(Files.readAllBytes(dir.resolve("vault/keyslots.json")),
                TestVault.PASSPHRASE.toCharArray())) {
            assertThat(BackupRoundTripTest.service().verify(file, key).check().healthy()).isTrue();
            for (int i = 0; i < copies.size(); i++) {
                Path copy = dir.resolve("edge-" + i + ".bkb");
                Files.write(copy, copies.get(i));
                Path target = dir.resolve("edge-restore-" + i);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> BackupRoundTripTest.service().verify(copy, key))
                        .as("copy " + i).isInstanceOf(BackupException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BackupRoundTripTest.service().restore(copy, key, target))
                        .as("copy " + i).isInstanceOf(BackupException.class);
                assertThat(target).doesNotExist();
            }
        }
    }

    private void run(int copies) throws Exception {
        long seed = Long.getLong("baken.backup.seed", System.nanoTime());
        System.out.println("BackupDamageTest seed " + seed + " (-Dbaken.backup.seed=" + seed + ")");
        Random random = new Random(seed);
        Path file = dir.resolve("good.bkb");
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            DemoFill.fill(vault.open(), 8, 5);
            BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
        }
        byte[] good = Files.readAllBytes(file);
        System.out.println("backup of 8 cases: " + good.length + " bytes");
        List<String> unhandled = new ArrayList<>();
        int partial = 0;
        try (VaultKey key = VaultKey.open(Files.readAllBytes(dir.resolve("vault/keyslots.json")),
                TestVault.PASSPHRASE.toCharArray())) {
            for (int i = 0; i < copies; i++) {
                byte[] bad = damage(good, random);
                Path copy = dir.resolve("bad-" + i + ".bkb");
                Files.write(copy, bad);
                Path target = dir.resolve("restore-" + i);
                for (boolean restore : new boolean[] {false, true}) {
                    try {
                        if (restore) {
                            BackupRoundTripTest.service().restore(copy, key, target);
                        } else {
                            BackupRoundTripTest.service().verify(copy, key);
                        }
                        unhandled.add("copy " + i + (restore ? " restored" : " verified"));
                    } catch (BackupException e) {
                        assertThat(e.reason()).isNotNull();
                    } catch (RuntimeException | Error e) {
                        unhandled.add("copy " + i + ": " + e);
                    }
                }
                if (Files.exists(target) || siblingsOf(target) > 0) {
                    partial++;
                }
                Files.delete(copy);
            }
        }
        assertThat(unhandled).as("seed " + seed).isEmpty();
        assertThat(partial).as("seed " + seed).isZero();
    }

    private long siblingsOf(Path target) throws Exception {
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".restoring")).count();
        }
    }

    /** Half the copies are cut short, half get one to three flipped bits. */
    static byte[] damage(byte[] good, Random random) {
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(good, random.nextInt(good.length));
        }
        byte[] bad = good.clone();
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
            int at = random.nextInt(bad.length);
            bad[at] ^= (byte) (1 << random.nextInt(8));
        }
        return bad;
    }
}
