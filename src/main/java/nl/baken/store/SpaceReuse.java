package nl.baken.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Where H2 puts new chunks (ADR 0021). A session opens with {@code REUSE_SPACE=FALSE}: every commit is appended at the
 * end of the file, where recovery after a kill finds it, because chunks written into gaps of a long session's file
 * were lost after unclean shutdowns (ADR 0018). At a clean close space reuse is turned back on, so H2's compaction at
 * close moves the live chunks to the front and truncates the file: no whole older version stays behind for a
 * truncated copy to open as (VaultDamageTest). H2 has no SQL for this setting, so its embedded engine is reached here
 * and nowhere else.
 */
final class SpaceReuse {

    /** The URL setting of a session: append every chunk. */
    static final String APPEND_ONLY = ";REUSE_SPACE=FALSE";

    private SpaceReuse() {
    }

    /** Lets the compaction at close reuse free space in the file of {@code connection}'s embedded database. */
    static void allowForClose(Connection connection) throws SQLException {
        if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            session.getDatabase().getStore().getMvStore().setReuseSpace(true);
        }
    }
}
