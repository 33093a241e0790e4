package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Signals name the forms of exploitation the answers named: one typical case per form (src/test/resources/walks),
 * no signal for a form the answers never named, and under 10% of signal lines naming all four forms. Writes the
 * figure to target/signal-forms.txt.
 */
class SignalFormsTest {

    private static final Questionnaire FULL = SeedWalks.seed("intake.yaml");
    private static final Map<String, Set<Exploitation>> CASES = Map.of(
            "labour.yaml", EnumSet.of(Exploitation.LABOUR),
            "sexual.yaml", EnumSet.of(Exploitation.SEXUAL),
            "criminal.yaml", EnumSet.of(Exploitation.CRIMINAL),
            "begging.yaml", EnumSet.of(Exploitation.OTHER));

    @Test
    void eachTypicalCaseRaisesSignalsOnlyForItsOwnForm() throws IOException {
        int lines = 0;
        int allFour = 0;
        List<String> report = new ArrayList<>();
        for (var c : CASES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            FlowResult flow = SeedWalks.walk(FULL, SeedWalks.resource("common-adult.yaml"),
                    SeedWalks.resource(c.getKey()));
            assertThat(flow.signals()).as(c.getKey()).hasSizeGreaterThan(8);
            for (RaisedIndicator raised : flow.signals().values()) {
                assertThat(raised.formUnknown()).as(c.getKey() + " " + raised.indicator()).isFalse();
                assertThat(c.getValue()).as(c.getKey() + " " + raised.indicator())
                        .containsAll(raised.exploitation());
                lines++;
                if (raised.exploitation().size() == Exploitation.values().length) {
                    allFour++;
                }
            }
            report.add(c.getKey() + ": " + SeedWalks.signalLines(flow));
        }
        double share = (double) allFour / lines;
        report.add(0, String.format(Locale.ROOT, "%d signal lines in %d typical cases, %d name all four forms (%.1f%%)",
                lines, CASES.size(), allFour, 100 * share));
        Files.write(SeedWalks.projectFile("target/signal-forms.txt"), report);
        assertThat(share).isLessThan(0.10);
    }

    @Test
    void onlyQuestionsOfOneBranchNameAFixedFormEveryOtherSignalUsesTheCaseForms() {
        for (Question q : FULL.questions()) {
            for (Signal s : q.signals()) {
                if (s.exploitation().size() == Exploitation.values().length) {
                    throw new AssertionError(q.id() + " names all four forms; use exploitation: case");
                }
            }
        }
        assertThat(FULL.exploitationForms()).isPresent();
        assertThat(FULL.exploitationForms().orElseThrow().question()).isEqualTo("work_type");
        Set<String> mapped = FULL.exploitationForms().orElseThrow().map().keySet();
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(FULL.question("work_type").orElseThrow().choices()
                .stream().map(Choice::value).collect(Collectors.toSet()));
        assertThat(Arrays.asList(Exploitation.values())).hasSize(4);
    }
}
