package nl.baken.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.QuestionType;
import nl.baken.support.Fx;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 11, item 7: the answer controls of a multi question follow the model's selection through one listener, which
 * goes with them: rebuilt a hundred times (as the wizard does on every question), one change of the selection still
 * reaches only the boxes on screen.
 */
class ChoiceInputListenerTest {

    private static Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path base = Path.of(System.getProperty("baken.projectDir", "."), "target", "test-tmp");
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "choice-input");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void rebuildingAHundredTimesLeavesOneListenerOnTheSelection() throws Exception {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession started = service.start(c.id(), TestVault.seed("short-intake.yaml"),
                    new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), "w1");
            service.setCurrentQuestion(started.intake().id(), "languages");
            IntakeSession session = service.resume(started.intake().id(), "w1");
            Messages nl = Messages.of("nl");
            IntakeWizardViewModel vm = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1",
                    session);
            assertThat(vm.questionProperty().get().type()).isEqualTo(QuestionType.MULTI);
            String first = vm.questionProperty().get().choices().get(0).value();

            AtomicInteger callbacks = new AtomicInteger();
            List<CheckBox> everyBuilt = Fx.call(() -> {
                VBox slot = new VBox();
                List<CheckBox> built = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    // As the wizard's rebuild does: the new controls take the old ones' place in the slot.
                    Node input = ChoiceInput.build(vm, nl);
                    slot.getChildren().setAll(input);
                    CheckBox box = (CheckBox) input.lookup("#answer-choice-" + first);
                    box.selectedProperty().addListener((o, was, now) -> callbacks.incrementAndGet());
                    built.add(box);
                }
                return built;
            });
            Fx.call(() -> {
                vm.toggle(first);
                return null;
            });
            assertThat(callbacks.get()).as("boxes told of one change, of 100 built").isEqualTo(1);
            assertThat(everyBuilt.get(99).isSelected()).as("the box on screen follows the selection").isTrue();
            Fx.call(() -> {
                vm.toggle(first);
                return null;
            });
            assertThat(callbacks.get()).isEqualTo(2);
            assertThat(everyBuilt.get(99).isSelected()).isFalse();
        }
    }
}
