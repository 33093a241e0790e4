package nl.baken.referral;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.baken.intake.DemoCases;
import nl.baken.intake.IntakeStatus;

/**
 * The referrals of demo cases: about a third of the cases with a finished intake are referred to a partner whose
 * audience they consented to share with, holding some of that intake's answers, at every status (some sent more than
 * a week ago and still waiting for an answer).
 */
public final class DemoReferrals implements DemoCases.Extra {

    private static final ReferralStatus[] STATUSES = ReferralStatus.values();
    private final ReferralService referrals;
    private final List<Partner> partners;

    public DemoReferrals(ReferralService referrals) {
        this.referrals = referrals;
        this.partners = List.copyOf(referrals.partners());
    }

    @Override
    public void add(DemoCases.DemoCase demoCase, Random random, String workerId) {
        if (partners.isEmpty() || !demoCase.hasFinishedIntake() || random.nextInt(3) != 0) {
            return;
        }
        DemoCases.MadeIntake finished = demoCase.intakes().stream().filter(i -> i.status() == IntakeStatus.FINISHED)
                .reduce((a, b) -> b).orElseThrow();
        Partner partner = partners.get(random.nextInt(partners.size()));
        List<String> items = new ArrayList<>();
        for (String questionId : finished.answers().asMap().keySet()) {
            if (random.nextInt(3) == 0) {
                items.add(questionId);
            }
        }
        ReferralStatus status = STATUSES[random.nextInt(STATUSES.length)];
        // The answer came some days after the referral (or has not come yet), never after today.
        OffsetDateTime changed = demoCase.caseFile().createdAt().plusDays(1 + random.nextInt(21));
        OffsetDateTime latest = demoCase.today().atTime(LocalTime.MIDNIGHT).atOffset(changed.getOffset());
        referrals.recordDemo(demoCase.caseFile().id(), partner, items, status,
                changed.isAfter(latest) ? latest : changed, workerId);
    }
}
