package nl.baken.intake;

/** How an interpreter took part in the intake. */
public enum Interpreter { NONE, IN_PERSON, PHONE }
