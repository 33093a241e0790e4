package nl.baken.session;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.HeldFiles;
import nl.baken.vault.OwnerOnly;
import org.slf4j.LoggerFactory;

/**
 * Sends the log to a rolling file in the data directory. Logs hold ids and events only; nothing is written to the
 * console, so the command line's output stays exactly what its contract says.
 */
public final class LogSetup {

    private static final String APPENDER = "baken-file";
    private static Path file;

    private LogSetup() {
    }

    /**
     * Starts (or moves) the rolling log in the data directory's {@code logs/}, which it creates owner-only inside
     * the existing data directory (never the data directory itself: that is {@link DataDirectory#create}'s job).
     * Safe to call more than once. Returns false, with no log, when the folder cannot be made.
     */
    public static synchronized boolean toDirectory(DataDirectory dataDirectory) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        Path logDirectory;
        try {
            logDirectory = dataDirectory.createLogDirectory();
        } catch (IOException e) {
            return false;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(logDirectory.resolve("baken.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logDirectory.resolve("baken.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        try {
            OwnerOnly.restrictTree(logDirectory);
        } catch (IOException e) {
            // The folder itself is owner-only already; the file inside is covered by it.
        }
        file = logDirectory.resolve("baken.log");
        return true;
    }

    /**
     * The log file as {@link HeldFiles} of {@code dataDirectory}: {@code release} closes it (later events go nowhere
     * until {@code reopen}), {@code reopen} starts it again in the folder now at that path. Nothing happens when the
     * log was not going to a file.
     */
    public static HeldFiles heldFiles(DataDirectory dataDirectory) {
        return new HeldFiles() {
            private boolean released;

            @Override
            public void release() {
                released = stop();
            }

            @Override
            public void reopen() {
                if (released) {
                    released = false;
                    toDirectory(dataDirectory);
                }
            }
        };
    }

    /** Detaches and stops the file appender, closing the log file; true when there was one. */
    private static synchronized boolean stop() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender(APPENDER);
        if (appender == null) {
            return false;
        }
        root.detachAppender(appender);
        appender.stop();
        return true;
    }

    /** The log file in use, if logging to a file has started: a message may only point at a log that exists. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(file).filter(Files::exists);
    }
}
