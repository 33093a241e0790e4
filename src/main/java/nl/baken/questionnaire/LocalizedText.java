package nl.baken.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A text given in several languages, keyed by language code ({@code nl}, {@code en}, {@code pl} ...). */
public record LocalizedText(Map<String, String> texts) {

    public LocalizedText {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The text in {@code lang}, else in {@code fallbackLang}, else the first one given; empty string when none. */
    public String get(String lang, String fallbackLang) {
        String text = texts.get(lang);
        if (text == null) {
            text = texts.get(fallbackLang);
        }
        if (text == null) {
            text = texts.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /** The text in exactly this language, if given. */
    public Optional<String> in(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    public boolean has(String lang) {
        return texts.containsKey(lang);
    }
}
