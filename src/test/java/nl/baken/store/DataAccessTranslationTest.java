package nl.baken.store;

import static nl.baken.store.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.jooq.exception.DataAccessException;
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

    @Test
    void aGeneralErrorCausedByAPageThatFailsToDecodeIsDamageNotAFailedSave() {
        SQLException general = new SQLException("General error", "HY000", 50000,
                DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}", 7));

        StoreException e = DataAccessTranslation.translate(new DataAccessException("select", general), null, false);

        assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(e.errorCode()).isEqualTo(50000);
        assertThat(e).hasNoCause();
    }

    /** Found by VaultDamageTest: a flipped bit in an encrypted page decrypts to noise that does not inflate. */
    @Test
    void aPageThatFailsToDecompressIsDamageNotAFailedSave() {
        assertThat(reasonOfGeneralError("select",
                DataUtils.newMVStoreException(ErrorCode.COMPRESSION_ERROR, "incorrect header check")))
                .isEqualTo(StoreException.Reason.DAMAGED);
    }

    /** Found by VaultDamageTest: with assertions on, H2 checks a child page's row count against its parent's. */
    @Test
    void aFailedPageCheckInsideH2IsDamageNotAFailedSave() {
        AssertionError pageCheck = new AssertionError();
        pageCheck.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.mvstore.Page$NonLeaf", "getChildPage", "Page.java", 1205)});
        assertThat(reasonOfGeneralError("select", pageCheck)).isEqualTo(StoreException.Reason.DAMAGED);
    }

    /** Found by VaultDamageTest: a flipped bit in a length field asks H2 for an array larger than the heap. */
    @Test
    void aReadThatRunsOutOfMemoryIsDamageAWriteThatDoesIsAFailedSave() {
        SQLException outOfMemory = new SQLException("Out of memory", "90108", ErrorCode.OUT_OF_MEMORY,
                new OutOfMemoryError());

        StoreException read = DataAccessTranslation.translate(new DataAccessException("select", outOfMemory),
                outOfMemory, true, false);
        StoreException write = DataAccessTranslation.translate(new DataAccessException("insert", outOfMemory),
                outOfMemory, false, false);

        assertThat(read.reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(write.reason()).isEqualTo(StoreException.Reason.WRITE_FAILED);
    }

    @Test
    void anAssertionFailingOutsideH2sStorageIsNotTakenForDamage() {
        assertThat(reasonOfGeneralError("insert", new AssertionError()))
                .isEqualTo(StoreException.Reason.WRITE_FAILED);
    }

    @Test
    void aGeneralErrorCausedByAFailedWriteStaysAFailedSave() {
        assertThat(reasonOfGeneralError("insert",
                DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing failed")))
                .isEqualTo(StoreException.Reason.WRITE_FAILED);
    }

    @Test
    void aFetchedValueThatCannotBeReadAsItsColumnsTypeIsDamage() {
        SQLException conversion = new SQLException("Error while reading field", new IllegalArgumentException());

        StoreException e = DataAccessTranslation.translate(new DataAccessException("select", conversion), conversion,
                true);

        assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
    }

    @Test
    void anIndexEntryWhoseRowIsGoneIsDamageThoughH2ReportsALockTimeout() {
        SQLException rowGone = new SQLException("Row not found in primary index", "HY000", 90143);
        SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00", 50200, rowGone);

        StoreException e = DataAccessTranslation.translate(new DataAccessException("select", timeout), timeout, false);

        assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(e.errorCode()).isEqualTo(50200);
    }

    private static void assertSafe(Throwable thrown) {
        assertThat(thrown).isInstanceOf(StoreException.class).hasNoCause().hasMessageNotContaining(PERSONAL)
                .hasMessageNotContaining("insert");
        StoreException e = (StoreException) thrown;
        assertThat(e.reason()).isEqualTo(StoreException.Reason.WRITE_FAILED);
        assertThat(e.errorCode()).isEqualTo(23505);
        assertThat(e.getSuppressed()).isEmpty();
    }

    /** The reason given for H2's general error 50000 with this cause, in a statement of this kind. */
    private static StoreException.Reason reasonOfGeneralError(String sql, Throwable cause) {
        SQLException general = new SQLException("General error", "HY000", 50000, cause);
        return DataAccessTranslation.translate(new DataAccessException(sql, general), general, false).reason();
    }
}
