package nl.baken.reports;

/** The five tables of the statistics, each one chart on the screen, in the order they are shown and written. */
public enum StatisticsMeasure {
    /** Cases opened, per month of the period. */
    NEW_CASES("new_cases"),
    /** Cases opened in the period, per form of exploitation they signal (a case may count for several forms). */
    FORMS("forms"),
    /** Cases opened in the period, per age group. */
    AGE_GROUPS("age_groups"),
    /** Referrals made in the period, per kind of partner (audience). */
    REFERRALS("referrals"),
    /** Reflection periods started in the period, per month of their start. */
    REFLECTION_PERIODS("reflection_periods");

    private final String code;

    StatisticsMeasure(String code) {
        this.code = code;
    }

    /** The code in the CSV and in bundle keys ({@code stats.measure.new_cases}). */
    public String code() {
        return code;
    }
}
