package nl.baken.i18n;

/**
 * A failure that knows which bundle text describes it to the user. The key names a text in every bundle; the
 * exception's own message stays a code for the log, never a name, a value or a path.
 */
public interface MessageKeyed {

    /** The bundle key of the text that tells the user what happened and what to do. */
    String messageKey();
}
