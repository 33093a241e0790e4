package nl.baken.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The app's own texts that the person hears (the consent step, "yes" and "no"), in the client's language: Polish,
 * Romanian or Bulgarian from {@code i18n/client_xx.properties}, Dutch or English from the app's own bundles.
 * Questionnaire texts carry their client languages themselves; these are the texts outside them.
 */
public final class ClientTexts {

    /** Base name of the client bundles. */
    public static final String BUNDLE = "i18n.client";
    /** Client languages that have a bundle of their own (the app itself does not speak them). */
    public static final List<String> LANGUAGES = List.of("pl", "ro", "bg");

    private final String language;
    private final Function<String, Optional<String>> lookup;

    private ClientTexts(String language, Function<String, Optional<String>> lookup) {
        this.language = language;
        this.lookup = lookup;
    }

    /**
     * The texts in {@code clientLanguage} for a talk held in {@code workerLanguage}; empty when the person speaks
     * the worker's language (nothing to show twice), or a language the app has no texts for.
     */
    public static Optional<ClientTexts> of(String clientLanguage, String workerLanguage) {
        if (clientLanguage == null || clientLanguage.equals(workerLanguage)) {
            return Optional.empty();
        }
        if (Messages.LANGUAGES.contains(clientLanguage)) {
            Messages m = Messages.of(clientLanguage);
            return Optional.of(new ClientTexts(clientLanguage,
                    key -> m.has(key) ? Optional.of(m.text(key)) : Optional.empty()));
        }
        if (LANGUAGES.contains(clientLanguage)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(clientLanguage),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return Optional.of(new ClientTexts(clientLanguage,
                    key -> bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty()));
        }
        return Optional.empty();
    }

    /** The language code of these texts ({@code pl}, {@code ro}, …). */
    public String language() {
        return language;
    }

    /** The text for a key of the app's bundles, in the client's language, if it is given. */
    public Optional<String> text(String key) {
        return lookup.apply(key);
    }
}
