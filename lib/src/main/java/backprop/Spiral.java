package backprop;

import java.util.Arrays;
import java.util.Objects;

/**
 * The spiral data set of Stanford's CS231n notes: {@code classes} arms wound around the origin in
 * the plane, {@code pointsPerClass} points each. No straight line separates the arms, so a network
 * needs its hidden layer to learn them: a good first data set beyond the worked example.
 *
 * <p>Class j (counted from 0) is drawn as NumPy draws it after {@code np.random.seed(seed)}:
 *
 * <pre>
 *   r = linspace(0, 1, N)                               radius, from the centre outwards
 *   t = linspace(4j, 4(j+1), N) + randn(N) · 0.2       angle, with some noise
 *   X[row] = (r sin t, r cos t),   y[row] = j            rows N·j .. N·(j+1) - 1
 * </pre>
 *
 * <p>The labels, the radii and the noise are NumPy's, drawn with {@link NumpyRandom}. The sine and
 * cosine are Java's, which may differ from NumPy's in the last bit or two, so a coordinate can be
 * some 1e-16 away from NumPy's; the tests hold it to 1e-15.
 *
 * @param X the points, one a row: {@code (classes · pointsPerClass) × 2}
 * @param labels the class of each point, 0 .. classes-1, in the order of the rows
 * @param Y the labels as one-hot rows, {@code np.eye(classes)[labels]}
 */
public record Spiral(Matrix X, long[] labels, Matrix Y) {

    /** The noise added to each angle is {@code randn · NOISE}. */
    private static final double NOISE = 0.2;

    /** Each arm turns through this many radians from its first point to its last. */
    private static final double TURN = 4.0;

    /** Keeps its own copy of the labels. */
    public Spiral {
        Objects.requireNonNull(X, "X");
        Objects.requireNonNull(Y, "Y");
        labels = labels.clone();
    }

    /**
     * A new spiral set from a fresh generator, like {@code np.random.seed(seed)} followed by the
     * construction above.
     *
     * @throws IllegalArgumentException if either count is below 1, the set would not fit in one
     *     matrix, or the seed is outside 0..2^32-1
     */
    public static Spiral generate(int pointsPerClass, int classes, long seed) {
        return generate(pointsPerClass, classes, new NumpyRandom(seed));
    }

    /**
     * A new spiral set drawn from {@code rng}, which moves on by {@code pointsPerClass · classes}
     * Gaussians, so one stream can draw a network and then its data, as a notebook would.
     *
     * @throws IllegalArgumentException if either count is below 1 or the set would not fit in one
     *     matrix
     */
    public static Spiral generate(int pointsPerClass, int classes, NumpyRandom rng) {
        double[] t = angles(pointsPerClass, classes, rng);
        int n = pointsPerClass;
        double[] r = linspace(0.0, 1.0, n);
        double[][] X = new double[n * classes][];
        long[] labels = new long[n * classes];
        for (int j = 0; j < classes; j++) {
            for (int i = 0; i < n; i++) {
                int row = n * j + i;
                // X[row] = (r sin t, r cos t)
                X[row] = new double[] {r[i] * Math.sin(t[row]), r[i] * Math.cos(t[row])};
                labels[row] = j;
            }
        }
        return new Spiral(Matrix.of(X), labels, Matrix.oneHot(labels, classes));
    }

    /**
     * The angle t of every point, class after class: {@code linspace(4j, 4(j+1), N) + randn(N) ·
     * 0.2}. Kept apart so the tests can compare NumPy's draws before the sine and cosine.
     */
    static double[] angles(int pointsPerClass, int classes, NumpyRandom rng) {
        if (pointsPerClass < 1) {
            throw new IllegalArgumentException(
                    "pointsPerClass must be at least 1, got " + pointsPerClass);
        }
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be at least 1, got " + classes);
        }
        if ((long) pointsPerClass * classes * Math.max(classes, 2) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    pointsPerClass + " points x " + classes + " classes do not fit in one matrix");
        }
        int n = pointsPerClass;
        double[] t = new double[n * classes];
        for (int j = 0; j < classes; j++) {
            double[] start = linspace(TURN * j, TURN * (j + 1), n);
            // NumPy draws randn(N) for class j only now, after class j-1's
            double[] noise = rng.randn(n);
            for (int i = 0; i < n; i++) {
                // t = linspace(4j, 4(j+1), N) + randn(N) · 0.2
                t[n * j + i] = start[i] + noise[i] * NOISE;
            }
        }
        return t;
    }

    /**
     * {@code np.linspace(start, stop, n)}, computed as NumPy computes it: {@code start + i · step}
     * with {@code step = (stop - start) / (n - 1)}, and the last value set to {@code stop}.
     */
    static double[] linspace(double start, double stop, int n) {
        double[] values = new double[n];
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            values[i] = i * step + start;
        }
        if (n > 1) {
            values[n - 1] = stop;
        } else {
            // one value: NumPy gives just the start
            values[0] = start;
        }
        return values;
    }

    /** Number of points. */
    public int size() {
        return labels.length;
    }

    /** Number of classes. */
    public int classes() {
        return Y.cols();
    }

    /** A copy of the labels. */
    @Override
    public long[] labels() {
        return labels.clone();
    }

    /** Same points and labels. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Spiral s
                && s.X.equals(X)
                && Arrays.equals(s.labels, labels)
                && s.Y.equals(Y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * X.hashCode() + Arrays.hashCode(labels)) + Y.hashCode();
    }

    /** The set's shape, for a notebook cell. */
    @Override
    public String toString() {
        return "Spiral: "
                + size()
                + " points in 2-D, "
                + classes()
                + " classes of "
                + size() / classes()
                + " (X "
                + X.shape()
                + ", Y "
                + Y.shape()
                + ")";
    }
}
