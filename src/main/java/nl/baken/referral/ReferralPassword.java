package nl.baken.referral;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Makes the password that opens one referral PDF: 25 characters from a 32-letter alphabet (125 bits) in five
 * groups of five, easy to read over the phone. The password is exactly what is shown, dashes included.
 */
public final class ReferralPassword {

    /** Lower-case letters and digits without l, 1, o and 0, which are read or heard wrongly. */
    public static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    public static final int GROUPS = 5;
    public static final int GROUP_SIZE = 5;
    /** Bits of randomness in one password: 25 characters of 5 bits each. */
    public static final int BITS = 125;

    private final SecureRandom random;

    public ReferralPassword(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new password such as {@code abcde-fghij-kmnpq-rstuv-wxyz2}; the caller zeroes the array when done. */
    public char[] generate() {
        char[] out = new char[GROUPS * GROUP_SIZE + GROUPS - 1];
        int o = 0;
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                out[o++] = '-';
            }
            for (int i = 0; i < GROUP_SIZE; i++) {
                out[o++] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
        }
        return out;
    }
}
