package nl.baken.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.FileUtils;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open encrypted H2 database: a connection for work (and one for checks), Flyway migrations, a jOOQ
 * {@link DSLContext} and the {@link Sealer} of personal values. Every open uses {@code CIPHER=AES},
 * {@code WRITE_DELAY=0} (no acknowledged commit lost on a kill), {@code REUSE_SPACE=FALSE} until the close
 * ({@link SpaceReuse}, ADR 0021: every chunk appended, where recovery after a kill finds it) and
 * {@code TRACE_LEVEL_FILE=0} (no trace file that could hold SQL with personal data). An existing database is never
 * given a fresh schema.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String USER = "baken";
    /**
     * H2's compaction at close stays (its default, 200 ms; measured 1.4 s at 10,000 cases), with space reuse turned
     * back on for it ({@link SpaceReuse}). Without it ({@code MAX_COMPACT_TIME=0}) older chunks stay whole in the
     * file, and a truncated copy then opened as an older version of the data and passed the check (VaultDamageTest).
     * The demo compacts fully at its end instead ({@link #closeCompacted()}).
     */
    private static final String PLAIN_SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
    private static final String SETTINGS = ";CIPHER=AES" + PLAIN_SETTINGS + SpaceReuse.APPEND_ONLY;
    /**
     * A new file built from a snapshot ({@link #load}): nothing in it is acknowledged until the whole file is closed
     * and forced to disk, and a failure or a kill leaves a half file its caller removes, so H2's own write delay and
     * space reuse serve (no chunk stored per commit, none kept for a recovery that never reads it).
     */
    private static final String LOAD_SETTINGS = ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";

    private final Connection connection;
    private final Connection checkConnection;
    private final Sealer sealer;
    private final Access access;
    private final DSLContext dsl;
    private final SyncOnCommit durable;
    private String schemaVersion = "none";
    private int pendingMigrations;
    /** The in-memory file of a {@link #scratch} store, deleted when it closes; null for a vault's own file. */
    private String scratchFile;

    private Store(Connection connection, Connection checkConnection, Sealer sealer, Access access) {
        this.connection = connection;
        this.checkConnection = checkConnection == null ? connection : checkConnection;
        this.sealer = sealer;
        this.access = access;
        this.durable = new SyncOnCommit(connection, () -> transaction.get() != null);
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration()
                .set(connection)
                .set(SQLDialect.H2)
                .set(new Settings()
                        .withExecuteLogging(false)
                        .withDiagnosticsLogging(false)
                        .withRenderSchema(false))
                .set(durable, new DataAccessTranslation())
                .set((org.jooq.TransactionListener) durable));
    }

    /** How a database is opened: made new at setup, or an existing one for work or for a check. */
    public enum Access { CREATE, READ_WRITE, READ_ONLY }

    /**
     * Makes a new database at {@code base} (which must not exist), installs the schema and records
     * {@code vaultId}. Setup is the only place a schema is ever installed. The {@code fileKey} (hex characters) is
     * H2's file password and the user password; the caller zeroes it afterwards.
     */
    public static Store create(Path base, char[] fileKey, Sealer sealer, String vaultId) {
        if (Files.exists(fileOf(base))) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, 0);
        }
        return withVaultRow(connect(base, fileKey, sealer, Access.CREATE), vaultId);
    }

    /**
     * A throwaway database with the vault's schema and settings (AES file encryption included) in H2's in-memory file
     * system, under a random key: nothing reaches the disk, and closing it deletes it. For running the session's
     * first reads and writes once before the real unlock ({@code session.SessionWarmUp}); never for a worker's data.
     */
    public static Store scratch(Sealer sealer) {
        String base = "memFS:baken-scratch-" + UUID.randomUUID();
        char[] fileKey = HexFormat.of().formatHex(randomBytes(32)).toCharArray();
        char[] password = password(fileKey);
        JdbcDataSource source = dataSource("jdbc:h2:" + base + SETTINGS, password);
        try {
            Store store = connectAndMigrate(source, sealer, Access.CREATE);
            store.scratchFile = base + ".mv.db";
            // A vault row as a real vault has: without it the audit log could not store its chain's secret and
            // began a new chain, with an upgrade entry and a log line, at every entry of the warm-up.
            return withVaultRow(store, UUID.randomUUID().toString());
        } catch (RuntimeException e) {
            FileUtils.delete(base + ".mv.db");
            throw e;
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(fileKey, '\0');
            source.setPasswordChars(new char[0]);
        }
    }

    /** Records {@code vaultId} in a new database's vault row; a failure closes the store and is passed on. */
    private static Store withVaultRow(Store store, String vaultId) {
        try {
            store.dsl.execute("INSERT INTO \"VAULT\" (\"VAULT_ID\") VALUES (?)", vaultId);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * Opens an existing database, read-write (migrations newer than the vault are applied) or read-only (H2's
     * {@code ACCESS_MODE_DATA=r}: not one byte of the file is written, for checks). A file that is missing, empty,
     * unreadable, or lacks the schema history is refused and never given a fresh schema.
     */
    public static Store open(Path base, char[] fileKey, Sealer sealer, Access access) {
        if (access == Access.CREATE) {
            throw new IllegalArgumentException("use create");
        }
        Path file = fileOf(base);
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Reason.MISSING, 0);
        }
        try {
            if (Files.size(file) == 0) {
                throw StoreException.damaged("file empty");
            }
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Reason.UNREADABLE, 0);
        }
        FileIdentity key = FileIdentity.of(file);
        if (FAILED_OPENS.contains(key)) {
            // H2 still holds this file's lock from the failed open: only a restart lets it be opened again.
            throw StoreException.damaged("file refused earlier in this run");
        }
        // No lock probe of our own before H2: H2 itself answers "in use" (90020), read-only or not
        // (VaultInUseTest), and closing a probe's channel on the file would drop every POSIX lock the process holds
        // on it, H2's included.
        try {
            return connect(base, fileKey, sealer, access);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.IN_USE) {
                FAILED_OPENS.add(key);
                FAILED_OPENS.add(FileIdentity.of(file)); // as it is after the try, should H2 have touched it
            }
            throw e;
        }
    }

    /**
     * Files H2 failed to open in this JVM. H2 2.5 keeps such a file locked until the JVM ends (measured: every
     * later open, read-only or not, fails with "in use"), so a second try is answered as damaged, not as in use.
     * A file is known by more than its path: a backup restored in its place (a new file at the same path, which H2
     * holds no lock on) opens.
     */
    private static final Set<FileIdentity> FAILED_OPENS = ConcurrentHashMap.newKeySet();

    /**
     * True when H2 failed to open this very file (not a new one at its path) in this JVM: any lock on it held here is
     * H2's abandoned one, not an open vault.
     */
    public static boolean refusedInThisRun(Path databaseFile) {
        return FAILED_OPENS.contains(FileIdentity.of(databaseFile));
    }

    /** One file on disk: its path and what tells a new file at that path from the old one. */
    private record FileIdentity(Path path, Object fileKey, java.nio.file.attribute.FileTime created,
                                java.nio.file.attribute.FileTime modified, long size) {
        static FileIdentity of(Path file) {
            Path path = file.toAbsolutePath().normalize();
            try {
                var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
                return new FileIdentity(path, attributes.fileKey(), attributes.creationTime(),
                        attributes.lastModifiedTime(), attributes.size());
            } catch (java.io.IOException e) {
                return new FileIdentity(path, null, null, null, -1);
            }
        }
    }

    private static Path fileOf(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static Store connect(Path base, char[] fileKey, Sealer sealer, Access access) {
        char[] password = password(fileKey);
        JdbcDataSource source = dataSource(base, SETTINGS + switch (access) {
            case CREATE -> "";
            case READ_WRITE -> ";IFEXISTS=TRUE";
            // H2's own lock would outlive a failed open (see FAILED_OPENS); MVStore still refuses a file in use.
            case READ_ONLY -> ";IFEXISTS=TRUE;FILE_LOCK=NO;ACCESS_MODE_DATA=r";
        }, password);
        try {
            return connectAndMigrate(source, sealer, access);
        } finally {
            Arrays.fill(password, '\0');
            source.setPasswordChars(new char[0]);
        }
    }

    /**
     * H2's data source for {@code base} with {@code password} ({@link #password}); H2 keeps the array itself, so the
     * caller zeroes it once the connections are made.
     */
    private static JdbcDataSource dataSource(Path base, String settings, char[] password) {
        return dataSource(url(base, settings), password);
    }

    /** H2's data source for the JDBC {@code url}, with Baken's user and {@code password}. */
    private static JdbcDataSource dataSource(String url, char[] password) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(password);
        return source;
    }

    /** H2's two passwords in one: the file key, a space, the file key again as the user's password. */
    private static char[] password(char[] fileKey) {
        char[] password = new char[fileKey.length * 2 + 1];
        System.arraycopy(fileKey, 0, password, 0, fileKey.length);
        password[fileKey.length] = ' ';
        System.arraycopy(fileKey, 0, password, fileKey.length + 1, fileKey.length);
        return password;
    }

    /**
     * An unencrypted database with every other setting the same and values not sealed, for the autosave
     * benchmark's baseline only; never used by the app (package-private, opened through a test helper).
     */
    static Store openPlain(Path base) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(base, PLAIN_SETTINGS));
        source.setUser(USER);
        source.setPassword("");
        return connectAndMigrate(source, Sealer.unsealedForBenchmark(),
                Files.exists(fileOf(base)) ? Access.READ_WRITE : Access.CREATE);
    }

    /**
     * The JDBC URL for a database at {@code base} with exactly Baken's {@code settings}. H2 reads everything after a
     * {@code ;} as a setting and has no way to escape one in a path, so a path with a {@code ;} (or a control
     * character) is refused here: {@code /x;AUTO_SERVER=TRUE} must never open a network port.
     */
    static String url(Path base, String settings) {
        String path = base.toAbsolutePath().toString();
        if (path.indexOf(';') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the database path holds a character H2 would read as a setting");
        }
        return "jdbc:h2:file:" + path + settings;
    }

    private static Store connectAndMigrate(JdbcDataSource source, Sealer sealer, Access access) {
        Connection connection;
        Connection second = null;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            // H2 can fail on a damaged file with its own unchecked exceptions; their messages stay out of the log.
            LOG.warn("opening the database failed: {}", e.getClass().getName());
            throw new StoreException(StoreException.Reason.UNREADABLE, 0);
        }
        try {
            // A check while the app works reads on its own session, so it never holds up an autosave.
            second = access == Access.READ_ONLY ? null : source.getConnection();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(e);
        }
        Store store = new Store(connection, second, sealer, access);
        try {
            store.migrate(source);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void migrate(JdbcDataSource source) {
        if (access != Access.CREATE) {
            SchemaHistory.requirePresent(connection);
        }
        try {
            Flyway flyway = flyway(source);
            if (access == Access.CREATE) {
                flyway.migrate();
            } else {
                ValidateResult valid = flyway.validateWithResult();
                if (!valid.validationSuccessful) {
                    LOG.error("schema history does not match the known migrations ({} differ)",
                            valid.invalidMigrations == null ? 0 : valid.invalidMigrations.size());
                    throw StoreException.damaged("flyway_schema_history");
                }
                if (access == Access.READ_WRITE) {
                    flyway.migrate();
                }
            }
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            schemaVersion = current == null ? "none" : current.getVersion().toString();
            pendingMigrations = info.pending().length;
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("migration failed: {}", e.getClass().getName());
            throw new StoreException(StoreException.Reason.MIGRATION_FAILED, 0);
        }
    }

    /**
     * Flyway on this database. Validation accepts migrations newer than the vault (a read-write open applies
     * them, a check reports them); it never creates a schema history or a baseline on a database without one.
     * Flyway reads the migrations {@link Migrations} names and looks for no Java migrations: no class-path scan.
     */
    private static Flyway flyway(JdbcDataSource source) {
        Migrations migrations = new Migrations(Store.class.getClassLoader());
        return Flyway.configure()
                .dataSource(source)
                .locations(migrations.location())
                .resourceProvider(migrations)
                .javaMigrationClassProvider(List::of)
                .loggers("slf4j")
                .baselineOnMigrate(false)
                .cleanDisabled(true)
                .ignoreMigrationPatterns("*:pending")
                .load();
    }

    /**
     * How many commits were made durable ({@code CHECKPOINT SYNC}, one fsync each) since the store opened: one per
     * committed transaction or auto-commit write. For the autosave benchmark and tests; holds no data.
     */
    public long durableCommits() {
        return durable.syncs();
    }

    /** The vault id recorded at setup, or empty when the row is missing or not exactly one. */
    public Optional<String> vaultId() {
        try {
            List<String> ids = dsl.fetch("SELECT \"VAULT_ID\" FROM \"VAULT\"").getValues(0, String.class);
            return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
        } catch (StoreException e) {
            // A missing or unreadable row means no recorded id; the caller treats that as a vault that is not ours.
            return Optional.empty();
        }
    }

    /** Seals and opens the personal values of this vault (see {@link Sealer}). */
    public Sealer sealer() {
        return sealer;
    }

    public boolean isReadOnly() {
        return access == Access.READ_ONLY;
    }

    /**
     * The context to work in: inside {@link #inTransaction} on this thread, that transaction's, so a repository
     * called from a transaction's work writes in it.
     */
    public DSLContext dsl() {
        DSLContext running = transaction.get();
        return running != null ? running : dsl;
    }

    /**
     * Runs {@code work} in one transaction and returns its result; the lambda gets the transaction's context. Called
     * inside another transaction on this thread, it joins it (a savepoint of it): it never commits the outer one's
     * work half-way, as a second transaction begun on the outer context would. Statements fail as
     * {@link StoreException} already ({@link DataAccessTranslation}); the catch is for the commit and rollback
     * themselves, which jOOQ runs outside any statement and so outside the listener.
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        DSLContext outer = transaction.get();
        if (outer == null) {
            return outermost(work);
        }
        return joined(outer, work);
    }

    /** The outermost transaction: after it commits, what {@link #afterCommit} collected runs, once each. */
    private <T> T outermost(Function<DSLContext, T> work) {
        List<Runnable> pending = new java.util.ArrayList<>();
        afterCommit.set(pending);
        T result;
        try {
            result = joined(null, work);
        } finally {
            afterCommit.remove();
        }
        for (Runnable action : pending) {
            action.run();
        }
        return result;
    }

    /**
     * Runs {@code action} once the transaction running on this thread has committed (at once when none runs); the
     * same action given twice in one transaction runs once. A rolled-back transaction drops it. For what must follow
     * the database, never lead it, such as the audit log's anchor in the key slots.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else if (!pending.contains(action)) {
            pending.add(action);
        }
    }

    /** What runs after the outermost transaction on this thread commits (see {@link #afterCommit}). */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    private <T> T joined(DSLContext outer, Function<DSLContext, T> work) {
        try {
            return (outer != null ? outer : dsl).transactionResult(cfg -> {
                DSLContext running = cfg.dsl();
                transaction.set(running);
                try {
                    return work.apply(running);
                } finally {
                    if (outer == null) {
                        transaction.remove();
                    } else {
                        transaction.set(outer);
                    }
                }
            });
        } catch (DataAccessException e) {
            throw DataAccessTranslation.translate(e, null, false);
        }
    }

    /** The transaction running on each thread, if any: {@link #dsl()} hands it out while it runs. */
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();

    /**
     * The full check: the tables against the migrations, every row and large object read, every sealed value
     * opened, every foreign key resolved, plus {@code more} (the audit chain). It runs on its own session and only
     * reads; its transaction is rolled back. Problems name a table and a row id, never content.
     */
    public CheckReport check(Function<DSLContext, List<String>> more) {
        synchronized (checkSession) {
            return new StoreCheck(checkConnection, sealer, pendingMigrations).run(more);
        }
    }

    /** The check session serves one check or one snapshot at a time (a backup waits for the check after unlock). */
    private final Object checkSession = new Object();

    /**
     * A consistent online snapshot of the whole database while it stays open for work: on the check session, in one
     * REPEATABLE READ transaction (rolled back), {@code first} runs (the counts of a backup's header), then H2's
     * {@code SCRIPT NOPASSWORDS NOSETTINGS} hands every statement that rebuilds the database to {@code statements},
     * one by one, in memory. Nothing is written to a file of ours; a result too large for memory goes to an H2 temp
     * file, which H2 encrypts with this database's file key (ADR 0012).
     */
    public <T> T snapshot(Function<DSLContext, T> first, java.util.function.Consumer<String> statements) {
        synchronized (checkSession) {
            return snapshotOnCheckSession(first, statements);
        }
    }

    private <T> T snapshotOnCheckSession(Function<DSLContext, T> first,
                                         java.util.function.Consumer<String> statements) {
        Connection c = checkConnection;
        try {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T header = first.apply(DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false)
                        .withDiagnosticsLogging(false).withRenderSchema(false)));
                try (java.sql.Statement st = c.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (rs.next()) {
                        statements.accept(rs.getString(1));
                    }
                }
                return header;
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("snapshot failed (code {})", e.getErrorCode());
            throw new StoreException(StoreException.Reason.UNREADABLE, e.getErrorCode());
        } catch (DataAccessException e) {
            throw DataAccessTranslation.translate(e, null, false);
        }
    }

    /**
     * Builds a new database at {@code base} (which must not exist) from the statements of a {@link #snapshot}, under
     * {@code fileKey}; only the statement kinds H2's {@code SCRIPT} writes are accepted ({@link ScriptStatements}).
     * The file is closed and forced to disk before this returns; H2 makes it under the umask, so the caller makes it
     * owner-only. A failure leaves the half-built file for the caller, who made it in a directory of its own and
     * removes it.
     */
    public static void load(Path base, char[] fileKey, java.util.Iterator<String> statements) {
        if (Files.exists(fileOf(base))) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, 0);
        }
        char[] password = password(fileKey);
        JdbcDataSource source = dataSource(base, LOAD_SETTINGS, password);
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                int n = 0;
                while (statements.hasNext()) {
                    String sql = statements.next();
                    if (!ScriptStatements.isAllowed(sql)) {
                        throw StoreException.damaged("statement " + (n + 1));
                    }
                    st.execute(sql);
                    if (++n % 500 == 0) {
                        c.commit();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            LOG.warn("loading a snapshot failed (code {})", e.getErrorCode());
            throw StoreException.damaged("snapshot statement refused (code " + e.getErrorCode() + ")");
        } finally {
            Arrays.fill(password, '\0');
            source.setPasswordChars(new char[0]);
        }
        forceToDisk(fileOf(base));
    }

    /**
     * Copies this database through a {@link #snapshot} into a new file at {@code base} under {@code fileKey} (a
     * rekey): the statements go from the snapshot to the new file through a small queue in memory, never a file.
     */
    public void copyTo(Path base, char[] fileKey) {
        copyTo(base, fileKey, dsl -> {
            // a rekey copies every row as it is
        });
    }

    /**
     * {@link #copyTo(Path, char[])} with {@code change} applied to what is copied (an erasure deletes a case's rows):
     * it runs first in the snapshot's own transaction, which is rolled back, so the change reaches the new file only
     * and the rows it removes are never written there; this database keeps them until the new file replaces it.
     */
    public void copyTo(Path base, char[] fileKey, java.util.function.Consumer<DSLContext> change) {
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(64);
        Object end = new Object();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                snapshot(dsl -> {
                    change.accept(dsl);
                    return null;
                }, sql -> put(queue, sql));
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                put(queue, end);
            }
        }, "baken-snapshot");
        producer.setDaemon(true);
        producer.start();
        java.util.Iterator<String> statements = new java.util.Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StoreException(StoreException.Reason.UNREADABLE, 0);
                    }
                }
                return next != end;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                String sql = (String) next;
                next = null;
                return sql;
            }
        };
        try {
            load(base, fileKey, statements);
        } finally {
            while (producer.isAlive()) {
                queue.clear();
                try {
                    producer.join(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static void put(java.util.concurrent.BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Reason.UNREADABLE, 0);
        }
    }

    private static void forceToDisk(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, 0);
        }
    }

    /**
     * Seals every sealed value again: opened with {@code previous} (the sealer of the old database key), sealed with
     * this store's. Used after a rekey has copied the rows into a database under a new key; one transaction.
     */
    public long resealFrom(Sealer previous) {
        return inTransaction(dsl -> Reseal.run(dsl, previous, sealer));
    }

    /** {@link #check(Function)} without further checks. */
    public CheckReport check() {
        return check(dsl -> List.of());
    }

    /** The versions of the migrations applied, oldest first. */
    public List<String> appliedMigrations() {
        return dsl.fetch("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")
                .getValues(0, String.class);
    }

    /** Flyway's current schema version after the migrations that ran at open. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Migrations Flyway still reported as pending after migrating (0 when healthy). */
    public int pendingMigrations() {
        return pendingMigrations;
    }

    public boolean isOpen() {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Closes the database after rewriting the file with only its live data (H2's {@code SHUTDOWN COMPACT}: a new
     * file, then an atomic move over the old one, which H2 finishes or undoes at the next open). Slow on a large
     * vault, so only at a moment the worker chose (after demo data), never at a lock. Read-only or already closed:
     * just closes.
     */
    public void closeCompacted() {
        if (access != Access.READ_ONLY && isOpen()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.warn("compacting the database failed (code {})", e.getErrorCode());
            }
        }
        close();
    }

    /** Closes the connections, which closes the database file. */
    @Override
    public void close() {
        if (access != Access.READ_ONLY && isOpen()) {
            try {
                SpaceReuse.allowForClose(connection);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("space reuse for the compaction at close not set ({})", e.getClass().getSimpleName());
            }
        }
        if (checkConnection != connection) {
            closeQuietly(checkConnection);
        }
        closeQuietly(connection);
        if (scratchFile != null) {
            FileUtils.delete(scratchFile);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the database failed (code {})", e.getErrorCode());
        }
    }

    private static StoreException translate(SQLException e) {
        int code = e.getErrorCode();
        StoreException.Reason reason = switch (code) {
            case 90049, 28000 -> StoreException.Reason.WRONG_KEY;
            case 90020 -> StoreException.Reason.IN_USE;
            case 90146, 90013 -> StoreException.Reason.MISSING;
            default -> StoreException.Reason.UNREADABLE;
        };
        LOG.warn("opening the database failed: {} (code {})", reason, code);
        return new StoreException(reason, code);
    }
}
