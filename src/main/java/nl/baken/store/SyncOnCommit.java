package nl.baken.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Makes every committed write durable before it is acknowledged: after a transaction commits, and after a write
 * in auto-commit mode, H2 is told {@code CHECKPOINT SYNC}, which writes and fsyncs the file. {@code WRITE_DELAY=0}
 * alone hands commits to the operating system, which survives a killed app but not a power cut.
 */
final class SyncOnCommit implements ExecuteListener, TransactionListener {

    private final Connection connection;
    /** Syncs so far: one per durable commit (the autosave benchmark and tests count them). */
    private final java.util.concurrent.atomic.AtomicLong syncs = new java.util.concurrent.atomic.AtomicLong();

    SyncOnCommit(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        try {
            if ((ctx.type() == ExecuteType.WRITE || ctx.type() == ExecuteType.BATCH) && connection.getAutoCommit()) {
                sync();
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, e.getErrorCode());
        }
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        sync();
    }

    long syncs() {
        return syncs.get();
    }

    void sync() {
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            syncs.incrementAndGet();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, e.getErrorCode());
        }
    }
}
