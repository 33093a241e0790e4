package nl.baken.questionnaire;

import static nl.baken.questionnaire.SeedWalks.clientQuestions;
import static nl.baken.questionnaire.SeedWalks.sectionShown;
import static nl.baken.questionnaire.SeedWalks.signalLines;
import static nl.baken.questionnaire.SeedWalks.walk;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safety routes of the seed questionnaires (docs/questionnaire-authoring.md, "Safety routes"): for each, what
 * is visible, what is urgent and which signals appear.
 */
class SafetyRoutesTest {

    private static final Questionnaire FULL = SeedWalks.seed("intake.yaml");
    private static final Questionnaire SHORT = SeedWalks.seed("short-intake.yaml");
    private static final String ADULT = SeedWalks.resource("common-adult.yaml") + "\nage: 34\nnationality: non_eu\n";
    private static final List<String> DETAIL_SECTIONS = List.of("about_you", "exploitation", "recruitment", "control",
            "legal_matters", "health", "minors", "wishes", "closing");

    /** The safe close: only the danger question and a safe way to meet again are put to the person. */
    private static void assertSafeClose(FlowResult flow, String reasonNote) {
        assertThat(clientQuestions(flow)).containsExactly("danger_today", "meet_again");
        assertThat(flow.isVisible("stop_note")).isTrue();
        if (reasonNote != null) {
            assertThat(flow.isVisible(reasonNote)).isTrue();
        }
        assertThat(flow.isVisible("confidentiality_note")).as("no promises read out in the safe close").isFalse();
        assertThat(flow.isVisible("role_note")).as("no mention of exploitation").isFalse();
        assertThat(flow.isVisible("reach_us_note")).as("no card handed over").isFalse();
        for (String section : DETAIL_SECTIONS) {
            assertThat(sectionShown(flow, section)).as(section).isFalse();
        }
        assertThat(flow.isVisible("w_observed_signs")).as("the worker still records what was seen").isTrue();
    }

    @Test
    void notSafeToStartLeadsToTheSafeClose() {
        FlowResult calm = walk(FULL, "w_safe_to_start: no\ndanger_today: no\nmeet_again: here_again\n");
        assertSafeClose(calm, null);
        assertThat(calm.urgent()).isFalse();
        assertThat(signalLines(calm)).isEmpty();

        FlowResult danger = walk(FULL, "w_safe_to_start: no\ndanger_today: yes\n");
        assertSafeClose(danger, null);
        assertThat(danger.urgentBy()).containsExactly("danger_today");

        FlowResult shortOne = walk(SHORT, "w_safe_to_start: no\ndanger_today: yes\n");
        assertThat(clientQuestions(shortOne)).containsExactly("danger_today", "meet_again");
        assertThat(shortOne.isVisible("stop_note")).isTrue();
        assertThat(shortOne.isVisible("confidentiality_note")).isFalse();
        assertThat(shortOne.isVisible("reach_us_note")).isFalse();
        assertThat(shortOne.urgentBy()).containsExactly("danger_today");
        assertThat(signalLines(shortOne)).isEmpty();
    }

    @Test
    void anUncheckedInterpreterLeadsToTheSafeClose() {
        FlowResult flow = walk(FULL, "w_interpreter: phone\nw_interpreter_checked: no\nw_safe_to_start: yes\n"
                + "danger_today: no\n");
        assertSafeClose(flow, "w_interpreter_unchecked_note");
        assertThat(flow.isVisible("interpreter_note")).isFalse();
        assertThat(flow.urgent()).isFalse();
        assertThat(signalLines(flow)).isEmpty();
    }

    @Test
    void aCompanionWhoInsistsOnStayingLeadsToTheSafeCloseAndASignalOfUnknownForm() {
        FlowResult flow = walk(FULL, "w_accompanied: yes\nw_companion: [wants_to_stay, answers_for_person]\n"
                + "w_safe_to_start: yes\ndanger_today: no\n");
        assertSafeClose(flow, "w_companion_stays_note");
        assertThat(flow.urgent()).isFalse();
        assertThat(signalLines(flow)).containsExactly(java.util.Map.entry("third_party_control", "unknown"));
    }

    @Test
    void someoneCheckingOnThePersonByPhoneLeadsToTheSafeClose() {
        FlowResult flow = walk(FULL, "w_monitoring: [phone_checks, someone_outside]\nw_safe_to_start: yes\n");
        assertSafeClose(flow, "w_phone_watch_note");
        assertThat(flow.urgentBy()).as("someone waits outside").containsExactly("w_monitoring");
        assertThat(signalLines(flow)).containsOnlyKeys("third_party_control", "controlled_phone")
                .containsValues("unknown");
    }

    @Test
    void aCheckedPhoneIsNeverTheWayToReachThePerson() {
        String checked = "phone_safe: checked\nwork_type: [labour]\ncard_safe: no\n";
        FlowResult flow = walk(FULL, ADULT, checked);
        assertThat(flow.isVisible("contact_method")).isFalse();
        assertThat(flow.isVisible("contact_details")).isFalse();
        assertThat(flow.isVisible("contact_without_phone")).isTrue();
        assertThat(flow.isVisible("w_phone_checked_note")).as("the worker is told why").isTrue();
        assertThat(flow.isVisible("reach_us_note")).as("no card when it is not safe to carry").isFalse();
        assertThat(flow.isVisible("reach_us_no_card_note")).isTrue();
        assertThat(sectionShown(flow, "control")).as("the full interview goes on").isTrue();
        assertThat(flow.urgent()).isFalse();
        assertThat(signalLines(flow)).containsExactly(java.util.Map.entry("controlled_phone", "labour"));

        FlowResult own = walk(FULL, ADULT, "phone_safe: own_safe\ncontact_method: call\n");
        assertThat(own.isVisible("contact_method")).isTrue();
        assertThat(own.isVisible("contact_details")).isTrue();
        assertThat(own.isVisible("contact_without_phone")).isFalse();
        assertThat(own.isVisible("w_phone_checked_note")).isFalse();

        FlowResult shortOne = walk(SHORT, "w_safe_to_start: yes\nage: 34\nw_possibly_minor: no\n" + checked
                .replace("work_type: [labour]\n", ""));
        assertThat(clientQuestions(shortOne)).contains("phone_safe", "contact_without_phone")
                .doesNotContain("contact_method");
        assertThat(shortOne.isVisible("w_phone_checked_note")).isTrue();
        assertThat(shortOne.urgent()).isFalse();
    }

