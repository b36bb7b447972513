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
            // eight running sums, r0 .. r7, each taking every eighth number (held in locals, not
            // an array, so that a sum allocates nothing)
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
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
