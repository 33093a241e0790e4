package nl.baken.store;

import static nl.baken.store.generated.Tables.QUESTIONNAIRE_VERSION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.baken.store.generated.DefaultSchema;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full vault check behind {@link Store#check}: tables and columns against the migrations (through the jOOQ
 * classes generated from them), the schema history, every row and large object, every index read in its order
 * ({@link IndexReads}), every sealed value, every foreign key, the vault id, then the caller's own checks. Reads
 * only, in one transaction that is rolled back.
 */
final class StoreCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCheck.class);
    private static final int MAX_PROBLEMS = 20;

    private final Connection connection;
    private final Sealer sealer;
    private final int pendingMigrations;
    private final DSLContext dsl;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Long> rows = new TreeMap<>();
    private long sealedValues;
    private long largeObjects;

    StoreCheck(Connection connection, Sealer sealer, int pendingMigrations) {
        this.connection = connection;
        this.sealer = sealer;
        this.pendingMigrations = pendingMigrations;
        this.dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false)
                .withDiagnosticsLogging(false).withRenderSchema(false));
    }

    CheckReport run(Function<DSLContext, List<String>> more) {
        boolean autoCommit = true;
        int isolation = Connection.TRANSACTION_READ_COMMITTED;
        try {
            autoCommit = connection.getAutoCommit();
            isolation = connection.getTransactionIsolation();
            lazy(true);
            connection.setAutoCommit(false);
            // One snapshot for the whole check: the app saves on its own session meanwhile, and a count read before
            // a save compared with one read after it would look like damage (CheckWhileWritingTest).
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Set<String> present = tables();
            migrations();
            Map<String, Table<?>> known = new TreeMap<>();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                known.put(table.getName(), table);
            }
            for (String table : present) {
                readAll(table, known.get(table));
            }
            if (problems.isEmpty()) {
                new IndexReads(connection).run(rows, this::problem);
            }
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                if (present.contains(table.getName())) {
                    foreignKeys(table, present);
                }
            }
            if (present.contains(QUESTIONNAIRE_VERSION.getName())) {
                questionnaireHashes();
            }
            if (present.contains("VAULT") && rows.getOrDefault("VAULT", 0L) != 1) {
                problem("VAULT: " + rows.getOrDefault("VAULT", 0L) + " vault ids, not 1");
            }
            if (problems.isEmpty()) {
                more.apply(dsl).forEach(this::problem);
            }
        } catch (SQLException e) {
            problem("database unreadable (code " + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            LOG.warn("check stopped: {}", e.getClass().getName());
            problem("database unreadable (" + e.getClass().getSimpleName() + ")");
        } finally {
            try {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
                lazy(false);
            } catch (SQLException e) {
                LOG.warn("ending the check's transaction failed (code {})", e.getErrorCode());
            }
        }
        return new CheckReport(rows, sealedValues, largeObjects, problems);
    }

    /**
     * Rows read as they are iterated ({@code true}) or the whole result first (H2's default). Without it H2 keeps all
     * of a {@code SELECT *} in memory: checking a vault of 10,000 demo cases (505,000 rows) took the app's heap to
     * 650 MB and its memory to 1.9 GB. Set outside the check's transaction, so it cannot end that snapshot.
     */
    private void lazy(boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /** The tables present that the migrations know; a missing or unexpected table or column is a problem. */
    private Set<String> tables() throws SQLException {
        Map<String, Set<String>> actual = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                actual.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Set<String> present = new TreeSet<>();
        if (!actual.containsKey(SchemaHistory.TABLE)) {
            problem(SchemaHistory.TABLE + ": missing");
        } else {
            present.add(SchemaHistory.TABLE);
        }
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Set<String> columns = actual.remove(table.getName());
            if (columns == null) {
                problem(table.getName() + ": table missing");
                continue;
            }
            present.add(table.getName());
            for (Field<?> f : table.fields()) {
                if (!columns.remove(f.getName())) {
                    problem(table.getName() + "." + f.getName() + ": column missing");
                }
            }
            columns.forEach(c -> problem(table.getName() + "." + c + ": column not in the migrations"));
        }
        actual.remove(SchemaHistory.TABLE);
        actual.keySet().forEach(t -> problem(t + ": table not in the migrations"));
        return present;
    }

    private void migrations() throws SQLException {
        if (pendingMigrations > 0) {
            problem(pendingMigrations + " migrations pending");
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"" + SchemaHistory.TABLE + "\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    problem(SchemaHistory.TABLE + ": migration " + rs.getString(1) + " failed");
                }
            }
        }
    }

    /**
     * Reads every column of every row, large objects in full, and opens every sealed value (every byte column of a
     * table the migrations know) with its row's primary key as the sealer bound it: one pass over the table.
     */
    private void readAll(String table, Table<?> known) {
        long count = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            SealedColumns sealed = SealedColumns.of(known, meta);
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    int type = meta.getColumnType(c);
                    if (type == Types.BLOB) {
                        largeObjects += rs.getBytes(c) == null ? 0 : 1;
                    } else if (type == Types.CLOB) {
                        largeObjects += rs.getString(c) == null ? 0 : 1;
                    } else {
                        rs.getObject(c);
                    }
                }
                if (sealed != null) {
                    openSealed(known, sealed, rs);
                }
                count++;
            }
        } catch (SQLException e) {
            problem(table + ": row " + (count + 1) + " unreadable (code " + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            problem(table + ": row " + (count + 1) + " unreadable (" + e.getClass().getSimpleName() + ")");
        }
        rows.put(table, count);
    }

    /** Opens the sealed values of the row {@code rs} is on. */
    private void openSealed(Table<?> table, SealedColumns sealed, ResultSet rs) throws SQLException {
        Object[] rowKey = new Object[sealed.key().size()];
        for (int k = 0; k < rowKey.length; k++) {
            rowKey[k] = rs.getObject(sealed.keyIndexes()[k], sealed.key().get(k).getType());
        }
        for (int i = 0; i < sealed.columns().size(); i++) {
            byte[] value = rs.getBytes(sealed.columnIndexes()[i]);
            if (value == null) {
                continue;
            }
            TableField<?, byte[]> column = sealed.columns().get(i);
            try {
                sealer.open(column, value, rowKey);
                sealedValues++;
            } catch (StoreException e) {
                problem(table.getName() + " " + Sealer.rowId(rowKey) + ": " + column.getName() + " fails its tag");
            }
        }
    }

    /** A known table's primary key and sealed (byte) columns, with their places in a {@code SELECT *}. */
    private record SealedColumns(List<? extends TableField<?, ?>> key, int[] keyIndexes,
                                 List<TableField<?, byte[]>> columns, int[] columnIndexes) {

        /** Null when the table is unknown, has no primary key or no sealed column, or a column is missing. */
        @SuppressWarnings("unchecked")
        static SealedColumns of(Table<?> table, ResultSetMetaData meta) throws SQLException {
            if (table == null || table.getPrimaryKey() == null) {
                return null;
            }
            List<TableField<?, byte[]>> sealed = new ArrayList<>();
            for (Field<?> f : table.fields()) {
                if (f.getType() == byte[].class) {
                    sealed.add((TableField<?, byte[]>) f);
                }
            }
            if (sealed.isEmpty()) {
                return null;
            }
            Map<String, Integer> index = new TreeMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                index.put(meta.getColumnName(c), c);
            }
            List<? extends TableField<?, ?>> key = table.getPrimaryKey().getFields();
            int[] keyIndexes = new int[key.size()];
            for (int k = 0; k < keyIndexes.length; k++) {
                Integer at = index.get(key.get(k).getName());
                if (at == null) {
                    return null; // tables() already names the missing column
                }
                keyIndexes[k] = at;
            }
            int[] columnIndexes = new int[sealed.size()];
            for (int i = 0; i < columnIndexes.length; i++) {
                Integer at = index.get(sealed.get(i).getName());
                if (at == null) {
                    return null;
                }
                columnIndexes[i] = at;
            }
            return new SealedColumns(key, keyIndexes, sealed, columnIndexes);
        }
    }

    /**
     * Each stored questionnaire matches the SHA-256 recorded with it: the questionnaire text is not personal, so it
     * is not sealed, but a changed question would attach answers to the wrong text.
     */
    private void questionnaireHashes() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Record r : dsl.select(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION.VERSION,
                    QUESTIONNAIRE_VERSION.CONTENT, QUESTIONNAIRE_VERSION.SHA256).from(QUESTIONNAIRE_VERSION).fetch()) {
                String actual = HexFormat.of().formatHex(sha.digest(
                        r.get(QUESTIONNAIRE_VERSION.CONTENT).getBytes(StandardCharsets.UTF_8)));
                if (!actual.equals(r.get(QUESTIONNAIRE_VERSION.SHA256))) {
                    problem(QUESTIONNAIRE_VERSION.getName() + " " + Sealer.rowId(r.get(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID),
                            r.get(QUESTIONNAIRE_VERSION.VERSION)) + ": content does not match its SHA-256");
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        } catch (org.jooq.exception.DataAccessException e) {
            problem(QUESTIONNAIRE_VERSION.getName() + ": unreadable");
        }
    }

    /** Every foreign key of {@code table} points at a row that exists. */
    @SuppressWarnings("unchecked")
    private void foreignKeys(Table<?> table, Set<String> present) {
        if (table.getPrimaryKey() == null) {
            return;
        }
        List<? extends TableField<?, ?>> key = table.getPrimaryKey().getFields();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            Table<?> parent = fk.getKey().getTable();
            if (!present.contains(parent.getName())) {
                continue;
            }
            Condition matches = DSL.trueCondition();
            Condition set = DSL.trueCondition();
            List<? extends TableField<?, ?>> from = fk.getFields();
            List<? extends TableField<?, ?>> to = fk.getKeyFields();
            for (int i = 0; i < from.size(); i++) {
                matches = matches.and(((Field<Object>) to.get(i)).eq((Field<Object>) from.get(i)));
                set = set.and(from.get(i).isNotNull());
            }
            try {
                for (Record r : dsl.select(key).from(table).where(set)
                        .andNotExists(dsl.selectOne().from(parent).where(matches)).limit(MAX_PROBLEMS).fetch()) {
                    problem(table.getName() + " " + Sealer.rowId(key.stream().map(r::get).toArray()) + ": no "
                            + parent.getName() + " row for " + fk.getName());
                }
            } catch (org.jooq.exception.DataAccessException e) {
                problem(table.getName() + ": foreign key " + fk.getName() + " unreadable");
            }
        }
    }

    private void problem(String text) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text);
        }
    }
}
