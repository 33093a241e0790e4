package nl.baken.questionnaire;

/** How serious a problem in a questionnaire or answers file is: an error makes the file invalid, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
