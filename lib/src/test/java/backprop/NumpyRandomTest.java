package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@link NumpyRandom} against draws made by NumPy itself: {@code
 * shared/reference/numpy-rng-sequences.json} (seeds 0 and 435) and {@code numpy-rng-extra.json} in
 * the test resources (seeds 1, 42, 2**32-1 and more), written by the script beside it.
 */
class NumpyRandomTest {

    private static final JsonNode SEQUENCES = ReferenceJson.shared("numpy-rng-sequences.json");
    private static final JsonNode EXTRA = ReferenceJson.resource("numpy-rng-extra.json");

    /**
     * Gaussians go through log(): NumPy calls the C library's, NumpyRandom calls Math.log, and on
     * rare inputs the two differ in the last bit. Every reference Gaussian in the test data is
     * equal or within one ulp. (Over 100,000 draws for five seeds, a few outputs of such a polar
     * pair came out two ulps apart.) Everything else must match bit for bit.
     */
    private static final int GAUSSIAN_ULPS = 1;

    /** One seed's freshly seeded sequences, from whichever reference file holds that seed. */
    record Fresh(
            long seed,
            long[] raw32,
            double[] uniforms,
            double[] gaussians,
            List<IntCase> integers) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Fresh> freshSequences() {
        Stream<Fresh> shared =
                Stream.of(0L, 435L)
                        .map(
                                seed -> {
                                    JsonNode s = SEQUENCES.get("seeds").get(Long.toString(seed));
                                    JsonNode fresh = s.get("fresh");
                                    return new Fresh(
                                            seed,
                                            ReferenceJson.longs(s.get("raw32_first10")),
                                            ReferenceJson.hexDoubles(
                                                    fresh.get("random_sample(20)_hex")),
                                            ReferenceJson.hexDoubles(fresh.get("randn(20)_hex")),
                                            intCases(fresh));
                                });
        Stream<Fresh> extra =
                Stream.of(1L, 42L, 4294967295L)
                        .map(
                                seed -> {
                                    JsonNode s = EXTRA.get("seeds").get(Long.toString(seed));
                                    return new Fresh(
                                            seed,
                                            ReferenceJson.longs(s.get("raw32(10)")),
                                            ReferenceJson.hexDoubles(
                                                    s.get("random_sample(20)_hex")),
                                            ReferenceJson.hexDoubles(s.get("randn(20)_hex")),
                                            intCases(s));
                                });
        return Stream.concat(shared, extra);
    }

    /** {@code randint(low, high, n)} and what NumPy drew for it. */
    record IntCase(long low, long high, long[] values) {
        @Override
        public String toString() {
            return "randint(" + low + ", " + high + ", " + values.length + ")";
        }
    }

    /** The randint sequences of one seed, keyed in the JSON as "randint(low,high,n)". */
    private static List<IntCase> intCases(JsonNode sequences) {
        List<IntCase> cases = new ArrayList<>();
        cases.add(intCase(sequences, "randint(0,10,20)", 0, 10));
        cases.add(intCase(sequences, "randint(0,2,20)", 0, 2));
        cases.add(intCase(sequences, "randint(-5,1000,20)", -5, 1000));
        if (sequences.has("randint(0,2**40,5)")) {
            cases.add(intCase(sequences, "randint(0,2**40,5)", 0, 1L << 40));
        }
        return cases;
    }

    private static IntCase intCase(JsonNode sequences, String key, long low, long high) {
        return new IntCase(low, high, ReferenceJson.longs(sequences.get(key)));
    }

    /** Wider and negative ranges, all from seed 42 (see {@code numpy_rng_extra.py}). */
    static Stream<IntCase> extraRanges() {
        List<IntCase> cases = new ArrayList<>();
        for (JsonNode c : EXTRA.get("randint_cases")) {
            assertEquals(42, c.get("seed").longValue());
            cases.add(
                    new IntCase(
                            c.get("low").longValue(),
                            c.get("high").longValue(),
                            ReferenceJson.longs(c.get("values"))));
        }
        return cases.stream();
    }

