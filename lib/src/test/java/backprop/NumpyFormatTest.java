package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NumpyFormat against NumPy itself: every expected string below was printed by NumPy 2.4 or Python
 * 3.11, never by the Java code.
 *
 * <p>Three sources: the arrays of the worked example in {@code shared/reference} (the figures a
 * learner compares with), the generated corpus {@code numpy-format-cases.json} (written by {@code
 * gen_numpy_format_cases.py} beside it), and a few hand-picked cases that each name one of NumPy's
 * printing rules.
 */
class NumpyFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- the worked example -------------------------------------------------------------

    static Stream<Arguments> workedExampleArrays() {
        String dir = System.getProperty("reference.dir");
        assertNotNull(dir, "system property reference.dir is not set (surefire sets it)");
        JsonNode step1 = read(Path.of(dir, "worked-example.json")).get("step1");
        List<Arguments> arrays = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : step1.properties()) {
            arrays.add(Arguments.of(entry.getKey(), entry.getValue()));
        }
        return arrays.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExampleArrays")
    void printsEveryWorkedExampleArrayAsNumpyDoes(String name, JsonNode array) {
        assertEquals(array.get("numpy_str").asText(), print(array, false));
    }

    // ---- the generated corpus -----------------------------------------------------------

    static Stream<Arguments> corpusArrays() {
        List<Arguments> arrays = new ArrayList<>();
        for (JsonNode array : corpus().get("arrays")) {
            arrays.add(Arguments.of(array.get("name").asText(), array));
        }
        return arrays.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusArrays")
    void printsEveryCorpusArrayAsNumpyDoes(String name, JsonNode array) {
        assertEquals(array.get("numpy_str").asText(), print(array, true));
    }

    static Stream<Arguments> corpusReprs() {
        List<Arguments> reprs = new ArrayList<>();
        for (JsonNode repr : corpus().get("reprs")) {
            double x = fromHex(repr.get("hex").asText());
            assertSameDouble(repr.get("value"), x);
            reprs.add(Arguments.of(repr.get("hex").asText(), repr.get("python_repr").asText(), x));
        }
        return reprs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("corpusReprs")
    void reprMatchesPythonForEveryCorpusDouble(String hex, String pythonRepr, double x) {
        assertEquals(pythonRepr, NumpyFormat.repr(x));
    }

    @Test
    void corpusWasWrittenWithNumpysDefaultPrintOptions() {
        JsonNode options = corpus().get("print_options");
        assertEquals(8, options.get("precision").asInt());
        assertEquals(75, options.get("linewidth").asInt());
        assertEquals(1000, options.get("threshold").asInt());
        assertEquals(3, options.get("edgeitems").asInt());
        assertEquals("maxprec", options.get("floatmode").asText());
        assertEquals("-", options.get("sign").asText());
        assertEquals(false, options.get("suppress").asBoolean());
        assertTrue(corpus().get("arrays").size() >= 300, "a few hundred arrays");
    }

    // ---- one rule each ------------------------------------------------------------------

    @Test
    void integralFloatsKeepTheirPointAndAlignOnIt() {
        assertEquals("[[0. 0.]\n [0. 0.]]", NumpyFormat.format(new double[2][2]));
        assertEquals(
                "[[ 1.  -0. ]\n [ 0.   2.5]]",
                NumpyFormat.format(new double[][] {{1.0, -0.0}, {0.0, 2.5}}));
    }

    @Test
    void negativeZeroPrintsWithItsSign() {
        assertEquals("[[-0.   0.5]]", NumpyFormat.format(new double[][] {{-0.0, 0.5}}));
    }

    @Test
    void smallestMagnitudeBelowOneTenThousandthSwitchesToScientific() {
        assertEquals("[0.001  0.0001]", NumpyFormat.format(new double[] {0.001, 0.0001}));
        assertEquals("[1.e-03 9.e-05]", NumpyFormat.format(new double[] {0.001, 0.00009}));
    }

    @Test
    void ratioAboveOneThousandSwitchesToScientific() {
        assertEquals("[   1. 1000.]", NumpyFormat.format(new double[] {1.0, 1000.0}));
        assertEquals("[1.0000e+00 1.0005e+03]", NumpyFormat.format(new double[] {1.0, 1000.5}));
    }

    @Test
    void largestMagnitudeFromOneHundredMillionSwitchesToScientific() {
        assertEquals("[1.e+08 1.e+00]", NumpyFormat.format(new double[] {1e8, 1.0}));
    }

    @Test
    void roundsHalfToEvenOnTheExactValueAtTheEighthDecimal() {
        // 0.001953125 is 2^-9 exactly: the ninth decimal is a 5 with nothing after it
        assertEquals(
                "[0.00195312 0.5       ]", NumpyFormat.format(new double[] {0.001953125, 0.5}));
    }

    @Test
    void nanAndInfAreRightAlignedInTheColumnWidth() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(
                "[[ nan 1.5 ]\n [-inf 0.25]]",
                NumpyFormat.format(new double[][] {{nan, 1.5}, {-inf, 0.25}}));
    }

    @Test
    void longRowsWrapBeforeColumnSeventyFive() {
        double[] sevenths = new double[12];
        double[][] twoRows = new double[2][12];
        for (int i = 0; i < 12; i++) {
            sevenths[i] = i / 7.0;
            twoRows[0][i] = i / 7.0;
            twoRows[1][i] = (i + 12) / 7.0;
        }
        assertEquals(
                "[0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571\n"
                        + " 0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857]",
                NumpyFormat.format(sevenths));
        assertEquals(
                "[[0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571\n"
                        + "  0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857]\n"
                        + " [1.71428571 1.85714286 2.         2.14285714 2.28571429 2.42857143\n"
                        + "  2.57142857 2.71428571 2.85714286 3.         3.14285714 3.28571429]]",
                NumpyFormat.format(twoRows));
    }

    @Test
    void arraysOverOneThousandElementsShowThreeEdgeItems() {
        long[] count = new long[1001];
        for (int i = 0; i < count.length; i++) {
            count[i] = i;
        }
        assertEquals("[   0    1    2 ...  998  999 1000]", NumpyFormat.formatIntegers(count));
    }

    @Test
    void integersAndBooleansPadToTheWidestEntry() {
        assertEquals(
                "[[ 2 -8]\n [10  3]]", NumpyFormat.formatIntegers(new long[][] {{2, -8}, {10, 3}}));
        assertEquals("[ True False]", NumpyFormat.formatBooleans(new boolean[] {true, false}));
    }

    @Test
    void emptyArraysPrintAsEmptyBrackets() {
        assertEquals("[]", NumpyFormat.format(new double[0]));
        assertEquals("[]", NumpyFormat.format(new double[0][]));
        assertEquals("[]", NumpyFormat.format(new double[2][0]));
    }

    @Test
    void raggedRowsAreRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NumpyFormat.format(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void reprFollowsPythonsExponentRules() {
        assertEquals("1e-05", NumpyFormat.repr(1e-5));
        assertEquals("0.0001", NumpyFormat.repr(0.0001));
        assertEquals("1e+16", NumpyFormat.repr(1e16));
        assertEquals("1000000000000000.0", NumpyFormat.repr(1e15));
        assertEquals("-0.0", NumpyFormat.repr(-0.0));
        assertEquals("inf", NumpyFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", NumpyFormat.repr(Double.NaN));
    }

    @Test
    void reprIsShortestWhereJava17DoubleToStringIsNot() {
        // JDK 17 prints 5.6843418860808015E-14 and 1.9999999999999998E23 (JDK-4511638)
        assertEquals("5.684341886080802e-14", NumpyFormat.repr(Math.pow(2, -44)));
        assertEquals("2e+23", NumpyFormat.repr(2e23));
    }

    @Test
    void reprOfTheWorkedExampleLoss() {
        String dir = System.getProperty("reference.dir");
        JsonNode reference = read(Path.of(dir, "worked-example.json"));
        assertEquals(
                "0.6934039484186832", NumpyFormat.repr(reference.get("step1_loss").asDouble()));
    }

    // ---- reading the JSON ---------------------------------------------------------------

    private static JsonNode corpusCache;

    private static synchronized JsonNode corpus() {
        if (corpusCache == null) {
            try (InputStream in =
                    NumpyFormatTest.class.getResourceAsStream("/numpy-format-cases.json")) {
                assertNotNull(in, "numpy-format-cases.json is not on the test class path");
                corpusCache = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpusCache;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a JSON array entry with the NumpyFormat method for its dtype and rank. */
    private static String print(JsonNode array, boolean hasHex) {
        String dtype = array.get("dtype").asText();
        int rank = array.get("shape").size();
        JsonNode values = array.get("values");
        JsonNode exact = hasHex ? array.get("hex") : values;
        switch (dtype + "/" + rank) {
            case "float64/2":
                return NumpyFormat.format(doubleMatrix(values, exact, hasHex));
            case "float64/1":
                return NumpyFormat.format(doubleVector(values, exact, hasHex));
            case "int64/2":
                return NumpyFormat.formatIntegers(longMatrix(values));
            case "int64/1":
                return NumpyFormat.formatIntegers(longVector(values));
            case "bool/2":
                return NumpyFormat.formatBooleans(booleanMatrix(values));
            case "bool/1":
                return NumpyFormat.formatBooleans(booleanVector(values));
            default:
                throw new IllegalArgumentException("no printer for " + dtype + " of rank " + rank);
        }
    }

    private static double[][] doubleMatrix(JsonNode values, JsonNode exact, boolean hasHex) {
        double[][] a = new double[values.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = doubleVector(values.get(i), exact.get(i), hasHex);
        }
        return a;
    }

    /** Doubles from hex where the corpus has it, checked against the JSON numbers beside it. */
    private static double[] doubleVector(JsonNode values, JsonNode exact, boolean hasHex) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            if (hasHex) {
                a[i] = fromHex(exact.get(i).asText());
                assertSameDouble(values.get(i), a[i]);
            } else {
                a[i] = values.get(i).doubleValue();
            }
        }
        return a;
    }

    private static long[][] longMatrix(JsonNode values) {
        long[][] a = new long[values.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = longVector(values.get(i));
        }
        return a;
    }

    private static long[] longVector(JsonNode values) {
        long[] a = new long[values.size()];
        for (int i = 0; i < a.length; i++) {
            assertTrue(values.get(i).canConvertToLong(), "int64 value " + values.get(i));
            a[i] = values.get(i).longValue();
        }
        return a;
    }

    private static boolean[][] booleanMatrix(JsonNode values) {
        boolean[][] a = new boolean[values.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = booleanVector(values.get(i));
        }
        return a;
    }

    private static boolean[] booleanVector(JsonNode values) {
        boolean[] a = new boolean[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i).booleanValue();
        }
        return a;
    }

    /** Python's float.hex, plus its spellings of the non-finite values. */
    private static double fromHex(String hex) {
        switch (hex) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(hex);
        }
    }

    /** The JSON number (null for nan and inf) must be the very double the hex gives. */
    private static void assertSameDouble(JsonNode number, double fromHex) {
        if (number.isNull()) {
            assertTrue(Double.isNaN(fromHex) || Double.isInfinite(fromHex), "null for " + fromHex);
        } else {
            assertEquals(
                    Double.doubleToRawLongBits(fromHex),
                    Double.doubleToRawLongBits(number.doubleValue()),
                    "JSON number " + number + " vs hex");
        }
    }
}
