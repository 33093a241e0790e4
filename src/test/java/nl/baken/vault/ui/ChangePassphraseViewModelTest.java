package nl.baken.vault.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.baken.i18n.Messages;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing one's own passphrase through the view model, without an FX toolkit. */
class ChangePassphraseViewModelTest {

    private static final String NEW = "a new passphrase of several words";
    private final Messages messages = Messages.of("en");
    private final List<String> audited = new ArrayList<>();

    @TempDir
    Path dir;

    private ChangePassphraseViewModel model(TestVault vault) {
        return new ChangePassphraseViewModel(vault.open(), BackgroundTasks.sameThread(), messages,
                (event, subject) -> audited.add(event + " " + subject));
    }

    @Test
    void theRightPassphraseIsChangedRecordedAndTheFieldsEmpty() {
        try (TestVault vault = TestVault.in(dir)) {
            ChangePassphraseViewModel vm = model(vault);
            vm.currentProperty().set(TestVault.PASSPHRASE);
            vm.nextProperty().set(NEW);
            vm.confirmationProperty().set(NEW);
            assertThat(vm.canSave().get()).isTrue();

            vm.save();

            assertThat(vm.messageProperty().get()).isEqualTo(messages.text("vault.passphrase.changed"));
            assertThat(vm.currentProperty().get() + vm.nextProperty().get() + vm.confirmationProperty().get())
                    .isEmpty();
            assertThat(audited).containsExactly("PASSPHRASE_CHANGE " + vault.open().workerId());
        }
        assertThatCode(() -> new Vault(new DataDirectory(dir)).unlock("tester", NEW.toCharArray()).close())
                .doesNotThrowAnyException();
    }

    @Test
    void aWrongCurrentPassphraseChangesNothingAndSaysWhy() {
        try (TestVault vault = TestVault.in(dir)) {
            ChangePassphraseViewModel vm = model(vault);
            vm.currentProperty().set("not the passphrase at all");
            vm.nextProperty().set(NEW);
            vm.confirmationProperty().set(NEW);

            vm.save();

            assertThat(vm.messageProperty().get()).isNotEmpty()
                    .isNotEqualTo(messages.text("vault.passphrase.changed"))
                    .isNotEqualTo(messages.text("error.unexpected"));
            assertThat(vm.currentProperty().get()).isEmpty();
            assertThat(vm.nextProperty().get()).isEqualTo(NEW);
            assertThat(audited).isEmpty();
        }
        assertThatCode(() -> new Vault(new DataDirectory(dir)).unlock("tester", TestVault.PASSPHRASE.toCharArray())
                .close()).doesNotThrowAnyException();
    }

    @Test
    void twoDifferentNewPassphrasesCannotBeSavedAndTheHintSaysSo() {
        try (TestVault vault = TestVault.in(dir)) {
            ChangePassphraseViewModel vm = model(vault);
            assertThat(vm.hintProperty().get())
                    .isEqualTo(messages.text(nl.baken.vault.PassphrasePolicy.Strength.TOO_SHORT.messageKey()));
            vm.currentProperty().set(TestVault.PASSPHRASE);
            vm.nextProperty().set(NEW);
            vm.confirmationProperty().set(NEW + " typo");

            assertThat(vm.canSave().get()).isFalse();
            assertThat(vm.hintProperty().get()).isEqualTo(messages.text("vault.setup.mismatch"));
            vm.save();
            assertThat(audited).isEmpty();
        }
    }
}
