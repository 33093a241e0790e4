package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePdfWriterTest {

    private final SafePdfWriter writer = new SafePdfWriter();
    private final byte[] bytes = "%PDF-1.7 encrypted stand-in".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("verwijzing.pdf");

        writer.write(target, bytes);

        assertThat(target).hasBinaryContent(bytes);
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path target = dir.resolve("verwijzing.pdf");
        Files.writeString(target, "old");

        writer.write(target, bytes);

        assertThat(target).hasBinaryContent(bytes);
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aMissingFolderLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("does-not-exist").resolve("verwijzing.pdf");

        assertThatThrownBy(() -> writer.write(target, bytes)).isInstanceOfSatisfying(ReferralException.class,
                e -> assertThat(e.reason()).isEqualTo(ReferralException.Reason.FOLDER_MISSING));
        assertThat(dir.resolve("does-not-exist")).doesNotExist();
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void aFailedMoveDeletesThePartialFile() throws Exception {
        // The target is a folder with a file inside: writing the temporary file works, the final move fails.
        Path target = dir.resolve("verwijzing.pdf");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");

        assertThatThrownBy(() -> writer.write(target, bytes)).isInstanceOfSatisfying(ReferralException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(ReferralException.Reason.WRITE_FAILED);
                    assertThat(e.getMessage()).doesNotContain(dir.toString()).doesNotContain("verwijzing");
                });
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aTargetInsideAFileIsRefusedAndLeavesNothing() throws Exception {
        // Works as root too (unlike a read-only folder, which root may write to anyway).
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> writer.write(notAFolder.resolve("verwijzing.pdf"), bytes))
                .isInstanceOf(ReferralException.class);
        assertThat(list(dir)).containsExactly(notAFolder);
    }

    private static java.util.List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
