package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and no temporary file is left behind either way. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheOldContentWithTheNewAndLeavesOnlyTheTarget() throws IOException {
        Path target = dir.resolve("keyslots.json");
        Files.writeString(target, "old");

        AtomicWrite.replace(Files.createFile(dir.resolve("keyslots.json.new")), target,
                "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aMoveThatFailsKeepsTheOldTargetAndRemovesTheTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(target.resolve("inside"), "kept");
        Path tmp = Files.createFile(dir.resolve("taken.part"));

        assertThatThrownBy(() -> AtomicWrite.replace(tmp, target, new byte[] {1, 2, 3}))
                .isInstanceOf(IOException.class);

        assertThat(tmp).doesNotExist();
        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("kept");
    }
}
