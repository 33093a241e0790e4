package nl.baken.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Any failure becomes the text of the first key in its chain of causes, in the user's language. */
class FailureTextTest {

    /** A failure that knows its text, as VaultException, StoreException and ReferralException do. */
    private static final class Keyed extends RuntimeException implements MessageKeyed {
        private static final long serialVersionUID = 1L;

        Keyed(Throwable cause) {
            super("WRONG_PASSPHRASE", cause);
        }

        @Override
        public String messageKey() {
            return "vault.error.wrong_passphrase";
        }
    }

    @Test
    void aKeyedFailureIsDescribedByItsOwnTextInEachLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages messages = Messages.of(language);
            assertThat(FailureText.describe(messages, new Keyed(null)))
                    .isEqualTo(messages.text("vault.error.wrong_passphrase"));
        }
        assertThat(FailureText.describe(Messages.of("nl"), new Keyed(null)))
                .isNotEqualTo(FailureText.describe(Messages.of("en"), new Keyed(null)));
    }

    @Test
    void aKeyDeeperInTheChainOfCausesIsFound() {
        Throwable wrapped = new IllegalStateException("outer", new RuntimeException(new Keyed(new IOException())));

        assertThat(FailureText.describe(Messages.of("en"), wrapped))
                .isEqualTo(Messages.of("en").text("vault.error.wrong_passphrase"));
    }

    @Test
    void aFailureWithoutAKeyIsUnexpectedOrTheCallersFallback() {
        Messages en = Messages.of("en");
        IOException plain = new IOException("/home/someone/secret.pdf");

        assertThat(FailureText.describe(en, plain)).isEqualTo(en.text("error.unexpected"))
                .doesNotContain("secret");
        assertThat(FailureText.describe(en, plain, "referral.ui.failed")).isEqualTo(en.text("referral.ui.failed"));
    }

    @Test
    void aCauseThatPointsBackToItselfEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(FailureText.keyOf(a)).isEmpty();
    }
}
