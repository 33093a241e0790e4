package nl.baken.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open encrypted H2 database: one connection, Flyway migrations, and a jOOQ {@link DSLContext}. Every open uses
 * {@code CIPHER=AES}, {@code WRITE_DELAY=0} (no acknowledged commit lost on a kill) and {@code TRACE_LEVEL_FILE=0}
 * (no trace file that could hold SQL with personal data).
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String USER = "baken";
    private static final String PLAIN_SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
    private static final String SETTINGS = ";CIPHER=AES" + PLAIN_SETTINGS;

    private final Connection connection;
    private final DSLContext dsl;
    private final SyncOnCommit durable;
    private String schemaVersion = "none";
    private int pendingMigrations;

    private Store(Connection connection) {
        this.connection = connection;
        this.durable = new SyncOnCommit(connection);
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration()
                .set(connection)
                .set(SQLDialect.H2)
                .set(new Settings()
                        .withExecuteLogging(false)
                        .withDiagnosticsLogging(false)
                        .withRenderSchema(false))
                .set((org.jooq.ExecuteListener) durable)
                .set((org.jooq.TransactionListener) durable));
    }

    /**
     * Opens an existing database, or creates it when {@code create} is true, and runs the migrations. The
     * {@code fileKey} (hex characters) is used for both H2's file password and the user password; the caller
     * zeroes it afterwards.
     */
    public static Store open(Path base, char[] fileKey, boolean create) {
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        if (!create && !Files.exists(file)) {
            throw new StoreException(StoreException.Reason.MISSING, 0);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(base, SETTINGS + (create ? "" : ";IFEXISTS=TRUE")));
        source.setUser(USER);
        char[] password = new char[fileKey.length * 2 + 1];
        System.arraycopy(fileKey, 0, password, 0, fileKey.length);
        password[fileKey.length] = ' ';
        System.arraycopy(fileKey, 0, password, fileKey.length + 1, fileKey.length);
        source.setPasswordChars(password);
        try {
            return connectAndMigrate(source);
        } finally {
            Arrays.fill(password, '\0');
            source.setPasswordChars(new char[0]);
        }
    }

    /**
     * An unencrypted database with every other setting the same, for the autosave benchmark's baseline only; never
     * used by the app (package-private, opened through a test helper).
     */
    static Store openPlain(Path base) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(base, PLAIN_SETTINGS));
        source.setUser(USER);
        source.setPassword("");
        return connectAndMigrate(source);
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

    private static Store connectAndMigrate(JdbcDataSource source) {
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
        Store store = new Store(connection);
        try {
            store.migrate(source);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void migrate(JdbcDataSource source) {
        try {
            Flyway flyway = flyway(source);
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            schemaVersion = current == null ? "none" : current.getVersion().toString();
            pendingMigrations = flyway.info().pending().length;
        } catch (RuntimeException e) {
            LOG.error("migration failed: {}", e.getClass().getName());
            throw new StoreException(StoreException.Reason.MIGRATION_FAILED, 0);
        }
    }

    private static Flyway flyway(JdbcDataSource source) {
        return Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /**
     * How many commits were made durable ({@code CHECKPOINT SYNC}, one fsync each) since the store opened: one per
     * committed transaction or auto-commit write. For the autosave benchmark and tests; holds no data.
     */
    public long durableCommits() {
        return durable.syncs();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction and returns its result; the lambda gets the transaction's context. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (DataAccessException e) {
            throw safe(e);
        }
    }

    /** Turns a jOOQ failure into one whose message holds only the driver's error code. */
    public static StoreException safe(DataAccessException e) {
        int code = e.getCause() instanceof SQLException sql ? sql.getErrorCode() : 0;
        return new StoreException(StoreException.Reason.WRITE_FAILED, code);
    }

    /**
     * Reads every row of every table and checks that no migration is pending or failed. Returns the problems
     * found, as plain descriptions without data; empty means healthy.
     */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            problems.add("catalog unreadable (code " + e.getErrorCode() + ")");
            return problems;
        }
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            } catch (SQLException e) {
                problems.add("table " + table + " unreadable (code " + e.getErrorCode() + ")");
            }
        }
        if (pendingMigrations > 0) {
            problems.add(pendingMigrations + " migrations pending");
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    problems.add("migration " + rs.getString(1) + " failed");
                }
            }
        } catch (SQLException e) {
            problems.add("migration history unreadable (code " + e.getErrorCode() + ")");
        }
        return problems;
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

    /** Closes the connection, which closes the database file. */
    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
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
