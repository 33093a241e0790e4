package nl.baken.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableValue;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4: the wizard's model shows its state read-only, and state changes only through its methods
 * (choose, next, toggle …): no view or test can set a property or a list of it behind the rules' back.
 */
class WizardStateReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void noPublicPropertyCanBeWritten() {
        List<Method> observable = Arrays.stream(IntakeWizardViewModel.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> ObservableValue.class.isAssignableFrom(m.getReturnType())).toList();
        assertThat(observable).as("the wizard's state for the view").hasSizeGreaterThan(25);
        assertThat(observable).allSatisfy(m -> assertThat(WritableValue.class.isAssignableFrom(m.getReturnType()))
                .as(m.getName() + " returns " + m.getReturnType().getSimpleName()).isFalse());
    }

    @Test
    void itsListsRefuseChangesFromOutside() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession s = service.start(c.id(), TestVault.seed("short-intake.yaml"),
                    new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), "w1");
            IntakeWizardViewModel vm = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(),
                    Messages.of("nl"), "w1", s);
            assertThat(vm.sections()).isNotEmpty();
            assertThatThrownBy(() -> vm.multiSelection().add("nl")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> vm.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
            ReviewRow row = new ReviewRow("s", null, "s", "", false);
            assertThatThrownBy(() -> vm.review().add(row)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> vm.notApplicable().add(row)).isInstanceOf(UnsupportedOperationException.class);
            // The same view every time, so a listener added to it stays (an unmodifiable view listens weakly).
            assertThat(vm.sections()).isSameAs(vm.sections());
        }
    }
}
