package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;

class ChartsTest {

    private static final double TOLERANCE = 1e-12;

    /** L(w) = (w − 3)², the bowl of the lessons, with its minimum at w = 3. */
    private static final DoubleUnaryOperator BOWL = w -> (w - 3) * (w - 3);

    /** ∂L/∂w = 2(w − 3). */
    private static final DoubleUnaryOperator BOWL_SLOPE = w -> 2 * (w - 3);

    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'
    };

    // --- loss curves -------------------------------------------------------------------------

    @Test
    void lossCurvePlotsEachLossAtItsEpochCountingFromOne() {
        double[] losses = {0.693, 0.5, 0.25, 0.125};

        XYChart chart = Charts.lossCurve(losses, "training");

        assertEquals(List.of("loss"), plottedSeriesNames(chart));
        XYSeries loss = series(chart, "loss");
        assertArrayEquals(new double[] {1, 2, 3, 4}, loss.getXData());
        assertArrayEquals(losses, loss.getYData());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
        assertEquals("training", chart.getTitle());
    }

    @Test
    void lossCurveKeepsItsOwnCopyOfTheLosses() {
        double[] losses = {0.9, 0.4};
        XYChart chart = Charts.lossCurve(losses, null);

        losses[0] = 42;

        assertArrayEquals(new double[] {0.9, 0.4}, series(chart, "loss").getYData());
    }

    @Test
    void lossCurveNeedsNoLegendAndStartsItsAxesAtZero() {
        XYChart chart = Charts.lossCurve(new double[] {0.7, 0.3, 0.1}, null);

        assertFalse(chart.getStyler().isLegendVisible());
        assertEquals(0.0, chart.getStyler().getXAxisMin());
        assertEquals(3.0, chart.getStyler().getXAxisMax());
        assertEquals(0.0, chart.getStyler().getYAxisMin());
        assertEquals(0.7, chart.getStyler().getYAxisMax());
    }

    @Test
    void lossCurvesKeepsTheInsertionOrderOfTheRuns() {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("α = 0.5", new double[] {0.7, 0.1, 0.01});
        runs.put("α = 0.01", new double[] {0.7, 0.69});
        runs.put("α = 0.1", new double[] {0.7, 0.5, 0.3, 0.2});

        XYChart chart = Charts.lossCurves(runs, null);

        assertEquals(List.of("α = 0.5", "α = 0.01", "α = 0.1"), plottedSeriesNames(chart));
        for (Map.Entry<String, double[]> run : runs.entrySet()) {
            XYSeries series = series(chart, run.getKey());
            assertArrayEquals(run.getValue(), series.getYData(), run.getKey());
            assertArrayEquals(epochs(run.getValue().length), series.getXData(), run.getKey());
        }
        assertTrue(chart.getStyler().isLegendVisible());
        assertEquals(LegendPosition.InsideNE, chart.getStyler().getLegendPosition());
        assertEquals(4.0, chart.getStyler().getXAxisMax(), "the longest run sets the x-axis");
    }

    @Test
    void tickAnchorDrawsNothingAndStaysOutOfTheLegend() {
        for (XYChart chart : allKindsOfChart()) {
            XYSeries anchor = series(chart, Charts.TICK_ANCHOR);
            assertFalse(anchor.isShowInLegend());
            assertEquals(1, anchor.getYData().length);
            assertTrue(Double.isNaN(anchor.getYData()[0]));
        }
    }

    // --- epoch times, two ways, on log-log axes ----------------------------------------------

    private static Map<String, double[]> times(double... perBatch) {
        Map<String, double[]> t = new LinkedHashMap<>();
        t.put("batch 2", new double[] {perBatch[0], perBatch[0] * 2, perBatch[0] * 8});
        t.put("batch 512", new double[] {perBatch[1], perBatch[1] * 3, perBatch[1] * 30});
        return t;
    }

    @Test
    void epochTimesPlotsEachWayAndBatchAgainstTheWidths() {
        double[] hidden = {4, 64, 1024};
        Map<String, double[]> java = times(0.3, 20);
        Map<String, double[]> numpy = times(30, 200);

        XYChart chart = Charts.epochTimes(hidden, "Java", java, "NumPy", numpy, "one epoch");

        assertEquals(
                List.of("Java, batch 2", "Java, batch 512", "NumPy, batch 2", "NumPy, batch 512"),
                plottedSeriesNames(chart));
        for (String batch : java.keySet()) {
            assertArrayEquals(hidden, series(chart, "Java, " + batch).getXData());
            assertArrayEquals(java.get(batch), series(chart, "Java, " + batch).getYData());
            assertArrayEquals(numpy.get(batch), series(chart, "NumPy, " + batch).getYData());
        }
        assertEquals("hidden units", chart.getXAxisTitle());
        assertEquals("µs per epoch", chart.getYAxisTitle());
        assertEquals("one epoch", chart.getTitle());
    }

    @Test
    void epochTimesUsesLogAxesAndOneColourPerBatch() {
        XYChart chart =
                Charts.epochTimes(
                        new double[] {4, 64, 1024},
                        "Java",
                        times(1, 2),
                        "NumPy",
                        times(3, 4),
                        null);

        assertTrue(chart.getStyler().isXAxisLogarithmic());
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        XYSeries java2 = series(chart, "Java, batch 2");
        XYSeries numpy2 = series(chart, "NumPy, batch 2");
        assertEquals(java2.getLineColor(), numpy2.getLineColor());
        assertTrue(!java2.getLineColor().equals(series(chart, "Java, batch 512").getLineColor()));
        // the second way is dashed, the first solid
        assertTrue(numpy2.getLineStyle().getDashArray() != null);
        assertTrue(java2.getLineStyle().getDashArray() == null);
    }

    @Test
    void epochTimesKeepsItsOwnCopiesAndAllowsNoSecondWay() {
        double[] hidden = {4, 64, 1024};
        Map<String, double[]> java = times(1, 2);
        XYChart chart = Charts.epochTimes(hidden, "Java", java, "NumPy", Map.of(), null);

        hidden[0] = 99;
        java.get("batch 2")[0] = 99;

        assertEquals(List.of("Java, batch 2", "Java, batch 512"), plottedSeriesNames(chart));
        assertEquals(4.0, series(chart, "Java, batch 2").getXData()[0]);
        assertEquals(1.0, series(chart, "Java, batch 2").getYData()[0]);
    }

    @Test
    void epochTimesRefusesTimesALogAxisCannotShow() {
        double[] hidden = {4, 64, 1024};
        Map<String, double[]> bad = new LinkedHashMap<>();
        bad.put("batch 2", new double[] {1, 0, 3});
        assertMessage(
                () -> Charts.epochTimes(hidden, "Java", bad, "NumPy", Map.of(), null),
                "Java, batch 2",
                "0.0",
                "hidden = 64");
        Map<String, double[]> short1 = Map.of("batch 2", new double[] {1, 2});
        assertMessage(
                () -> Charts.epochTimes(hidden, "Java", short1, "NumPy", Map.of(), null),
                "Java, batch 2",
                "2 times",
                "3 widths");
        assertMessage(
                () ->
                        Charts.epochTimes(
                                new double[] {0, 4}, "Java", Map.of(), "NumPy", Map.of(), null),
                "width");
    }

    // --- one gradient descent step -----------------------------------------------------------

    @Test
    void gradientDescentStepNamesItsSeriesForALearner() {
        XYChart chart = Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 0.5, 0.2, -1, 6);

        assertEquals(
                List.of("L(w)", "tangent at w_old", "step −α·∂L/∂w", "w_old", "w_new"),
                plottedSeriesNames(chart));
        assertEquals("w", chart.getXAxisTitle());
        assertEquals("L(w)", chart.getYAxisTitle());
    }

    @Test
    void gradientDescentStepSamplesTheCurveOverTheRange() {
        DoubleUnaryOperator loss = w -> (w - 3) * (w - 3) + 1;
        XYChart chart = Charts.gradientDescentStep(loss, BOWL_SLOPE, 0.5, 0.2, -1, 6);

        XYSeries curve = series(chart, "L(w)");
        double[] w = curve.getXData();
        assertEquals(Charts.CURVE_SAMPLES, w.length);
        assertEquals(-1.0, w[0]);
        assertEquals(6.0, w[w.length - 1]);
        for (int i = 0; i < w.length; i++) {
            assertEquals(loss.applyAsDouble(w[i]), curve.getYData()[i], TOLERANCE);
        }
    }

    @Test
    void gradientDescentStepMarksWOldAndWNewOnTheCurve() {
        DoubleUnaryOperator loss = w -> (w - 3) * (w - 3) + 1;

        XYChart chart = Charts.gradientDescentStep(loss, BOWL_SLOPE, 0.5, 0.2, -1, 6);

        // w_new = 0.5 − 0.2 · 2(0.5 − 3) = 1.5
        assertPoint(series(chart, "w_old"), 0.5, loss.applyAsDouble(0.5));
        assertPoint(series(chart, "w_new"), 1.5, loss.applyAsDouble(1.5));
    }

    @ParameterizedTest(name = "w_old = {2}, α = {3} on [{4}, {5}]")
    @MethodSource("steps")
    void tangentHasTheSlopeAtWOldAndTouchesTheCurveThere(
            DoubleUnaryOperator loss,
            DoubleUnaryOperator slope,
            double wOld,
            double alpha,
            double wMin,
            double wMax) {
        XYChart chart = Charts.gradientDescentStep(loss, slope, wOld, alpha, wMin, wMax);

        XYSeries tangent = series(chart, "tangent at w_old");
        double[] w = tangent.getXData();
        double[] l = tangent.getYData();
        assertEquals(2, w.length);
        assertTrue(w[0] < w[1], "the tangent has a length");
        assertTrue(w[0] >= wMin && w[1] <= wMax, "the tangent stays in [wMin, wMax]");
        // rise over run is the slope ∂L/∂w at w_old
        double g = slope.applyAsDouble(wOld);
        assertEquals(g, (l[1] - l[0]) / (w[1] - w[0]), TOLERANCE * Math.max(1, Math.abs(g)));
        // and the line passes through (w_old, L(w_old))
        double lOld = loss.applyAsDouble(wOld);
        assertEquals(lOld, l[0] + g * (wOld - w[0]), TOLERANCE * Math.max(1, Math.abs(lOld)));
    }

    @ParameterizedTest(name = "w_old = {2}, α = {3} on [{4}, {5}]")
    @MethodSource("steps")
    void stepGoesAcrossByMinusAlphaTimesSlopeThenToTheCurve(
            DoubleUnaryOperator loss,
            DoubleUnaryOperator slope,
            double wOld,
            double alpha,
            double wMin,
            double wMax) {
        XYChart chart = Charts.gradientDescentStep(loss, slope, wOld, alpha, wMin, wMax);

        XYSeries step = series(chart, "step −α·∂L/∂w");
        double wNew = wOld - alpha * slope.applyAsDouble(wOld);
        double lOld = loss.applyAsDouble(wOld);
        assertArrayEquals(new double[] {wOld, wNew, wNew}, step.getXData(), TOLERANCE);
        assertArrayEquals(
                new double[] {lOld, lOld, loss.applyAsDouble(wNew)}, step.getYData(), TOLERANCE);
        assertEquals(-alpha * slope.applyAsDouble(wOld), step.getXData()[1] - wOld, TOLERANCE);
    }

    static Stream<Arguments> steps() {
        DoubleUnaryOperator quartic = w -> w * w * w * w;
        DoubleUnaryOperator quarticSlope = w -> 4 * w * w * w;
        return Stream.of(
                Arguments.of(BOWL, BOWL_SLOPE, 0.5, 0.2, -1.0, 6.0),
                Arguments.of(BOWL, BOWL_SLOPE, 5.5, 0.4, -1.0, 6.0),
                Arguments.of(BOWL, BOWL_SLOPE, 3.0, 0.1, -1.0, 6.0),
                Arguments.of(BOWL, BOWL_SLOPE, 5.9, 0.05, -1.0, 6.0),
                Arguments.of(quartic, quarticSlope, 1.8, 0.02, -2.0, 2.0));
    }

    // --- descent paths -----------------------------------------------------------------------

    @Test
    void descentPathStartsAtW0AndMakesTheRequestedSteps() {
        assertArrayEquals(new double[] {0.5}, Charts.descentPath(BOWL_SLOPE, 0.5, 0.1, 0));

        double[] path = Charts.descentPath(BOWL_SLOPE, 0.5, 0.1, 7);

        assertEquals(8, path.length);
        assertEquals(0.5, path[0]);
    }

    @ParameterizedTest(name = "α = {0}")
    @ValueSource(doubles = {0.01, 0.1, 0.3, 0.5, 0.9, 1.0, 1.1})
    void onTheBowlEachStepScalesTheDistanceToTheMinimumByOneMinusTwoAlpha(double alpha) {
        double[] w = Charts.descentPath(BOWL_SLOPE, 0.5, alpha, 30);

        for (int k = 0; k + 1 < w.length; k++) {
            // w_{k+1} − 3 = (1 − 2α)(w_k − 3)
            double expected = (1 - 2 * alpha) * (w[k] - 3);
            assertEquals(
                    expected,
                    w[k + 1] - 3,
                    TOLERANCE * Math.max(1, Math.abs(w[k] - 3)),
                    "step " + (k + 1));
        }
    }

    @Test
    void smallAlphaConvergesWithoutOvershooting() {
        double[] w = Charts.descentPath(BOWL_SLOPE, 0.5, 0.1, 100);

        for (int k = 1; k < w.length; k++) {
            assertTrue(w[k] < 3, "w_" + k + " stays left of the minimum");
            assertTrue(w[k] > w[k - 1], "w_" + k + " moves towards the minimum");
        }
        // |w_100 − 3| = 0.8^100 · 2.5 ≈ 5e-10
        assertEquals(3.0, w[100], 1e-9);
    }

    @Test
    void alphaOfOneHalfLandsOnTheMinimumInOneStep() {
        double[] w = Charts.descentPath(BOWL_SLOPE, 0.0, 0.5, 3);

        assertArrayEquals(new double[] {0, 3, 3, 3}, w);
    }

    @Test
    void tooLargeAlphaOvershootsAndDiverges() {
        double[] w = Charts.descentPath(BOWL_SLOPE, 0.5, 1.1, 20);

        for (int k = 1; k < w.length; k++) {
            double before = w[k - 1] - 3;
            double after = w[k] - 3;
            assertTrue(before * after < 0, "w_" + k + " jumps across the minimum");
            assertEquals(1.2, Math.abs(after / before), 1e-9, "step " + k + " grows by 1.2");
        }
        assertTrue(Math.abs(w[20] - 3) > 90, "|w_20 − 3| = 2.5 · 1.2^20 ≈ 96");
    }

    @Test
    void descentPathThatOverflowsSaysAtWhichStep() {
        ArithmeticException e =
                assertThrows(
                        ArithmeticException.class,
                        () -> Charts.descentPath(BOWL_SLOPE, 0.0, 1e150, 10));

        assertTrue(e.getMessage().contains("w_3"), e.getMessage());
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void descentOnCurvePutsEveryIterateOnTheCurve() {
        DoubleUnaryOperator loss = w -> (w - 3) * (w - 3) + 1;
        double[] path = Charts.descentPath(BOWL_SLOPE, 0.5, 0.3, 6);

        XYChart chart = Charts.descentOnCurve(loss, path, -1, 7, "α = 0.3");

        assertEquals(
                List.of("L(w)", "w_0 → w_1 → w_2 → …", "w_0 (start)"), plottedSeriesNames(chart));
        XYSeries iterates = series(chart, "w_0 → w_1 → w_2 → …");
        assertArrayEquals(path, iterates.getXData());
        assertArrayEquals(Arrays.stream(path).map(loss).toArray(), iterates.getYData());
        assertPoint(series(chart, "w_0 (start)"), 0.5, loss.applyAsDouble(0.5));
        assertEquals("α = 0.3", chart.getTitle());
    }

    @Test
    void divergingPathLeavesTheAxesToTheCurve() {
        double[] path = Charts.descentPath(BOWL_SLOPE, 0.5, 1.05, 40);
        assertTrue(Math.abs(path[40] - 3) > 100, "the path leaves the range");

        XYChart chart = Charts.descentOnCurve(BOWL, path, -1, 7, null);

        assertArrayEquals(path, series(chart, "w_0 → w_1 → w_2 → …").getXData());
        assertEquals(-1.0, chart.getStyler().getXAxisMin());
        assertEquals(7.0, chart.getStyler().getXAxisMax());
        // L on [−1, 7] runs from 0 (at w = 3) to 16 (at w = −1 and 7)
        assertEquals(0.0, chart.getStyler().getYAxisMin(), TOLERANCE);
        assertEquals(16.0, chart.getStyler().getYAxisMax(), TOLERANCE);
    }

    // --- rendering and saving ----------------------------------------------------------------

    @Test
    void everyChartRendersHeadlessAtItsSize() {
        for (XYChart chart : allKindsOfChart()) {
            BufferedImage image = Charts.image(chart);

            assertNotNull(image);
            assertEquals(Charts.WIDTH, image.getWidth());
            assertEquals(Charts.HEIGHT, image.getHeight());
        }
    }

    @Test
    void savePngWritesAPngAndCreatesTheFolders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("img/sub/loss.png");

        Path written = Charts.savePng(Charts.lossCurve(new double[] {0.7, 0.2}, null), file);

        assertEquals(file, written);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
    }

    @Test
    void savingTheSameChartTwiceWritesTheSameBytes(@TempDir Path dir) throws IOException {
        List<XYChart> charts = allKindsOfChart();
        for (int i = 0; i < charts.size(); i++) {
            Path first = Charts.savePng(charts.get(i), dir.resolve(i + "-first.png"));
            Path second = Charts.savePng(charts.get(i), dir.resolve(i + "-second.png"));

            assertEquals(-1L, Files.mismatch(first, second), "chart " + i);
        }
    }

    // --- bad input ---------------------------------------------------------------------------

    @Test
    void emptyLossesAreRefused() {
        assertMessage(() -> Charts.lossCurve(new double[0], null), "losses is empty");
    }

    @Test
    void aNaNLossIsRefusedNamingItsEpoch() {
        assertMessage(
                () -> Charts.lossCurve(new double[] {0.7, 0.5, Double.NaN}, null),
                "epoch 3",
                "NaN");
    }

    @Test
    void anInfiniteLossIsRefusedNamingItsEpoch() {
        assertMessage(
                () -> Charts.lossCurve(new double[] {Double.POSITIVE_INFINITY}, null),
                "epoch 1",
                "Infinity");
    }

    @Test
    void lossCurvesRefusesNoRunsAndBadRunsNamingTheLabel() {
        assertMessage(() -> Charts.lossCurves(Map.of(), null), "empty");

        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("α = 0.01", new double[] {0.7, 0.6});
        runs.put("α = 0.5", new double[] {0.7, Double.NaN});
        assertMessage(() -> Charts.lossCurves(runs, null), "\"α = 0.5\"", "epoch 2", "NaN");

        Map<String, double[]> emptyRun = new LinkedHashMap<>();
        emptyRun.put("α = 0.1", new double[0]);
        assertMessage(() -> Charts.lossCurves(emptyRun, null), "\"α = 0.1\"", "empty");

        Map<String, double[]> blank = new LinkedHashMap<>();
        blank.put(" ", new double[] {0.7});
        assertMessage(() -> Charts.lossCurves(blank, null), "run 1 has no label");
    }

    @Test
    void aRangeWithWMinNotBelowWMaxIsRefused() {
        assertMessage(
                () -> Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 0.5, 0.2, 6, -1),
                "wMin must be less than wMax",
                "wMin = 6.0");
        assertMessage(
                () -> Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 2, 0.2, 2, 2),
                "wMin must be less than wMax");
        assertMessage(
                () -> Charts.descentOnCurve(BOWL, new double[] {0}, 1, 1, null),
                "wMin must be less than wMax");
    }

    @ParameterizedTest(name = "α = {0}")
    @ValueSource(doubles = {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void aLearningRateThatIsNotPositiveAndFiniteIsRefused(double alpha) {
        assertMessage(
                () -> Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 0.5, alpha, -1, 6),
                "learning rate α must be a positive finite number");
        assertMessage(
                () -> Charts.descentPath(BOWL_SLOPE, 0.5, alpha, 5),
                "learning rate α must be a positive finite number");
    }

    @Test
    void aStepThatLeavesTheRangeIsRefused() {
        // w_new = 0.5 − 1.5 · 2(0.5 − 3) = 8
        assertMessage(
                () -> Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 0.5, 1.5, -1, 6),
                "w_new = 8.0 lies outside",
                "lower α");
        assertMessage(
                () -> Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 7, 0.1, -1, 6),
                "w_old = 7.0 lies outside");
    }

    @Test
    void aLossThatIsNotFiniteOnTheRangeIsRefused() {
        // the middle sample of [−1, 1] is w = 0, where 1/w² is infinite
        assertMessage(
                () -> Charts.descentOnCurve(w -> 1 / (w * w), new double[] {0.5}, -1, 1, null),
                "L(w) is Infinity at w = 0.0");
    }

    @Test
    void badPathsAndStepCountsAreRefused() {
        assertMessage(() -> Charts.descentOnCurve(BOWL, new double[0], -1, 6, null), "empty");
        assertMessage(
                () -> Charts.descentOnCurve(BOWL, new double[] {0.5, Double.NaN}, -1, 6, null),
                "w_1 is NaN");
        assertMessage(() -> Charts.descentPath(BOWL_SLOPE, 0.5, 0.1, -1), "steps", "-1");
        assertMessage(
                () -> Charts.descentPath(BOWL_SLOPE, Double.NaN, 0.1, 3), "w0 must be finite");
    }

    // --- helpers -----------------------------------------------------------------------------

    private static List<XYChart> allKindsOfChart() {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("α = 0.1", new double[] {0.7, 0.4, 0.2});
        runs.put("α = 0.5", new double[] {0.7, 0.1});
        return List.of(
                Charts.lossCurve(new double[] {0.7, 0.4, 0.2}, "loss"),
                Charts.lossCurve(new double[] {0.7}, null),
                Charts.lossCurves(runs, null),
                Charts.gradientDescentStep(BOWL, BOWL_SLOPE, 0.5, 0.2, -1, 6),
                Charts.descentOnCurve(
                        BOWL, Charts.descentPath(BOWL_SLOPE, 0.5, 1.05, 12), -1, 7, "α = 1.05"),
                Charts.epochTimes(
                        new double[] {4, 64, 1024},
                        "Java",
                        times(1, 2),
                        "NumPy",
                        times(3, 4),
                        "t"));
    }

    /** Series names in the order they were added, without the empty tick anchor. */
    private static List<String> plottedSeriesNames(XYChart chart) {
        return chart.getSeriesMap().keySet().stream()
                .filter(name -> !name.equals(Charts.TICK_ANCHOR))
                .collect(Collectors.toList());
    }

    private static XYSeries series(XYChart chart, String name) {
        XYSeries series = chart.getSeriesMap().get(name);
        assertNotNull(series, "no series named " + name + " in " + chart.getSeriesMap().keySet());
        return series;
    }

    private static double[] epochs(int n) {
        double[] epochs = new double[n];
        Arrays.setAll(epochs, i -> i + 1);
        return epochs;
    }

    private static void assertPoint(XYSeries series, double w, double l) {
        assertArrayEquals(new double[] {w}, series.getXData(), TOLERANCE, series.getName());
        assertArrayEquals(new double[] {l}, series.getYData(), TOLERANCE, series.getName());
    }

    private static void assertMessage(Runnable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        for (String part : parts) {
            assertTrue(
                    e.getMessage().contains(part),
                    () -> "\"" + e.getMessage() + "\" should mention \"" + part + "\"");
        }
    }
}
