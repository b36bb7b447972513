package backprop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the lessons: loss curves.
 *
 * <p>Each chart method only builds an XChart {@link XYChart}; nothing is drawn or written until
 * {@link #image(XYChart)} renders it (for a notebook to display) or {@link #savePng(XYChart, Path)}
 * writes it to a file. All charts share one look: 700 x 450 pixels, white background, DejaVu Sans
 * (Java falls back to its default font where it is not installed), and the Okabe-Ito colours, which
 * stay apart for colour-blind readers.
 *
 * <p>Besides the series each method lists, every chart holds one empty series named {@link
 * #TICK_ANCHOR}: it draws nothing and is not in the legend; it only keeps XChart's x ticks round.
 */
public final class Charts {

    /** Name of the empty series every chart holds, so that XChart picks round x ticks. */
    public static final String TICK_ANCHOR = "(no data: keeps the x ticks round)";

    /** Width of every chart, in pixels. */
    static final int WIDTH = 700;

    /** Height of every chart, in pixels. */
    static final int HEIGHT = 450;

    // Okabe-Ito colours: told apart with any kind of colour blindness.
    private static final Color BLUE = new Color(0x0072B2);
    private static final Color ORANGE = new Color(0xE69F00);
    private static final Color BLUISH_GREEN = new Color(0x009E73);
    private static final Color VERMILLION = new Color(0xD55E00);
    private static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    private static final Color SKY_BLUE = new Color(0x56B4E9);
    private static final Color BLACK = Color.BLACK;
    private static final Color[] PALETTE = {
        BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, BLACK
    };

    private static final Color GRID = new Color(0xE0E0E0);
    private static final Color FRAME = new Color(0x9E9E9E);
    private static final String FONT = "DejaVu Sans";

    private static final BasicStroke SOLID =
            new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Share of the plot's width and height that the axis ranges fill; the rest is a margin. */
    private static final double PLOT_CONTENT = 0.94;

    private Charts() {}

    /**
     * A training loss, one value per epoch, as a line.
     *
     * <p>Epochs are counted from 1 as in the lessons, so {@code losses[0]} is plotted at epoch 1
     * and {@code losses[n - 1]} at epoch n. The one series is called "loss"; it needs no legend.
     *
     * @param losses the loss after each epoch; finite values, at least one
     * @param title shown above the plot; {@code null} or blank for none
     * @return the chart, ready for {@link #image(XYChart)} or {@link #savePng(XYChart, Path)}
     * @throws IllegalArgumentException if {@code losses} is empty or holds NaN or infinity (the
     *     message names the epoch)
     */
    public static XYChart lossCurve(double[] losses, String title) {
        Objects.requireNonNull(losses, "losses");
        checkLosses(losses, "losses");

        XYChart chart = newChart(title, "epoch", "loss", null);
        addLossSeries(chart, "loss", losses, BLUE);
        finishLossChart(chart, losses.length, losses);
        return chart;
    }

    /**
     * Several training runs on one chart, to compare them, for instance one per learning rate.
     *
     * <p>Series appear, and are coloured, in the map's iteration order: pass a {@link
     * java.util.LinkedHashMap} to keep the order in which runs were added. The runs may have
     * different numbers of epochs; each is plotted from epoch 1. The legend sits inside the plot,
     * in its top right corner.
     *
     * @param lossesByLabel a label for the legend (such as "α = 0.1") and the loss per epoch of
     *     that run
     * @param title shown above the plot; {@code null} or blank for none
     * @return the chart
     * @throws IllegalArgumentException if there are no runs, a label is blank, or a run is empty or
     *     holds NaN or infinity (the message names the label and the epoch)
     */
    public static XYChart lossCurves(Map<String, double[]> lossesByLabel, String title) {
        Objects.requireNonNull(lossesByLabel, "lossesByLabel");
        if (lossesByLabel.isEmpty()) {
            throw new IllegalArgumentException("lossesByLabel is empty: there is no run to plot");
        }

        XYChart chart = newChart(title, "epoch", "loss", LegendPosition.InsideNE);
        int run = 0;
        int epochs = 0;
        for (Map.Entry<String, double[]> entry : lossesByLabel.entrySet()) {
            String label = entry.getKey();
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException(
                        "run " + (run + 1) + " has no label: every run needs one for the legend");
            }
            double[] losses = entry.getValue();
            String what = "losses for \"" + label + "\"";
            if (losses == null) {
                throw new IllegalArgumentException(what + " is null");
            }
            checkLosses(losses, what);
            addLossSeries(chart, label, losses, PALETTE[run % PALETTE.length]);
            epochs = Math.max(epochs, losses.length);
            run++;
        }
        finishLossChart(chart, epochs, lossesByLabel.values().toArray(new double[0][]));
        return chart;
    }

    /**
     * Draws a chart into an image, without a screen (works with {@code java.awt.headless=true}).
     *
     * <p>This is what a notebook displays; a chart object itself shows only as text.
     *
     * @param chart a chart from this class (or any XChart {@link XYChart})
     * @return a new image the size of the chart
     */
    public static BufferedImage image(XYChart chart) {
        Objects.requireNonNull(chart, "chart");
        return BitmapEncoder.getBufferedImage(chart);
    }

    /**
     * Writes a chart as a PNG file, creating missing parent folders; an existing file is replaced.
     *
     * <p>The file name is used as given (XChart's own file-name methods would append ".png"). The
     * same chart gives the same bytes every time on the same machine: the PNG carries no time
     * stamp. Another JDK or another version of the fonts may draw text slightly differently.
     *
     * @param chart the chart to draw
     * @param file where to write, for instance {@code img/loss.png}
     * @return {@code file}
     * @throws UncheckedIOException if the folder cannot be created or the file cannot be written
     */
    public static Path savePng(XYChart chart, Path file) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }

    // The one place where the look of every chart is set.
    private static XYChart newChart(
            String title, String xAxisTitle, String yAxisTitle, LegendPosition legend) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        boolean hasTitle = title != null && !title.isBlank();
        chart.setTitle(hasTitle ? title : "");
        chart.setXAxisTitle(xAxisTitle);
        chart.setYAxisTitle(yAxisTitle);

        XYStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(BLACK);
        styler.setAntiAlias(true);
        styler.setChartPadding(12);
        styler.setLocale(Locale.ROOT);

        styler.setBaseFont(new Font(FONT, Font.PLAIN, 14));
        styler.setChartTitleVisible(hasTitle);
        styler.setChartTitleFont(new Font(FONT, Font.PLAIN, 16));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 15));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        styler.setAxisTickLabelsColor(BLACK);
        styler.setAxisTickMarksColor(FRAME);

        styler.setPlotBorderVisible(true);
        styler.setPlotBorderColor(FRAME);
        styler.setPlotGridLinesVisible(true);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setPlotContentSize(PLOT_CONTENT);

        styler.setSeriesColors(PALETTE);
        styler.setSeriesLines(new BasicStroke[] {SOLID});
        styler.setMarkerSize(10);

        styler.setLegendVisible(legend != null);
        if (legend != null) {
            styler.setLegendPosition(legend);
            styler.setLegendLayout(
                    legend == LegendPosition.OutsideS
                            ? LegendLayout.Horizontal
                            : LegendLayout.Vertical);
            styler.setLegendFont(new Font(FONT, Font.PLAIN, 13));
            styler.setLegendBackgroundColor(Color.WHITE);
            styler.setLegendBorderColor(GRID);
            styler.setLegendSeriesLineLength(24);
        }
        styler.setToolTipsEnabled(false);
        return chart;
    }

    private static XYSeries addLossSeries(XYChart chart, String name, double[] losses, Color c) {
        double[] epochs = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            epochs[i] = i + 1;
        }
        XYSeries series = line(chart, name, epochs, losses.clone(), c, SOLID);
        if (losses.length == 1) {
            // A line through one point draws nothing: mark the point instead.
            series.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(c);
        }
        return series;
    }

    private static XYSeries line(
            XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        return series;
    }

    /**
     * Sets the axes of a loss chart: epochs from 0 to the last one, losses from 0 (or from the
     * lowest loss, if one is negative) to the highest. Whole-number epoch ticks only.
     */
    private static void finishLossChart(XYChart chart, int epochs, double[]... runs) {
        double lo = 0;
        double hi = 0;
        for (double[] losses : runs) {
            for (double loss : losses) {
                lo = Math.min(lo, loss);
                hi = Math.max(hi, loss);
            }
        }
        double[] yRange = valueRange(new double[] {lo, hi});
        fixAxes(chart, 0, Math.max(epochs, 2), new double[] {lo < 0 ? yRange[0] : 0, yRange[1]});
        chart.getStyler().setXAxisDecimalPattern("0");
        addTickAnchor(chart, 0.5);
    }

    /**
     * Adds one empty point (its L is NaN: nothing is drawn; it is kept out of the legend) at a w
     * that lies off the even grid of the other x values, so that the x-axis gets round ticks.
     *
     * <p>When every x value and both ends of the x-axis lie on one even grid (epochs 0, 1, 2, ...),
     * XChart puts ticks only at data points, and with hundreds of points their labels run into each
     * other. One value off the grid, added last, makes XChart choose round ticks (0, 200, 400, ...)
     * as it does for any other data.
     */
    private static void addTickAnchor(XYChart chart, double offGrid) {
        XYSeries anchor =
                chart.addSeries(TICK_ANCHOR, new double[] {offGrid}, new double[] {Double.NaN});
        anchor.setMarker(SeriesMarkers.NONE);
        anchor.setShowInLegend(false);
    }

    private static void fixAxes(XYChart chart, double wMin, double wMax, double[] yRange) {
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(wMin);
        styler.setXAxisMax(wMax);
        styler.setYAxisMin(yRange[0]);
        styler.setYAxisMax(yRange[1]);
    }

    /** The smallest and largest value, or a range of 2 around a single value. */
    private static double[] valueRange(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo - 1, hi + 1};
    }

    private static void checkLosses(double[] losses, String what) {
        if (losses.length == 0) {
            throw new IllegalArgumentException(what + " is empty: there is no epoch to plot");
        }
        for (int i = 0; i < losses.length; i++) {
            if (!Double.isFinite(losses[i])) {
                throw new IllegalArgumentException(
                        what
                                + ": the loss at epoch "
                                + (i + 1)
                                + " (index "
                                + i
                                + ") is "
                                + losses[i]);
            }
        }
    }
}
