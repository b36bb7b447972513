package backprop;

/**
 * NumPy's legacy global random generator, so that Java draws the same numbers as {@code
 * np.random.seed(s)} followed by {@code np.random.rand}, {@code randn} and {@code randint}.
 *
 * <p>The worked example in the notebooks starts from {@code np.random.seed(435)}; with this class
 * the Java side starts from {@code new NumpyRandom(435)} and gets the same weights:
 *
 * <pre>{@code
 * NumpyRandom random = new NumpyRandom(435);  // np.random.seed(435)
 * double[][] w1 = random.randn(3, 4);          // np.random.randn(3, 4)
 * }</pre>
 *
 * <p>Underneath is the Mersenne Twister MT19937 seeded the classic way ({@code init_genrand}), as
 * NumPy's {@code RandomState} does. This is not {@code np.random.default_rng(s)} nor {@code
 * np.random.MT19937(s)}: both seed through a {@code SeedSequence} and give other numbers.
 *
 * <p>Limits, said plainly:
 *
 * <ul>
 *   <li>Uniforms and integers are bit-identical to NumPy. Gaussians go through {@code log}, and
 *       NumPy calls the C library's while this class calls {@link Math#log}. The two logs differ in
 *       the last bit on rare inputs, and then both Gaussians of that polar pair may come out one or
 *       two units in the last place away from NumPy's (about 3 in 10,000 draws; none in the first
 *       20 of seed 435, which the worked example uses).
 *   <li>Only integer seeds in 0..2<sup>32</sup>-1; no array seeds, no {@code get_state}.
 *   <li>One instance is one stream and is not thread-safe, like NumPy's global state.
 * </ul>
 */
public final class NumpyRandom {

    /** Largest seed NumPy's legacy {@code seed} accepts: 2^32 - 1. */
    private static final long MAX_SEED = 0xFFFFFFFFL;

    // MT19937 parameters: N words of state, the twist reads the word M places ahead.
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_BIT = 0x80000000;
    private static final int LOWER_BITS = 0x7fffffff;

    /** The 624 state words, each an unsigned 32-bit number held in an int. */
    private final int[] key = new int[N];

    /** Index of the next word to temper; N means the block is used up. */
    private int pos;

    /** Whether the second Gaussian of the last polar pair is waiting in {@link #gauss}. */
    private boolean hasGauss;

    /** The cached second Gaussian, meaningful only while {@link #hasGauss} is true. */
    private double gauss;

    /**
     * Creates a generator seeded like {@code np.random.seed(seed)}.
     *
     * @param seed a seed in 0..2^32-1
     * @throws IllegalArgumentException if the seed is outside that range
     */
    public NumpyRandom(long seed) {
        seed(seed);
    }

