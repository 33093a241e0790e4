package nl.baken.support;

import java.sql.Connection;
import java.sql.SQLException;
import nl.baken.store.Store;
import org.h2.api.Trigger;

/**
 * Makes writes of answers fail on demand, inside the real database: an H2 trigger on the answer table that throws
 * while {@link #failing} is on. The app's own code path runs unchanged; only the commit fails, as a full disk would.
 */
public final class FailingWrites implements Trigger {

    /** While true, every insert or update of an answer fails. */
    public static volatile boolean failing;

    /** Installs the trigger on {@code store}; call on the thread that uses the store (the worker, in the app). */
    public static void install(Store store) {
        store.dsl().execute("CREATE TRIGGER IF NOT EXISTS FAIL_ANSWER BEFORE INSERT, UPDATE ON ANSWER FOR EACH ROW "
                + "CALL \"" + FailingWrites.class.getName() + "\"");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (failing) {
            throw new SQLException("write refused by the test", "HY000", 90000);
        }
    }
}
