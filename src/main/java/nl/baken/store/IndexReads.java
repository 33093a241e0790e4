package nl.baken.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The vault check's walk of every index ({@link StoreCheck}): each must hold exactly as many entries as the table
 * scan read rows. The scan reads the table's own pages; screens and exports find rows through the indexes. One flipped
 * bit in a page of the answers' primary key index left the scan whole while a read in key order found 83 of 105
 * answers (VaultDamageTest's sweep of flipped bits), so the check walks both.
 */
final class IndexReads {

    private final Connection connection;

    IndexReads(Connection connection) {
        this.connection = connection;
    }

    /**
     * Reads every index of the tables in {@code rowsRead} (table name to the rows its scan read) and hands a problem
     * to {@code problems} for each index that holds another number of entries or cannot be read.
     */
    void run(Map<String, Long> rowsRead, Consumer<String> problems) throws SQLException {
        for (Index index : indexes()) {
            Long expected = rowsRead.get(index.table());
            if (expected == null) {
                continue;
            }
            long read = 0;
            try (Statement st = connection.createStatement()) {
                for (String query : index.reads()) {
                    try (ResultSet rs = st.executeQuery(query)) {
                        read += rs.next() ? rs.getLong(1) : 0;
                    }
                }
            } catch (SQLException e) {
                problems.accept(index.table() + ": index " + index.name() + " unreadable (code " + e.getErrorCode() + ")");
                continue;
            } catch (RuntimeException e) {
                problems.accept(index.table() + ": index " + index.name() + " unreadable ("
                        + e.getClass().getSimpleName() + ")");
                continue;
            }
            if (read != expected) {
                problems.accept(index.table() + ": index " + index.name() + " holds " + read + " entries for "
                        + expected + " rows");
            }
        }
    }

    /** Every index of the public schema with its first column, as H2 lists them. */
    List<Index> indexes() throws SQLException {
        List<Index> found = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM "
                     + "INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND ORDINAL_POSITION = 1 "
                     + "ORDER BY TABLE_NAME, INDEX_NAME")) {
            while (rs.next()) {
                found.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return found;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** One index: its table, its name and the column it is ordered by first. */
    record Index(String table, String name, String firstColumn) {

        /**
         * The two queries that together count every entry of this index by walking it, and nothing else: those
         * without a first column, then those from the smallest first column on. (An ORDER BY would not do: H2 sorts
         * through any index that starts with the same columns. The entries are counted, not looked up in the table:
         * the damage found was in the index's own pages, and a lookup of every row cost 13 s more at 10,000 cases.)
         */
        List<String> reads() {
            String from = "SELECT COUNT(*) FROM " + quoted(table) + " USE INDEX (" + quoted(name) + ") WHERE ";
            String column = quoted(firstColumn);
            return List.of(from + column + " IS NULL",
                    from + column + " >= (SELECT MIN(" + column + ") FROM " + quoted(table) + ")");
        }
    }
}
