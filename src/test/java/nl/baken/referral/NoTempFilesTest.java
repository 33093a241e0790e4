package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NoTempFilesTest {

    @Test
    void renderProtectSaveAndPreviewLeaveNothingInTheTempFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path out = Path.of(System.getProperty("baken.projectDir", "."), "target", "referral-out");
        Files.createDirectories(out);
        Path target = out.resolve("no-temp-files.pdf");
        Files.deleteIfExists(target);
        Set<Path> before = snapshot(tmp);

        char[] password = Referrals.export().export(SampleReferrals.fullIntake(), target);
        new ReferralPreview(Referrals.pdf()).render(SampleReferrals.fullIntake(), 2, 50f);

        assertThat(snapshot(tmp)).isEqualTo(before);
        assertThat(target).exists();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(PdfTexts.all(Files.readAllBytes(target), new String(password))).contains("Onderdeel 12");
    }

    private static Set<Path> snapshot(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.collect(Collectors.toSet());
        }
    }
}
