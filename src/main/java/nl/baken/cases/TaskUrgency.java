package nl.baken.cases;

/** How a task stands on a given moment: done, overdue, due today, or later. */
public enum TaskUrgency { DONE, OVERDUE, DUE_TODAY, LATER }
