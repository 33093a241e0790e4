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
    /** True while a transaction of {@link Store#inTransaction} is still open on this thread around the commit. */
    private final java.util.function.BooleanSupplier insideOuterTransaction;
    /** Syncs so far: one per durable commit (the autosave benchmark and tests count them). */
    private final java.util.concurrent.atomic.AtomicLong syncs = new java.util.concurrent.atomic.AtomicLong();

    SyncOnCommit(Connection connection, java.util.function.BooleanSupplier insideOuterTransaction) {
        this.connection = connection;
        this.insideOuterTransaction = insideOuterTransaction;
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

    /**
     * A nested transaction's "commit" only releases its savepoint: nothing is on the disk until the outermost one
     * commits, so only that one is synced (a batch of demo cases is one fsync, not one per answer or audit entry).
     */
    @Override
    public void commitEnd(TransactionContext ctx) {
        if (!insideOuterTransaction.getAsBoolean()) {
            sync();
        }
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
