package backprop;

import java.util.Locale;

/** The input checks shared by the library: each failure says what is wrong and where. */
final class Checks {

    /** How far a label row's sum may be from 1 (rounding in probabilities someone computed). */
    private static final double LABEL_SUM_TOLERANCE = 1e-6;

    private Checks() {}

    /** Refuses a matrix holding NaN or infinity, naming the first bad entry. */
    static void finite(String name, Matrix m) {
        String bad = m.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException(
                    name + " must hold finite numbers, but " + name + bad);
        }
    }

    /**
     * Refuses a label matrix that is neither one-hot nor a probability row per sample: every entry
     * must lie in [0, 1] and every row must sum to 1.
     */
    static void labels(Matrix Y) {
        finite("Y", Y);
        for (int k = 0; k < Y.rows(); k++) {
            double sum = 0.0;
            for (int i = 0; i < Y.cols(); i++) {
                double y = Y.get(k, i);
                if (y < 0 || y > 1) {
                    throw new IllegalArgumentException(
                            "labels Y must be one-hot or probabilities, but Y["
                                    + k
                                    + "]["
                                    + i
                                    + "] = "
                                    + y);
                }
                sum += y;
            }
            if (Math.abs(sum - 1.0) > LABEL_SUM_TOLERANCE) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "labels Y must be one-hot or probabilities, but row %d sums to %s,"
                                        + " not 1",
                                k,
                                sum));
            }
        }
    }

    /**
     * Refuses a matrix with an entry outside [0, 1]. NaN passes, as it does through NumPy: it comes
     * from scores that overflowed, and training reports it as divergence.
     */
    static void probabilities(String name, Matrix p) {
        for (int k = 0; k < p.rows(); k++) {
            for (int i = 0; i < p.cols(); i++) {
                double v = p.get(k, i);
                if (v < 0 || v > 1) {
                    throw new IllegalArgumentException(
                            name
                                    + " must hold probabilities in [0, 1], but "
                                    + name
                                    + "["
                                    + k
                                    + "]["
                                    + i
                                    + "] = "
                                    + v);
                }
            }
        }
    }

    /** Refuses two matrices of different shapes, naming the operation and both shapes. */
    static void sameShape(String operation, String nameA, Matrix a, String nameB, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(
                    operation
                            + ": "
                            + nameA
                            + " has shape "
                            + a.shape()
                            + " but "
                            + nameB
                            + " has shape "
                            + b.shape());
        }
    }

    /** Refuses a learning rate that is not a finite positive number. */
    static void learningRate(double alpha) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException(
                    "the learning rate alpha must be a finite positive number, got " + alpha);
        }
    }
}
