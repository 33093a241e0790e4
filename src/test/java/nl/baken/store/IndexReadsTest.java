package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check's walk of every index: each of the vault's indexes is walked through itself (not through another one
 * that starts with the same column), and an index that lost an entry (taken out of H2's own map, under its table)
 * is named with its count.
 */
class IndexReadsTest {

    @TempDir
    Path dir;

    @Test
    void everyIndexOfTheVaultIsWalkedThroughItself() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            ReferralCases.finishedIntake(vault);
            List<String> plans = new ArrayList<>();
            vault.open().store().dsl().connection(c -> {
                for (IndexReads.Index index : new IndexReads(c).indexes()) {
                    for (String read : index.reads()) {
                        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN " + read)) {
                            rs.next();
                            String plan = rs.getString(1).replaceAll("\\s+", " ");
                            plans.add(index.table() + "." + index.name() + " -> "
                                    + plan.substring(plan.indexOf(" FROM ") + 6, plan.indexOf(" WHERE ")));
                        }
                    }
                }
            });
            assertThat(plans).hasSizeGreaterThan(40)
                    .anyMatch(p -> p.startsWith("ANSWER.PRIMARY_KEY"))
                    .anyMatch(p -> p.startsWith("ANSWER.CONSTRAINT_"))
                    .allSatisfy(p -> assertThat(p).as("read through the index itself")
                            .contains("/* PUBLIC." + p.substring(p.indexOf('.') + 1, p.indexOf(" -> ")) + ": "));
        }
    }

    @Test
    void anIndexThatLostAnEntryIsNamedWithItsCount() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("plain") + ";TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "t", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE ITEM (ID VARCHAR(36) PRIMARY KEY, LABEL VARCHAR(20))");
                st.execute("CREATE INDEX ITEM_LABEL ON ITEM (LABEL DESC NULLS LAST)");
                for (int i = 0; i < 10; i++) {
                    st.execute("INSERT INTO ITEM VALUES ('id-" + i + "', " + (i == 3 ? "NULL" : "'label " + i + "'") + ")");
                }
            }
            assertThat(problems(c)).isEmpty();
            SessionLocal session = (SessionLocal) ((JdbcConnection) c).getSession();
            int id = session.getDatabase().getSchema("PUBLIC").findIndex(session, "ITEM_LABEL").getId();
            MVStore store = session.getDatabase().getStore().getMvStore();
            MVMap<Object, Object> entries = store.openMap("index." + id);
            entries.remove(entries.firstKey());
            store.commit();
        }
        try (Connection c = DriverManager.getConnection(url, "t", "")) {
            assertThat(problems(c)).containsExactly("ITEM: index ITEM_LABEL holds 9 entries for 10 rows");
        }
    }

    @Test
    void anIndexOfATableTheScanDidNotReachIsLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:indexreads", "t", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE ITEM (ID INT PRIMARY KEY, LABEL VARCHAR(20))");
                st.execute("CREATE INDEX ITEM_LABEL ON ITEM (LABEL)");
                st.execute("INSERT INTO ITEM VALUES (1, 'a')");
            }
            List<String> problems = new ArrayList<>();
            new IndexReads(c).run(Map.of(), problems::add);
            assertThat(problems).isEmpty();
            new IndexReads(c).run(Map.of("ITEM", 2L), problems::add);
            assertThat(problems).containsExactlyInAnyOrder("ITEM: index ITEM_LABEL holds 1 entries for 2 rows",
                    "ITEM: index PRIMARY_KEY_2 holds 1 entries for 2 rows");
        }
    }

    private static List<String> problems(Connection c) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM (SELECT * FROM ITEM)")) {
            rs.next();
            rows.put("ITEM", rs.getLong(1));
        }
        List<String> problems = new ArrayList<>();
        new IndexReads(c).run(rows, problems::add);
        return problems;
    }
}
