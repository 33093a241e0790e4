package nl.baken.referral;

/** Where a referral stands with the partner: sent, then accepted or declined by them, and finally closed. */
public enum ReferralStatus { SENT, ACCEPTED, DECLINED, CLOSED }
