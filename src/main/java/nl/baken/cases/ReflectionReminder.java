package nl.baken.cases;

/** The reminders before a reflection period ends: from four weeks before the end, then from two weeks before. */
public enum ReflectionReminder {
    FOUR_WEEKS(4),
    TWO_WEEKS(2);

    private final int weeks;

    ReflectionReminder(int weeks) {
        this.weeks = weeks;
    }

    /** Weeks before the end date on which this reminder becomes due. */
    public int weeksBefore() {
        return weeks;
    }
}
