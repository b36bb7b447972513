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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;

class ChartsTest {

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

    // --- helpers -----------------------------------------------------------------------------

    private static List<XYChart> allKindsOfChart() {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("α = 0.1", new double[] {0.7, 0.4, 0.2});
        runs.put("α = 0.5", new double[] {0.7, 0.1});
        return List.of(
                Charts.lossCurve(new double[] {0.7, 0.4, 0.2}, "loss"),
                Charts.lossCurve(new double[] {0.7}, null),
                Charts.lossCurves(runs, null));
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

    private static void assertMessage(Runnable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        for (String part : parts) {
            assertTrue(
                    e.getMessage().contains(part),
                    () -> "\"" + e.getMessage() + "\" should mention \"" + part + "\"");
        }
    }
}
