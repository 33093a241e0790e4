package nl.baken.cases;

/** Where a case stands. */
public enum CaseStatus { OPEN, CLOSED }
