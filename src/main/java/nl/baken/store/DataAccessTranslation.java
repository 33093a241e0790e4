package nl.baken.store;

import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.exception.DataAccessException;

/**
 * Turns every jOOQ {@link DataAccessException} raised by a statement into a {@link StoreException} that carries only
 * the driver's error code: the one place where a database failure is translated, so no repository needs its own
 * catch block. jOOQ's own exception message holds the SQL and H2's message can hold bind values, which may be
 * personal data; neither is kept, not even as the cause.
 */
final class DataAccessTranslation implements ExecuteListener {

    /**
     * H2's codes, anywhere in the causes, that say the file does not hold what was written: a page that fails its
     * checks (90030), an index entry whose row is gone (90143, which H2 retries until it reports a lock timeout), a
     * row gone when it is deleted (90112).
     */
    private static final Set<Integer> DAMAGED_DATABASE = Set.of(90030, 90143, 90112);
    /**
     * H2's codes for a table or column that is not there (42102, 42122): Baken's statements are generated from the
     * migrations the open checked, so a part of the schema that cannot be found was lost from the file.
     */
    private static final Set<Integer> LOST_SCHEMA = Set.of(42102, 42122);
    /**
     * MVStore's codes for a file that cannot be read as written. H2 reports most of them as a general error (50000)
     * with the MVStore's exception as the cause: a flipped bit in an encrypted page decrypts to noise that fails to
     * decompress (H2's compression error, 90104, raised by the page reader), which is damage, not a failed save.
     */
    private static final Set<Integer> DAMAGED_FILE = Set.of(DataUtils.ERROR_FILE_CORRUPT,
            DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_UNKNOWN_DATA_TYPE, DataUtils.ERROR_UNSUPPORTED_FORMAT,
            ErrorCode.COMPRESSION_ERROR);
    /** The package whose own checks of a page against its parent (assertions, when they are on) fail on damage. */
    private static final String H2_STORAGE = "org.h2.mvstore.";

    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.exception() instanceof DataAccessException e) {
            ctx.exception(translate(e, ctx.sqlException(), ctx.type() == ExecuteType.READ, ctx.resultSet() != null));
        }
    }

    /**
     * The safe form of {@code e}; {@code sql} (may be null) is the driver's exception when jOOQ still has it, and
     * {@code fetching} says the statement had returned its rows when it failed.
     */
    static StoreException translate(DataAccessException e, SQLException sql, boolean fetching) {
        return translate(e, sql, fetching, fetching);
    }

    /** As {@link #translate(DataAccessException, SQLException, boolean)}; {@code reading}: the statement only reads. */
    static StoreException translate(DataAccessException e, SQLException sql, boolean reading, boolean fetching) {
        SQLException cause = sql != null ? sql : e.getCause() instanceof SQLException s ? s : null;
        int code = cause == null ? 0 : cause.getErrorCode();
        // A damaged file is damage, not a write that may work on a second try. So is a value the database returned
        // that cannot be read as its column's type (jOOQ's own error, code 0): no statement of Baken's wrote it.
        // And so is a read that runs out of memory: Baken reads a page of a list or one case's rows, kilobytes,
        // against a heap of hundreds of megabytes, so the length H2 was asked to allocate came from a damaged page.
        // (H2 closes the database after it either way; the check, which only reads, tells the two apart.)
        boolean damaged = LOST_SCHEMA.contains(code) || damagedFile(cause) || (fetching && code == 0)
                || (reading && code == ErrorCode.OUT_OF_MEMORY);
        return new StoreException(damaged ? StoreException.Reason.DAMAGED : StoreException.Reason.WRITE_FAILED, code);
    }

    /** Whether {@code e} or one of its causes says the file cannot be read as written. */
    private static boolean damagedFile(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MVStoreException m && DAMAGED_FILE.contains(m.getErrorCode())
                    || t instanceof SQLException s && DAMAGED_DATABASE.contains(s.getErrorCode())
                    || t instanceof DbException d && DAMAGED_DATABASE.contains(d.getErrorCode())
                    || t instanceof AssertionError && raisedIn(t, H2_STORAGE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} was thrown by a class of {@code prefix}: with assertions on (as in every test run), H2 checks
     * that a child page read from the file has the position and row count its parent recorded, and a flipped bit
     * fails that check before anything else sees the page.
     */
    private static boolean raisedIn(Throwable t, String prefix) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(prefix);
    }
}
