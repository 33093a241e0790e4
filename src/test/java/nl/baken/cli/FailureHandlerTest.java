package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import nl.baken.i18n.Messages;
import nl.baken.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * A command that fails on a damaged database halfway (a flipped bit in a page that {@code audit verify} reads) says
 * the database is damaged, not "something went wrong"; a failure without words of its own keeps the general line.
 */
class FailureHandlerTest {

    @Test
    void aFailureWithItsOwnWordsSaysThemAndAnyOtherGetsTheGeneralLine() {
        Messages en = Messages.of("en");
        assertThat(FailureHandler.unexpected(en, new IllegalStateException(StoreException.damaged("page"))))
                .isEqualTo(en.text("store.error.damaged"));
        assertThat(FailureHandler.unexpected(en, new IllegalStateException("no key")))
                .startsWith("Something went wrong.");
    }
}
