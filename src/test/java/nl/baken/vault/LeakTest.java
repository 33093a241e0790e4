package nl.baken.vault;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseNote;
import nl.baken.cases.CaseTask;
import nl.baken.session.LogSetup;
import nl.baken.session.UnlockedServices;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes 50 marker strings through the store and then searches every file under the data directory (database,
 * key slots, logs) and the system temp directory: none may hold a marker in clear.
 */
class LeakTest {

    @TempDir
    Path dir;

    @Test
    void nothingWrittenThroughTheStoreAppearsInAnyFile() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        LogSetup.toDirectory(new DataDirectory(dir));
        char[] passphrase = "leak test passphrase words".toCharArray();
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("worker-leak", passphrase.clone());
        List<String> markers = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> markers.add("MARKER" + i + "-Zuidplein" + (1000 + i) + "-xq"));
        try (UnlockedVault open = vault.unlock("worker-leak", passphrase.clone())) {
            var settings = new JooqSettingsRepository(open.store());
            for (int i = 0; i < markers.size(); i++) {
                settings.put("marker." + i, markers.get(i));
            }
        }
        try (UnlockedVault open = vault.unlock("worker-leak", passphrase.clone())) {
            assertThat(new JooqSettingsRepository(open.store()).get("marker.49")).contains(markers.get(49));
        }
        List<String> secrets = new ArrayList<>(markers);
        secrets.add(new String(passphrase));
        assertThat(Files.exists(dir.resolve("logs/baken.log"))).isTrue();
        assertThat(TempDirs.filesContaining(dir, secrets)).isEmpty();
        assertThat(TempDirs.filesContaining(tmp, secrets)).isEmpty();
    }

    /**
     * The case desk's personal texts — aliases, notes, task texts and close reasons, each with a marker — go through
     * every desk path (write, list, search, timeline, reopen and read back) and reach no file, log or temp file in
     * clear.
     */
    @Test
    void nothingTheCaseDeskKeepsAppearsInAnyFile() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        LogSetup.toDirectory(new DataDirectory(dir));
        char[] passphrase = "leak test passphrase words".toCharArray();
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("worker-leak", passphrase.clone());
        List<String> secrets = new ArrayList<>();
        List<String> caseIds = new ArrayList<>();
        try (UnlockedServices s = UnlockedServices.open(vault.unlock("worker-leak", passphrase.clone()),
                Clock.systemUTC(), null)) {
            CaseDesk desk = s.desk();
            for (int i = 0; i < 10; i++) {
                String alias = "ALIASMARK" + i + "-Vlaardingen-qz";
                String task = "TASKMARK" + i + "-Schiedam-qz";
                String note = "NOTEMARK" + i + "-Maassluis-qz";
                String reason = "REASONMARK" + i + "-Delfshaven-qz";
                secrets.addAll(List.of(alias, task, note, reason));
                CaseFile c = s.intakes().createCase(Optional.of(alias), s.workerId());
                caseIds.add(c.id());
                CaseTask t = desk.addTask(c.id(), LocalDate.now(), Optional.empty(), task, s.workerId());
                desk.markDone(t.id(), s.workerId());
                desk.addNote(c.id(), note, s.workerId());
                desk.close(c.id(), reason, s.workerId());
                desk.reopen(c.id(), s.workerId());
            }
            assertThat(desk.search("vlaardingen", Optional.empty(), false)).hasSize(10);
            assertThat(desk.search("maassluis", Optional.empty(), false)).hasSize(10);
            assertThat(desk.timeline(caseIds.get(0))).isNotEmpty();
            desk.openTasks(Optional.empty());
            desk.counts();
        }
        try (UnlockedServices s = UnlockedServices.open(vault.unlock("worker-leak", passphrase.clone()),
                Clock.systemUTC(), null)) {
            assertThat(s.desk().closeReason(caseIds.get(9))).contains("REASONMARK9-Delfshaven-qz");
            assertThat(s.desk().notesOf(caseIds.get(9))).extracting(CaseNote::text)
                    .containsExactly("NOTEMARK9-Maassluis-qz");
            assertThat(s.desk().tasksOf(caseIds.get(9))).extracting(CaseTask::text)
                    .containsExactly("TASKMARK9-Schiedam-qz");
            assertThat(s.desk().aliases()).containsValue("ALIASMARK9-Vlaardingen-qz");
            // Inside the file's own encryption, the values themselves are sealed: no marker in any stored byte.
            var dsl = s.vault().store().dsl();
            List<byte[]> stored = new ArrayList<>();
            stored.addAll(dsl.select(CASE_FILE.ALIAS).from(CASE_FILE).fetch(CASE_FILE.ALIAS));
            stored.addAll(dsl.select(CASE_FILE.CLOSE_REASON).from(CASE_FILE).fetch(CASE_FILE.CLOSE_REASON));
            stored.addAll(dsl.select(CASE_TASK.TASK_TEXT).from(CASE_TASK).fetch(CASE_TASK.TASK_TEXT));
            stored.addAll(dsl.select(CASE_NOTE.NOTE_TEXT).from(CASE_NOTE).fetch(CASE_NOTE.NOTE_TEXT));
            assertThat(stored).hasSize(40).allSatisfy(bytes -> assertThat(
                    new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("MARK"));
        }
        secrets.add(new String(passphrase));
        assertThat(Files.exists(dir.resolve("logs/baken.log"))).isTrue();
        assertThat(TempDirs.filesContaining(dir, secrets)).isEmpty();
        assertThat(TempDirs.filesContaining(tmp, secrets)).isEmpty();
    }
}
