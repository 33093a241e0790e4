package nl.baken.cases;

/** Where a reflection period (bedenktijd) stands: offered, running, ended, or a residence permit applied for. */
public enum ReflectionStatus { OFFERED, RUNNING, ENDED, PERMIT_APPLIED }
