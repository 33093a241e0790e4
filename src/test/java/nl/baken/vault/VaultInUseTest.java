package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.baken.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault another process has open (a second Baken) is "in use", for work and for a check alike: never damaged,
 * never opened twice, and its file is not touched. H2 answers this itself; Baken has no lock probe of its own.
 */
class VaultInUseTest {

    static final String PASSPHRASE = "in use test passphrase words";

    @TempDir
    Path dir;

    @Test
    void aVaultOpenInAnotherProcessIsInUseForWorkAndForACheck() throws Exception {
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("anna", PASSPHRASE.toCharArray());
        Process holder = new ProcessBuilder(ChildJvm.command(HoldVaultOpen.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("OPEN")) {
                // start-up output of the child, if any
            }
            assertThat(line).as("the other process opened the vault").isEqualTo("OPEN");
            byte[] before = Files.readAllBytes(dir.resolve("baken.mv.db"));

            VaultException work = catchThrowableOfType(() -> vault.unlock("anna", PASSPHRASE.toCharArray()),
                    VaultException.class);
            VaultException check = catchThrowableOfType(() -> vault.openForCheck("anna", PASSPHRASE.toCharArray()),
                    VaultException.class);

            assertThat(work.reason()).isEqualTo(VaultException.Reason.DATABASE_IN_USE);
            assertThat(check.reason()).isEqualTo(VaultException.Reason.DATABASE_IN_USE);
            assertThat(Files.readAllBytes(dir.resolve("baken.mv.db"))).isEqualTo(before);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // Once the other process is gone the vault opens again (a refusal as "in use" is not remembered).
        new Vault(new DataDirectory(dir)).unlock("anna", PASSPHRASE.toCharArray()).close();
    }

    /** The other process: unlocks the vault, says OPEN and keeps it open until it is killed. */
    public static final class HoldVaultOpen {
        public static void main(String[] args) throws Exception {
            UnlockedVault open = new Vault(new DataDirectory(Path.of(args[0]))).unlock("anna", PASSPHRASE.toCharArray());
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            open.close();
        }
    }
}
