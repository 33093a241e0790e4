package nl.baken.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How much of the window Today may take, so the case list below it keeps five rows where the window allows. */
class TodayHeightTest {

    @Test
    void aTallWindowGivesTodayItsShare() {
        assertThat(HomeView.todayHeight(1200)).isCloseTo(360, within(0.01));
        assertThat(HomeView.todayHeight(860)).isCloseTo(258, within(0.01));
    }

    @Test
    void aLaptopWindowGivesTodayWhatTheListsFiveRowsLeave() {
        assertThat(HomeView.todayHeight(760)).isCloseTo(760 - HomeView.LIST_RESERVE, within(0.01));
        assertThat(HomeView.todayHeight(700)).isCloseTo(700 - HomeView.LIST_RESERVE, within(0.01));
    }

    @Test
    void aSmallWindowStillShowsTodaysFirstLine() {
        assertThat(HomeView.todayHeight(640)).isEqualTo(HomeView.TODAY_MIN);
        assertThat(HomeView.todayHeight(520)).isEqualTo(HomeView.TODAY_MIN);
        assertThat(HomeView.todayHeight(0)).isEqualTo(HomeView.TODAY_MIN);
    }
}
