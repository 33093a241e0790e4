package nl.baken.intake.ui;

import nl.baken.i18n.Messages;
import nl.baken.intake.Intake;
import nl.baken.intake.Interpreter;

/** The languages and interpreter arrangement of an intake, in words: the wizard's line and the reading's alike. */
final class ConversationMode {

    private ConversationMode() {
    }

    /** Empty for a talk in one language without an interpreter. */
    static String text(Messages messages, Intake intake) {
        boolean sameLanguage = intake.clientLanguage() == null || intake.clientLanguage().equals(intake.workerLanguage());
        if (sameLanguage && intake.interpreter() == Interpreter.NONE) {
            return "";
        }
        String client = LanguageNames.name(messages, intake.clientLanguage());
        return switch (intake.interpreter()) {
            case NONE -> messages.text("intake.mode.no_interpreter", client);
            case IN_PERSON -> messages.text("intake.mode.in_person", client,
                    LanguageNames.name(messages, intake.interpreterLanguage().orElse(intake.clientLanguage())));
            case PHONE -> messages.text("intake.mode.phone", client,
                    LanguageNames.name(messages, intake.interpreterLanguage().orElse(intake.clientLanguage())));
        };
    }
}
