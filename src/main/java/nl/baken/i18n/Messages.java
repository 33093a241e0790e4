package nl.baken.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The user-visible texts of one language, read from {@code i18n/messages_xx.properties}. */
public final class Messages {

    /** Base name of the bundles; Dutch is the default language. */
    public static final String BUNDLE = "i18n.messages";
    /** Languages the app speaks; the first is the default. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Texts in the given language ("nl" or "en"); any other language gets Dutch. */
    public static Messages of(String language) {
        String lang = LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
        return new Messages(Locale.forLanguageTag(lang));
    }

    /** Texts in the language of the JVM's default locale when Baken speaks it, else English. */
    public static Messages ofSystemLocale() {
        String lang = Locale.getDefault().getLanguage();
        return of(LANGUAGES.contains(lang) ? lang : "en");
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * The text for a key, with {@code {0}}, {@code {1}} … replaced by the arguments. Unlike MessageFormat,
     * apostrophes are plain text, which Dutch needs ("foto's").
     */
    public String text(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug that the bundle test catches; never show a blank.
            return "!" + key + "!";
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * A count in words: the text of {@code one} when {@code n} is 1, else of {@code other}, with {@code n} as
     * {@code {0}} (Dutch and English both have just these two forms).
     */
    public String count(int n, String one, String other) {
        return text(n == 1 ? one : other, n);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
