package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralPasswordTest {

    private final ReferralPassword passwords = new ReferralPassword(new SecureRandom());

    @Test
    void isFiveGroupsOfFiveFromAnUnambiguousAlphabet() {
        String pw = new String(passwords.generate());

        assertThat(pw).matches("[a-z2-9]{5}(-[a-z2-9]{5}){4}");
        assertThat(pw).doesNotContain("l", "1", "o", "0");
    }

    @Test
    void carriesAtLeast100Bits() {
        double bitsPerChar = Math.log(ReferralPassword.ALPHABET.length()) / Math.log(2);
        int chars = ReferralPassword.GROUPS * ReferralPassword.GROUP_SIZE;

        assertThat(ReferralPassword.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(bitsPerChar * chars).isGreaterThanOrEqualTo(100).isEqualTo(ReferralPassword.BITS);
    }

    @Test
    void neverRepeatsAndUsesTheWholeAlphabet() {
        Set<String> seen = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            char[] pw = passwords.generate();
            assertThat(seen.add(new String(pw))).isTrue();
            for (char c : pw) {
                used.add(c);
            }
        }
        assertThat(used).hasSize(33);
    }
}
