package nl.baken.cases;

/**
 * The home screen's counts, each from one SQL count: open tasks overdue and due today, and running reflection
 * periods that end within four weeks (or have passed their end while still running).
 */
public record DeskCounts(int overdueTasks, int tasksDueToday, int reflectionsEndingSoon) {
}
