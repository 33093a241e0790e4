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
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure.width(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (measure.width(word) <= maxWidth) {
                line.append(word);
            } else {
                String rest = breakWord(word, maxWidth, measure, lines);
                line.append(rest);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** Adds full-width pieces of a too-long word as lines and returns the last piece. */
    private static String breakWord(String word, float maxWidth, Measure measure, List<String> lines) {
        int start = 0;
        while (start < word.length()) {
            int end = start;
            int next = start;
            while (next < word.length()) {
                int after = next + Character.charCount(word.codePointAt(next));
                if (measure.width(word.substring(start, after)) > maxWidth && end > start) {
                    break;
                }
                end = after;
                next = after;
            }
            if (end >= word.length()) {
                return word.substring(start);
            }
            lines.add(word.substring(start, end));
            start = end;
        }
        return "";
    }
}
