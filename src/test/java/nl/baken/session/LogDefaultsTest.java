package nl.baken.session;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogDefaultsTest {

    @Test
    void logbackStartsWithTheLevelsThatKeepPersonalDataOutOfTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger("org.jooq.tools.LoggerListener").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("h2database").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("nl.baken").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void noConsoleAppenderWritesToTheCommandLinesOutput() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();

        while (appenders.hasNext()) {
            assertThat(appenders.next()).isNotInstanceOf(ch.qos.logback.core.ConsoleAppender.class);
        }
    }
}
