package nl.baken.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseTask;
import nl.baken.cases.ReflectionStatus;

/**
 * The case desk's part of a demo case: tasks (some overdue, some due today, some done), short notes, and for about a
 * third of the cases a reflection period, running, offered, ended or with a permit applied for, by the case's age.
 * Texts are fixed, invented and marked "Demo".
 */
final class DemoDesk implements DemoCases.Extra {

    private static final List<String> TASKS = List.of("Demo: opvang terugbellen", "Demo: afspraak politie bevestigen",
            "Demo: advocaat informeren", "Demo: tolk regelen voor vervolggesprek", "Demo: CoMensha-melding nagaan",
            "Demo: huisarts bellen over afspraak", "Demo: reiskosten regelen");
    private static final List<String> NOTES = List.of("Demo-notitie: gesprek rustig verlopen, vervolgafspraak gepland.",
            "Demo-notitie: opvang heeft plek vanaf volgende week.", "Demo-notitie: wil eerst met advocaat overleggen.",
            "Demo-notitie: telefonisch contact, gaat goed.", "Demo-notitie: bedenktijd uitgelegd met tolk.");
    private static final Period THREE_MONTHS = Period.ofMonths(3);

    private final CaseDesk desk;

    DemoDesk(CaseDesk desk) {
        this.desk = desk;
    }

    @Override
    public void add(DemoCases.DemoCase demoCase, Random random, String workerId) {
        String caseId = demoCase.caseFile().id();
        LocalDate today = demoCase.today();
        LocalDate opened = demoCase.caseFile().createdAt().toLocalDate();
        int tasks = random.nextInt(4);
        for (int t = 0; t < tasks; t++) {
            int roll = random.nextInt(10);
            // Overdue (up to a month), due today, or in the coming two months.
            LocalDate due = roll < 2 ? today.minusDays(1 + random.nextInt(30)) : roll < 3 ? today
                    : today.plusDays(1 + random.nextInt(60));
            Optional<LocalTime> at = random.nextBoolean() ? Optional.of(LocalTime.of(9 + random.nextInt(8), 0))
                    : Optional.empty();
            CaseTask task = desk.addTask(caseId, due, at, TASKS.get(random.nextInt(TASKS.size())), workerId);
            if (demoCase.closing() || (due.isBefore(today) && random.nextBoolean())) {
                desk.markDone(task.id(), workerId);
            }
        }
        int notes = random.nextInt(3);
        for (int n = 0; n < notes; n++) {
            desk.addNote(caseId, NOTES.get(random.nextInt(NOTES.size())), workerId);
        }
        if (random.nextInt(3) == 0) {
            LocalDate start = opened.plusDays(random.nextInt(8));
            start = start.isAfter(today) ? today : start;
            boolean over = !start.plus(THREE_MONTHS).isAfter(today);
            ReflectionStatus status = over ? (random.nextBoolean() ? ReflectionStatus.ENDED
                    : ReflectionStatus.PERMIT_APPLIED) : (random.nextInt(5) == 0 ? ReflectionStatus.OFFERED
                    : ReflectionStatus.RUNNING);
            desk.setReflection(caseId, start, status, workerId);
            if (!over && random.nextInt(6) == 0) {
                desk.extendReflection(caseId, Period.ofMonths(1), workerId);
            }
        }
    }
}
