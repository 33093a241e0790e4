package nl.baken.store;

import java.util.List;
import java.util.Locale;

/**
 * The statement kinds H2's {@code SCRIPT NOPASSWORDS NOSETTINGS} writes for a Baken database, and only those, are
 * run when a snapshot is loaded: a backup is authenticated before it is read, yet a statement that could reach
 * outside the database (a link, a file, Java code other than H2's own LOB helpers) is refused all the same.
 */
final class ScriptStatements {

    private static final List<String> ALLOWED = List.of(
            "CREATE USER IF NOT EXISTS ",
            "CREATE SCHEMA IF NOT EXISTS ",
            "CREATE SEQUENCE ",
            "CREATE CACHED TABLE ",
            "CREATE MEMORY TABLE ",
            "CREATE INDEX ",
            "CREATE UNIQUE INDEX ",
            "ALTER TABLE ",
            "INSERT INTO ",
            "CREATE CACHED LOCAL TEMPORARY TABLE IF NOT EXISTS SYSTEM_LOB_STREAM(",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'ORG.H2.COMMAND.DML.SCRIPTCOMMAND.COMBINECLOB'",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'ORG.H2.COMMAND.DML.SCRIPTCOMMAND.COMBINEBLOB'",
            "DROP TABLE IF EXISTS SYSTEM_LOB_STREAM",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_CLOB",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_BLOB",
            "-- ");

    private ScriptStatements() {
    }

    static boolean isAllowed(String sql) {
        if (sql == null) {
            return false;
        }
        String upper = sql.stripLeading().toUpperCase(Locale.ROOT);
        return ALLOWED.stream().anyMatch(upper::startsWith);
    }
}
