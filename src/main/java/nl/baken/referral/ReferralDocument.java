package nl.baken.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one referral PDF shows, already filtered to what the person agreed to share with this partner.
 * {@code personName} is {@code null} unless the worker chose to include the name.
 */
public record ReferralDocument(String language, String organisationName, LocalDate date, Sender from, Partner to,
        String caseReference, String personName, List<String> urgentNotes, List<String> signals, List<Item> wishes,
        List<Section> sections, List<Consent> consents) {

    /** The languages a referral can be written in. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    public ReferralDocument {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be nl or en");
        }
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(caseReference, "caseReference");
        urgentNotes = List.copyOf(urgentNotes);
        signals = List.copyOf(signals);
        wishes = List.copyOf(wishes);
        sections = List.copyOf(sections);
        consents = List.copyOf(consents);
    }

    public Optional<String> personNameIfIncluded() {
        return Optional.ofNullable(personName).filter(s -> !s.isBlank());
    }

    /** The worker who sends the referral and how the partner can reach them. */
    public record Sender(String workerName, String organisation, String contact) {
        public Sender {
            Objects.requireNonNull(workerName, "workerName");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(contact, "contact");
        }
    }

    /** One shared answer: the question as asked, and the answer in words. */
    public record Item(String question, String answer) {
        public Item {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The shared answers of one questionnaire section, in questionnaire order. */
    public record Section(String title, List<Item> items) {
        public Section {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
        }
    }

    /** A consent the person gave: what for, in words, and on which day. */
    public record Consent(String what, LocalDate givenOn) {
        public Consent {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(givenOn, "givenOn");
        }
    }
}
