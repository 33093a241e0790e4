package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralExportServiceTest {

    @TempDir
    Path dir;

    @Test
    void savesAProtectedFileThatOpensWithTheReturnedPassword() throws Exception {
        Path target = dir.resolve("verwijzing.pdf");

        char[] password = Referrals.export().export(SampleReferrals.small("nl"), target);

        assertThat(new String(password)).matches("[a-z2-9]{5}(-[a-z2-9]{5}){4}");
        assertThat(PdfTexts.all(Files.readAllBytes(target), new String(password)))
                .contains(SampleReferrals.URGENT);
    }

    @Test
    void aFailedSaveLeavesNoFile() {
        Path target = dir.resolve("missing").resolve("verwijzing.pdf");

        assertThatThrownBy(() -> Referrals.export().export(SampleReferrals.small("nl"), target))
                .isInstanceOf(ReferralException.class);
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
