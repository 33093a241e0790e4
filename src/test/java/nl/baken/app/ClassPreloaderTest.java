package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The preloader finds the app's own classes (not the command line's) and loads every one, without a toolkit. */
class ClassPreloaderTest {

    @Test
    void findsTheAppsClassesButNotTheCommandLines() {
        assertThat(ClassPreloader.classNames())
                .contains("nl.baken.intake.ui.IntakeWizardView", "nl.baken.intake.ui.IntakeStartViewModel",
                        "nl.baken.consent.ui.ConsentView", "nl.baken.ui.RowsPerPulse")
                .noneMatch(name -> name.startsWith("nl.baken.cli."))
                .allMatch(name -> name.startsWith("nl.baken."));
    }

    @Test
    void loadsEveryClassItFinds() {
        assertThat(ClassPreloader.loadAll()).isEqualTo(ClassPreloader.classNames().size()).isGreaterThan(100);
    }
}
