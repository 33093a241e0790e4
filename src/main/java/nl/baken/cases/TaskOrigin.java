package nl.baken.cases;

/** Where a task came from: made by hand, or from an intake's {@code role: followup_date} answer. */
public enum TaskOrigin { MANUAL, FOLLOWUP }
