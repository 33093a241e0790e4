package nl.baken.backup;

import static nl.baken.store.generated.Tables.ANSWER;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static nl.baken.store.generated.Tables.INTAKE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import nl.baken.cases.CaseFile;
import nl.baken.store.Store;
import nl.baken.vault.VaultKey;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an erasure, every page of the database file, read with H2's outer encryption layer taken off (its
 * {@link FileEncrypt} with the file key), holds none of the erased case's 50 answers as they were stored (their
 * sealed bytes, taken before the erasure) and none of its row ids, while the other cases' stored answers and ids
 * are still found: so the scan is shown able to see them. Before the erasure the same scan finds the case's.
 */
class ErasurePageScanTest {

    private static final int MARKERS = 50;

    @TempDir
    Path dir;

    @Test
    void noPageOfTheRewrittenFileHoldsTheErasedCase() throws Exception {
        ErasureVault v = new ErasureVault(dir.resolve("vault"));
        try {
            CaseFile before = v.newCase(false);
            CaseFile erased = v.newCase(false);
            CaseFile after = v.newCase(false);
            Stored gone = stored(v.open().store(), erased.id());
            List<Stored> others = List.of(stored(v.open().store(), before.id()), stored(v.open().store(), after.id()));
            assertThat(gone.answers).hasSize(MARKERS);

            String file = decryptedFile(v);
            assertThat(gone.answers).as("the scan sees the case's stored answers before the erasure")
                    .allMatch(a -> indexOf(file, a) >= 0);
            assertThat(gone.ids).allMatch(id -> indexOf(file, utf8(id)) >= 0);

            v.erase(erased.id(), false);

            String rewritten = decryptedFile(v);
            assertThat(rewritten.length()).isGreaterThan(4096);
            assertThat(rewritten).as("H2's file header, decrypted").startsWith("H:2");
            assertThat(gone.answers).as("sealed answers of the erased case").noneMatch(a -> indexOf(rewritten, a) >= 0);
            assertThat(gone.ids).as("row ids of the erased case").noneMatch(id -> indexOf(rewritten, utf8(id)) >= 0);
            for (Stored other : others) {
                assertThat(other.answers).as("the other cases' stored answers").allMatch(a -> indexOf(rewritten, a) >= 0);
                assertThat(other.ids).as("the other cases' row ids").allMatch(id -> indexOf(rewritten, utf8(id)) >= 0);
            }
        } finally {
            v.close();
        }
    }

    /** A case's first {@value #MARKERS} answers as stored (sealed bytes) and its row ids. */
    private record Stored(List<byte[]> answers, List<String> ids) {
    }

    private static Stored stored(Store store, String caseId) {
        DSLContext dsl = store.dsl();
        List<String> intakes = dsl.select(INTAKE.ID).from(INTAKE).where(INTAKE.CASE_ID.eq(caseId)).fetch(INTAKE.ID);
        List<byte[]> answers = dsl.select(ANSWER.ANSWER_VALUES).from(ANSWER).where(ANSWER.INTAKE_ID.in(intakes))
                .and(ANSWER.ANSWER_VALUES.isNotNull()).orderBy(ANSWER.QUESTION_ID).limit(MARKERS)
                .fetch(ANSWER.ANSWER_VALUES);
        List<String> ids = new ArrayList<>(List.of(caseId));
        ids.addAll(intakes);
        ids.addAll(dsl.select(CASE_NOTE.ID).from(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(caseId)).fetch(CASE_NOTE.ID));
        ids.addAll(dsl.select(CASE_TASK.ID).from(CASE_TASK).where(CASE_TASK.CASE_ID.eq(caseId)).fetch(CASE_TASK.ID));
        return new Stored(answers, ids);
    }

    /** Every block of the database file, decrypted with the file key as H2 itself does (XTS under the key). */
    private static String decryptedFile(ErasureVault v) throws IOException {
        Path file = v.vault.directory().databaseFile();
        char[] fileKey;
        try (VaultKey key = v.open().vaultKey()) {
            fileKey = key.fileKey();
        }
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
             FileEncrypt plain = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(fileKey), raw)) {
            ByteBuffer all = ByteBuffer.allocate((int) plain.size());
            while (all.hasRemaining() && plain.read(all, all.position()) > 0) {
                // read on until the buffer is full
            }
            return new String(all.array(), StandardCharsets.ISO_8859_1);
        } finally {
            java.util.Arrays.fill(fileKey, '\0');
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Where {@code needle} first occurs in the file's bytes (as Latin-1 text: one char per byte), or -1. */
    private static int indexOf(String file, byte[] needle) {
        return file.indexOf(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
