package nl.baken.consent;

/** Who signed the CoMensha registration form: the person (16 or older) or a parent or guardian (younger). */
public enum ConsentSigner { PERSON, PARENT_OR_GUARDIAN }
