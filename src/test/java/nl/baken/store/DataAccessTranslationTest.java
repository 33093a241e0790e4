package nl.baken.store;

import static nl.baken.store.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing statement reaches the caller as a {@link StoreException} with the driver's code and nothing else. */
class DataAccessTranslationTest {

    private static final String PERSONAL = "Jansen-geboren-1990";

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() {
        char[] key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();
        store = Store.create(dir.resolve("baken"), key, Sealer.forDatabaseKey(new byte[32]), "vault-id");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDuplicateKeyOutsideATransactionCarriesOnlyTheDriversCode() {
        store.dsl().insertInto(SETTING).set(SETTING.NAME, PERSONAL).set(SETTING.SETTING_VALUE, PERSONAL).execute();

        Throwable thrown = catchThrowable(() -> store.dsl().insertInto(SETTING).set(SETTING.NAME, PERSONAL)
                .set(SETTING.SETTING_VALUE, PERSONAL).execute());

        assertSafe(thrown);
    }

    @Test
    void aFailingStatementInsideATransactionIsTranslatedToo() {
        Throwable thrown = catchThrowable(() -> store.inTransaction(dsl -> dsl.execute(
                "INSERT INTO \"NO_SUCH_TABLE\" VALUES ('" + PERSONAL + "')")));

        assertThat(thrown).isInstanceOf(StoreException.class);
        assertThat(((StoreException) thrown).errorCode()).isBetween(42102, 42104);
        assertThat(thrown).hasMessageNotContaining(PERSONAL).hasNoCause();
    }

    private static void assertSafe(Throwable thrown) {
        assertThat(thrown).isInstanceOf(StoreException.class).hasNoCause().hasMessageNotContaining(PERSONAL)
                .hasMessageNotContaining("insert");
        StoreException e = (StoreException) thrown;
        assertThat(e.reason()).isEqualTo(StoreException.Reason.WRITE_FAILED);
        assertThat(e.errorCode()).isEqualTo(23505);
        assertThat(e.getSuppressed()).isEmpty();
    }
}
