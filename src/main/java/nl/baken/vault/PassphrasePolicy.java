package nl.baken.vault;

/** The rule for passphrases (at least 12 characters) and a rough strength hint for the setup screen. */
public final class PassphrasePolicy {

    public static final int MINIMUM_LENGTH = 12;

    /** How strong a passphrase looks; each has a bundle key for its hint. */
    public enum Strength {
        TOO_SHORT("vault.strength.too_short"),
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
    }

    private PassphrasePolicy() {
    }

    public static boolean isAcceptable(char[] passphrase) {
        return strength(passphrase) != Strength.TOO_SHORT;
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
        int distinct = (int) new String(passphrase).chars().distinct().count();
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
        if (distinct < 6) {
            return Strength.WEAK;
        }
        if (length >= 20 || (length >= 16 && kinds >= 2)) {
            return Strength.STRONG;
        }
        return kinds >= 3 ? Strength.FAIR : Strength.WEAK;
    }
}
