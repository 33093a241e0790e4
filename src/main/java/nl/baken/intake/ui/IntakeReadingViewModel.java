package nl.baken.intake.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.intake.Assessment;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeSession;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Section;
import nl.baken.questionnaire.VisibleSection;

/**
 * One intake opened to read, never to change: its answers by section as the review shows them, answers that no
 * longer apply apart, and the worker's assessment, note and next steps. Everything is put into words once, in the
 * language of the worker reading it (not the one the intake was taken in), when the model is made off the FX
 * thread; it holds no Node and no service.
 */
public final class IntakeReadingViewModel {

    private final Intake intake;
    private final String title;
    private final String facts;
    private final String mode;
    private final List<ReviewRow> answers = new ArrayList<>();
    private final List<ReviewRow> notApplicable = new ArrayList<>();
    private final Optional<String> assessment;
    private final Optional<String> note;
    private final Optional<String> nextSteps;

    /** {@code reading}: the intake with its own answers only (see {@code IntakeService.read}). */
    public IntakeReadingViewModel(IntakeSession reading, Messages messages) {
        this.intake = reading.intake();
        String lang = messages.language();
        AnswerFormat format = new AnswerFormat(messages, lang);
        List<VisibleSection> shown = reading.result().sections();
        this.title = reading.questionnaire().title().get(lang, "nl");
        this.facts = facts(messages, intake, lang);
        this.mode = ConversationMode.text(messages, intake);
        for (VisibleSection vs : shown) {
            List<Question> asked = vs.questions().stream().filter(q -> q.type().hasAnswer()).toList();
            if (asked.isEmpty()) {
                continue;
            }
            String section = SectionTitles.shown(vs.section(), shown, reading.questionnaire(), lang);
            answers.add(new ReviewRow(section, null, section, "", false));
            for (Question q : asked) {
                Answer a = reading.ownAnswers().get(q.id()).orElse(null);
                answers.add(new ReviewRow(section, q.id(), q.text().get(lang, "nl"), format.text(q, a),
                        a == null || a.state() == AnswerState.SKIPPED));
            }
        }
        for (Question q : reading.questionnaire().questions()) {
            Optional<Answer> a = reading.ownAnswers().get(q.id());
            if (reading.result().notApplicable().contains(q.id()) && a.isPresent()) {
                String section = reading.questionnaire().sectionOf(q.id()).map(Section::title)
                        .map(t -> t.get(lang, "nl")).orElse("");
                notApplicable.add(new ReviewRow(section, q.id(), q.text().get(lang, "nl"),
                        format.text(q, a.get()), false));
            }
        }
        this.assessment = intake.assessment().map(x -> messages.text(assessmentKey(x)));
        this.note = intake.assessmentNote().filter(s -> !s.isBlank());
        this.nextSteps = intake.nextSteps().filter(s -> !s.isBlank());
    }

    private static String facts(Messages messages, Intake intake, String lang) {
        String started = DateTimes.dateTime(intake.startedAt(), lang);
        String status = IntakeStatusText.of(messages, intake.status());
        return intake.finishedAt().map(f -> messages.text("casepage.intake.facts_finished", status, started,
                DateTimes.dateTime(f, lang))).orElseGet(() -> messages.text("casepage.intake.facts", status, started));
    }

    private static String assessmentKey(Assessment a) {
        return switch (a) {
            case YES -> "intake.finish.assessment.yes";
            case NO -> "intake.finish.assessment.no";
            case UNSURE -> "intake.finish.assessment.unsure";
        };
    }

    public String intakeId() {
        return intake.id();
    }

    public String caseId() {
        return intake.caseId();
    }

    /** True when the intake can still be continued (paused, or left in progress). */
    public boolean resumable() {
        return intake.status().isResumable();
    }

    /** The questionnaire's title, in the reader's language. */
    public String title() {
        return title;
    }

    /** Where the intake stands and when it was taken, in words. */
    public String facts() {
        return facts;
    }

    /** The languages and interpreter of the conversation; empty for one language without an interpreter. */
    public String mode() {
        return mode;
    }

    /** Section headings and answers, in the order of the questionnaire; rows for unanswered ones are flagged. */
    public List<ReviewRow> answers() {
        return List.copyOf(answers);
    }

    /** Answers kept for questions that another answer made unnecessary. */
    public List<ReviewRow> notApplicable() {
        return List.copyOf(notApplicable);
    }

    /** The worker's yes / no / not sure, when the intake recorded one apart from its questions. */
    public Optional<String> assessment() {
        return assessment;
    }

    public Optional<String> note() {
        return note;
    }

    public Optional<String> nextSteps() {
        return nextSteps;
    }
}
