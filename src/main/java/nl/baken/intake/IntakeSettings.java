package nl.baken.intake;

import java.util.Optional;

/** How an intake is taken: the worker's language, the client's language, and the interpreter arrangement. */
public record IntakeSettings(String workerLanguage, String clientLanguage, Interpreter interpreter,
                             Optional<String> interpreterLanguage) {
}
