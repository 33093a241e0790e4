package nl.baken.i18n;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The one place a failure becomes words in the user's language: the first {@link MessageKeyed} in the failure's
 * chain of causes gives the text; anything else is unexpected and gets the general text.
 */
public final class FailureText {

    /** The general text for a failure that carries no key of its own. */
    public static final String UNEXPECTED = "error.unexpected";

    private FailureText() {
    }

    /** What went wrong, in the user's language; unexpected failures get {@link #UNEXPECTED}. */
    public static String describe(Messages messages, Throwable failure) {
        return describe(messages, failure, UNEXPECTED);
    }

    /** What went wrong, in the user's language; a failure without a key gets {@code fallbackKey}'s text. */
    public static String describe(Messages messages, Throwable failure, String fallbackKey) {
        return messages.text(keyOf(failure).orElse(fallbackKey));
    }

    /** The key of the first {@link MessageKeyed} in the chain of causes, if there is one. */
    public static java.util.Optional<String> keyOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof MessageKeyed keyed) {
                return java.util.Optional.of(keyed.messageKey());
            }
        }
        return java.util.Optional.empty();
    }
}
