package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spiral set against NumPy's, from {@code spiral-cases.json} and the script beside it. */
class SpiralTest {

    private static final JsonNode CASES = ReferenceJson.resource("spiral-cases.json").get("cases");

    /**
     * How far an angle t may be from NumPy's, in units in the last place. t adds a Gaussian times
     * 0.2 to an exact linspace value, and NumpyRandom's Gaussians are within one ulp of NumPy's
     * (see NumpyRandomTest); the sum then rounds once more.
     */
    private static final int ANGLE_ULPS = 1;

    /**
     * How far a coordinate r sin t or r cos t may be from NumPy's. Beyond the angle, NumPy computes
     * sine and cosine with its own SIMD kernels and Java with its own; each is within an ulp or so
     * of the true value, so they can disagree in the last bits. Coordinates lie in [-1, 1], where a
     * few ulps are below 1e-15.
     */
    private static final double COORDINATE_ABS = 1e-15;

    record Case(int pointsPerClass, int classes, long seed, double[] t, double[] X, long[] labels) {
        @Override
        public String toString() {
            return pointsPerClass + " points x " + classes + " classes, seed " + seed;
        }
    }

    static Stream<Case> numpyCases() {
        return StreamSupport.stream(CASES.spliterator(), false)
                .map(
                        c ->
                                new Case(
                                        c.get("points_per_class").intValue(),
                                        c.get("classes").intValue(),
                                        c.get("seed").longValue(),
                                        ReferenceJson.hexDoubles(c.get("t_hex")),
                                        ReferenceJson.hexDoubles(c.get("X_hex")),
                                        ReferenceJson.longs(c.get("labels"))));
    }

    @ParameterizedTest
    @MethodSource("numpyCases")
    void labelsComeClassByClassAsInNumpy(Case c) {
        Spiral s = Spiral.generate(c.pointsPerClass(), c.classes(), c.seed());

        assertArrayEquals(c.labels(), s.labels());
    }

    @ParameterizedTest
    @MethodSource("numpyCases")
    void anglesMatchNumpyToOneUlp(Case c) {
        double[] t = Spiral.angles(c.pointsPerClass(), c.classes(), new NumpyRandom(c.seed()));

        assertEquals(c.t().length, t.length);
        for (int k = 0; k < t.length; k++) {
            double ulps = Math.abs(t[k] - c.t()[k]) / Math.ulp(c.t()[k]);
            if (!(ulps <= ANGLE_ULPS)) {
                fail("t[" + k + "]: NumPy " + c.t()[k] + ", Java " + t[k] + " (" + ulps + " ulp)");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("numpyCases")
    void pointsMatchNumpy(Case c) {
        Spiral s = Spiral.generate(c.pointsPerClass(), c.classes(), c.seed());

        assertEquals("(" + c.pointsPerClass() * c.classes() + ", 2)", s.X().shape());
        for (int k = 0; k < c.X().length; k++) {
            double java = s.X().get(k / 2, k % 2);
            if (!(Math.abs(java - c.X()[k]) <= COORDINATE_ABS)) {
                fail("X[" + k / 2 + "][" + k % 2 + "]: NumPy " + c.X()[k] + ", Java " + java);
            }
        }
    }

    @Test
    void mostPointsAreBitIdenticalToNumpy() {
        Case c = numpyCases().findFirst().orElseThrow();
        Spiral s = Spiral.generate(c.pointsPerClass(), c.classes(), c.seed());

        int same = 0;
        for (int k = 0; k < c.X().length; k++) {
            same += s.X().get(k / 2, k % 2) == c.X()[k] ? 1 : 0;
        }
        assertTrue(same >= 0.9 * c.X().length, same + " of " + c.X().length + " bit-identical");
    }

    @Test
    void yIsTheOneHotMatrixOfTheLabels() {
        Spiral s = Spiral.generate(5, 3, 0);

        assertEquals(Matrix.oneHot(s.labels(), 3), s.Y());
        assertEquals(3, s.classes());
        assertEquals(15, s.size());
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnother() {
        assertEquals(Spiral.generate(20, 3, 7), Spiral.generate(20, 3, 7));
        assertTrue(!Spiral.generate(20, 3, 7).equals(Spiral.generate(20, 3, 8)));
    }

    @Test
    void generatingFromAStreamDrawsTheClassesInTurn() {
        // one stream for two sets: the second starts where the first stopped
        NumpyRandom rng = new NumpyRandom(3);
        Spiral first = Spiral.generate(4, 2, rng);
        Spiral second = Spiral.generate(4, 2, rng);

        assertEquals(Spiral.generate(4, 2, 3L), first);
        assertTrue(!first.equals(second));
    }

    @Test
    void pointsLieWithinTheUnitDiscAndTheFirstOfEachClassAtTheCentre() {
        Spiral s = Spiral.generate(50, 4, 11);

        for (int k = 0; k < s.size(); k++) {
            double x = s.X().get(k, 0);
            double y = s.X().get(k, 1);
            assertTrue(x * x + y * y <= 1 + 1e-15, "point " + k + " lies outside the unit disc");
        }
        for (int j = 0; j < 4; j++) {
            // r = 0 for the first point of each class
            assertEquals(0.0, Math.abs(s.X().get(50 * j, 0)) + Math.abs(s.X().get(50 * j, 1)));
        }
    }

    @Test
    void labelsAreACopy() {
        Spiral s = Spiral.generate(3, 2, 0);
        long[] labels = s.labels();
        labels[0] = 99;

        assertNotSame(labels, s.labels());
        assertEquals(0, s.labels()[0]);
    }

    @Test
    void refusesAnEmptySet() {
        IllegalArgumentException points =
                assertThrows(IllegalArgumentException.class, () -> Spiral.generate(0, 3, 0));
        assertEquals("pointsPerClass must be at least 1, got 0", points.getMessage());
        IllegalArgumentException classes =
                assertThrows(IllegalArgumentException.class, () -> Spiral.generate(10, -1, 0));
        assertEquals("classes must be at least 1, got -1", classes.getMessage());
    }

    @Test
    void printsItsShape() {
        assertEquals(
                "Spiral: 300 points in 2-D, 3 classes of 100 (X (300, 2), Y (300, 3))",
                Spiral.generate(100, 3, 0).toString());
    }
}
