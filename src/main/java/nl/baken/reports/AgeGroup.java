package nl.baken.reports;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The age groups of the statistics, from a case's {@code role: age} answer in whole years; {@link #UNKNOWN} when the
 * case has no such answer with a value (not asked, don't know, declined).
 */
public enum AgeGroup {
    UNDER_18("under_18", 0, 17),
    FROM_18_TO_24("18_24", 18, 24),
    FROM_25_TO_34("25_34", 25, 34),
    FROM_35_TO_49("35_49", 35, 49),
    FROM_50("50_plus", 50, Integer.MAX_VALUE),
    UNKNOWN("unknown", -1, -1);

    private final String code;
    private final int lowest;
    private final int highest;

    AgeGroup(String code, int lowest, int highest) {
        this.code = code;
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The code in the CSV and in bundle keys. */
    public String code() {
        return code;
    }

    /** The group of an age as stored (a number, possibly with decimals); UNKNOWN for anything else. */
    public static AgeGroup of(Optional<String> age) {
        if (age.isEmpty()) {
            return UNKNOWN;
        }
        int years;
        try {
            years = new BigDecimal(age.get().strip()).intValue();
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
        for (AgeGroup g : values()) {
            if (g != UNKNOWN && years >= g.lowest && years <= g.highest) {
                return g;
            }
        }
        return UNKNOWN;
    }
}
