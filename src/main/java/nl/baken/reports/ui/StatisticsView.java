package nl.baken.reports.ui;

import java.time.YearMonth;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.reports.CountCell;
import nl.baken.reports.Statistics;
import nl.baken.ui.SaveTarget;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The statistics screen: the period (two month pickers), how many cases count and how many were left out for lack of
 * consent, five bar charts (a suppressed cell's category is on the axis with {@code <5} and has no bar), each savable
 * as PNG, and the table as CSV. Counting and saving run in the background (the view model).
 */
public final class StatisticsView {

    /** The platform's save dialog. */
    public static SaveTarget fileChooser(Messages messages) {
        return SaveTarget.fileChooser(messages.text("stats.ui.save_title"));
    }

    private final StatisticsViewModel model;
    private final Messages messages;
    private final SaveTarget target;
    /** Two charts a row, so a window shows two at once. */
    private final GridPane charts = new GridPane();

    public StatisticsView(StatisticsViewModel model, Messages messages, SaveTarget target) {
        this.model = model;
        this.messages = messages;
        this.target = target;
    }

    /** The screen; {@code onBack} leaves it. Counts the default period at once. */
    public Parent build(Runnable onBack) {
        Label title = Controls.label(messages.text("stats.ui.title"), Css.TITLE);
        ComboBox<YearMonth> from = monthPicker("stats-from", "stats.ui.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<YearMonth> to = monthPicker("stats-to", "stats.ui.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = Controls.button("stats-show", messages.text("stats.ui.show"), "mdmz-refresh");
        show.setDefaultButton(true);
        show.disableProperty().bind(model.busyProperty());
        show.setOnAction(e -> model.show());
        Button csv = Controls.button("stats-save-csv", messages.text("stats.ui.save_csv"), "mdmz-save");
        csv.disableProperty().bind(model.statisticsProperty().isNull().or(model.busyProperty()));
        csv.setOnAction(e -> target.choose(window(csv), "statistiek.csv").ifPresent(model::saveCsv));
        Button back = Controls.button("stats-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(model.busyProperty());
        busy.setAccessibleText(messages.text("stats.ui.loading"));
        HBox period = new HBox(12, label("stats.ui.from"), from, label("stats.ui.to"), to, show, busy);
        period.setAlignment(Pos.CENTER_LEFT);

        Label note = Controls.label(messages.text("stats.ui.note"), Css.HINT);
        Label counted = Controls.label("", Css.BODY);
        counted.setId("stats-counted");
        Label leftOut = Controls.label("", Css.BODY);
        leftOut.setId("stats-left-out");
        Label error = Controls.label("", Css.ERROR);
        error.setId("stats-error");
        error.textProperty().bind(model.errorProperty());
        Label saved = Controls.label("", Css.SUCCESS);
        saved.setId("stats-saved");
        saved.textProperty().bind(model.savedProperty());
        model.statisticsProperty().addListener((o, was, s) -> {
            counted.setText(messages.text("stats.ui.counted", s.counted().text()));
            leftOut.setText(messages.text("stats.ui.left_out", s.leftOut().text()));
        });
        model.chartsProperty().addListener((o, was, now) -> showCharts(now));

        VBox card = Controls.card(title, period, note, counted, leftOut, error, saved, charts);
        card.setMaxWidth(960);
        Controls.focusWhenShown(show);
        model.show();
        return Controls.screen(card, Controls.bar(Pos.CENTER_LEFT, csv, back));
    }

    private Label label(String key) {
        return Controls.label(messages.text(key), Css.BODY);
    }

    private ComboBox<YearMonth> monthPicker(String id, String key) {
        String language = messages.locale().getLanguage();
        ComboBox<YearMonth> picker = new ComboBox<>(javafx.collections.FXCollections.observableList(model.months()));
        picker.setId(id);
        picker.setAccessibleText(messages.text(key));
        picker.setVisibleRowCount(12);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth month) {
                return month == null ? "" : DateTimes.month(month, language);
            }

            @Override
            public YearMonth fromString(String text) {
                return null;
            }
        });
        return picker;
    }

    private void showCharts(List<StatisticsChart> all) {
        charts.getChildren().clear();
        if (charts.getColumnConstraints().isEmpty()) {
            for (int c = 0; c < 2; c++) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                charts.getColumnConstraints().add(half);
            }
            charts.setHgap(16);
            charts.setVgap(20);
        }
        for (int i = 0; i < all.size(); i++) {
            charts.add(chartCard(all.get(i)), i % 2, i / 2);
        }
    }

    private Node chartCard(StatisticsChart chart) {
        CategoryAxis categories = new CategoryAxis();
        categories.setAnimated(false);
        // Upright labels from four categories on: the axis would otherwise leave out labels that do not fit.
        categories.setTickLabelRotation(chart.bars().size() > 3 ? -90 : 0);
        NumberAxis counts = new NumberAxis();
        counts.setLabel(messages.text("stats.ui.count_axis"));
        counts.setMinorTickVisible(false);
        counts.setTickUnit(CountCell.THRESHOLD);
        BarChart<String, Number> bars = new BarChart<>(categories, counts);
        bars.setId("stats-chart-" + chart.measure().code());
        bars.setTitle(chart.title());
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        bars.setPrefHeight(chart.bars().size() > 3 ? 360 : 280);
        bars.setAccessibleText(chart.title());
        // Every category stays on the axis, a 0 and a <5 too: left to itself the axis takes them from the bars.
        categories.setAutoRanging(false);
        categories.setCategories(javafx.collections.FXCollections.observableArrayList(chart.bars().stream()
                .map(StatisticsChart.Bar::label).toList()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (StatisticsChart.Bar bar : chart.bars()) {
            // A suppressed cell has a category on the axis and no data at all: not even a stand-in height.
            bar.value().ifPresent(v -> series.getData().add(new XYChart.Data<>(bar.label(), v)));
        }
        bars.getData().add(series);
        Button png = Controls.button("stats-save-png-" + chart.measure().code(), messages.text("stats.ui.save_png"),
                "mdmz-save");
        png.setOnAction(e -> target.choose(window(png), "statistiek-" + chart.measure().code() + ".png")
                .ifPresent(file -> model.savePng(file, SwingFXUtils.fromFXImage(bars.snapshot(null, null), null))));
        return new VBox(6, bars, png);
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
