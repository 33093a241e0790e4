package nl.baken.intake;

/** The worker's own assessment at the end of an intake: possible victim yes, no, or unsure. Never computed. */
public enum Assessment { YES, NO, UNSURE }
