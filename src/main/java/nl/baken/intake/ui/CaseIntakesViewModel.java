package nl.baken.intake.ui;

import java.util.List;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.IntakeSummary;

/**
 * The intakes of one case on the case page: which questionnaire, where each stands and when; each can be read,
 * one not finished can be continued. Made off the FX thread from what was read; holds no Node.
 */
public final class CaseIntakesViewModel {

    /** One intake as a line: its words, and what it offers. */
    public record Line(String intakeId, String title, String facts, boolean resumable) {
    }

    private final List<Line> lines;

    public CaseIntakesViewModel(List<IntakeSummary> intakes, Messages messages) {
        String lang = messages.language();
        this.lines = intakes.stream().map(s -> line(s, messages, lang)).toList();
    }

    private static Line line(IntakeSummary s, Messages messages, String lang) {
        Intake i = s.intake();
        String facts = i.status() == IntakeStatus.FINISHED && i.finishedAt().isPresent()
                ? messages.text("casepage.intakes.finished_at", DateTimes.dateTime(i.finishedAt().get(), lang))
                : messages.text("casepage.intakes.started_at", IntakeStatusText.of(messages, i.status()),
                        DateTimes.dateTime(i.startedAt(), lang));
        return new Line(i.id(), s.questionnaireTitle().get(lang, "nl"), facts, i.status().isResumable());
    }

    /** The case's intakes, oldest first. */
    public List<Line> lines() {
        return lines;
    }
}
