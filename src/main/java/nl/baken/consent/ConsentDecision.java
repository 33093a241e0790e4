package nl.baken.consent;

/** The person's answer for one purpose; a withdrawal replaces an earlier "given". */
public enum ConsentDecision { GIVEN, DECLINED, WITHDRAWN }
