package nl.baken.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Flyway's schema history, which only setup creates: an existing vault without it (emptied, truncated, or not a
 * Baken database) is damaged, never a database to install a fresh schema into.
 */
final class SchemaHistory {

    static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    /** Throws {@link StoreException.Reason#DAMAGED} unless the history table exists and has a successful entry. */
    static void requirePresent(Connection connection) {
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            st.setString(1, TABLE);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw StoreException.damaged(TABLE + " missing");
                }
            }
        } catch (SQLException e) {
            throw StoreException.damaged(TABLE + " unreadable (code " + e.getErrorCode() + ")");
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM \"" + TABLE + "\" WHERE \"success\"");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                throw StoreException.damaged(TABLE + " empty");
            }
        } catch (SQLException e) {
            throw StoreException.damaged(TABLE + " unreadable (code " + e.getErrorCode() + ")");
        }
    }
}
