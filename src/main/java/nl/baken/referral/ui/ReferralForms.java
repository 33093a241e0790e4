package nl.baken.referral.ui;

import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import nl.baken.i18n.Messages;

/** The small pieces the referral screen's views build alike: a labelled text field and a one-way converter. */
final class ReferralForms {

    private ReferralForms() {
    }

    /** A text field with its prompt, also read out by a screen reader. */
    static TextField field(Messages messages, String id, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(messages.text(promptKey));
        f.setAccessibleText(messages.text(promptKey));
        return f;
    }

    /** Shows values as text; nothing is ever typed back. */
    static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
