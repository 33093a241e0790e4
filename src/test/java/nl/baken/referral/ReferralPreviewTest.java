package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ReferralPreviewTest {

    @Test
    void rendersTheFirstPagesToImages() throws Exception {
        ReferralPreview.Pages pages = new ReferralPreview(Referrals.pdf()).render(SampleReferrals.fullIntake(), 2, 72f);

        assertThat(pages.totalPages()).isGreaterThan(2);
        assertThat(pages.images()).hasSize(2);
        BufferedImage first = pages.images().get(0);
        assertThat(first.getWidth()).isEqualTo(595);
        assertThat(first.getHeight()).isBetween(841, 842);
        assertThat(hasInk(first)).isTrue();
    }

    @Test
    void rendersNoMorePagesThanThereAre() throws Exception {
        ReferralPreview.Pages pages = new ReferralPreview(Referrals.pdf()).render(SampleReferrals.small("nl"), 5, 40f);

        assertThat(pages.totalPages()).isBetween(1, 4);
        assertThat(pages.images()).hasSize(pages.totalPages());
    }

    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
