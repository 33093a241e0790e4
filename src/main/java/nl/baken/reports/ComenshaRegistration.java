package nl.baken.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentSigner;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Flow;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.RaisedIndicator;
import nl.baken.questionnaire.Role;
import nl.baken.referral.PlainDocument;
import nl.baken.referral.PlainDocument.Block;
import nl.baken.referral.PlainDocument.Bullet;
import nl.baken.referral.PlainDocument.Heading;
import nl.baken.referral.PlainDocument.Labelled;
import nl.baken.referral.PlainDocument.Marked;
import nl.baken.referral.PlainDocument.Note;

/**
 * The registration CoMensha asks of care organisations: forms of exploitation, signals seen, age (and age group),
 * gender, nationality, date of first contact, registering organisation and worker; never a name, an alias or an
 * address. The facts come from {@code role} answers and the case's signals; what the case lacks is listed for the
 * worker to add, never guessed. Made only with {@code comensha} consent in force and the signed form received.
 */
public final class ComenshaRegistration {

    /** From this age the person signs the form; younger, a parent or guardian does. */
    public static final int SIGNS_ALONE_FROM = 16;
    private static final int ADULT = 18;

    private final ReportWords words;

    public ComenshaRegistration(ReportWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** Why no registration may be made of these facts, or empty when one may. */
    public static Optional<ComenshaRefusal> refusal(ComenshaFacts facts) {
        Optional<ConsentRecord> consent = facts.consent().filter(ConsentRecord::isGiven);
        if (consent.isEmpty()) {
            return Optional.of(ComenshaRefusal.NO_CONSENT);
        }
        if (!consent.get().formReceived() || consent.get().signedBy().isEmpty()) {
            return Optional.of(ComenshaRefusal.NO_SIGNED_FORM);
        }
        OptionalInt age = age(facts);
        if (age.isPresent()) {
            ConsentSigner fits = age.getAsInt() >= SIGNS_ALONE_FROM ? ConsentSigner.PERSON
                    : ConsentSigner.PARENT_OR_GUARDIAN;
            if (consent.get().signedBy().get() != fits) {
                return Optional.of(ComenshaRefusal.WRONG_SIGNER);
            }
        }
        return Optional.empty();
    }

    /** The registration's fields in order: label and value, the value empty where the case lacks it. */
    public Map<String, Optional<String>> fields(ComenshaFacts facts) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        Signals signals = signals(facts);
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        forms.addAll(facts.caseForms());
        forms.addAll(signals.forms());
        out.put(words.text("report.comensha.forms"), forms.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", forms.stream().map(this::form).toList())));
        out.put(words.text("report.comensha.signals"), signals.labels().isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", signals.labels())));
        OptionalInt age = age(facts);
        out.put(words.text("report.comensha.age"), age.isEmpty() ? Optional.empty() : Optional.of(words.text(
                "report.comensha.age_value", age.getAsInt(), words.text(group(age.getAsInt())))));
        out.put(words.text("report.comensha.gender"), fact(facts, Role.GENDER));
        out.put(words.text("report.comensha.nationality"), fact(facts, Role.NATIONALITY));
        out.put(words.text("report.comensha.first_contact"), Optional.of(words.date(firstContact(facts)
                .toLocalDate())));
        out.put(words.text("report.comensha.organisation"), Optional.of(facts.organisation()).filter(s -> !s.isBlank()));
        out.put(words.text("report.comensha.worker"), Optional.of(facts.workerName()).filter(s -> !s.isBlank()));
        return out;
    }

    /** The labels of the fields the case lacks, for the worker to add before sending. */
    public List<String> missing(ComenshaFacts facts) {
        return fields(facts).entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The registration as a document (the caller has checked {@link #refusal} first). */
    public PlainDocument compose(ComenshaFacts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Note(words.text("report.comensha.intro")));
        blocks.add(new Labelled(words.text("report.comensha.reference"), facts.caseFile().reference()));
        blocks.add(new Labelled(words.text("report.comensha.made"), words.date(facts.today())));
        blocks.add(new Heading(words.text("report.comensha.facts")));
        Map<String, Optional<String>> fields = fields(facts);
        fields.forEach((label, value) -> blocks.add(new Labelled(label,
                value.orElse(words.text("report.comensha.unknown")))));
        blocks.add(new Heading(words.text("report.comensha.consent")));
        facts.consent().ifPresent(c -> blocks.add(new Bullet(words.text("report.comensha.consent_line",
                words.dateTime(c.recordedAt()), words.text(c.signedBy().orElse(ConsentSigner.PERSON)
                        == ConsentSigner.PERSON ? "consent.signer.person" : "consent.signer.parent")))));
        List<String> missing = fields.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            blocks.add(new Marked(words.text("report.comensha.missing", String.join(", ", missing))));
        }
        return new PlainDocument(words.language(), words.text("report.comensha.title"),
                facts.organisation(), words.text("report.comensha.footer", facts.caseFile().reference()),
                words.text("report.pdf.page"), blocks);
    }

    private String form(Exploitation e) {
        return words.text(switch (e) {
            case LABOUR -> "referral.exploitation.labour";
            case SEXUAL -> "referral.exploitation.sexual";
            case CRIMINAL -> "referral.exploitation.criminal";
            case OTHER -> "referral.exploitation.other";
        });
    }

    private static String group(int age) {
        if (age < SIGNS_ALONE_FROM) {
            return "report.comensha.group.under_16";
        }
        return age < ADULT ? "report.comensha.group.minor" : "report.comensha.group.adult";
    }

    /** The first contact: the first intake's start, else the day the case was opened. */
    private static OffsetDateTime firstContact(ComenshaFacts facts) {
        return facts.intakes().stream().map(i -> i.intake().startedAt()).min(OffsetDateTime::compareTo)
                .orElse(facts.caseFile().createdAt());
    }

    /** The newest answer with a value to the question of {@code role}, as a question and answer. */
    private static Optional<RoleAnswer> newest(ComenshaFacts facts, Role role) {
        for (int i = facts.intakes().size() - 1; i >= 0; i--) {
            IntakeRecord r = facts.intakes().get(i);
            Optional<Question> q = r.questionnaire().questionFor(role);
            Optional<Answer> a = q.flatMap(x -> r.answers().get(x.id())).filter(Answer::hasValue);
            if (a.isPresent()) {
                return Optional.of(new RoleAnswer(q.get(), a.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> fact(ComenshaFacts facts, Role role) {
        return newest(facts, role).map(r -> words.answer(r.question(), r.answer(), words.language()))
                .filter(s -> !s.isBlank());
    }

    /** The age in whole years from the {@code age} answer, if the case has one. */
    static OptionalInt age(ComenshaFacts facts) {
        return newest(facts, Role.AGE).map(r -> {
            try {
                return OptionalInt.of(new BigDecimal(r.answer().values().get(0)).intValue());
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return OptionalInt.empty();
            }
        }).orElse(OptionalInt.empty());
    }

    /** The signals raised over the case's intakes, an older intake's answers under a newer one's. */
    private Signals signals(ComenshaFacts facts) {
        Map<String, String> labels = new LinkedHashMap<>();
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        Answers earlier = Answers.empty();
        for (IntakeRecord r : facts.intakes()) {
            Questionnaire questionnaire = r.questionnaire();
            Answers effective = earlier;
            for (var e : r.answers().asMap().entrySet()) {
                effective = effective.with(e.getKey(), e.getValue());
            }
            for (RaisedIndicator raised : Flow.of(questionnaire).evaluate(effective).signals().values()) {
                String label = Optional.ofNullable(questionnaire.indicators().get(raised.indicator()))
                        .map(t -> t.get(words.language(), "nl")).orElse(raised.indicator());
                labels.putIfAbsent(raised.indicator(), label);
                forms.addAll(raised.exploitation());
            }
            earlier = effective;
        }
        return new Signals(List.copyOf(labels.values()), forms);
    }

    private record RoleAnswer(Question question, Answer answer) {
    }

    private record Signals(List<String> labels, Set<Exploitation> forms) {
    }
}
