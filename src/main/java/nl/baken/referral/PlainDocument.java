package nl.baken.referral;

import java.util.List;
import java.util.Objects;

/**
 * A document of plain blocks (headings, labelled lines, questions with their answers, marked passages, list items),
 * already worded in its language, for {@link PlainPdf} to lay out: the shape of the reports that are not referrals.
 */
public record PlainDocument(String language, String title, String subtitle, String footer, String pageLabel,
        List<Block> blocks) {

    /**
     * {@code pageLabel} is a pattern with {@code {0}} for the page and {@code {1}} for the number of pages
     * ("pagina {0} van {1}"); {@code footer} stands at the left of every page.
     */
    public PlainDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(pageLabel, "pageLabel");
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document, drawn in order from top to bottom. */
    public sealed interface Block permits Heading, Labelled, Entry, Marked, Bullet, Note {
    }

    /** A section heading with a rule under it. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A label in the left column and its value beside it. */
    public record Labelled(String label, String value) implements Block {
        public Labelled {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A question and its answer; {@code marker}, when not empty, is shown on a marked band above the question
     * (a worker's observation, say), so it cannot be taken for something the person said.
     */
    public record Entry(String question, String answer, String marker) implements Block {
        public Entry {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(marker, "marker");
        }
    }

    /** Text on a marked band: something to stand out (what a case lacks, say). */
    public record Marked(String text) implements Block {
        public Marked {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A list item. */
    public record Bullet(String text) implements Block {
        public Bullet {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A small muted paragraph. */
    public record Note(String text) implements Block {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }
}
