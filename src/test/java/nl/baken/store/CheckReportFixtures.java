package nl.baken.store;

import java.util.List;
import java.util.Map;

/** Check reports for tests that need a check to fail. */
public final class CheckReportFixtures {

    private CheckReportFixtures() {
    }

    public static CheckReport unhealthy() {
        return new CheckReport(Map.of(), 0, 0, List.of("TEST: a problem made by the test"));
    }
}
