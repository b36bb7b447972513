package backprop;

/**
 * Adds numbers in the order NumPy's {@code np.sum} adds them, so sums agree bit for bit.
 *
 * <p>Floating-point addition is not associative: {@code (a + b) + c} and {@code a + (b + c)} can
 * differ in the last bit. NumPy sums a contiguous run of numbers pairwise, which keeps the rounding
 * error small: fewer than 8 numbers are added left to right; up to 128 go into eight running sums
 * that are combined as a balanced tree; longer runs are split in two halves (the first a multiple
 * of 8 long) and each half is summed the same way.
 */
final class NumpySum {

    /** NumPy's block size: runs up to this long are summed without splitting. */
    private static final int BLOCK = 128;

    private NumpySum() {}

    /** The sum of {@code a[from] .. a[from + n - 1]}, added in NumPy's pairwise order. */
    static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double s = 0.0;
            for (int i = 0; i < n; i++) {
                s += a[from + i];
            }
            return s;
        }
        if (n <= BLOCK) {
            // eight running sums, each taking every eighth number
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            // the last n % 8 numbers, left to right
            for (; i < n; i++) {
                s += a[from + i];
            }
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return sum(a, from, half) + sum(a, from + half, n - half);
    }
}
