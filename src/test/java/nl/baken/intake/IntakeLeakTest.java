package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.baken.session.LogSetup;
import nl.baken.cases.CaseFile;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.support.TempDirs;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A scripted intake with 50 marker strings in the alias, text answers (typed letter by letter, as autosave sees
 * them), an import and a note; then every file under the data directory (database, key slots, logs) and the system
 * temp directory is searched: none may hold a marker. Failures on the way must not carry them either.
 */
class IntakeLeakTest {

    private static final IntakeSettings NL = new IntakeSettings("nl", "pl", Interpreter.PHONE, Optional.of("pl"));

    @TempDir
    Path dir;

    @Test
    void noAnswerValueReachesAFileALogLineOrAnExceptionMessage() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        LogSetup.toDirectory(new nl.baken.vault.DataDirectory(dir));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger baken = (Logger) LoggerFactory.getLogger("nl.baken");
        Level before = baken.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        baken.setLevel(Level.TRACE);
        List<String> markers = IntStream.range(0, 50).mapToObj(i -> "Mrkr" + i + "-Vlaardingse-" + (7300 + i) + "-zq")
                .toList();
        List<Throwable> failures = new ArrayList<>();
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.of(markers.get(0)), "w1");
            IntakeSession full = service.start(c.id(), TestVault.seed("intake.yaml"), NL, "w1");
            String intakeId = full.intake().id();
            List<Question> texts = full.questionnaire().questions().stream()
                    .filter(q -> q.type() == QuestionType.TEXT || q.type() == QuestionType.LONG_TEXT).toList();
            assertThat(texts).hasSizeGreaterThan(10);
            Map<String, List<String>> byQuestion = new HashMap<>();
            for (int i = 2; i < markers.size(); i++) {
                String marker = markers.get(i);
                Question q = texts.get(i % texts.size());
                byQuestion.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(marker);
                for (int n = 4; n <= marker.length(); n += 4) {
                    service.saveAnswer(intakeId, q.id(), Answer.of(marker.substring(0, n)), "w1");
                }
                service.saveAnswer(intakeId, q.id(), Answer.of(marker), "w1");
            }
            // Each question ends up holding all of its markers, so every marker is in the database at the end.
            byQuestion.forEach((q, ms) -> service.saveAnswer(intakeId, q, Answer.of(String.join(" / ", ms)), "w1"));
            service.pause(intakeId, "w1");
            service.resume(intakeId, "w1");
            service.finish(intakeId, Assessment.YES, "note " + markers.get(2), "next " + markers.get(3), "w1");
            service.importCase(Optional.of(markers.get(1)), TestVault.seed("short-intake.yaml"),
                    Answers.of(Map.of("name_alias", Answer.of(markers.get(1)))), NL, "w1");

            failures.add(catchThrowable(() -> service.saveAnswer("no-such-intake", "name_alias",
                    Answer.of(markers.get(4)), "w1")));
            failures.add(catchThrowable(() -> service.createCase(Optional.of(markers.get(5) + "x".repeat(300)), "w1")));
            failures.add(catchThrowable(() -> service.importCase(Optional.of(markers.get(6)),
                    TestVault.seed("short-intake.yaml"), Answers.of(Map.of("name_alias", Answer.of(markers.get(7)),
                            "q".repeat(150), Answer.of(markers.get(8)))), NL, "w1")));
            failures.add(catchThrowable(() -> new JooqIntakeRepository(vault.open().store()).finish(intakeId,
                    Assessment.NO, markers.get(9) + "y".repeat(5000), null, java.time.OffsetDateTime.now())));

            vault.reopen();
            IntakeSession again = vault.intakes().resume(intakeId, "w1");
            assertThat(again.ownAnswers().asMap().values().stream().map(Answer::value).collect(Collectors.joining()))
                    .as("the markers are really stored").contains(markers.get(2), markers.get(49));
        } finally {
            baken.setLevel(before);
            root.detachAppender(captured);
        }
        assertThat(failures).allSatisfy(f -> assertThat(f).isNotNull());
        for (Throwable f : failures) {
            for (Throwable t = f; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()) + t).as("exception text").doesNotContain(markers);
            }
        }
        assertThat(captured.list).as("something was logged").isNotEmpty();
        for (ILoggingEvent e : captured.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(markers);
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(markers);
            }
        }
        Path log = dir.resolve("logs/baken.log");
        assertThat(log).exists();
        assertThat(Files.size(log)).isPositive();
        assertThat(TempDirs.filesContaining(dir, markers)).isEmpty();
        assertThat(TempDirs.filesContaining(tmp, markers)).isEmpty();
    }
}
