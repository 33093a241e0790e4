package nl.baken.reports.ui;

import java.awt.image.RenderedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.reports.Statistics;
import nl.baken.reports.StatisticsCsv;
import nl.baken.reports.StatisticsPeriod;
import nl.baken.ui.BackgroundTasks;

/**
 * The statistics screen's state: the period picked, the statistics counted for it (in the background), the charts
 * made from them, and saving the table as CSV or a chart's picture as PNG (in the background, audited as an export).
 * Holds no node: a chart's picture reaches it as an image.
 */
public final class StatisticsViewModel {

    /** Counts a period's statistics (audited) and records an export; the statistics service in the app. */
    public interface Source {
        Statistics statistics(StatisticsPeriod period);

        void recordExport();
    }

    private final Source source;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final List<YearMonth> months;
    private final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Statistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<StatisticsChart>> charts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");

    /** Months to pick from: the ten years up to {@code thisMonth}; the last twelve are picked at first. */
    public StatisticsViewModel(Source source, BackgroundTasks tasks, Messages messages, YearMonth thisMonth) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        List<YearMonth> all = new ArrayList<>();
        for (int back = StatisticsPeriod.MAX_MONTHS - 1; back >= 0; back--) {
            all.add(thisMonth.minusMonths(back));
        }
        this.months = List.copyOf(all);
        from.set(thisMonth.minusMonths(StatisticsPeriod.DEFAULT_MONTHS - 1L));
        to.set(thisMonth);
    }

    /** Counts the picked period; a reversed or too long one is refused with one line and counts nothing. */
    public void show() {
        saved.set("");
        if (from.get() == null || to.get() == null || !StatisticsPeriod.valid(from.get(), to.get())) {
            error.set(messages.text("stats.ui.bad_period", StatisticsPeriod.MAX_MONTHS));
            return;
        }
        error.set("");
        busy.set(true);
        StatisticsPeriod period = new StatisticsPeriod(from.get(), to.get());
        tasks.run(() -> source.statistics(period), s -> {
            statistics.set(s);
            charts.set(StatisticsChart.of(s, messages));
        }, f -> error.set(messages.text("stats.ui.failed") + " " + FailureText.describe(messages, f)),
                () -> busy.set(false));
    }

    /** Writes the shown table to {@code file} as CSV. */
    public void saveCsv(Path file) {
        Statistics shown = statistics.get();
        if (shown == null) {
            return;
        }
        save(file, () -> Files.writeString(file, StatisticsCsv.write(shown, words()), StandardCharsets.UTF_8));
    }

    /** Writes a chart's picture (taken from a chart of {@link #charts()}) to {@code file} as PNG. */
    public void savePng(Path file, RenderedImage picture) {
        save(file, () -> {
            if (!ImageIO.write(picture, "png", file.toFile())) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }

    private void save(Path file, BackgroundTasks.ThrowingRunnable write) {
        saved.set("");
        error.set("");
        tasks.run(() -> {
            write.run();
            source.recordExport();
        }, () -> saved.set(messages.text("stats.ui.saved", file.getFileName())),
                f -> error.set(messages.text("stats.ui.save_failed") + " " + FailureText.describe(messages, f)));
    }

    private Function<String, String> words() {
        return key -> messages.text(key);
    }

    /** The months the pickers offer, oldest first. */
    public List<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> fromProperty() {
        return from;
    }

    public ObjectProperty<YearMonth> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<Statistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    /** The charts of the statistics shown: their bars are all the numbers a picture may hold. */
    public ReadOnlyObjectProperty<List<StatisticsChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public List<StatisticsChart> charts() {
        return charts.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