    /**
     * Reseeds this generator, like {@code np.random.seed(seed)}: the stream starts over.
     *
     * @param seed a seed in 0..2^32-1
     * @throws IllegalArgumentException if the seed is outside that range; the stream is then left
     *     as it was
     */
    public void seed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException(
                    "seed must be between 0 and " + MAX_SEED + " (2^32 - 1), got " + seed);
        }

        // init_genrand: key[0] = s; key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >> 30)) + i,
        // all mod 2^32, which is what int arithmetic does.
        key[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }

        // The first draw regenerates the whole block.
        pos = N;

        // A new stream has no Gaussian waiting.
        hasGauss = false;
        gauss = 0.0;
    }

    /**
     * The next raw 32-bit output of the Mersenne Twister, as NumPy's {@code
     * RandomState(s).randint(0, 2**32, dtype=np.uint32)} draws it.
     *
     * @return an unsigned 32-bit value in 0..2^32-1, held in a long
     */
    public long nextRaw32() {
        if (pos == N) {
            twist();
        }
        int y = key[pos++];

        // Tempering.
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;

        return Integer.toUnsignedLong(y);
    }

    /**
     * A uniform double in [0, 1) with 53 random bits, like {@code np.random.random_sample()}
     * ({@code genrand_res53}).
     *
     * @return the next uniform double
     */
    public double randomSample() {
        // 27 bits from the first draw, 26 from the second: (a * 2^26 + b) / 2^53.
        long a = nextRaw32() >>> 5;
        long b = nextRaw32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * A matrix of uniform doubles in [0, 1), like {@code np.random.rand(rows, cols)}. Filled row by
     * row, the order NumPy fills a C-ordered array.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new rows x cols matrix
     * @throws IllegalArgumentException if either size is not positive
     */
    public double[][] rand(int rows, int cols) {
        requirePositiveShape(rows, cols);
        double[][] values = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = randomSample();
            }
        }
        return values;
    }

    /**
     * A standard normal double (mean 0, variance 1), like {@code np.random.standard_normal()}.
     *
     * <p>NumPy's legacy Marsaglia polar method makes Gaussians in pairs: it returns one and caches
     * the other for the next call, whatever is drawn in between (uniforms and integers do not touch
     * the cache; only {@link #seed} clears it).
     *
     * @return the next Gaussian; on rare draws one or two ulps from NumPy's, see the class notes
     */
    public double standardNormal() {
        // A value is waiting from the last pair: hand it out and empty the cache.
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0.0;
            return cached;
        }

        // Draw a point (x1, x2) uniformly in the square [-1, 1)^2 until it falls strictly
        // inside the unit circle, away from the origin; x1 is drawn first.
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);

        // f = sqrt(-2 ln(r2) / r2) turns the point into two independent Gaussians.
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);

        // NumPy caches the x1 product and returns the x2 product.
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * An array of standard normal doubles, like {@code np.random.randn(n)}.
     *
     * @param n how many, at least 1
     * @return a new array of n Gaussians
     * @throws IllegalArgumentException if n is not positive
     */
    public double[] randn(int n) {
        requirePositiveSize(n);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = standardNormal();
        }
        return values;
    }

    /**
     * A matrix of standard normal doubles, like {@code np.random.randn(rows, cols)}. Filled row by
     * row, the order NumPy fills a C-ordered array.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new rows x cols matrix
     * @throws IllegalArgumentException if either size is not positive
     */
    public double[][] randn(int rows, int cols) {
        requirePositiveShape(rows, cols);
        double[][] values = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = standardNormal();
            }
        }
        return values;
    }

    /**
     * One integer drawn uniformly from [low, high), like {@code np.random.randint(low, high)}
     * (default dtype int64).
     *
     * <p>NumPy's legacy masked rejection: with {@code rng = high - 1 - low}, draw words, keep the
     * bits under the smallest all-ones mask covering {@code rng}, and try again while the result
     * exceeds {@code rng}. Ranges up to 2^32 values use one 32-bit word per try, wider ranges two
     * (high word first). A range of one value draws nothing.
     *
     * @param low smallest value that can come out
     * @param high one past the largest value that can come out
     * @return the next integer in [low, high)
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public long randint(long low, long high) {
        requireNonEmptyRange(low, high);
        return nextInRange(low, high - 1 - low);
    }

    /**
     * An array of integers drawn uniformly from [low, high), like {@code np.random.randint(low,
     * high, n)}.
     *
     * @param low smallest value that can come out
     * @param high one past the largest value that can come out
     * @param n how many, at least 1
     * @return a new array of n integers
     * @throws IllegalArgumentException if {@code low >= high} or n is not positive
     */
    public long[] randint(long low, long high, int n) {
        requireNonEmptyRange(low, high);
        requirePositiveSize(n);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = nextInRange(low, high - 1 - low);
        }
        return values;
    }

    /**
     * A matrix of integers drawn uniformly from [low, high), like {@code np.random.randint(low,
     * high, (rows, cols))}. Filled row by row, the order NumPy fills a C-ordered array.
     *
     * @param low smallest value that can come out
     * @param high one past the largest value that can come out
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new rows x cols matrix
     * @throws IllegalArgumentException if {@code low >= high} or either size is not positive
     */
    public long[][] randint(long low, long high, int rows, int cols) {
        requireNonEmptyRange(low, high);
        requirePositiveShape(rows, cols);
        long[][] values = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = nextInRange(low, high - 1 - low);
            }
        }
        return values;
    }

    /**
     * low + a uniform integer in [0, rng], by NumPy's legacy masked rejection.
     *
     * @param rng the inclusive width high - 1 - low, read as an unsigned 64-bit number
     */
    private long nextInRange(long low, long rng) {
        // One possible value: NumPy returns it without drawing.
        if (rng == 0) {
            return low;
        }

        // Smallest mask 2^k - 1 that covers rng.
        long mask = -1L >>> Long.numberOfLeadingZeros(rng);

        // Up to 2^32 values: one 32-bit word per try, low bits kept.
        if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
            long v;
            do {
                v = nextRaw32() & mask;
            } while (v > rng);
            return low + v;
        }

        // Wider: one 64-bit draw per try. (NumPy skips the mask when rng is 2^64 - 1, the full
        // int64 range; a long high cannot ask for that, since high is exclusive.)
        long v;
        do {
            v = nextRaw64() & mask;
        } while (Long.compareUnsigned(v, rng) > 0);

        // Two's-complement addition wraps like NumPy's int64.
        return low + v;
    }

    /** Two 32-bit words as one 64-bit value, the first word high, as NumPy's next_uint64. */
    private long nextRaw64() {
        long hi = nextRaw32();
        long lo = nextRaw32();
        return (hi << 32) | lo;
    }

    /** Regenerates all N state words (the MT19937 twist). */
    private void twist() {
        for (int i = 0; i < N; i++) {
            // Top bit of this word, low 31 bits of the next; words past the end wrap to the
            // start, which this pass has already renewed, as the reference algorithm does.
            int y = (key[i] & UPPER_BIT) | (key[(i + 1) % N] & LOWER_BITS);
            int next = key[(i + M) % N] ^ (y >>> 1);
            if ((y & 1) != 0) {
                next ^= MATRIX_A;
            }
            key[i] = next;
        }
        pos = 0;
    }

    private static void requireNonEmptyRange(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException(
                    "low >= high: randint draws from [low, high), got low = "
                            + low
                            + ", high = "
                            + high);
        }
    }

    private static void requirePositiveSize(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("size must be positive, got n = " + n);
        }
    }

    private static void requirePositiveShape(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(
                    "shape must be positive, got rows = " + rows + ", cols = " + cols);
        }
    }
}
