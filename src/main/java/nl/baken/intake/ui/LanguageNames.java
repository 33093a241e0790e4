package nl.baken.intake.ui;

import nl.baken.i18n.Messages;

/** The names of the languages an intake can be held in, in the worker's own language. */
final class LanguageNames {

    private LanguageNames() {
    }

    static String name(Messages messages, String code) {
        if (code == null) {
            return "";
        }
        return messages.text(switch (code) {
            case "nl" -> "intake.language.nl";
            case "en" -> "intake.language.en";
            case "pl" -> "intake.language.pl";
            case "ro" -> "intake.language.ro";
            case "bg" -> "intake.language.bg";
            default -> "intake.language.other";
        });
    }
}
