package nl.baken.reports;

/** Why a CoMensha registration is not made; each reason has its bundle key. */
public enum ComenshaRefusal {
    /** No {@code comensha} consent in force: never given, declined or withdrawn. */
    NO_CONSENT("report.comensha.refused.no_consent"),
    /** Consent is recorded, but not who signed the form or that the signed form came in. */
    NO_SIGNED_FORM("report.comensha.refused.no_signed_form"),
    /** The signer does not fit the age: from 16 the person signs, younger a parent or guardian. */
    WRONG_SIGNER("report.comensha.refused.wrong_signer");

    private final String messageKey;

    ComenshaRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
