package nl.baken.vault;

import java.security.SecureRandom;

/**
 * The recovery code shown once at setup: 28 characters of Crockford's base32 (140 bits) in seven groups of four,
 * without the letters I, L, O and U that are easily misread or mistyped.
 */
public final class RecoveryCode {

    static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 28;
    static final int GROUP = 4;

    private RecoveryCode() {
    }

    /** A new code, formatted in groups ({@code ABCD-EFGH-...}); the caller zeroes it when shown. */
    static char[] generate(SecureRandom random) {
        char[] out = new char[LENGTH + LENGTH / GROUP - 1];
        int o = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                out[o++] = '-';
            }
            out[o++] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return out;
    }

    /**
     * The code as typed, reduced to its 28 significant characters: case, spaces and dashes ignored, O read as 0
     * and I or L as 1. Returns an empty array when what is left cannot be a code.
     */
    static char[] normalise(char[] typed) {
        char[] out = new char[LENGTH];
        int n = 0;
        for (char raw : typed) {
            char c = Character.toUpperCase(raw);
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            if (c == 'O') {
                c = '0';
            } else if (c == 'I' || c == 'L') {
                c = '1';
            }
            if (n == LENGTH || indexOf(c) < 0) {
                Secrets.zero(out);
                return new char[0];
            }
            out[n++] = c;
        }
        if (n != LENGTH) {
            Secrets.zero(out);
            return new char[0];
        }
        return out;
    }

    private static int indexOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
