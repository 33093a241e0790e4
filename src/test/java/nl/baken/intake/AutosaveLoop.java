package nl.baken.intake;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.baken.audit.AuditLog;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;

/**
 * The child process of {@link AutosaveCrashTest}: unlocks the vault and autosaves answers to one intake as fast as
 * it can until it is killed. Before each save it prints {@code TRY QUESTION VALUE}, and only after
 * {@link IntakeService#saveAnswer} has returned {@code ACK QUESTION VALUE}, each line flushed at once.
 * Arguments: data directory, intake id, run number, and optionally H2's retention time in milliseconds (below 0: H2's
 * default) and a number of saves after which it locks the vault ({@code LOCKING}, then {@code LOCKED}) and ends.
 * The values are synthetic.
 */
public final class AutosaveLoop {

    /** The question ids the loop writes to: enough to mix new rows with overwrites. */
    static final int QUESTIONS = 200;

    private AutosaveLoop() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Path.of(args[0]);
        String intakeId = args[1];
        int run = Integer.parseInt(args[2]);
        long retentionMillis = args.length > 3 ? Long.parseLong(args[3]) : -1;
        long savesBeforeLock = args.length > 4 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Random random = new Random(run * 7919L + 17);
        Vault vault = new Vault(new DataDirectory(dir));
        try (UnlockedVault open = vault.unlock(AutosaveCrashTest.WORKER, AutosaveCrashTest.PASSPHRASE.toCharArray())) {
            IntakeService service = service(open);
            if (retentionMillis >= 0) {
                // H2 frees dead chunks for reuse once they are older than this (default 45 s): 0 makes a short run
                // reach the state of a long session, where new chunks go into gaps of the file (ADR 0018).
                open.store().dsl().execute("SET RETENTION_TIME " + retentionMillis);
            }
            out.println("READY");
            out.flush();
            for (long n = 0; n < savesBeforeLock; n++) {
                int q = random.nextInt(QUESTIONS);
                String question = "q" + q;
                String value = encode(run, n, random);
                out.println("TRY " + question + " " + value);
                out.flush();
                // As the wizard saves: the answer and the question it moves on to, in one commit.
                service.saveAnswer(intakeId, question, decode(value), "q" + ((q + 1) % QUESTIONS), open.workerId());
                out.println("ACK " + question + " " + value);
                out.flush();
            }
            out.println("LOCKING");
            out.flush();
        }
        out.println("LOCKED");
        out.flush();
    }

    /** The intake service on an open vault, wired as the app does. */
    static IntakeService service(UnlockedVault open) {
        return new IntakeService(open.store(), new JooqCaseRepository(open.store()),
                new JooqIntakeRepository(open.store()), new QuestionnaireLibrary(null),
                new AuditLog(open.store(), Clock.systemUTC()), Clock.systemUTC(), new SecureRandom());
    }

    /**
     * The questions whose acknowledged value ({@code acknowledged}: question to value line) {@code answers} no longer
     * holds. A save in flight at the kill ({@code pending}, or null) that the vault holds is acknowledged first: from
     * then on it is the value.
     */
    static List<String> lostAnswers(Answers answers, Map<String, String> acknowledged, String[] pending) {
        if (pending != null && answers.get(pending[0]).equals(Optional.of(decode(pending[1])))) {
            acknowledged.put(pending[0], pending[1]);
        }
        List<String> lost = new ArrayList<>();
        acknowledged.forEach((question, value) -> {
            if (!answers.get(question).equals(Optional.of(decode(value)))) {
                lost.add(question);
            }
        });
        return lost;
    }

    /** A unique value: most are text, some are one of the three other states (still unique per line). */
    private static String encode(int run, long n, Random random) {
        int kind = random.nextInt(10);
        String state = kind == 0 ? "DONT_KNOW" : kind == 1 ? "DECLINED" : kind == 2 ? "SKIPPED" : "VALUE";
        return state + ":r" + run + "-n" + n + "-" + Long.toHexString(random.nextLong());
    }

    /** The answer a value line stands for; the same function checks the store. */
    static Answer decode(String value) {
        String state = value.substring(0, value.indexOf(':'));
        return switch (state) {
            case "DONT_KNOW" -> Answer.dontKnow();
            case "DECLINED" -> Answer.declined();
            case "SKIPPED" -> Answer.skipped();
            default -> Answer.of(value);
        };
    }
}
