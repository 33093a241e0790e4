package nl.baken.referral;

import java.util.Objects;
import java.util.Optional;
import nl.baken.questionnaire.Audience;

/**
 * An organisation a referral can be sent to, with the one audience that decides which answers it may receive.
 * Optional fields are {@code null} when absent.
 */
public record Partner(String id, String name, String audience, String contactPerson, String phone,
        String secureEmail, String notes, boolean national) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!Audience.isKnown(audience)) {
            throw new IllegalArgumentException("unknown audience");
        }
    }

    public Optional<String> contactPersonIfAny() {
        return Optional.ofNullable(contactPerson);
    }

    public Optional<String> phoneIfAny() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> secureEmailIfAny() {
        return Optional.ofNullable(secureEmail);
    }
}
