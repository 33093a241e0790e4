package nl.baken.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.baken.cases.CaseListing;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.CaseSearchIndex;
import nl.baken.cases.CaseStatus;
import nl.baken.questionnaire.Exploitation;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;

/** The case list's model without an FX toolkit: search, filters, sort, the hidden alias, stale results. */
class CaseDeskViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static CaseSummary row(String id, String ref, CaseStatus status, String worker, int daysAgo,
                                   LocalDate due, Exploitation... forms) {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC).minusDays(daysAgo);
        return new CaseSummary(id, ref, status, worker, at, at, Optional.empty(), Optional.ofNullable(due), 1,
                Set.of(forms));
    }

    private final List<CaseSummary> rows = List.of(
            row("a", "BK-2026-AAAAA", CaseStatus.OPEN, "me", 0, TODAY.minusDays(1), Exploitation.LABOUR),
            row("b", "BK-2026-BBBBB", CaseStatus.CLOSED, "other", 10, null, Exploitation.SEXUAL),
            row("c", "BK-2026-CCCCC", CaseStatus.OPEN, "other", 40, TODAY.plusDays(3)));

    /** A listing that counts how often its aliases were opened. */
    private class Listing implements CaseListing {
        int aliasReads;
        final List<String> reveals = new ArrayList<>();

        @Override
        public void aliasesRevealed(String workerId) {
            reveals.add(workerId);
        }

        @Override
        public int count() {
            return rows.size();
        }

        @Override
        public List<CaseSummary> rows() {
            return rows;
        }

        @Override
        public Map<String, CaseSearchIndex.Entry> searchEntries() {
            aliasReads++;
            Map<String, CaseSearchIndex.Entry> m = new HashMap<>();
            m.put("a", CaseSearchIndex.Entry.of("BK-2026-AAAAA", Optional.of("Zoë"), ""));
            m.put("b", CaseSearchIndex.Entry.of("BK-2026-BBBBB", Optional.of("Marek"), "belde de opvang"));
            m.put("c", CaseSearchIndex.Entry.of("BK-2026-CCCCC", Optional.of("Ana"), ""));
            return m;
        }
    }

    private final Listing listing = new Listing();
    private final CaseSearchIndex index = new CaseSearchIndex();

    private CaseDeskViewModel loaded(BackgroundTasks tasks) {
        CaseDeskViewModel vm = new CaseDeskViewModel(listing, index, tasks, "me", () -> TODAY);
        vm.load(() -> { });
        return vm;
    }

    private static List<String> ids(CaseDeskViewModel vm) {
        return vm.shown().stream().map(CaseSummary::id).toList();
    }

    @Test
    void everyCaseIsListedAndTheIndexIsFilledOnceAfterTheList() {
        CaseDeskViewModel vm = loaded(BackgroundTasks.sameThread());
        assertThat(ids(vm)).containsExactly("a", "b", "c");
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(listing.aliasReads).isEqualTo(1);
        loaded(BackgroundTasks.sameThread());
        assertThat(listing.aliasReads).as("a second list in the session reuses the index").isEqualTo(1);
    }

    @Test
    void theIndexedCallbackRunsOnceTheIndexIsFilledAlsoWhenItWasAlready() {
        Queued tasks = new Queued();
        List<String> events = new ArrayList<>();
        new CaseDeskViewModel(listing, index, tasks, "me", () -> TODAY)
                .load(() -> events.add("listed"), () -> events.add("indexed, filled " + index.isFilled()));
        assertThat(events).isEmpty();
        tasks.runAll();
        assertThat(events).containsExactlyInAnyOrder("listed", "indexed, filled true");

        events.clear();
        new CaseDeskViewModel(listing, index, tasks, "me", () -> TODAY)
                .load(() -> events.add("listed"), () -> events.add("indexed, filled " + index.isFilled()));
        tasks.runAll();
        assertThat(events).containsExactlyInAnyOrder("listed", "indexed, filled true");
        assertThat(listing.aliasReads).as("the second list reuses the index").isEqualTo(1);
    }

    @Test
    void theIndexedCallbackRunsAfterAFailedReadAndNotAfterForget() {
        List<String> events = new ArrayList<>();
        CaseListing broken = new Listing() {
            @Override
            public List<CaseSummary> rows() {
                throw new IllegalStateException("unreadable");
            }
        };
        CaseDeskViewModel failing = new CaseDeskViewModel(broken, new CaseSearchIndex(),
                BackgroundTasks.sameThread(), "me", () -> TODAY);
        failing.load(() -> events.add("listed"), () -> events.add("indexed"));
        assertThat(events).containsExactlyInAnyOrder("listed", "indexed");
        assertThat(failing.failedProperty().get()).isTrue();

        events.clear();
        Queued tasks = new Queued();
        CaseDeskViewModel locked = new CaseDeskViewModel(listing, new CaseSearchIndex(), tasks, "me", () -> TODAY);
        locked.load(() -> events.add("listed"), () -> events.add("indexed"));
        locked.forget();
        tasks.runAll();
        assertThat(events).as("a lock came first: nothing runs for the locked session").doesNotContain("indexed");
    }

    @Test
    void searchFindsByPartOfAliasReferenceOrNote() {
        CaseDeskViewModel vm = loaded(BackgroundTasks.sameThread());
        vm.queryProperty().set("zo");
        assertThat(ids(vm)).containsExactly("a");
        vm.queryProperty().set("cccc");
        assertThat(ids(vm)).containsExactly("c");
        vm.queryProperty().set("opvang");
        assertThat(ids(vm)).containsExactly("b");
        vm.queryProperty().set("");
        assertThat(ids(vm)).hasSize(3);
    }

    @Test
    void theFiltersNarrowTheList() {
        CaseDeskViewModel vm = loaded(BackgroundTasks.sameThread());
        vm.statusProperty().set(CaseStatus.OPEN);
        assertThat(ids(vm)).containsExactly("a", "c");
        vm.mineProperty().set(true);
        assertThat(ids(vm)).containsExactly("a");
        vm.mineProperty().set(false);
        vm.dueProperty().set(true);
        assertThat(ids(vm)).as("due today or overdue only").containsExactly("a");
        vm.dueProperty().set(false);
        vm.statusProperty().set(null);
        vm.formProperty().set(Exploitation.SEXUAL);
        assertThat(ids(vm)).containsExactly("b");
        vm.formProperty().set(null);
        vm.fromProperty().set(TODAY.minusDays(10));
        assertThat(ids(vm)).containsExactly("a", "b");
        vm.toProperty().set(TODAY.minusDays(1));
        assertThat(ids(vm)).containsExactly("b");
    }

    @Test
    void sortingByAColumnOrdersEveryRowBothWays() {
        CaseDeskViewModel vm = loaded(BackgroundTasks.sameThread());
        vm.sortBy(Optional.of(CaseColumn.NEXT_DUE), true);
        assertThat(ids(vm)).containsExactly("a", "c", "b");
        vm.sortBy(Optional.of(CaseColumn.REFERENCE), false);
        assertThat(ids(vm)).containsExactly("c", "b", "a");
        vm.aliasShownProperty().set(true);
        vm.sortBy(Optional.of(CaseColumn.ALIAS), true);
        assertThat(ids(vm)).containsExactly("c", "b", "a");
        vm.sortBy(Optional.empty(), true);
        assertThat(ids(vm)).containsExactly("a", "b", "c");
    }

    @Test
    void theAliasIsHiddenUntilRevealedAndAgainAfterForget() {
        CaseDeskViewModel vm = loaded(BackgroundTasks.sameThread());
        CaseSummary a = vm.shown().get(0);
        assertThat(vm.aliasShownProperty().get()).isFalse();
        assertThat(vm.alias(a)).isEmpty();
        assertThat(listing.reveals).as("nothing revealed, nothing audited").isEmpty();
        vm.aliasShownProperty().set(true);
        assertThat(vm.alias(a)).isEqualTo("Zoë");
        assertThat(listing.reveals).as("the reveal is audited, by whom").containsExactly("me");
        vm.forget();
        assertThat(vm.alias(a)).isEmpty();
        assertThat(vm.shown()).isEmpty();
    }

    @Test
    void anOlderSearchResultNeverReplacesANewerOne() {
        Queued tasks = new Queued();
        CaseDeskViewModel vm = loaded(tasks);
        tasks.runAll();
        vm.queryProperty().set("z");
        vm.queryProperty().set("marek");
        tasks.runAll();
        assertThat(ids(vm)).containsExactly("b");
    }

    /** Background tasks that run only when told, in order, as the one worker thread does. */
    private static final class Queued implements BackgroundTasks {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }

        @Override
        public void drain() {
            runAll();
        }
    }
}
