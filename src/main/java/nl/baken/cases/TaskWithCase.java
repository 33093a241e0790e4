package nl.baken.cases;

/** An open task with its case's reference and how urgent it is now, as the desk's task lists show it. */
public record TaskWithCase(CaseTask task, String caseReference, TaskUrgency urgency) {
}
