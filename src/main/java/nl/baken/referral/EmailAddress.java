package nl.baken.referral;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address for a partner's secure mail: something, an {@code @}, a domain with a dot, no
 * spaces. Deliberately loose: the worker's mail program is the real judge; this only catches a typo.
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    /** True when {@code address} (already stripped) looks like an e-mail address. */
    public static boolean isPlausible(String address) {
        return address != null && PLAUSIBLE.matcher(address).matches();
    }
}
