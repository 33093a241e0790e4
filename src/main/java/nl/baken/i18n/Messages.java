package nl.baken.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/** The user-visible texts of one language, read from {@code i18n/messages_xx.properties}. */
public final class Messages {

    /** Base name of the bundles; Dutch is the default language. */
    public static final String BUNDLE = "i18n.messages";
    /** Base name of the command line's help texts, read by picocli. */
    public static final String CLI_BUNDLE = "i18n.cli";
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

    /**
     * Texts in the system's language when Baken speaks it, else English; Dutch under the POSIX "C" locale (see
     * {@link #systemLanguage}).
     */
    public static Messages ofSystemLocale() {
        return of(systemLanguage(System.getenv(), Locale.getDefault()));
    }

    /**
     * The system's language for Baken: Dutch, Baken's default, when the POSIX locale ({@code LC_ALL}, else
     * {@code LC_MESSAGES}, else {@code LANG}) is "C" or "POSIX", which names no language (Java reads it as English;
     * many servers and containers set {@code C.UTF-8}); otherwise the JVM's locale when Baken speaks it, else English.
     */
    public static String systemLanguage(Map<String, String> env, Locale jvm) {
        String posix = Stream.of("LC_ALL", "LC_MESSAGES", "LANG").map(env::get)
                .filter(v -> v != null && !v.isEmpty()).findFirst().orElse("");
        String name = posix.split("[.@]", 2)[0];
        if (name.equals("C") || name.equals("POSIX")) {
            return LANGUAGES.get(0);
        }
        return LANGUAGES.contains(jvm.getLanguage()) ? jvm.getLanguage() : "en";
    }

    /**
     * The command line's help texts in this language (picocli's option and command descriptions), from
     * {@code i18n/cli_xx.properties}.
     */
    public ResourceBundle commandLineHelp() {
        return ResourceBundle.getBundle(CLI_BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
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