    // ---- seeding and the raw 32-bit stream ----

    @ParameterizedTest
    @MethodSource("freshSequences")
    void rawOutputsAreNumpysTemperedWords(Fresh expected) {
        NumpyRandom random = new NumpyRandom(expected.seed());

        long[] actual = new long[expected.raw32().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.nextRaw32();
        }

        assertArrayEquals(expected.raw32(), actual);
    }

    @Test
    void rawOutputsAreUnsignedValuesBelowTwoToThe32() {
        NumpyRandom random = new NumpyRandom(0);

        for (int i = 0; i < 10_000; i++) {
            long value = random.nextRaw32();
            assertTrue(value >= 0 && value <= 0xFFFFFFFFL, "out of range: " + value);
        }
    }

    @Test
    void reseedingRestartsTheStream() {
        JsonNode seed435 = SEQUENCES.get("seeds").get("435");
        NumpyRandom random = new NumpyRandom(0);
        random.nextRaw32();

        random.seed(435);

        assertEquals(seed435.get("raw32_first10").get(0).longValue(), random.nextRaw32());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1L, 4294967296L, Long.MIN_VALUE, Long.MAX_VALUE})
    void seedOutsideUnsigned32BitRangeIsRefused(long seed) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(seed));

        assertTrue(e.getMessage().contains(Long.toString(seed)), e.getMessage());
        assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
    }

    @Test
    void refusedReseedLeavesTheStreamAlone() {
        long[] expected = ReferenceJson.longs(SEQUENCES.get("seeds").get("0").get("raw32_first10"));
        NumpyRandom random = new NumpyRandom(0);
        random.nextRaw32();

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> random.seed(-7));

        assertTrue(e.getMessage().contains("-7"), e.getMessage());
        assertEquals(expected[1], random.nextRaw32());
    }

    // ---- uniform doubles ----

    @ParameterizedTest
    @MethodSource("freshSequences")
    void randomSampleIsBitIdentical(Fresh expected) {
        NumpyRandom random = new NumpyRandom(expected.seed());

        double[] actual = new double[expected.uniforms().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.randomSample();
        }

        assertArrayEquals(expected.uniforms(), actual);
    }

    @Test
    void randFillsRowsInNumpyOrder() {
        JsonNode shapes = EXTRA.get("shapes");
        double[] expected = ReferenceJson.hexDoubles(shapes.get("rand(2,3)_hex"));
        NumpyRandom random = new NumpyRandom(shapes.get("seed").longValue());

        double[][] actual = random.rand(2, 3);

        assertEquals(2, actual.length);
        assertArrayEquals(new double[] {expected[0], expected[1], expected[2]}, actual[0]);
        assertArrayEquals(new double[] {expected[3], expected[4], expected[5]}, actual[1]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void randRefusesAnEmptyShape(int bad) {
        NumpyRandom random = new NumpyRandom(0);

        IllegalArgumentException rows =
                assertThrows(IllegalArgumentException.class, () -> random.rand(bad, 3));
        IllegalArgumentException cols =
                assertThrows(IllegalArgumentException.class, () -> random.rand(3, bad));

        assertTrue(rows.getMessage().contains("rows = " + bad), rows.getMessage());
        assertTrue(cols.getMessage().contains("cols = " + bad), cols.getMessage());
    }

    // ---- Gaussians ----

    @ParameterizedTest
    @MethodSource("freshSequences")
    void standardNormalMatchesNumpyWithinOneUlp(Fresh expected) {
        NumpyRandom random = new NumpyRandom(expected.seed());

        double[] actual = new double[expected.gaussians().length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.standardNormal();
        }

        assertWithinUlps(expected.gaussians(), actual);
    }

    @ParameterizedTest
    @MethodSource("freshSequences")
    void randnGivesTheSameStreamAsStandardNormal(Fresh expected) {
        NumpyRandom random = new NumpyRandom(expected.seed());

        double[] actual = random.randn(expected.gaussians().length);

        assertWithinUlps(expected.gaussians(), actual);
    }

    @ParameterizedTest
    @MethodSource("freshSequences")
    void cachedSecondValueCarriesOverToTheNextCall(Fresh expected) {
        // randn(3) leaves the second value of its second polar pair cached; randn(17) starts with
        // it, so the two calls together give the same 20 values as one randn(20).
        NumpyRandom random = new NumpyRandom(expected.seed());

        double[] first = random.randn(3);
        double[] rest = random.randn(17);

        double[] actual = new double[20];
        System.arraycopy(first, 0, actual, 0, 3);
        System.arraycopy(rest, 0, actual, 3, 17);
        assertWithinUlps(expected.gaussians(), actual);
    }

    @ParameterizedTest
    @MethodSource("freshSequences")
    void reseedingClearsTheCachedGaussian(Fresh expected) {
        NumpyRandom random = new NumpyRandom(expected.seed());
        random.randn(3);

        random.seed(expected.seed());

        assertWithinUlps(expected.gaussians(), random.randn(expected.gaussians().length));
    }

    @Test
    void randnFillsRowsInNumpyOrder() {
        JsonNode shapes = EXTRA.get("shapes");
        double[] expected = ReferenceJson.hexDoubles(shapes.get("randn(3,4)_hex"));
        NumpyRandom random = new NumpyRandom(shapes.get("seed").longValue());

        double[][] actual = random.randn(3, 4);

        assertEquals(3, actual.length);
        for (int i = 0; i < 3; i++) {
            double[] row = new double[4];
            System.arraycopy(expected, 4 * i, row, 0, 4);
            assertWithinUlps(row, actual[i]);
        }
    }

    @Test
    void longRunOfGaussiansStaysWithinOneUlp() {
        JsonNode run = EXTRA.get("randn(2000)");
        double[] expected = ReferenceJson.hexDoubles(run.get("values_hex"));
        NumpyRandom random = new NumpyRandom(run.get("seed").longValue());

        assertWithinUlps(expected, random.randn(expected.length));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void randnRefusesAnEmptySize(int bad) {
        NumpyRandom random = new NumpyRandom(0);

        IllegalArgumentException n =
                assertThrows(IllegalArgumentException.class, () -> random.randn(bad));
        IllegalArgumentException rows =
                assertThrows(IllegalArgumentException.class, () -> random.randn(bad, 2));
        IllegalArgumentException cols =
                assertThrows(IllegalArgumentException.class, () -> random.randn(2, bad));

        assertTrue(n.getMessage().contains("n = " + bad), n.getMessage());
        assertTrue(rows.getMessage().contains("rows = " + bad), rows.getMessage());
        assertTrue(cols.getMessage().contains("cols = " + bad), cols.getMessage());
    }

    // ---- integers ----

    @ParameterizedTest
    @MethodSource("freshSequences")
    void randintIsBitIdentical(Fresh expected) {
        for (IntCase c : expected.integers()) {
            NumpyRandom random = new NumpyRandom(expected.seed());

            long[] actual = random.randint(c.low(), c.high(), c.values().length);

            assertArrayEquals(c.values(), actual, c.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("freshSequences")
    void randintOneAtATimeGivesTheSameStream(Fresh expected) {
        for (IntCase c : expected.integers()) {
            NumpyRandom random = new NumpyRandom(expected.seed());

            long[] actual = new long[c.values().length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = random.randint(c.low(), c.high());
            }

            assertArrayEquals(c.values(), actual, c.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("extraRanges")
    void randintHandlesNegativeAndWideRanges(IntCase c) {
        NumpyRandom random = new NumpyRandom(42);

        long[] actual = random.randint(c.low(), c.high(), c.values().length);

        assertArrayEquals(c.values(), actual);
    }

    @Test
    void randintFillsRowsInNumpyOrder() {
        JsonNode shapes = EXTRA.get("shapes");
        long[] expected = ReferenceJson.longs(shapes.get("randint(0,10,(2,3))"));
        NumpyRandom random = new NumpyRandom(shapes.get("seed").longValue());

        long[][] actual = random.randint(0, 10, 2, 3);

        assertEquals(2, actual.length);
        assertArrayEquals(new long[] {expected[0], expected[1], expected[2]}, actual[0]);
        assertArrayEquals(new long[] {expected[3], expected[4], expected[5]}, actual[1]);
    }

    @Test
    void rangeOfOneValueDrawsNothing() {
        JsonNode ref = EXTRA.get("range_of_one");
        NumpyRandom random = new NumpyRandom(ref.get("seed").longValue());

        long[] sevens = random.randint(7, 8, 5);
        double[] after = {random.randomSample(), random.randomSample(), random.randomSample()};

        assertArrayEquals(ReferenceJson.longs(ref.get("randint(7,8,5)")), sevens);
        assertArrayEquals(ReferenceJson.hexDoubles(ref.get("random_sample(3)_after_hex")), after);
        assertArrayEquals(ReferenceJson.hexDoubles(ref.get("random_sample(3)_fresh_hex")), after);
    }

    @Test
    void cachedGaussianSurvivesUniformAndIntegerDraws() {
        JsonNode ref = EXTRA.get("gauss_cache");
        NumpyRandom random = new NumpyRandom(ref.get("seed").longValue());

        double[] first = random.randn(1);
        double[] uniforms = {random.randomSample(), random.randomSample()};
        long[] integers = random.randint(0, 10, 3);
        double[] second = random.randn(1);
        double[] third = random.randn(1);

        assertWithinUlps(ReferenceJson.hexDoubles(ref.get("randn(1)_first_hex")), first);
        assertArrayEquals(ReferenceJson.hexDoubles(ref.get("random_sample(2)_hex")), uniforms);
        assertArrayEquals(ReferenceJson.longs(ref.get("randint(0,10,3)")), integers);
        assertWithinUlps(ReferenceJson.hexDoubles(ref.get("randn(1)_second_hex")), second);
        assertWithinUlps(ReferenceJson.hexDoubles(ref.get("randn(1)_third_hex")), third);
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 435L})
    void chainedCallsShareOneStream(long seed) {
        // The calls of "chained_call_order" in numpy-rng-sequences.json, on one generator.
        JsonNode expected = SEQUENCES.get("seeds").get(Long.toString(seed)).get("chained");
        NumpyRandom random = new NumpyRandom(seed);

        long[] raw = new long[10];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = random.nextRaw32();
        }
        assertArrayEquals(ReferenceJson.longs(expected.get("raw32(10)")), raw);

        double[] uniforms = new double[20];
        for (int i = 0; i < uniforms.length; i++) {
            uniforms[i] = random.randomSample();
        }
        assertArrayEquals(ReferenceJson.doubles(expected.get("random_sample(20)")), uniforms);

        assertWithinUlps(ReferenceJson.doubles(expected.get("randn(20)")), random.randn(20));
        assertArrayEquals(
                ReferenceJson.longs(expected.get("randint(0,10,20)")), random.randint(0, 10, 20));
        assertArrayEquals(
                ReferenceJson.longs(expected.get("randint(0,2,20)")), random.randint(0, 2, 20));
        assertArrayEquals(
                ReferenceJson.longs(expected.get("randint(-5,1000,20)")),
                random.randint(-5, 1000, 20));
        assertWithinUlps(ReferenceJson.doubles(expected.get("randn(3)")), random.randn(3));
        assertArrayEquals(
                ReferenceJson.doubles(expected.get("random_sample(1)")),
                new double[] {random.randomSample()});
        // randn(3) left one Gaussian cached; this call returns it.
        assertWithinUlps(ReferenceJson.doubles(expected.get("randn(1)")), random.randn(1));
    }

    static Stream<long[]> emptyRanges() {
        return Stream.of(
                new long[] {5, 5},
                new long[] {5, 4},
                new long[] {-3, -10},
                new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
    }

    @ParameterizedTest
    @MethodSource("emptyRanges")
    void randintRefusesAnEmptyRange(long[] bounds) {
        long low = bounds[0];
        long high = bounds[1];
        NumpyRandom random = new NumpyRandom(0);

        List<IllegalArgumentException> errors =
                List.of(
                        assertThrows(
                                IllegalArgumentException.class, () -> random.randint(low, high)),
                        assertThrows(
                                IllegalArgumentException.class, () -> random.randint(low, high, 3)),
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> random.randint(low, high, 2, 3)));

        for (IllegalArgumentException e : errors) {
            assertTrue(e.getMessage().contains("low >= high"), e.getMessage());
            assertTrue(e.getMessage().contains("low = " + low), e.getMessage());
            assertTrue(e.getMessage().contains("high = " + high), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void randintRefusesAnEmptySize(int bad) {
        NumpyRandom random = new NumpyRandom(0);

        IllegalArgumentException n =
                assertThrows(IllegalArgumentException.class, () -> random.randint(0, 10, bad));
        IllegalArgumentException rows =
                assertThrows(IllegalArgumentException.class, () -> random.randint(0, 10, bad, 2));
        IllegalArgumentException cols =
                assertThrows(IllegalArgumentException.class, () -> random.randint(0, 10, 2, bad));

        assertTrue(n.getMessage().contains("n = " + bad), n.getMessage());
        assertTrue(rows.getMessage().contains("rows = " + bad), rows.getMessage());
        assertTrue(cols.getMessage().contains("cols = " + bad), cols.getMessage());
    }

    // ---- the worked example ----

    @Test
    void seed435DrawsTheWorkedExamplesNetworkExactly() {
        // The document's draws, in its order: W1 = randn(3, 4) * 0.01, b1 = zeros (no draw),
        // W2 = randn(4, 2) * 0.01, b2 = zeros, X = randint(0, 10, (2, 3)), y_idx = randint(0, 2,
        // 2).
        JsonNode step1 = ReferenceJson.shared("worked-example.json").get("step1");
        NumpyRandom random = new NumpyRandom(435);

        double[][] w1 = scaled(random.randn(3, 4), 0.01);
        double[][] w2 = scaled(random.randn(4, 2), 0.01);
        long[][] x = random.randint(0, 10, 2, 3);
        long[] yIdx = random.randint(0, 2, 2);

        assertMatrixEquals(step1.get("W1").get("values"), w1);
        assertMatrixEquals(step1.get("W2").get("values"), w2);
        JsonNode xValues = step1.get("X").get("values");
        assertEquals(2, x.length);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(ReferenceJson.longs(xValues.get(i)), x[i], "X row " + i);
        }
        assertArrayEquals(ReferenceJson.longs(step1.get("y_idx").get("values")), yIdx);
    }

    private static double[][] scaled(double[][] m, double factor) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return m;
    }

    /** Exact comparison, row by row, with a JSON array of rows. */
    private static void assertMatrixEquals(JsonNode expectedRows, double[][] actual) {
        assertEquals(expectedRows.size(), actual.length, "rows");
        for (int i = 0; i < actual.length; i++) {
            assertArrayEquals(ReferenceJson.doubles(expectedRows.get(i)), actual[i], "row " + i);
        }
    }

    private static void assertWithinUlps(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            double tolerance = GAUSSIAN_ULPS * Math.ulp(expected[i]);
            assertEquals(expected[i], actual[i], tolerance, "value " + i);
        }
    }
}
