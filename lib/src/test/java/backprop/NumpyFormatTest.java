package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NumpyFormat against Python itself: every expected string below was printed by Python 3.11, never
 * by the Java code.
 *
 * <p>Two sources: the generated corpus {@code numpy-format-cases.json} (written by {@code
 * gen_numpy_format_cases.py} beside it), and a few hand-picked cases that each name one of Python's
 * printing rules.
 */
class NumpyFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- the generated corpus -----------------------------------------------------------

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

    // ---- one rule each ------------------------------------------------------------------

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
