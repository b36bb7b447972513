package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DecisionRegionsTest {

    /** A 2-2-2 network that predicts class 1 exactly where x0 > 0 (see the weights). */
    private final Network rightHalf =
            new Network(
                    Matrix.of(new double[] {1, -1}, new double[] {0, 0}),
                    Matrix.zeros(1, 2),
                    Matrix.of(new double[] {0, 5}, new double[] {5, 0}),
                    Matrix.zeros(1, 2));

    private final Matrix X =
            Matrix.of(new double[] {-1, -1}, new double[] {1, 1}, new double[] {0.5, -0.5});
    private final long[] labels = {0, 1, 1};

    @Test
    void everyGridPointIsInTheRegionOfItsPredictedClass() {
        XYChart chart = Charts.decisionRegions(rightHalf, X, labels, null);
        XYSeries left = chart.getSeriesMap().get("region 0");
        XYSeries right = chart.getSeriesMap().get("region 1");
        int points = Charts.REGION_GRID * Charts.REGION_GRID;
        assertEquals(points, left.getXData().length + right.getXData().length);
        // z1 = (x0, -x0) through ReLU, then z2 = (5 relu(-x0), 5 relu(x0)): class 1 iff x0 > 0
        for (double x0 : left.getXData()) {
            assertFalse(x0 > 0, "a point with x0 = " + x0 + " is predicted class 0");
        }
        for (double x0 : right.getXData()) {
            assertFalse(x0 <= 0, "a point with x0 = " + x0 + " is predicted class 1");
        }
        assertFalse(left.isShowInLegend());
    }

    @Test
    void dataPointsAreDrawnByTheirTrueClass() {
        XYChart chart = Charts.decisionRegions(rightHalf, X, labels, "t");
        assertArrayEquals(new double[] {-1}, chart.getSeriesMap().get("class 0").getXData());
        assertArrayEquals(new double[] {1, 0.5}, chart.getSeriesMap().get("class 1").getXData());
        assertArrayEquals(new double[] {1, -0.5}, chart.getSeriesMap().get("class 1").getYData());
    }

    @Test
    void theGridCoversTheDataWithAMargin() {
        XYChart chart = Charts.decisionRegions(rightHalf, X, labels, null);
        // x0 spans [-1, 1]: 8% of 2 on either side
        assertEquals(-1.16, chart.getStyler().getXAxisMin(), 1e-12);
        assertEquals(1.16, chart.getStyler().getXAxisMax(), 1e-12);
    }

    @Test
    void rendersHeadless() {
        BufferedImage image = Charts.image(Charts.decisionRegions(rightHalf, X, labels, null));
        assertEquals(Charts.WIDTH, image.getWidth());
    }

    @Test
    void needsTwoInputsAndOneLabelPerPoint() {
        var wrongInputs =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Charts.decisionRegions(rightHalf, Matrix.zeros(3, 3), labels, null));
        assertEquals(
                "decisionRegions draws a plane: it needs 2 inputs, but the network has 2 and X is"
                        + " (3, 3)",
                wrongInputs.getMessage());
        var wrongLabels =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Charts.decisionRegions(rightHalf, X, new long[] {0}, null));
        assertEquals(
                "decisionRegions: X has 3 points but there are 1 labels", wrongLabels.getMessage());
    }
}
