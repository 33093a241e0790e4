package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static List<String> wrap(String text, int width) {
        return TextWrapper.wrap(text, width, String::length);
    }

    @Test
    void breaksAtSpaces() {
        assertThat(wrap("een twee drie vier", 9)).containsExactly("een twee", "drie vier");
    }

    @Test
    void breaksAWordOnlyWhenItIsWiderThanTheLine() {
        assertThat(wrap("ab abcdefghijkl cd", 5)).containsExactly("ab", "abcde", "fghij", "kl cd");
    }

    @Test
    void keepsLineBreaksAndEmptyLines() {
        assertThat(wrap("een\n\ntwee", 20)).containsExactly("een", "", "twee");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        assertThat(wrap(emoji.repeat(3), 2)).containsExactly(emoji, emoji, emoji);
    }
}
