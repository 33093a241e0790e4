package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import nl.baken.audit.AuditLog;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases and notes written through the session's repository reach the search index at once; the list query opens nothing. */
class IndexedCaseRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aCreatedCaseAndAChangedAliasAreSearchableWithoutRefilling() throws Exception {
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();
            CaseSearchIndex index = new CaseSearchIndex();
            CaseRepository cases = new IndexedCaseRepository(new JooqCaseRepository(store), index);
            AuditLog audit = new AuditLog(store, Clock.systemUTC());
            CaseDesk desk = new CaseDesk(store, cases, new JooqTaskRepository(store),
                    new IndexedNoteRepository(new JooqNoteRepository(store), index), new JooqReflectionRepository(store),
                    audit, Clock.systemUTC(), ZoneOffset.UTC, Map::of);
            JooqCaseListing listing = new JooqCaseListing(store, desk);
            index.fill(listing.searchEntries());
            cases.create(new CaseFile("c1", "BK-2026-AAAAA", Optional.of("Ilse Jansen"), CaseStatus.OPEN,
                    OffsetDateTime.now(ZoneOffset.UTC), "w1"));
            assertThat(index.search("jans")).containsExactly("c1");
            cases.setAlias("c1", Optional.of("Dana"));
            assertThat(index.search("ilse")).isEmpty();
            assertThat(index.search("dana")).containsExactly("c1");
            desk.addNote("c1", "Belde met de opvang in Zwolle", "w1");
            assertThat(index.search("zwolle")).containsExactly("c1");
            assertThat(index.search("dana")).containsExactly("c1");
            // A fresh fill from the vault agrees with what the edits did.
            CaseSearchIndex fresh = new CaseSearchIndex();
            fresh.fill(listing.searchEntries());
            assertThat(fresh.search("dana")).containsExactly("c1");
            assertThat(fresh.search("zwolle")).containsExactly("c1");
            // Filled in chunks (as the list does it) it holds the same: a chunk reads only its own cases.
            cases.create(new CaseFile("c2", "BK-2026-BBBBB", Optional.of("Piet"), CaseStatus.OPEN,
                    OffsetDateTime.now(ZoneOffset.UTC), "w1"));
            CaseSearchIndex chunked = new CaseSearchIndex();
            for (var row : listing.rows()) {
                var chunk = listing.searchEntries(java.util.List.of(row));
                assertThat(chunk).containsOnlyKeys(row.id());
                chunked.putAll(chunk);
            }
            chunked.markFilled();
            assertThat(chunked.isFilled()).isTrue();
            assertThat(chunked.search("zwolle")).containsExactly("c1");
            assertThat(chunked.search("piet")).containsExactly("c2");
            assertThat(listing.count()).isEqualTo(2);
            assertThat(listing.rows()).filteredOn(r -> r.id().equals("c1")).singleElement().satisfies(r -> {
                assertThat(r.reference()).isEqualTo("BK-2026-AAAAA");
                assertThat(r.workerId()).isEqualTo("w1");
            });
        }
    }
}
