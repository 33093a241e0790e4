package nl.baken.intake.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.Section;
import nl.baken.questionnaire.VisibleSection;

/**
 * A section's title as the wizard, the review and the reading of an intake show it. Titles numbered by the author
 * ("9. Minderjarigen") are numbered again by their place among the sections shown now, from the first section's
 * number on: a hidden section leaves no gap.
 */
final class SectionTitles {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$", Pattern.DOTALL);

    private SectionTitles() {
    }

    static String shown(Section section, List<VisibleSection> shown, Questionnaire questionnaire, String language) {
        String title = section.title().get(language, "nl");
        Matcher own = NUMBERED.matcher(title);
        int place = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).section().id().equals(section.id())) {
                place = i;
            }
        }
        Matcher first = NUMBERED.matcher(questionnaire.sections().get(0).title().get(language, "nl"));
        if (!own.matches() || place < 0 || !first.matches()) {
            return title;
        }
        return (Integer.parseInt(first.group(1)) + place) + ". " + own.group(2);
    }
}
