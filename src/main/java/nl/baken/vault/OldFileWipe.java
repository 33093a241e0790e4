package nl.baken.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Overwrites a replaced database file with zeros through a channel opened before the replacing rename, so the old
 * pages are gone from the file system's view of it too (on a disk that writes in place; an SSD may keep copies,
 * which its own encryption and H2's outer layer cover, ADR 0014).
 */
final class OldFileWipe {

    private static final int BLOCK = 1 << 20;

    private OldFileWipe() {
    }

    static void overwrite(FileChannel file) throws IOException {
        long size = file.size();
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(BLOCK, Math.max(size, 1)));
        long at = 0;
        while (at < size) {
            zeros.clear();
            zeros.limit((int) Math.min(zeros.capacity(), size - at));
            at += file.write(zeros, at);
        }
        file.force(true);
        file.truncate(0);
        file.force(true);
    }
}
