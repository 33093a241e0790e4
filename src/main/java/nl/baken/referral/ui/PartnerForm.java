package nl.baken.referral.ui;

import java.util.Optional;

/** What the worker typed into the partner form; {@code id} is empty for a new regional partner. */
public record PartnerForm(Optional<String> id, String name, String audience, String contactPerson, String phone,
        String secureEmail, String notes) {

    /** A form for a new partner. */
    public static PartnerForm add(String name, String audience, String contactPerson, String phone,
            String secureEmail, String notes) {
        return new PartnerForm(Optional.empty(), name, audience, contactPerson, phone, secureEmail, notes);
    }
}
