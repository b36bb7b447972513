package backprop;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable dense matrix of doubles, stored row by row: the only data structure the network
 * needs.
 *
 * <p>Rows are samples and columns are features, as in the document's NumPy code, and indices start
 * at 0 (the document's {@code W[1]} is {@code W.get(0, ...)} here). Every operation returns a new
 * matrix and leaves its operands untouched, so a value printed in one notebook cell never changes
 * under a later one.
 *
 * <p>Results match NumPy bit for bit where it matters for the worked example: {@link #dot}
 * accumulates with fused multiply-add in index order, and sums follow NumPy's summation order (see
 * {@link #sumColumns()} and {@link #sumRows()}). {@link #toString()} prints exactly what NumPy's
 * {@code print} prints.
 *
 * <p>A matrix made with {@link #ofIntegers} remembers that its entries are integers and prints them
 * as NumPy prints an {@code int64} array ({@code [[2 8 6]]}); any arithmetic on it gives an
 * ordinary floating-point matrix, as in NumPy.
 */
public final class Matrix {

    /** Every integer up to this size in magnitude is exactly a double. */
    private static final long EXACT_INTEGERS = 1L << 53;

    private final int rows;
    private final int cols;

    /** Entry (i, j) lives at {@code data[i * cols + j]}. */
    private final double[] data;

    /** True when every entry is a whole number that should print as an integer. */
    private final boolean integer;

    private Matrix(int rows, int cols, double[] data, boolean integer) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.integer = integer;
    }

    // ---------------------------------------------------------------- making matrices

    /**
     * A matrix with the given rows, copied.
     *
     * @throws IllegalArgumentException if there are no rows, a row is empty, or the rows differ in
     *     length (a ragged array)
     */
    public static Matrix of(double[]... rows) {
        checkRectangular(
                rows == null ? -1 : rows.length, i -> rows[i] == null ? -1 : rows[i].length);
        int r = rows.length;
        int c = rows[0].length;
        checkShape(r, c);
        double[] data = new double[r * c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(rows[i], 0, data, i * c, c);
        }
        return new Matrix(r, c, data, false);
    }

    /**
     * A matrix of whole numbers, printed as NumPy prints an integer array, like the document's
     * input {@code X}.
     *
     * @throws IllegalArgumentException if there are no rows, a row is empty or the rows are ragged,
     *     or an entry is beyond ±2^53, where a double can no longer hold every integer
     */
    public static Matrix ofIntegers(long[]... rows) {
        double[][] values = new double[rows == null ? 0 : rows.length][];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows[i] == null ? null : new double[rows[i].length];
            for (int j = 0; values[i] != null && j < values[i].length; j++) {
                if (Math.abs(rows[i][j]) > EXACT_INTEGERS) {
                    throw new IllegalArgumentException(
                            "ofIntegers: "
                                    + rows[i][j]
                                    + " at ["
                                    + i
                                    + "]["
                                    + j
                                    + "] is beyond 2^53 and would be rounded");
                }
                values[i][j] = rows[i][j];
            }
        }
        Matrix m = of(values);
        return new Matrix(m.rows, m.cols, m.data, true);
    }

    /** A 1 × n matrix: a row vector such as a bias {@code b1}. */
    public static Matrix rowVector(double... values) {
        return of(values);
    }

    /** A matrix of zeros, like {@code np.zeros((rows, cols))}. */
    public static Matrix zeros(int rows, int cols) {
        checkShape(rows, cols);
        return new Matrix(rows, cols, new double[rows * cols], false);
    }

    /**
     * The one-hot matrix of class labels, like {@code np.eye(classes)[labels]}: row k has a 1 in
     * column {@code labels[k]} and 0 elsewhere.
     *
     * @throws IllegalArgumentException if a label lies outside {@code 0 .. classes-1}
     */
    public static Matrix oneHot(long[] labels, int classes) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("oneHot: no labels given");
        }
        checkShape(labels.length, classes);
        double[] data = new double[labels.length * classes];
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] < 0 || labels[k] >= classes) {
                throw new IllegalArgumentException(
                        "oneHot: label "
                                + labels[k]
                                + " at index "
                                + k
                                + " is not a class in 0.."
                                + (classes - 1));
            }
            data[k * classes + (int) labels[k]] = 1.0;
        }
        return new Matrix(labels.length, classes, data, false);
    }

    private interface RowLength {
        int of(int row);
    }

    private static void checkRectangular(int rowCount, RowLength length) {
        if (rowCount <= 0) {
            throw new IllegalArgumentException("a matrix needs at least one row, got none");
        }
        int c = length.of(0);
        if (c <= 0) {
            throw new IllegalArgumentException(
                    "a matrix needs at least one column, row 0 is empty");
        }
        for (int i = 1; i < rowCount; i++) {
            if (length.of(i) != c) {
                throw new IllegalArgumentException(
                        "ragged rows: row 0 has "
                                + c
                                + " entries but row "
                                + i
                                + " has "
                                + Math.max(length.of(i), 0));
            }
        }
    }

    private static void checkShape(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(
                    "a matrix needs a positive shape, got (" + rows + ", " + cols + ")");
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "a matrix of shape (" + rows + ", " + cols + ") is too large for one array");
        }
    }

    // ---------------------------------------------------------------- looking inside

    /** Number of rows (samples, for a batch). */
    public int rows() {
        return rows;
    }

    /** Number of columns (features or units). */
    public int cols() {
        return cols;
    }

    /** The shape as NumPy writes it, for example {@code (2, 3)}. */
    public String shape() {
        return "(" + rows + ", " + cols + ")";
    }

    /** Entry (i, j), both counted from 0. */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException(
                    "index (" + i + ", " + j + ") is outside a matrix of shape " + shape());
        }
        return data[i * cols + j];
    }

    /** Row i as a new 1 × cols matrix. */
    public Matrix row(int i) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException(
                    "row " + i + " is outside a matrix of shape " + shape());
        }
        return new Matrix(1, cols, Arrays.copyOfRange(data, i * cols, (i + 1) * cols), integer);
    }

    /** A copy of this matrix with entry (i, j) set to {@code value}. */
    public Matrix with(int i, int j, double value) {
        get(i, j);
        double[] out = data.clone();
        out[i * cols + j] = value;
        return new Matrix(rows, cols, out, false);
    }

    /** A copy of the entries as a {@code double[rows][cols]}. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /** True when this matrix holds integers (made by {@link #ofIntegers}). */
    public boolean isInteger() {
        return integer;
    }

    // ---------------------------------------------------------------- linear algebra

    /**
     * The matrix product {@code this · other}, like {@code np.dot}.
     *
     * <p>Each entry is accumulated in index order with a fused multiply-add, {@code s =
     * fma(a[i][t], b[t][j], s)}, which is exactly what NumPy's BLAS computes for these small
     * products, so the results agree bit for bit.
     *
     * @throws IllegalArgumentException if the inner dimensions differ
     */
    public Matrix dot(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException(
                    "dot: shapes "
                            + shape()
                            + " and "
                            + other.shape()
                            + " are not aligned ("
                            + cols
                            + " columns vs "
                            + other.rows
                            + " rows)");
        }
        int n = other.cols;
        double[] out = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n; j++) {
                // (A·B)[i][j] = Σ_t A[i][t] B[t][j]
                double s = 0.0;
                for (int t = 0; t < cols; t++) {
                    s = Math.fma(data[i * cols + t], other.data[t * n + j], s);
                }
                out[i * n + j] = s;
            }
        }
        return new Matrix(rows, n, out, false);
    }

    /** The transpose, like NumPy's {@code .T}: entry (i, j) becomes entry (j, i). */
    public Matrix transpose() {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, out, integer);
    }

    // ---------------------------------------------------------------- element by element

    /**
     * {@code this + other}, element by element. As in NumPy, {@code other} may also be a single row
     * (added to every row, as a bias is), a single column (added to every column) or 1 × 1.
     */
    public Matrix plus(Matrix other) {
        return broadcast("plus", other, (a, b) -> a + b);
    }

    /** {@code this - other}, element by element, broadcasting like {@link #plus}. */
    public Matrix minus(Matrix other) {
        return broadcast("minus", other, (a, b) -> a - b);
    }

    /**
     * {@code this * other} element by element (NumPy's {@code *}, the Hadamard product ⊙), not the
     * matrix product; broadcasting like {@link #plus}.
     */
    public Matrix multiply(Matrix other) {
        return broadcast("multiply", other, (a, b) -> a * b);
    }

    /** {@code this / other}, element by element, broadcasting like {@link #plus}. */
    public Matrix divide(Matrix other) {
        return broadcast("divide", other, (a, b) -> a / b);
    }

    /** Every entry times the number {@code k}. */
    public Matrix times(double k) {
        return map(v -> v * k);
    }

    /** Every entry divided by the number {@code k}. */
    public Matrix divide(double k) {
        return map(v -> v / k);
    }

    /** Every entry plus the number {@code k}. */
    public Matrix plus(double k) {
        return map(v -> v + k);
    }

    /** A new matrix with {@code f} applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            out[k] = f.applyAsDouble(data[k]);
        }
        return new Matrix(rows, cols, out, false);
    }

    private Matrix broadcast(String operation, Matrix other, DoubleBinaryOperator f) {
        boolean rowsFit = other.rows == rows || other.rows == 1;
        boolean colsFit = other.cols == cols || other.cols == 1;
        if (!rowsFit || !colsFit) {
            throw new IllegalArgumentException(
                    operation
                            + ": shapes "
                            + shape()
                            + " and "
                            + other.shape()
                            + " do not match and cannot be broadcast");
        }
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            int oi = other.rows == 1 ? 0 : i;
            for (int j = 0; j < cols; j++) {
                int oj = other.cols == 1 ? 0 : j;
                out[i * cols + j] =
                        f.applyAsDouble(data[i * cols + j], other.data[oi * other.cols + oj]);
            }
        }
        return new Matrix(rows, cols, out, false);
    }

    // ---------------------------------------------------------------- reductions

    /**
     * The sum of each column, as a 1 × cols row: {@code np.sum(A, axis=0, keepdims=True)}. Rows are
     * added top to bottom, the order NumPy uses.
     */
    public Matrix sumColumns() {
        double[] out = Arrays.copyOf(data, cols);
        for (int i = 1; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j] += data[i * cols + j];
            }
        }
        return new Matrix(1, cols, out, false);
    }

    /**
     * The sum of each row, as a rows × 1 column: {@code np.sum(A, axis=1, keepdims=True)}, added in
     * NumPy's pairwise order (see {@link NumpySum}).
     */
    public Matrix sumRows() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = NumpySum.sum(data, i * cols, cols);
        }
        return new Matrix(rows, 1, out, false);
    }

    /** The sum of all entries, {@code np.sum(A)}, in NumPy's pairwise order. */
    public double sum() {
        return NumpySum.sum(data, 0, data.length);
    }

    /**
     * The largest absolute value of any entry, {@code np.max(np.abs(A))}: with {@code
     * a.minus(b).maxAbs()} it tells how far apart two matrices are.
     */
    public double maxAbs() {
        double max = 0.0;
        for (double v : data) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The largest entry of each row, as a rows × 1 column: {@code np.max(A, axis=1)}. */
    public Matrix maxOfRows() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double max = data[i * cols];
            for (int j = 1; j < cols; j++) {
                // NumPy's max propagates NaN; Math.max does too
                max = Math.max(max, data[i * cols + j]);
            }
            out[i] = max;
        }
        return new Matrix(rows, 1, out, false);
    }

    /**
     * The column index of the largest entry of each row, {@code np.argmax(A, axis=1)}; the first
     * one wins a tie, and, as in NumPy, the first NaN wins over any number.
     */
    public int[] argmaxOfRows() {
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            int best = 0;
            for (int j = 1; j < cols && !Double.isNaN(data[i * cols + best]); j++) {
                double v = data[i * cols + j];
                if (v > data[i * cols + best] || Double.isNaN(v)) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    // ---------------------------------------------------------------- checks, equality, text

    /**
     * The first entry that is NaN or infinite, as {@code "[i][j] = NaN"}, or {@code null} when
     * every entry is finite.
     */
    public String firstNonFinite() {
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                return "[" + k / cols + "][" + k % cols + "] = " + data[k];
            }
        }
        return null;
    }

    /** True when both matrices have the same shape and exactly the same entries. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix
                && ((Matrix) o).rows == rows
                && ((Matrix) o).cols == cols
                && Arrays.equals(((Matrix) o).data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** The matrix exactly as NumPy's {@code print} shows it. */
    @Override
    public String toString() {
        if (integer) {
            long[][] values = new long[rows][cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    values[i][j] = (long) data[i * cols + j];
                }
            }
            return NumpyFormat.formatIntegers(values);
        }
        return NumpyFormat.format(toArray());
    }
}
