package nl.baken.referral;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes an invented sample referral to {@code target/referral-sample.pdf} (password {@link #PASSWORD}) for
 * looking at it with poppler; run with {@code ./mvnw -B -Pbenchmark verify -Dtest=ReferralSampleTest}.
 */
@Tag("benchmark")
class ReferralSampleTest {

    static final String PASSWORD = "voorb-eeldw-achtw-oordg-roep2";

    @Test
    void writeSample() throws Exception {
        Path target = Path.of(System.getProperty("baken.projectDir", "."), "target", "referral-sample.pdf");
        byte[] pdf = Referrals.export().protect(SampleReferrals.sample(), PASSWORD.toCharArray());
        new SafePdfWriter().write(target, pdf);
        Files.writeString(target.resolveSibling("referral-sample.password"), PASSWORD);
        ReferralDocument en = SampleReferrals.withAnswer("Naam in eigen schrift?", SampleReferrals.DIACRITICS + " "
                + SampleReferrals.BULGARIAN + " Ștefănescu Wąsowicz Čapek Žižek 漢 " + "x".repeat(150));
        new SafePdfWriter().write(target.resolveSibling("referral-sample-scripts.pdf"),
                Referrals.export().protect(en, PASSWORD.toCharArray()));
    }
}
