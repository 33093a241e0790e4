package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.QuestionnaireLoader;
import nl.baken.referral.ReferralDraft.DraftItem;
import org.junit.jupiter.api.Test;

/** The need-to-know rules of composing a referral, on a small fixture questionnaire. */
class ReferralComposerTest {

    static final Questionnaire FIXTURE = load();
    static final OffsetDateTime GIVEN = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
    static final ReferralDocument.Sender FROM = new ReferralDocument.Sender("Wim Werker", "Gemeente Test", "010-1234567");
    static final Partner SHELTER = new Partner("opvang-x", "Opvang X", "shelter", null, null, null, null, false);
    static final Partner POLICE = new Partner("politie", "Politie", "police", null, null, null, null, true);

    private final ReferralComposer composer = new ReferralComposer(Messages::of);

    static Questionnaire load() {
        try (InputStream in = ReferralComposerTest.class.getResourceAsStream("/questionnaires/referral-fixture.yaml")) {
            var result = new QuestionnaireLoader().load("referral-fixture.yaml",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(result.errors()).isEmpty();
            return result.questionnaire().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Answers answers() {
        Map<String, Answer> a = new HashMap<>();
        a.put("w_companion", Answer.of("yes"));
        a.put("danger_today", Answer.of("yes"));
        a.put("name_alias", Answer.of("Marta"));
        a.put("age", Answer.dontKnow());
        a.put("arrived", Answer.of("2026-03-05"));
        a.put("passport", Answer.of("employer"));
        a.put("debt", Answer.of("no"));
        a.put("debt_amount", Answer.of("VERBORGEN-BEDRAG"));
        a.put("health_issue", Answer.declined());
        a.put("phone", Answer.skipped());
        a.put("languages", Answer.ofAll(List.of("en", "pl")));
        a.put("wants_shelter", Answer.of("yes"));
        a.put("wants_report", Answer.of("no"));
        a.put("wants_secret", Answer.declined());
        return Answers.of(a);
    }

    static CaseMaterial material(Answers answers, String... consentedAudiences) {
        Map<ConsentPurpose, ConsentRecord> consents = new HashMap<>();
        for (String audience : consentedAudiences) {
            consents.put(ConsentPurpose.share(audience), new ConsentRecord(ConsentPurpose.share(audience),
                    ConsentDecision.GIVEN, Optional.empty(), false, GIVEN, "w1"));
        }
        CaseFile c = new CaseFile("case-1", "BK-2026-ABCDE", Optional.empty(), CaseStatus.OPEN, GIVEN, "w1");
        return new CaseMaterial(c, List.of(new CaseMaterial.IntakeMaterial("i1", FIXTURE, answers)), consents);
    }

    private ReferralDocument document(ReferralDraft draft, ReferralSelection selection) throws ReferralException {
        return composer.document(draft, selection, FROM, "Gemeente Test", LocalDate.of(2026, 11, 28));
    }

    private static List<String> allText(ReferralDocument d) {
        List<String> out = new java.util.ArrayList<>();
        d.sections().forEach(s -> s.items().forEach(i -> {
            out.add(i.question());
            out.add(i.answer());
        }));
        d.wishes().forEach(i -> {
            out.add(i.question());
            out.add(i.answer());
        });
        out.addAll(d.signals());
        out.addAll(d.urgentNotes());
        if (d.personName() != null) {
            out.add(d.personName());
        }
        return out;
    }

    @Test
    void preselectsExactlyWhatTheAudienceMayReceive() {
        ReferralDraft draft = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        ReferralSelection selection = ReferralSelection.preselected(draft);
        assertThat(selection.items()).containsExactlyInAnyOrder("danger_today", "age", "arrived", "languages",
                "wants_shelter");
        assertThat(selection.includeName()).isFalse();
        assertThat(draft.item("passport")).map(DraftItem::shared).contains(false);
        ReferralDraft police = composer.draft(material(answers(), "police"), POLICE, "nl");
        assertThat(ReferralSelection.preselected(police).items()).containsExactlyInAnyOrder("arrived", "passport",
                "wants_report");
    }

    @Test
    void neverOffersNotApplicableWorkerNotesDeclinedOrSkipped() {
        ReferralDraft draft = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        assertThat(draft.items()).extracting(DraftItem::questionId)
                .doesNotContain("w_companion", "intro_note", "debt_amount", "health_issue", "phone", "wants_secret",
                        "name_alias");
        assertThat(draft.items()).extracting(DraftItem::question).noneMatch(q -> q.contains("WERKER"));
        assertThat(draft.items()).extracting(DraftItem::answer).doesNotContain("VERBORGEN-BEDRAG");
    }

    @Test
    void dontKnowIsShownAsSuchAndAnswersAreInWords() throws Exception {
        ReferralDraft draft = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        assertThat(draft.item("age")).map(DraftItem::answer).contains("Weet ik niet");
        assertThat(draft.item("arrived")).map(DraftItem::answer).contains("05-03-2026");
        assertThat(draft.item("languages")).map(DraftItem::answer).contains("Pools\nEngels");
        assertThat(draft.item("danger_today")).map(DraftItem::answer).contains("Ja");
        ReferralDraft en = composer.draft(material(answers(), "shelter"), SHELTER, "en");
        assertThat(en.item("age")).map(DraftItem::answer).contains("I don't know");
        assertThat(en.item("danger_today")).map(DraftItem::question).contains("Are you in danger today?");
        assertThat(en.item("danger_today")).map(DraftItem::answer).contains("Yes");
    }

    @Test
    void blockedWithoutConsentForThatAudience() {
        ReferralDraft none = composer.draft(material(answers()), SHELTER, "nl");
        assertThat(none.blocked()).isTrue();
        assertThat(none.requiredConsent().code()).isEqualTo("share:shelter");
        assertThatThrownBy(() -> document(none, ReferralSelection.preselected(none)))
                .isInstanceOf(ReferralException.class)
                .satisfies(e -> assertThat(((ReferralException) e).reason()).isEqualTo(ReferralException.Reason.NO_CONSENT));
        ReferralDraft otherAudience = composer.draft(material(answers(), "police"), SHELTER, "nl");
        assertThat(otherAudience.blocked()).isTrue();
        CaseMaterial withdrawn = material(answers(), "shelter");
        Map<ConsentPurpose, ConsentRecord> c = new HashMap<>(withdrawn.consents());
        c.put(ConsentPurpose.share("shelter"), new ConsentRecord(ConsentPurpose.share("shelter"),
                ConsentDecision.WITHDRAWN, Optional.empty(), false, GIVEN.plusDays(1), "w1"));
        assertThat(composer.draft(new CaseMaterial(withdrawn.caseFile(), withdrawn.intakes(), c), SHELTER, "nl")
                .blocked()).isTrue();
    }

    @Test
    void addingOutsideShareNeedsAReasonAndWorkerMayLeaveItemsOut() throws Exception {
        ReferralDraft draft = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        ReferralSelection noReason = ReferralSelection.preselected(draft).with("passport", true, " ");
        assertThatThrownBy(() -> document(draft, noReason)).isInstanceOf(ReferralException.class)
                .satisfies(e -> assertThat(((ReferralException) e).reason())
                        .isEqualTo(ReferralException.Reason.REASON_MISSING));
        ReferralSelection withReason = ReferralSelection.preselected(draft).with("passport", true, "Nodig voor ID")
                .with("arrived", false, null);
        ReferralDocument doc = document(draft, withReason);
        assertThat(allText(doc)).contains("Wie heeft uw paspoort?", "De baas").doesNotContain("05-03-2026");
    }

    @Test
    void signalsOnlyWhenARaisingQuestionIsSharedAndIncluded() throws Exception {
        ReferralDraft shelter = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        // Documents withheld is raised by passport (police only); control by the worker's own observation.
        assertThat(document(shelter, ReferralSelection.preselected(shelter)).signals()).isEmpty();
        // Added outside share with a reason: included, but still not shared with shelter, so no signal.
        assertThat(document(shelter, ReferralSelection.preselected(shelter).with("passport", true, "ID"))
                .signals()).isEmpty();
        ReferralDraft police = composer.draft(material(answers(), "police"), POLICE, "nl");
        assertThat(document(police, ReferralSelection.preselected(police)).signals())
                .containsExactly("Papieren afgenomen (arbeid)");
        assertThat(document(police, ReferralSelection.preselected(police).with("passport", false, null)).signals())
                .isEmpty();
    }

    @Test
    void urgentNoteOnlyWhenTheRaisingQuestionIsShared() throws Exception {
        ReferralDraft shelter = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        // The worker's own observation raises urgency too, but never leaves, whatever its share list says.
        assertThat(shelter.urgentBy()).containsExactly("w_companion", "danger_today");
        assertThat(document(shelter, ReferralSelection.preselected(shelter)).urgentNotes())
                .containsExactly("Bent u vandaag in gevaar? Ja");
        assertThat(document(shelter, ReferralSelection.preselected(shelter).with("danger_today", false, null))
                .urgentNotes()).isEmpty();
        ReferralDraft police = composer.draft(material(answers(), "police"), POLICE, "nl");
        assertThat(document(police, ReferralSelection.preselected(police)).urgentNotes()).isEmpty();
    }

    @Test
    void wishesObeyTheSameRules() throws Exception {
        ReferralDraft shelter = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        ReferralDocument doc = document(shelter, ReferralSelection.preselected(shelter));
        assertThat(doc.wishes()).extracting(ReferralDocument.Item::question).containsExactly("Wilt u opvang?");
        assertThat(doc.sections()).extracting(ReferralDocument.Section::title).doesNotContain("Wat wilt u?");
        ReferralDraft police = composer.draft(material(answers(), "police"), POLICE, "nl");
        assertThat(document(police, ReferralSelection.preselected(police)).wishes())
                .extracting(ReferralDocument.Item::question).containsExactly("Wilt u aangifte doen?");
    }

    @Test
    void nameOnlyWhenTicked() throws Exception {
        ReferralDraft draft = composer.draft(material(answers(), "shelter"), SHELTER, "nl");
        ReferralDocument off = document(draft, ReferralSelection.preselected(draft));
        assertThat(off.personName()).isNull();
        assertThat(allText(off)).noneMatch(t -> t.contains("Marta"));
        assertThat(off.caseReference()).isEqualTo("BK-2026-ABCDE");
        ReferralDocument on = document(draft, ReferralSelection.preselected(draft).withIncludeName(true));
        assertThat(on.personName()).isEqualTo("Marta");
    }

    @Test
    void consentShownWithItsDate() throws Exception {
        ReferralDraft draft = composer.draft(material(answers(), "shelter", "police"), SHELTER, "nl");
        ReferralDocument doc = document(draft, ReferralSelection.preselected(draft));
        assertThat(doc.consents()).containsExactly(new ReferralDocument.Consent("Delen met opvang",
                LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aNewerIntakeDecliningRemovesAnOlderAnswer() {
        CaseMaterial one = material(answers(), "shelter");
        Answers newer = Answers.of(Map.of("arrived", Answer.declined(), "age", Answer.of("31")));
        CaseMaterial two = new CaseMaterial(one.caseFile(), List.of(one.intakes().get(0),
                new CaseMaterial.IntakeMaterial("i2", FIXTURE, newer)), one.consents());
        ReferralDraft draft = composer.draft(two, SHELTER, "nl");
        assertThat(draft.item("arrived")).isEmpty();
        assertThat(draft.item("age")).map(DraftItem::answer).contains("31");
        assertThat(draft.item("languages")).isPresent();
    }
}
