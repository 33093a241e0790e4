package nl.baken.vault;

/**
 * The rule for passphrases (12 to 1,024 characters, not just a few different characters) and a rough strength hint
 * for the setup screen. It reads the characters in place, so the caller can zero them: no {@code String} copy.
 */
public final class PassphrasePolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** Longer is refused: no one types it, and an endless input must not reach the key derivation. */
    public static final int MAXIMUM_LENGTH = 1024;
    /** Fewer different characters ({@code aaaaaaaaaaaa}, {@code abababababab}) is refused however long. */
    static final int MINIMUM_DISTINCT = 6;

    /** How strong a passphrase looks; each has a bundle key for its hint. */
    public enum Strength {
        TOO_SHORT("vault.strength.too_short"),
        TOO_LONG("vault.strength.too_long"),
        TOO_SIMPLE("vault.strength.too_simple"),
        WEAK("vault.strength.weak"),
        FAIR("vault.strength.fair"),
        STRONG("vault.strength.strong");

        private final String messageKey;

        Strength(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        /** Whether a passphrase of this strength may be used; weak ones may, with the hint to make them longer. */
        public boolean acceptable() {
            return this != TOO_SHORT && this != TOO_LONG && this != TOO_SIMPLE;
        }
    }

    private PassphrasePolicy() {
    }

    public static boolean isAcceptable(char[] passphrase) {
        return passphrase != null && strength(passphrase).acceptable();
    }

    /**
     * Length counts most (a sentence of ordinary words is both strong and easy to remember); repeated or
     * one-kind characters lower the hint.
     */
    public static Strength strength(char[] passphrase) {
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MINIMUM_LENGTH) {
            return Strength.TOO_SHORT;
        }
        if (length > MAXIMUM_LENGTH) {
            return Strength.TOO_LONG;
        }
        int distinct = distinct(passphrase);
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : passphrase) {
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (distinct < MINIMUM_DISTINCT) {
            return Strength.TOO_SIMPLE;
        }
        if (length >= 20 || (length >= 16 && kinds >= 2)) {
            return Strength.STRONG;
        }
        return kinds >= 3 ? Strength.FAIR : Strength.WEAK;
    }

    /** The number of different characters, counted on a sorted copy that is zeroed afterwards. */
    private static int distinct(char[] passphrase) {
        char[] sorted = passphrase.clone();
        try {
            java.util.Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    distinct++;
                }
            }
            return distinct;
        } finally {
            java.util.Arrays.fill(sorted, '\0');
        }
    }
}