    @Test
    void aMinorAloneIsUrgentAndIsNotQuestionedInDetail() {
        String alone = "w_safe_to_start: yes\nage: 15\nw_minor_with: alone\nbed_tonight: safe_place\n"
                + "danger_today: no\n";
        FlowResult flow = walk(FULL, alone);
        assertThat(sectionShown(flow, "minors")).isTrue();
        assertThat(flow.isVisible("minors_worker_note")).isTrue();
        assertThat(flow.isVisible("trusted_adult")).isTrue();
        for (String adultOnly : List.of("exploitation", "recruitment", "control", "legal_matters", "health")) {
            assertThat(sectionShown(flow, adultOnly)).as(adultOnly).isFalse();
        }
        assertThat(flow.isVisible("police_report")).isFalse();
        assertThat(flow.isVisible("w_possibly_minor")).isFalse();
        assertThat(flow.urgentBy()).containsExactly("w_minor_with");
        assertThat(signalLines(flow)).isEmpty();
        List<String> order = flow.sections().stream().map(s -> s.section().id()).toList();
        assertThat(order.indexOf("minors")).as("minors before the wishes").isLessThan(order.indexOf("wishes"));

        FlowResult shortOne = walk(SHORT, alone);
        assertThat(shortOne.isVisible("w_minor_prompt")).as("meldcode, Veilig Thuis, Nidos").isTrue();
        assertThat(shortOne.isVisible("minor_note")).isTrue();
        assertThat(shortOne.urgentBy()).containsExactly("w_minor_with");

        FlowResult withParent = walk(FULL, alone.replace("alone", "parent"));
        assertThat(withParent.urgent()).isFalse();
        FlowResult trusted = walk(FULL, alone, "trusted_adult: Oom Piet\nw_trusted_adult_checked: concerns\n");
        assertThat(trusted.isVisible("w_trusted_adult_checked")).as("the worker checks who the adult is").isTrue();
        assertThat(signalLines(trusted)).containsExactly(java.util.Map.entry("third_party_control", "unknown"));
    }

    @Test
    void anUnknownAgeNeedsTheWorkersDecisionBeforeTheAdultRoute() {
        String unknown = "w_safe_to_start: yes\nage: {dont_know: true}\n";
        FlowResult undecided = walk(FULL, unknown);
        assertThat(undecided.isVisible("w_age_route")).isTrue();
        assertThat(undecided.isVisible("w_possibly_minor")).isFalse();
        assertThat(undecided.isVisible("minor_note")).isTrue();
        assertThat(sectionShown(undecided, "minors")).as("without a decision: the minors route").isTrue();
        assertThat(sectionShown(undecided, "exploitation")).isFalse();
        assertThat(undecided.urgent()).isFalse();
        assertThat(signalLines(undecided)).isEmpty();

        FlowResult adult = walk(FULL, unknown, "w_age_route: adult\n");
        assertThat(sectionShown(adult, "exploitation")).isTrue();
        assertThat(sectionShown(adult, "minors")).isFalse();
        assertThat(adult.isVisible("minor_note")).isFalse();

        FlowResult minor = walk(FULL, unknown, "w_age_route: minor\n");
        assertThat(sectionShown(minor, "minors")).isTrue();
        assertThat(sectionShown(minor, "exploitation")).isFalse();

        FlowResult shortOne = walk(SHORT, unknown);
        assertThat(shortOne.isVisible("w_age_route")).isTrue();
        assertThat(shortOne.isVisible("w_minor_prompt")).isTrue();
        assertThat(walk(SHORT, unknown, "w_age_route: adult\n").isVisible("w_minor_prompt")).isFalse();
    }

    @Test
    void noPlaceToSleepTonightIsUrgent() {
        FlowResult flow = walk(FULL, ADULT, "bed_tonight: no_place\n");
        assertThat(flow.urgentBy()).containsExactly("bed_tonight");
        assertThat(sectionShown(flow, "exploitation")).as("the interview goes on").isTrue();
        assertThat(flow.isVisible("wants_shelter")).isTrue();
        assertThat(signalLines(flow)).isEmpty();

        FlowResult minor = walk(FULL, "w_safe_to_start: yes\nage: 16\nbed_tonight: no_place\nw_minor_with: parent\n"
                + "w_minor_place: none_yet\n");
        assertThat(minor.urgentBy()).containsExactly("bed_tonight", "w_minor_with", "w_minor_place");

        FlowResult shortOne = walk(SHORT, "w_safe_to_start: yes\nbed_tonight: no_place\nage: 34\nw_possibly_minor: no\n");
        assertThat(shortOne.urgentBy()).containsExactly("bed_tonight");
        FlowResult ageUnknown = walk(SHORT, "w_safe_to_start: yes\nbed_tonight: no_place\n");
        assertThat(ageUnknown.urgentBy()).as("without an age the minors route holds").containsExactly("bed_tonight",
                "w_minor_with");
        assertThat(walk(SHORT, "w_safe_to_start: yes\nbed_tonight: safe_place\n").urgent()).isFalse();
    }
}
