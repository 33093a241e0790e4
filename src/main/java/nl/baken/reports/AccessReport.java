package nl.baken.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseNote;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.CaseTask;
import nl.baken.cases.ReflectionPeriod;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentSigner;
import nl.baken.intake.Intake;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AskedTo;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.referral.PlainDocument;
import nl.baken.referral.PlainDocument.Block;
import nl.baken.referral.PlainDocument.Bullet;
import nl.baken.referral.PlainDocument.Entry;
import nl.baken.referral.PlainDocument.Heading;
import nl.baken.referral.PlainDocument.Labelled;
import nl.baken.referral.PlainDocument.Note;
import nl.baken.referral.Referral;

/**
 * The person's own data (inzageverzoek, AVG article 15) as a document: every answer of every intake (a worker's
 * observation marked as such), the consent history, the referrals (to whom, when, what they held), tasks, notes,
 * the reflection period and the audit entries of the case. In the worker's language, the question in the client's
 * language beside it where the intake used one. Pure composition: the facts are read by {@link CaseReports}.
 */
public final class AccessReport {

    private final ReportWords words;

    public AccessReport(ReportWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** The document of these facts. */
    public PlainDocument compose(AccessFacts facts) {
        List<Block> blocks = new ArrayList<>();
        head(facts, blocks);
        int n = 0;
        for (IntakeRecord intake : facts.intakes()) {
            intake(++n, intake, facts, blocks);
        }
        if (facts.intakes().isEmpty()) {
            blocks.add(new Heading(words.text("report.access.intakes.title")));
            blocks.add(new Note(words.text("report.access.none")));
        }
        consents(facts, blocks);
        referrals(facts, blocks);
        tasks(facts, blocks);
        notes(facts, blocks);
        reflection(facts, blocks);
        audit(facts, blocks);
        return new PlainDocument(words.language(), words.text("report.access.title"),
                words.text("report.access.subtitle", facts.caseFile().reference()),
                words.text("report.access.footer", facts.caseFile().reference()), words.text("report.pdf.page"),
                blocks);
    }

    private void head(AccessFacts f, List<Block> blocks) {
        blocks.add(new Note(words.text("report.access.intro")));
        blocks.add(new Labelled(words.text("report.access.reference"), f.caseFile().reference()));
        blocks.add(new Labelled(words.text("report.access.alias"),
                f.caseFile().alias().orElse(words.text("report.access.alias_none"))));
        blocks.add(new Labelled(words.text("report.access.opened"), words.text("report.access.by",
                words.dateTime(f.caseFile().createdAt()), worker(f, f.caseFile().workerId()))));
        blocks.add(new Labelled(words.text("report.access.status"), words.text(
                f.caseFile().status() == CaseStatus.OPEN ? "cases.status.open" : "cases.status.closed")));
        if (f.caseFile().status() != CaseStatus.OPEN) {
            f.closing().at().ifPresent(at -> blocks.add(new Labelled(words.text("report.access.closed"),
                    words.dateTime(at))));
            f.closing().reason().ifPresent(r -> blocks.add(new Labelled(words.text("report.access.close_reason"), r)));
        }
        blocks.add(new Labelled(words.text("report.access.made"), words.date(f.today())));
        if (!f.organisation().isEmpty()) {
            blocks.add(new Labelled(words.text("report.access.organisation"), f.organisation()));
        }
    }

    private void intake(int n, IntakeRecord record, AccessFacts f, List<Block> blocks) {
        Intake intake = record.intake();
        Questionnaire questionnaire = record.questionnaire();
        String language = words.language();
        blocks.add(new Heading(words.text("report.access.intake.title", n,
                questionnaire.title().get(language, "nl"))));
        blocks.add(new Labelled(words.text("report.access.intake.started"), words.text("report.access.by",
                words.dateTime(intake.startedAt()), worker(f, intake.workerId()))));
        blocks.add(new Labelled(words.text("report.access.intake.status"), words.text(switch (intake.status()) {
            case IN_PROGRESS -> "cases.status.in_progress";
            case PAUSED -> "cases.status.paused";
            case STOPPED -> "casepage.intake.stopped";
            case FINISHED -> "casepage.intake.finished";
        })));
        intake.finishedAt().ifPresent(at -> blocks.add(new Labelled(words.text("report.access.intake.finished"),
                words.dateTime(at))));
        Optional<String> client = clientLanguage(intake);
        blocks.add(new Labelled(words.text("report.access.intake.languages"), words.text(
                "report.access.intake.languages_value", intake.workerLanguage(),
                intake.clientLanguage() == null ? "\u2014" : intake.clientLanguage(),
                words.text(switch (intake.interpreter()) {
                    case NONE -> "report.access.interpreter.none";
                    case IN_PERSON -> "report.access.interpreter.in_person";
                    case PHONE -> "report.access.interpreter.phone";
                }))));
        Set<String> shown = new LinkedHashSet<>();
        for (Question q : questionnaire.questions()) {
            Optional<Answer> answer = record.answers().get(q.id());
            if (answer.isEmpty()) {
                continue;
            }
            shown.add(q.id());
            blocks.add(entry(q, answer.get(), client));
        }
        // An answer to a question the questionnaire version no longer has is still kept, so it is still shown.
        record.answers().asMap().forEach((id, answer) -> {
            if (!shown.contains(id)) {
                blocks.add(new Entry(id, String.join(", ", answer.values()), ""));
            }
        });
        // A draft is not an answer, but it is kept about the person, so the access export shows it, marked as such.
        record.draft().ifPresent(d -> blocks.add(new Entry(questionnaire.questions().stream()
                .filter(q -> q.id().equals(d.questionId())).findFirst()
                .map(q -> q.text().get(language, "nl")).orElse(d.questionId()), d.text(),
                words.text("report.access.draft"))));
        String own = words.text("report.access.worker_own");
        intake.assessment().ifPresent(a -> blocks.add(new Entry(words.text("report.access.intake.assessment"),
                words.text(switch (a) {
                    case YES -> "report.access.assessment.yes";
                    case NO -> "report.access.assessment.no";
                    case UNSURE -> "report.access.assessment.unsure";
                }), own)));
        intake.assessmentNote().filter(s -> !s.isBlank()).ifPresent(s -> blocks.add(new Entry(
                words.text("report.access.intake.assessment_note"), s, own)));
        intake.nextSteps().filter(s -> !s.isBlank()).ifPresent(s -> blocks.add(new Entry(
                words.text("report.access.intake.next_steps"), s, own)));
    }

    /** The intake's client language when it differs from the report's. */
    private Optional<String> clientLanguage(Intake intake) {
        return Optional.ofNullable(intake.clientLanguage()).filter(l -> !l.equals(words.language()));
    }

    private Entry entry(Question q, Answer answer, Optional<String> client) {
        String language = words.language();
        String ours = q.text().get(language, "nl");
        String question = ours;
        String text = words.answer(q, answer, language);
        if (client.isPresent()) {
            Optional<String> asked = q.text().in(client.get()).filter(t -> !t.equals(ours));
            if (asked.isPresent()) {
                question = question + "\n" + words.text("report.access.in_client_language", client.get(), asked.get());
                String theirs = words.answer(q, answer, client.get());
                if (!theirs.equals(text)) {
                    text = text + "\n" + words.text("report.access.in_client_language", client.get(), theirs);
                }
            }
        }
        String marker = q.askedTo() == AskedTo.WORKER ? words.text("report.access.observation") : "";
        return new Entry(question, text, marker);
    }

    private void consents(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.consent.title")));
        if (f.consents().isEmpty()) {
            blocks.add(new Note(words.text("report.access.none")));
        }
        for (ConsentRecord r : f.consents()) {
            String decision = words.text(decisionKey(r.decision()));
            if (r.signedBy().isPresent()) {
                decision = words.text("casepage.consent.signed", decision, words.text(
                        r.signedBy().get() == ConsentSigner.PERSON ? "consent.signer.person" : "consent.signer.parent"));
            }
            if (r.formReceived()) {
                decision = words.text("report.access.consent.form", decision);
            }
            blocks.add(new Bullet(words.text("report.access.consent.line", words.text(r.purpose().titleKey()),
                    decision, words.dateTime(r.recordedAt()), worker(f, r.workerId()))));
        }
    }

    static String decisionKey(ConsentDecision d) {
        return switch (d) {
            case GIVEN -> "consent.decision.given";
            case DECLINED -> "consent.decision.declined";
            case WITHDRAWN -> "consent.decision.withdrawn";
        };
    }

    private void referrals(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.referrals.title")));
        if (f.referrals().isEmpty()) {
            blocks.add(new Note(words.text("report.access.none")));
        }
        for (Referral r : f.referrals()) {
            String partner = f.partnerNames().getOrDefault(r.partnerId(),
                    words.text("casepage.referrals.partner_unknown"));
            blocks.add(new Labelled(words.text("report.access.referral.to"), partner));
            blocks.add(new Labelled(words.text("report.access.referral.when"), words.text("report.access.by",
                    words.dateTime(r.createdAt()), worker(f, r.workerId()))));
            blocks.add(new Labelled(words.text("report.access.referral.status"), words.text(switch (r.status()) {
                case SENT -> "referral.status.sent";
                case SAVED -> "referral.status.saved";
                case ACCEPTED -> "referral.status.accepted";
                case DECLINED -> "referral.status.declined";
                case CLOSED -> "referral.status.closed";
            }) + r.statusNote().map(s -> " \u2014 " + s).orElse("")));
            blocks.add(new Labelled(words.text("report.access.referral.name"), words.text(r.includeName()
                    ? "report.access.referral.name_yes" : "report.access.referral.name_no")));
            blocks.add(new Note(words.text("report.access.referral.held")));
            for (String id : r.items()) {
                blocks.add(new Bullet(questionText(f, id)));
            }
            if (r.items().isEmpty()) {
                blocks.add(new Bullet(words.text("report.access.referral.no_items")));
            }
            for (Referral.OutsideShare o : r.outsideShare()) {
                blocks.add(new Bullet(words.text("report.access.referral.outside", questionText(f, o.questionId()),
                        o.reason())));
            }
        }
    }

    /** The question of an id in the report's language, from the newest intake that has it. */
    private String questionText(AccessFacts f, String questionId) {
        for (int i = f.intakes().size() - 1; i >= 0; i--) {
            Optional<Question> q = f.intakes().get(i).questionnaire().question(questionId);
            if (q.isPresent()) {
                return q.get().text().get(words.language(), "nl");
            }
        }
        return questionId;
    }

    private void tasks(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.tasks.title")));
        if (f.tasks().isEmpty()) {
            blocks.add(new Note(words.text("report.access.none")));
        }
        for (CaseTask t : f.tasks()) {
            String text = t.text().isEmpty() ? words.text("report.access.task.followup") : t.text();
            String due = words.date(t.dueDate()) + t.dueTime().map(time -> " " + time).orElse("");
            blocks.add(new Bullet(words.text(t.done() ? "report.access.task.done" : "report.access.task.open", due,
                    text, worker(f, t.workerId()))));
        }
    }

    private void notes(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.notes.title")));
        if (f.notes().isEmpty()) {
            blocks.add(new Note(words.text("report.access.none")));
        }
        for (CaseNote note : f.notes()) {
            blocks.add(new Entry(words.text("report.access.by", words.dateTime(note.writtenAt()),
                    worker(f, note.workerId())), note.text(), ""));
        }
    }

    private void reflection(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.reflection.title")));
        if (f.reflection().isEmpty()) {
            blocks.add(new Note(words.text("report.access.none")));
            return;
        }
        ReflectionPeriod p = f.reflection().get();
        blocks.add(new Labelled(words.text("report.access.reflection.start"), words.date(p.start())));
        blocks.add(new Labelled(words.text("report.access.reflection.end"), words.date(p.end())));
        blocks.add(new Labelled(words.text("report.access.reflection.status"), words.text(switch (p.status()) {
            case OFFERED -> "casepage.reflection.status.offered";
            case RUNNING -> "casepage.reflection.status.running";
            case ENDED -> "casepage.reflection.status.ended";
            case PERMIT_APPLIED -> "casepage.reflection.status.permit_applied";
        })));
    }

    private void audit(AccessFacts f, List<Block> blocks) {
        blocks.add(new Heading(words.text("report.access.audit.title")));
        blocks.add(new Note(words.text("report.access.audit.explain")));
        for (AuditEvent e : f.audit()) {
            blocks.add(new Bullet(words.text("report.access.audit.line", words.dateTime(e.occurredAt()),
                    worker(f, e.workerId()), e.event())));
        }
    }

    private String worker(AccessFacts f, String workerId) {
        return workerId == null ? words.text("report.worker_unknown")
                : f.workers().getOrDefault(workerId, words.text("report.worker_unknown"));
    }
}
