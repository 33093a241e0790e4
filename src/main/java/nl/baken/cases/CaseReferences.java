package nl.baken.cases;

import java.security.SecureRandom;
import java.time.Year;

/** Makes pseudonymous case references such as {@code BK-2026-7QF3X}: readable aloud, meaningless outside Baken. */
public final class CaseReferences {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random;

    public CaseReferences(SecureRandom random) {
        this.random = random;
    }

    public String next(Year year) {
        StringBuilder sb = new StringBuilder("BK-").append(year.getValue()).append('-');
        for (int i = 0; i < 5; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
