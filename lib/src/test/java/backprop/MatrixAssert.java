package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on whole matrices that say which entry differs. */
final class MatrixAssert {

    private MatrixAssert() {}

    /** Same shape and every entry within {@code tolerance} of the expected one. */
    static void assertClose(Matrix expected, Matrix actual, double tolerance, String what) {
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double e = expected.get(i, j);
                double a = actual.get(i, j);
                if (!(Math.abs(e - a) <= tolerance)) {
                    fail(
                            String.format(
                                    "%s[%d][%d]: expected %s but was %s (difference %.3g > %.3g)",
                                    what, i, j, e, a, Math.abs(e - a), tolerance));
                }
            }
        }
    }

    /** {@code |expected - actual| <= rel * |expected|}. */
    static void assertRelative(double expected, double actual, double rel, String what) {
        if (!(Math.abs(expected - actual) <= rel * Math.abs(expected))) {
            fail(
                    String.format(
                            "%s: expected %s but was %s (relative difference %.3g > %.3g)",
                            what,
                            expected,
                            actual,
                            Math.abs(expected - actual) / Math.abs(expected),
                            rel));
        }
    }
}
