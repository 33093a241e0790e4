package nl.baken.store;

import java.sql.SQLException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Turns every jOOQ {@link DataAccessException} raised by a statement into a {@link StoreException} that carries only
 * the driver's error code: the one place where a database failure is translated, so no repository needs its own
 * catch block. jOOQ's own exception message holds the SQL and H2's message can hold bind values, which may be
 * personal data; neither is kept, not even as the cause.
 */
final class DataAccessTranslation implements ExecuteListener {

    /** H2's error code for a page that fails its checks. */
    private static final int FILE_CORRUPTED = 90030;

    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.exception() instanceof DataAccessException e) {
            ctx.exception(translate(e, ctx.sqlException()));
        }
    }

    /** The safe form of {@code e}; {@code sql} (may be null) is the driver's exception when jOOQ still has it. */
    static StoreException translate(DataAccessException e, SQLException sql) {
        SQLException cause = sql != null ? sql : e.getCause() instanceof SQLException s ? s : null;
        int code = cause == null ? 0 : cause.getErrorCode();
        // H2's "file corrupted" (90030) is damage, not a write that may work on a second try.
        return new StoreException(code == FILE_CORRUPTED ? StoreException.Reason.DAMAGED
                : StoreException.Reason.WRITE_FAILED, code);
    }
}
