package nl.baken.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.Assessment;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Exploitation;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's rules without an FX toolkit: real encrypted vault, work on the calling thread. */
class IntakeWizardViewModelTest {

    private static final IntakeSettings POLISH = new IntakeSettings("nl", "pl", Interpreter.PHONE, Optional.of("pl"));
    private static final IntakeSettings DUTCH = new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty());
    private final Messages nl = Messages.of("nl");

    @TempDir
    Path dir;

    private IntakeWizardViewModel start(IntakeService service, String seed, IntakeSettings settings,
                                        BackgroundTasks tasks) {
        CaseFile c = service.createCase(Optional.empty(), "w1");
        IntakeSession s = service.start(c.id(), TestVault.seed(seed), settings, "w1");
        return new IntakeWizardViewModel(service, tasks, nl, "w1", s);
    }

    private static String current(IntakeWizardViewModel vm) {
        return vm.questionProperty().get().id();
    }

    @Test
    void everyAnswerStateIsSavedAndShownApartInTheReview() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", POLISH, BackgroundTasks.sameThread());
            assertThat(current(vm)).isEqualTo("w_safe_to_start");
            assertThat(vm.workerNoteProperty().get()).isTrue();
            assertThat(vm.clientTextShownProperty().get()).as("a worker observation is never in the client's language")
                    .isFalse();
            assertThat(vm.sections()).first().extracting(SectionStep::state).isEqualTo(SectionStep.State.CURRENT);
            vm.pickByNumber(1);
            assertThat(vm.saveStateProperty().get()).isEqualTo(IntakeWizardViewModel.SaveState.SAVED);
            assertThat(vm.saveMessageProperty().get()).isEqualTo("Opgeslagen");
            assertThat(current(vm)).isEqualTo("welcome_note");
            assertThat(vm.clientTextShownProperty().get()).isTrue();
            assertThat(vm.clientTextProperty().get()).startsWith("Dzień dobry");
            assertThat(vm.sections().get(0).state()).isEqualTo(SectionStep.State.DONE);
            vm.next();
            vm.next();
            vm.next();
            assertThat(current(vm)).isEqualTo("danger_today");
            vm.toggleWhy();
            assertThat(vm.whyShownProperty().get()).isTrue();
            assertThat(vm.whyTextProperty().get()).contains("veiligheid");
            vm.choose("no");
            vm.dontKnow();
            vm.pickByNumber(1);
            assertThat(current(vm)).isEqualTo("urgent_medical");
            vm.decline();
            vm.later();
            assertThat(current(vm)).isEqualTo("name_alias");
            vm.next();
            assertThat(current(vm)).as("nothing typed: Next does nothing").isEqualTo("name_alias");
            vm.setTextInput("Ola");
            vm.next();
            vm.setTextInput("17,50");
            assertThat(vm.draftProperty().get()).isEqualTo(Answer.of("17.5"));
            vm.setTextInput("zeventien");
            assertThat(vm.inputErrorProperty().get()).isNotEmpty();
            assertThat(vm.canGoNextProperty().get()).isFalse();
            vm.setTextInput("34");
            vm.next();
            assertThat(current(vm)).isEqualTo("w_possibly_minor");
            vm.back();
            assertThat(current(vm)).isEqualTo("age");
            assertThat(vm.currentAnswerTextProperty().get()).contains("34");
            vm.next();
            assertThat(current(vm)).isEqualTo("w_possibly_minor");

            Intake intake = vm.session().intake();
            var saved = service.resume(intake.id(), "w1").ownAnswers();
            assertThat(saved.get("danger_today")).contains(Answer.of("no"));
            assertThat(saved.get("someone_waiting").map(Answer::state)).contains(AnswerState.DONT_KNOW);
            assertThat(saved.get("bed_tonight")).contains(Answer.of("safe_place"));
            assertThat(saved.get("urgent_medical").map(Answer::state)).contains(AnswerState.DECLINED);
            assertThat(saved.get("has_dependants").map(Answer::state)).contains(AnswerState.SKIPPED);
            assertThat(saved.get("age")).contains(Answer.of("34"));

            vm.showReview();
            assertThat(vm.screenProperty().get()).isEqualTo(IntakeWizardViewModel.Screen.REVIEW);
            assertThat(vm.review()).filteredOn(r -> "has_dependants".equals(r.questionId()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.flagged()).isTrue();
                        assertThat(r.answer()).isEqualTo("Later");
                    });
            assertThat(vm.review()).filteredOn(r -> "someone_waiting".equals(r.questionId()))
                    .singleElement().extracting(ReviewRow::answer).isEqualTo("Weet ik niet");
            vm.edit("danger_today");
            assertThat(current(vm)).isEqualTo("danger_today");
            vm.choose("no");
            assertThat(vm.screenProperty().get()).as("after an edit from the review, back to the review")
                    .isEqualTo(IntakeWizardViewModel.Screen.REVIEW);
        }
    }

    @Test
    void theUrgentBannerShowsAtOnceAndStaysUntilAcknowledged() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            vm.choose("yes");
            vm.next();
            vm.next();
            vm.next();
            assertThat(vm.urgentProperty().get()).isFalse();
            vm.choose("yes");
            assertThat(vm.urgentProperty().get()).isTrue();
            vm.choose("no");
            assertThat(vm.urgentProperty().get()).as("stays while moving on").isTrue();
            vm.acknowledgeUrgent();
            assertThat(vm.urgentProperty().get()).isFalse();
            String id = vm.session().intake().id();
            assertThat(service.resume(id, "w1").intake().urgentAcknowledged()).isTrue();
        }
    }

    @Test
    void aFailedSaveKeepsTheAnswerOnScreenToRetry() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            FlakyTasks tasks = new FlakyTasks();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, tasks);
            tasks.failNext = true;
            vm.choose("yes");
            assertThat(vm.saveStateProperty().get()).isEqualTo(IntakeWizardViewModel.SaveState.FAILED);
            assertThat(vm.saveMessageProperty().get()).contains("nog niet opgeslagen");
            assertThat(current(vm)).isEqualTo("w_safe_to_start");
            assertThat(vm.draftProperty().get()).isEqualTo(Answer.of("yes"));
            vm.retry();
            assertThat(vm.saveStateProperty().get()).isEqualTo(IntakeWizardViewModel.SaveState.SAVED);
            assertThat(current(vm)).isEqualTo("welcome_note");
        }
    }

    @Test
    void knownAnswersAreConfirmedNotAskedAgain() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession first = service.start(c.id(), TestVault.seed("short-intake.yaml"), DUTCH, "w1");
            service.saveAnswer(first.intake().id(), "w_safe_to_start", Answer.of("yes"), "w1");
            service.saveAnswer(first.intake().id(), "age", Answer.of("34"), "w1");
            service.finish(first.intake().id(), Assessment.UNSURE, "", "", "w1");
            IntakeSession full = service.start(c.id(), TestVault.seed("intake.yaml"), DUTCH, "w1");
            IntakeWizardViewModel vm = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1", full);
            while (!current(vm).equals("age")) {
                if (vm.knownProperty().get()) {
                    vm.confirmKnown();
                } else if (vm.questionProperty().get().type().hasAnswer()) {
                    vm.later();
                } else {
                    vm.next();
                }
            }
            assertThat(vm.knownProperty().get()).isTrue();
            assertThat(vm.knownTextProperty().get()).isEqualTo("34");
            vm.changeKnown();
            assertThat(vm.knownProperty().get()).isFalse();
            vm.back();
            vm.next();
            assertThat(vm.knownProperty().get()).as("Change is only for this visit").isTrue();
            vm.next();
            String id = full.intake().id();
            assertThat(service.resume(id, "w1").ownAnswers().get("age")).contains(Answer.of("34"));
        }
    }

    @Test
    void pauseResumeStopAndFinish() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            vm.choose("yes");
            vm.next();
            String id = vm.session().intake().id();
            vm.pause();
            assertThat(vm.screenProperty().get()).isEqualTo(IntakeWizardViewModel.Screen.PAUSED);
            assertThat(service.resumable()).extracting(Intake::status).containsExactly(IntakeStatus.PAUSED);
            vm.resume();
            assertThat(vm.screenProperty().get()).isEqualTo(IntakeWizardViewModel.Screen.QUESTION);
            assertThat(current(vm)).isEqualTo("confidentiality_note");
            vm.askStop();
            vm.cancelStop();
            assertThat(current(vm)).isEqualTo("confidentiality_note");
            vm.showReview();
            vm.showFinish();
            vm.finish(Assessment.UNSURE, " kort ", "opvang");
            assertThat(vm.screenProperty().get()).isEqualTo(IntakeWizardViewModel.Screen.FINISHED);
            assertThat(service.resumable()).isEmpty();
        }
    }

    @Test
    void theCurrentQuestionIsRecordedSoAnInterruptedIntakeResumesThere() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            vm.choose("yes");
            vm.next();
            vm.next();
            vm.next();
            vm.choose("no");
            assertThat(current(vm)).isEqualTo("someone_waiting");
            String id = vm.session().intake().id();
            vault.reopen();
            IntakeSession again = vault.intakes().resume(id, "w1");
            assertThat(again.current().orElseThrow().id()).isEqualTo("someone_waiting");
        }
    }

    @Test
    void finishShowsSignalsPerFormOfExploitation() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession full = service.start(c.id(), TestVault.seed("intake.yaml"), DUTCH, "w1");
            String id = full.intake().id();
            // A form-agnostic signal takes its form from the case's own answer to work_type.
            service.saveAnswer(id, "w_safe_to_start", Answer.of("yes"), "w1");
            service.saveAnswer(id, "age", Answer.of("34"), "w1");
            service.saveAnswer(id, "w_possibly_minor", Answer.of("no"), "w1");
            service.saveAnswer(id, "work_type", Answer.ofAll(java.util.List.of("labour")), "w1");
            service.saveAnswer(id, "free_to_leave", Answer.of("no"), "w1");
            IntakeWizardViewModel vm = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1",
                    service.resume(id, "w1"));
            vm.showFinish();
            assertThat(vm.signalsProperty().get()).containsOnlyKeys(Exploitation.LABOUR);
            assertThat(vm.signalsProperty().get().get(Exploitation.LABOUR))
                    .containsExactly("Beperking van bewegingsvrijheid");
        }
    }

    @Test
    void theFinishScreenRecapsWhatIsUrgentEvenWhenAcknowledged() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            String id = vm.session().intake().id();
            service.saveAnswer(id, "w_safe_to_start", Answer.of("yes"), "w1");
            service.saveAnswer(id, "danger_today", Answer.of("no"), "w1");
            service.saveAnswer(id, "bed_tonight", Answer.of("no_place"), "w1");
            service.saveAnswer(id, "age", Answer.of("34"), "w1");
            service.saveAnswer(id, "w_possibly_minor", Answer.of("no"), "w1");
            IntakeWizardViewModel again = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1",
                    service.resume(id, "w1"));
            again.acknowledgeUrgent();
            again.showFinish();
            assertThat(again.urgentItemsProperty().get())
                    .containsExactly("Heeft u vannacht een veilige plek om te slapen?");
            assertThat(vm.urgentItemsProperty().get()).as("nothing before the finish screen").isEmpty();
        }
    }

    @Test
    void numbersAndDutchDatesAreRead() {
        assertThat(NumberText.canonical("2,5")).contains("2.5");
        assertThat(NumberText.canonical(" 17 ")).contains("17");
        assertThat(NumberText.canonical("1.50")).contains("1.5");
        assertThat(NumberText.canonical("1,5,0")).isEmpty();
        assertThat(NumberText.canonical("abc")).isEmpty();
        DutchDateConverter dates = new DutchDateConverter();
        assertThat(dates.fromString("3-4-2024")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(dates.fromString("03-04-2024")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(dates.fromString("3/4/2024")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(dates.fromString("2024-04-03")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(dates.fromString("31-02-2024")).isNull();
        assertThat(dates.toString(LocalDate.of(2024, 4, 3))).isEqualTo("03-04-2024");
    }

    @Test
    void aFailedSaveChangesNothingInMemoryAndBlocksMovingUntilItsRetrySucceeds() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            FlakyTasks tasks = new FlakyTasks();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, tasks);
            tasks.failNext = true;
            vm.choose("no");
            assertThat(vm.session().ownAnswers().get("w_safe_to_start")).as("memory unchanged").isEmpty();
            assertThat(vm.session().result().isVisible("stop_note")).as("the flow did not take it").isFalse();
            assertThat(vm.canGoNextProperty().get()).isFalse();
            assertThat(vm.retryableProperty().get()).isTrue();
            vm.next();
            assertThat(current(vm)).isEqualTo("w_safe_to_start");
            vm.retry();
            assertThat(vm.session().ownAnswers().get("w_safe_to_start")).contains(Answer.of("no"));
            assertThat(current(vm)).isEqualTo("stop_note");
            assertThat(vm.retryableProperty().get()).isFalse();
        }
    }

    @Test
    void oneAnswerIsOneDurableCommitHoldingTheAnswerAndTheQuestionMovedTo() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            String intakeId = vm.session().intake().id();
            long before = vault.open().store().durableCommits();
            vm.choose("yes");
            assertThat(vault.open().store().durableCommits() - before).as("commits (fsyncs) for one answer")
                    .isEqualTo(1);
            assertThat(current(vm)).isEqualTo("welcome_note");
            assertThat(service.intakesOf(vm.session().intake().caseId()).get(0).currentQuestion())
                    .contains("welcome_note");
            assertThat(service.resume(intakeId, "w1").ownAnswers().get("w_safe_to_start")).contains(Answer.of("yes"));
        }
    }

    @Test
    void aDraftKeptAtALockComesBackInItsFieldAndIsNoAnswer() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "short-intake.yaml", DUTCH, BackgroundTasks.sameThread());
            String intakeId = vm.session().intake().id();
            vm.choose("yes");
            // Three notes: welcome, confidentiality and its limits, rights.
            vm.next();
            vm.next();
            vm.next();
            for (String value : new String[] {"no", "no", "safe_place", "no", "no"}) {
                vm.choose(value);
            }
            assertThat(current(vm)).isEqualTo("name_alias");
            vm.setTextInput("Ola uit Gdansk");
            assertThat(vm.keepDraft()).isTrue();

            IntakeWizardViewModel resumed = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1",
                    service.resume(intakeId, "w1"));
            assertThat(current(resumed)).isEqualTo("name_alias");
            assertThat(resumed.draftTextProperty().get()).isEqualTo("Ola uit Gdansk");
            assertThat(resumed.session().answerFor("name_alias")).as("a draft is no answer").isEmpty();
            assertThat(resumed.session().unanswered()).extracting(q -> q.id()).contains("name_alias");
            resumed.setTextInput(resumed.draftTextProperty().get());
            resumed.next();
            assertThat(service.resume(intakeId, "w1").draftFor("name_alias")).as("saved: the draft is gone").isEmpty();
            assertThat(service.resume(intakeId, "w1").ownAnswers().get("name_alias"))
                    .contains(Answer.of("Ola uit Gdansk"));
        }
    }

    @Test
    void sectionNumbersRunOnWhenASectionIsHidden() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            IntakeWizardViewModel vm = start(service, "intake.yaml", DUTCH, BackgroundTasks.sameThread());
            // An adult: the minors' section (9 in the file) is hidden; the screen is shown again to read the line.
            vm.session().answer("age", Answer.of("30"));
            vm.askStop();
            vm.cancelStop();
            List<String> titles = vm.sections().stream().map(SectionStep::title).toList();
            assertThat(titles).noneMatch(t -> t.startsWith("Minderjarigen") || t.contains("Minderjarigen"));
            for (int i = 0; i < titles.size(); i++) {
                assertThat(titles.get(i)).startsWith(i + ". ");
            }
        }
    }

    /** Same-thread tasks whose next piece of work can be made to fail, like a full disk would. */
    private static final class FlakyTasks implements BackgroundTasks {
        boolean failNext;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (failNext) {
                failNext = false;
                onFailure.accept(new IllegalStateException("disk full"));
                return;
            }
            BackgroundTasks.sameThread().run(work, onSuccess, onFailure);
        }

        @Override
        public void drain() {
        }
    }
}
