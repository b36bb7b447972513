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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the lessons: loss curves and pictures of gradient descent on a curve L(w).
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

    /** Points per side of the grid that {@link #decisionRegions} predicts. */
    public static final int REGION_GRID = 140;

    /** How many points of L(w) are sampled between wMin and wMax. */
    static final int CURVE_SAMPLES = 401;

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
    private static final BasicStroke DASHED =
            new BasicStroke(
                    2.0f,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND,
                    10f,
                    new float[] {8f, 5f},
                    0f);
    private static final BasicStroke DOTTED =
            new BasicStroke(
                    2.0f,
                    BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND,
                    10f,
                    new float[] {1f, 5f},
                    0f);

    /** The tangent is drawn this far (as a fraction of wMax - wMin) either side of w_old... */
    private static final double TANGENT_HALF_WIDTH = 0.15;

    /** ...but rises or falls by at most this fraction of the visible L range either side. */
    private static final double TANGENT_MAX_RISE = 0.3;

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
     * One step of gradient descent, drawn on the curve: w_new = w_old − α · ∂L/∂w at w_old.
     *
     * <p>The series, in the legend's order:
     *
     * <ul>
     *   <li>"L(w)": the loss, sampled at {@value #CURVE_SAMPLES} points from wMin to wMax;
     *   <li>"tangent at w_old": a short piece of the line through (w_old, L(w_old)) with slope
     *       ∂L/∂w at w_old, two points;
     *   <li>"step −α·∂L/∂w": the step, three points: across from w_old to w_new at the height
     *       L(w_old), then down (or up) to the curve at w_new;
     *   <li>"w_old" and "w_new": one marker each, on the curve.
     * </ul>
     *
     * <p>The x-axis runs from wMin to wMax and the y-axis over the values of L on the sampled
     * curve, each with a small margin. The tangent reaches at most 15% of the w range to either
     * side of w_old, less where it is steep (it then rises or falls by at most 30% of the L range)
     * and never beyond wMin or wMax.
     *
     * @param loss the loss L(w); must be finite on [wMin, wMax]
     * @param slope its derivative ∂L/∂w
     * @param wOld the weight before the step, inside [wMin, wMax]
     * @param alpha the learning rate α, a positive finite number
     * @param wMin the left end of the w range
     * @param wMax the right end of the w range, greater than wMin
     * @return the chart
     * @throws IllegalArgumentException if wMin is not less than wMax, α is not a positive finite
     *     number, w_old or w_new lies outside [wMin, wMax] (widen the range or lower α), or L or
     *     its slope is not finite where it is needed
     */
    public static XYChart gradientDescentStep(
            DoubleUnaryOperator loss,
            DoubleUnaryOperator slope,
            double wOld,
            double alpha,
            double wMin,
            double wMax) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(slope, "slope");
        checkRange(wMin, wMax);
        checkAlpha(alpha);
        checkInside("w_old", wOld, wMin, wMax);

        double lOld = finite(loss, wOld, "L(w)");
        double gradient = finite(slope, wOld, "∂L/∂w");
        // w_new = w_old − α · ∂L/∂w
        double wNew = wOld - alpha * gradient;
        checkInside("w_new", wNew, wMin, wMax);
        double lNew = finite(loss, wNew, "L(w)");

        double[][] curve = sampleCurve(loss, wMin, wMax);
        double[] yRange = valueRange(curve[1]);

        // Tangent: t(w) = L(w_old) + ∂L/∂w · (w − w_old), short enough to stay in view.
        double halfWidth = TANGENT_HALF_WIDTH * (wMax - wMin);
        double maxRise = TANGENT_MAX_RISE * (yRange[1] - yRange[0]);
        if (Math.abs(gradient) * halfWidth > maxRise) {
            halfWidth = maxRise / Math.abs(gradient);
        }
        double[] tangentW = {Math.max(wOld - halfWidth, wMin), Math.min(wOld + halfWidth, wMax)};
        double[] tangentL = {
            lOld + gradient * (tangentW[0] - wOld), lOld + gradient * (tangentW[1] - wOld)
        };

        XYChart chart = newChart(null, "w", "L(w)", LegendPosition.OutsideS);
        fixAxes(chart, wMin, wMax, yRange);
        line(chart, "L(w)", curve[0], curve[1], BLUE, SOLID);
        line(chart, "tangent at w_old", tangentW, tangentL, ORANGE, DASHED);
        line(
                chart,
                "step −α·∂L/∂w",
                new double[] {wOld, wNew, wNew},
                new double[] {lOld, lOld, lNew},
                BLACK,
                DOTTED);
        point(chart, "w_old", wOld, lOld, VERMILLION, SeriesMarkers.CIRCLE);
        point(chart, "w_new", wNew, lNew, BLUISH_GREEN, SeriesMarkers.DIAMOND);
        addTickAnchor(chart, halfwayToSecondSample(wMin, wMax));
        return chart;
    }

    /**
     * The weights visited by gradient descent from w0: w_{k+1} = w_k − α · ∂L/∂w at w_k.
     *
     * <p>Plain arithmetic, no chart; pass the result to {@link #descentOnCurve}.
     *
     * @param slope the derivative ∂L/∂w
     * @param w0 the starting weight, finite
     * @param alpha the learning rate α, a positive finite number
     * @param steps how many updates to make, zero or more
     * @return {@code steps + 1} values: w0, w1, ..., w_steps
     * @throws IllegalArgumentException if w0 is not finite, α is not a positive finite number or
     *     steps is negative
     * @throws ArithmeticException if a slope or an iterate stops being finite: the descent diverged
     *     so far that doubles overflow (the message names the step; use fewer steps)
     */
    public static double[] descentPath(
            DoubleUnaryOperator slope, double w0, double alpha, int steps) {
        Objects.requireNonNull(slope, "slope");
        if (!Double.isFinite(w0)) {
            throw new IllegalArgumentException("w0 must be finite, got " + w0);
        }
        checkAlpha(alpha);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be zero or more, got " + steps);
        }

        double[] w = new double[steps + 1];
        w[0] = w0;
        for (int k = 0; k < steps; k++) {
            double gradient = slope.applyAsDouble(w[k]);
            // w_{k+1} = w_k − α · ∂L/∂w(w_k)
            w[k + 1] = w[k] - alpha * gradient;
            if (!Double.isFinite(gradient) || !Double.isFinite(w[k + 1])) {
                throw new ArithmeticException(
                        "gradient descent diverged: w_"
                                + (k + 1)
                                + " is "
                                + w[k + 1]
                                + " (∂L/∂w at w_"
                                + k
                                + " = "
                                + w[k]
                                + " is "
                                + gradient
                                + "); use fewer steps or a smaller α");
            }
        }
        return w;
    }

    /**
     * The curve L(w) with the weights of a descent path on it, as markers joined in order.
     *
     * <p>The series: "L(w)", the loss sampled at {@value #CURVE_SAMPLES} points from wMin to wMax;
     * "w_0 → w_1 → w_2 → …", every iterate w_k at height L(w_k), joined in order; "w_0 (start)",
     * the first iterate marked apart, so that the direction of travel can be read.
     *
     * <p>Iterates may leave the range, as they do when α is too large and descent overshoots or
     * diverges. The axes are therefore not fitted to the path: the x-axis runs from wMin to wMax
     * and the y-axis over the values of L on the sampled curve, each with a small margin, so that
     * exploding iterates cannot squash the curve. Iterates outside that window stay in the data but
     * are not seen: drawing is clipped at the plot's frame, so a diverging path shows as a line
     * leaving the frame.
     *
     * @param loss the loss L(w); finite on [wMin, wMax] and at every iterate
     * @param path the iterates w0, w1, ..., for instance from {@link #descentPath}; at least one,
     *     all finite
     * @param wMin the left end of the w range
     * @param wMax the right end of the w range, greater than wMin
     * @param title shown above the plot, for instance "α = 0.3"; {@code null} or blank for none
     * @return the chart
     * @throws IllegalArgumentException if wMin is not less than wMax, the path is empty, or an
     *     iterate or L at an iterate is not finite (the message names the step)
     */
    public static XYChart descentOnCurve(
            DoubleUnaryOperator loss, double[] path, double wMin, double wMax, String title) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(path, "path");
        checkRange(wMin, wMax);
        if (path.length == 0) {
            throw new IllegalArgumentException("path is empty: it needs at least w_0");
        }

        double[] pathL = new double[path.length];
        for (int k = 0; k < path.length; k++) {
            if (!Double.isFinite(path[k])) {
                throw new IllegalArgumentException("w_" + k + " is " + path[k] + " in path");
            }
            pathL[k] = loss.applyAsDouble(path[k]);
            if (!Double.isFinite(pathL[k])) {
                throw new IllegalArgumentException(
                        "L(w_" + k + ") is " + pathL[k] + " at w_" + k + " = " + path[k]);
            }
        }
        double[][] curve = sampleCurve(loss, wMin, wMax);

        XYChart chart = newChart(title, "w", "L(w)", LegendPosition.OutsideS);
        fixAxes(chart, wMin, wMax, valueRange(curve[1]));
        line(chart, "L(w)", curve[0], curve[1], BLUE, SOLID);
        XYSeries steps = line(chart, "w_0 → w_1 → w_2 → …", path, pathL, VERMILLION, SOLID);
        steps.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(VERMILLION);
        steps.setLineWidth(1.5f);
        point(chart, "w_0 (start)", path[0], pathL[0], BLACK, SeriesMarkers.SQUARE);
        addTickAnchor(chart, halfwayToSecondSample(wMin, wMax));
        return chart;
    }

    /**
     * What a two-input classifier has learned: the plane coloured by the class the network predicts
     * at each point, with the data points on top, coloured by their true class.
     *
     * <p>The plane is a grid of {@value #REGION_GRID} × {@value #REGION_GRID} points over the
     * data's range plus a margin, predicted in one batch; each predicted class is one series of
     * small pale squares (kept out of the legend), and each true class one series of dark dots,
     * named "class 0", "class 1", ...
     *
     * @param net a network with 2 inputs
     * @param X the points, one a row, 2 columns
     * @param labels the true class of each point
     * @param title shown above the plot; {@code null} or blank for none
     * @return the chart
     * @throws IllegalArgumentException if the network or X does not have 2 inputs, or there is not
     *     one label per point
     */
    public static XYChart decisionRegions(Network net, Matrix X, long[] labels, String title) {
        if (net.inputs() != 2 || X.cols() != 2) {
            throw new IllegalArgumentException(
                    "decisionRegions draws a plane: it needs 2 inputs, but the network has "
                            + net.inputs()
                            + " and X is "
                            + X.shape());
        }
        if (labels.length != X.rows()) {
            throw new IllegalArgumentException(
                    "decisionRegions: X has "
                            + X.rows()
                            + " points but there are "
                            + labels.length
                            + " labels");
        }
        double[][] ranges = new double[2][];
        for (int c = 0; c < 2; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < X.rows(); k++) {
                lo = Math.min(lo, X.get(k, c));
                hi = Math.max(hi, X.get(k, c));
            }
            double margin = Math.max(hi - lo, 1e-9) * 0.08;
            ranges[c] = new double[] {lo - margin, hi + margin};
        }

        // every grid point, one a row, predicted in one batch
        double[][] grid = new double[REGION_GRID * REGION_GRID][2];
        for (int i = 0; i < REGION_GRID; i++) {
            for (int j = 0; j < REGION_GRID; j++) {
                grid[i * REGION_GRID + j][0] = between(ranges[0], j);
                grid[i * REGION_GRID + j][1] = between(ranges[1], i);
            }
        }
        int[] predicted = net.predictClasses(Matrix.of(grid));

        XYChart chart = newChart(title, "x₀", "x₁", LegendPosition.InsideNE);
        fixAxes(chart, ranges[0][0], ranges[0][1], ranges[1]);
        for (int c = 0; c < net.outputs(); c++) {
            XYSeries region = scatter(chart, "region " + c, grid, predicted, c, pale(colour(c)));
            region.setMarker(SeriesMarkers.SQUARE);
            region.setShowInLegend(false);
        }
        int[] truth = new int[labels.length];
        for (int k = 0; k < labels.length; k++) {
            truth[k] = (int) labels[k];
        }
        double[][] points = X.toArray();
        for (int c = 0; c < net.outputs(); c++) {
            XYSeries data = scatter(chart, "class " + c, points, truth, c, colour(c));
            data.setMarker(SeriesMarkers.CIRCLE);
        }
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    private static double between(double[] range, int step) {
        return range[0] + (range[1] - range[0]) * step / (REGION_GRID - 1);
    }

    /** The rows of {@code points} whose class is {@code c}, as a scatter series. */
    private static XYSeries scatter(
            XYChart chart, String name, double[][] points, int[] classes, int c, Color colour) {
        int n = 0;
        for (int k : classes) {
            n += k == c ? 1 : 0;
        }
        // an empty class still gets a series, with a NaN point that draws nothing
        double[] x = new double[Math.max(n, 1)];
        double[] y = new double[Math.max(n, 1)];
        x[0] = Double.NaN;
        y[0] = Double.NaN;
        int i = 0;
        for (int k = 0; k < classes.length; k++) {
            if (classes[k] == c) {
                x[i] = points[k][0];
                y[i] = points[k][1];
                i++;
            }
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarkerColor(colour);
        return series;
    }

    private static Color colour(int c) {
        return PALETTE[c % PALETTE.length];
    }

    /** The colour mixed with four parts of white, for a background. */
    private static Color pale(Color c) {
        return new Color(
                (c.getRed() + 4 * 255) / 5,
                (c.getGreen() + 4 * 255) / 5,
                (c.getBlue() + 4 * 255) / 5);
    }

    /**
     * The time of one training epoch against the width of the hidden layer, measured two ways (the
     * library and NumPy, say) for several batch sizes. Both axes are logarithmic, so that times
     * from microseconds to seconds fit, and a constant ratio between the two ways shows as a
     * constant gap.
     *
     * <p>Each batch size has its own colour. The first way is drawn solid with round markers, the
     * second dashed with square markers; series are named like "Java, batch 32", the first way's
     * first, in the maps' iteration order (pass {@link java.util.LinkedHashMap}s). The legend sits
     * to the right of the plot.
     *
     * @param hidden the hidden widths measured, positive and finite
     * @param first the name of the first way, such as "Java"
     * @param firstMicros a label per batch size (such as "batch 32") and the first way's
     *     microseconds per epoch at each width
     * @param second the name of the second way, such as "NumPy"
     * @param secondMicros the same for the second way; may be empty when it was not measured
     * @param title shown above the plot; {@code null} or blank for none
     * @return the chart
     * @throws IllegalArgumentException if a width or a time is not a positive finite number (a log
     *     axis cannot show it), or a series has not one time per width (the message names it)
     */
    public static XYChart epochTimes(
            double[] hidden,
            String first,
            Map<String, double[]> firstMicros,
            String second,
            Map<String, double[]> secondMicros,
            String title) {
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(firstMicros, "firstMicros");
        Objects.requireNonNull(secondMicros, "secondMicros");
        for (double h : hidden) {
            if (!(h > 0) || !Double.isFinite(h)) {
                throw new IllegalArgumentException(
                        "every hidden width must be a positive finite number, got " + h);
            }
        }

        XYChart chart = newChart(title, "hidden units", "µs per epoch", LegendPosition.OutsideE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        // plain numbers on both axes: 0.1, 1, 10, ..., 10,000 rather than 1E4
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        List<String> labels = new ArrayList<>(firstMicros.keySet());
        for (String label : secondMicros.keySet()) {
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        addTimes(chart, hidden, first, firstMicros, labels, SOLID, SeriesMarkers.CIRCLE);
        addTimes(chart, hidden, second, secondMicros, labels, DASHED, SeriesMarkers.SQUARE);
        if (hidden.length > 1) {
            // the geometric middle of the first two widths, off any grid of theirs
            addTickAnchor(chart, Math.sqrt(hidden[0] * hidden[1]));
        }
        return chart;
    }

    private static void addTimes(
            XYChart chart,
            double[] hidden,
            String way,
            Map<String, double[]> micros,
            List<String> labels,
            BasicStroke stroke,
            Marker marker) {
        for (Map.Entry<String, double[]> entry : micros.entrySet()) {
            String name = way + ", " + entry.getKey();
            double[] times = entry.getValue();
            if (times == null || times.length != hidden.length) {
                throw new IllegalArgumentException(
                        name
                                + " has "
                                + (times == null ? 0 : times.length)
                                + " times for "
                                + hidden.length
                                + " widths");
            }
            for (int i = 0; i < times.length; i++) {
                if (!(times[i] > 0) || !Double.isFinite(times[i])) {
                    throw new IllegalArgumentException(
                            name
                                    + ": the time at hidden = "
                                    + NumpyFormat.repr(hidden[i])
                                    + " is "
                                    + times[i]
                                    + "; a log axis needs positive finite times");
                }
            }
            Color colour = PALETTE[labels.indexOf(entry.getKey()) % PALETTE.length];
            XYSeries series = line(chart, name, hidden.clone(), times.clone(), colour, stroke);
            series.setMarker(marker).setMarkerColor(colour);
        }
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

    private static XYSeries point(
            XYChart chart, String name, double x, double y, Color color, Marker marker) {
        XYSeries series = chart.addSeries(name, new double[] {x}, new double[] {y});
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(marker);
        series.setMarkerColor(color);
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
     * <p>When every x value and both ends of the x-axis lie on one even grid (epochs 0, 1, 2, ...,
     * or the samples of L(w) with the iterates on them), XChart puts ticks only at data points, and
     * with hundreds of points their labels run into each other. One value off the grid, added last,
     * makes XChart choose round ticks (0, 200, 400, ...) as it does for any other data.
     */
    private static void addTickAnchor(XYChart chart, double offGrid) {
        XYSeries anchor =
                chart.addSeries(TICK_ANCHOR, new double[] {offGrid}, new double[] {Double.NaN});
        anchor.setMarker(SeriesMarkers.NONE);
        anchor.setShowInLegend(false);
    }

    /** Halfway between the first two samples of L(w): never a sample itself. */
    private static double halfwayToSecondSample(double wMin, double wMax) {
        return wMin + (wMax - wMin) / (2 * (CURVE_SAMPLES - 1));
    }

    private static void fixAxes(XYChart chart, double wMin, double wMax, double[] yRange) {
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(wMin);
        styler.setXAxisMax(wMax);
        styler.setYAxisMin(yRange[0]);
        styler.setYAxisMax(yRange[1]);
    }

    /** Samples L at evenly spaced w from wMin to wMax, both included: {w values, L values}. */
    private static double[][] sampleCurve(DoubleUnaryOperator loss, double wMin, double wMax) {
        double[] w = new double[CURVE_SAMPLES];
        double[] l = new double[CURVE_SAMPLES];
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            w[i] = wMin + (wMax - wMin) * i / (CURVE_SAMPLES - 1);
            l[i] = finite(loss, w[i], "L(w)");
        }
        return new double[][] {w, l};
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

    private static double finite(DoubleUnaryOperator f, double w, String name) {
        double value = f.applyAsDouble(w);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    name + " is " + value + " at w = " + w + "; it must be finite there");
        }
        return value;
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

    private static void checkRange(double wMin, double wMax) {
        if (!Double.isFinite(wMin) || !Double.isFinite(wMax) || !(wMin < wMax)) {
            throw new IllegalArgumentException(
                    "wMin must be less than wMax, both finite; got wMin = "
                            + wMin
                            + ", wMax = "
                            + wMax);
        }
    }

    private static void checkAlpha(double alpha) {
        if (!Double.isFinite(alpha) || alpha <= 0) {
            throw new IllegalArgumentException(
                    "the learning rate α must be a positive finite number, got " + alpha);
        }
    }

    private static void checkInside(String name, double w, double wMin, double wMax) {
        if (!(w >= wMin && w <= wMax)) {
            throw new IllegalArgumentException(
                    name
                            + " = "
                            + w
                            + " lies outside [wMin, wMax] = ["
                            + wMin
                            + ", "
                            + wMax
                            + "]; widen the range"
                            + (name.equals("w_new") ? " or lower α" : ""));
        }
    }
}
