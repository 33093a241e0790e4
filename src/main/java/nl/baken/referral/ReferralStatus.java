package nl.baken.referral;

/**
 * Where a referral stands with the partner: saved (the file exists, nothing has left the desk), sent once the worker
 * says so, then accepted or declined by them, and finally closed.
 */
public enum ReferralStatus { SAVED, SENT, ACCEPTED, DECLINED, CLOSED }
