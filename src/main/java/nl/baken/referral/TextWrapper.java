package nl.baken.referral;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces where it can, inside a word only when it must. */
final class TextWrapper {

    /** Measures the width of a piece of text in points. */
    interface Measure {
        float width(String text);
    }

    private TextWrapper() {
    }

    /** The lines of the text; an explicit line break always starts a new line, an empty line stays. */
    static List<String> wrap(String text, float maxWidth, Measure measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), maxWidth, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, Measure measure, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        // Widths add up (the fonts have no kerning here), so each word is measured once.
        float space = measure.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = measure.width(word);
            if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                String rest = breakWord(word, maxWidth, measure, lines);
                line.append(rest);
                lineWidth = measure.width(rest);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** Adds full-width pieces of a too-long word as lines and returns the last piece. */
    private static String breakWord(String word, float maxWidth, Measure measure, List<String> lines) {
        int start = 0;
        float width = 0;
        int i = 0;
        while (i < word.length()) {
            int next = i + Character.charCount(word.codePointAt(i));
            float w = measure.width(word.substring(i, next));
            if (width + w > maxWidth && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                width = 0;
            }
            width += w;
            i = next;
        }
        return word.substring(start);
    }
}
