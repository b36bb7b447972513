package backprop;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Prints arrays as NumPy's {@code str(arr)} (and so {@code print(arr)}) does, and single doubles as
 * Python's {@code repr(x)} does, character for character, so a notebook can be laid next to a
 * document that shows NumPy output and compared digit by digit.
 *
 * <p>It reproduces NumPy 2.x under its default print options: {@code precision=8}, {@code
 * floatmode='maxprec'}, {@code suppress=False}, {@code sign='-'}, {@code linewidth=75}, {@code
 * threshold=1000} and {@code edgeitems=3}. Other options, and arrays of more than two dimensions,
 * are not supported.
 *
 * <p>Digits are worked out on the exact decimal value of each double with {@link BigDecimal}:
 * exact, and slow next to NumPy's C code, which is fine at teaching scale (a few thousand elements
 * a print).
 */
public final class NumpyFormat {

    // numpy's default print options (np.get_printoptions())
    private static final int PRECISION = 8;
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    // numpy's str() puts one space between elements
    private static final String SEPARATOR = " ";
    private static final String SUMMARY = "...";

    private NumpyFormat() {}

    // ---- the public printers ------------------------------------------------------------

    /**
     * A 2-D float64 array as NumPy's {@code str()} prints it, for example {@code "[[1. 0.]\n [0.
     * 1.]]"}.
     *
     * @param a a rectangular matrix, {@code a[i]} being row {@code i}; may have no rows
     * @return the text NumPy prints, rows separated by {@code '\n'}, no trailing newline
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static String format(double[][] a) {
        int cols = columns(a);
        Shown shown = Shown.of(a.length, cols);
        FloatFormat format = new FloatFormat(shownValues(a, shown));
        return layoutMatrix(shown, (i, j) -> format.format(a[i][j]));
    }

    /**
     * A 1-D float64 array as NumPy's {@code str()} prints it, for example {@code "[ 0.5 -1. ]"}.
     *
     * @param a the vector; may be empty
     * @return the text NumPy prints, wrapped at 75 columns as NumPy wraps it
     */
    public static String format(double[] a) {
        Objects.requireNonNull(a, "array");
        Shown shown = Shown.of(1, a.length);
        FloatFormat format = new FloatFormat(shownValues(new double[][] {a}, shown));
        return layoutVector(shown, j -> format.format(a[j]));
    }

    /**
     * A 2-D int64 array as NumPy's {@code str()} prints it, for example {@code "[[2 8 6]\n [1 2
     * 3]]"}.
     *
     * @param a a rectangular matrix; may have no rows
     * @return the text NumPy prints
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static String formatIntegers(long[][] a) {
        int cols = columns(a);
        Shown shown = Shown.of(a.length, cols);
        int width = integerWidth(a, shown);
        return layoutMatrix(shown, (i, j) -> padLeft(Long.toString(a[i][j]), width));
    }

    /**
     * A 1-D int64 array as NumPy's {@code str()} prints it, for example {@code "[0 1]"}.
     *
     * @param a the vector; may be empty
     * @return the text NumPy prints
     */
    public static String formatIntegers(long[] a) {
        Objects.requireNonNull(a, "array");
        Shown shown = Shown.of(1, a.length);
        int width = integerWidth(new long[][] {a}, shown);
        return layoutVector(shown, j -> padLeft(Long.toString(a[j]), width));
    }

    /**
     * A 2-D bool array as NumPy's {@code str()} prints it, for example {@code "[[False True]]"}.
     *
     * @param a a rectangular matrix; may have no rows
     * @return the text NumPy prints
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static String formatBooleans(boolean[][] a) {
        int cols = columns(a);
        return layoutMatrix(Shown.of(a.length, cols), (i, j) -> booleanWord(a[i][j]));
    }

    /**
     * A 1-D bool array as NumPy's {@code str()} prints it, for example {@code "[ True False]"}.
     *
     * @param a the vector; may be empty
     * @return the text NumPy prints
     */
    public static String formatBooleans(boolean[] a) {
        Objects.requireNonNull(a, "array");
        return layoutVector(Shown.of(1, a.length), j -> booleanWord(a[j]));
    }

    /**
     * A double as Python's {@code repr(x)} (and {@code str(x)}) prints it: the shortest digits that
     * read back as the same double, for example {@code "0.6934039484186832"}, {@code "1e-05"},
     * {@code "1e+16"}, {@code "100.0"}, {@code "-0.0"}, {@code "inf"}, {@code "nan"}.
     *
     * <p>Java's {@link Double#toString(double)} differs in form ({@code "1.0E-5"}), and on JDK 17
     * it sometimes gives more digits than needed (fixed in JDK 19, JDK-4511638).
     *
     * @param x any double
     * @return Python's repr of {@code x}
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = isNegative(x) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortestDecimal(Math.abs(x));
        String digits = shortest.unscaledValue().toString();
        // Python's decpt: x = 0.<digits> * 10^decpt
        int decpt = digits.length() - shortest.scale();

        // Python's repr ('r' format): exponent form when decpt <= -4 or decpt > 16
        if (decpt <= -4 || decpt > 16) {
            String mantissa =
                    digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + exponent(decpt - 1, 2);
        }
        // otherwise positional, with ".0" added to a whole number
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    // ---- float64 elements: numpy's FloatingFormat ---------------------------------------

    /**
     * NumPy's FloatingFormat for floatmode 'maxprec': one layout chosen from all the values shown,
     * then applied to each, so every element of an array has the same width.
     */
    private static final class FloatFormat {
        private final boolean scientific;
        private final int padLeft; // characters left of the point, sign included
        private final int padRight; // characters right of the point, exponent included
        private final int fractionDigits; // scientific only: digits after the point, for all
        private final int exponentDigits; // scientific only: digits of every exponent

        FloatFormat(double[] values) {
            // numpy: only the finite values decide the layout
            double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();

            // numpy: scientific when the non-zero magnitudes reach 1e8, go below 1e-4,
            // or span more than a factor of 1000
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double x : finite) {
                if (x != 0) {
                    max = Math.max(max, Math.abs(x));
                    min = Math.min(min, Math.abs(x));
                }
            }
            boolean anyNonZero = max > 0;
            scientific = anyNonZero && (max >= 1e8 || min < 1e-4 || max / min > 1000.0);

            // numpy's first pass: print every finite value with up to 8 digits after the point,
            // trailing zeros trimmed, and measure the parts
            int left = 0;
            int right = 0;
            int fraction = 0;
            int expDigits = 0;
            for (double x : finite) {
                // numpy: the sign is part of the integer part, so one negative value (-0. too)
                // gives every element a sign column
                String sign = isNegative(x) ? "-" : "";
                if (scientific) {
                    BigDecimal d = uniqueScientific(Math.abs(x));
                    left = Math.max(left, sign.length() + 1);
                    fraction = Math.max(fraction, d.precision() - 1);
                    int exp = d.signum() == 0 ? 0 : d.precision() - d.scale() - 1;
                    expDigits = Math.max(expDigits, Math.max(2, digitCount(Math.abs(exp))));
                } else {
                    String[] parts = splitAtPoint(uniquePositional(Math.abs(x)).toPlainString());
                    left = Math.max(left, sign.length() + parts[0].length());
                    right = Math.max(right, parts[1].length());
                }
            }
            if (scientific) {
                // numpy: every element then gets the longest fraction found, zeros added
                // ('e', the exponent's sign and its digits count as right of the point)
                right = fraction + 2 + expDigits;
            }

            // numpy: nan and inf are right-aligned in the same width, widened if need be
            boolean anyNonFinite = finite.length != values.length;
            if (anyNonFinite) {
                boolean negativeInf = false;
                for (double x : values) {
                    negativeInf |= x == Double.NEGATIVE_INFINITY;
                }
                int offset = right + 1;
                left = Math.max(left, Math.max(3 - offset, 3 + (negativeInf ? 1 : 0) - offset));
            }
            padLeft = left;
            padRight = right;
            fractionDigits = fraction;
            exponentDigits = expDigits;
        }

        String format(double x) {
            if (Double.isNaN(x)) {
                return padLeft("nan", padLeft + padRight + 1);
            }
            if (Double.isInfinite(x)) {
                return padLeft(x > 0 ? "inf" : "-inf", padLeft + padRight + 1);
            }
            String sign = isNegative(x) ? "-" : "";
            if (scientific) {
                return formatScientific(sign, Math.abs(x));
            }
            // numpy's dragon4_positional with pad_left and pad_right: spaces both sides
            String[] parts = splitAtPoint(uniquePositional(Math.abs(x)).toPlainString());
            return padLeft(sign + parts[0], padLeft) + "." + padRight(parts[1], padRight);
        }

        private String formatScientific(String sign, double abs) {
            String digits;
            int exp;
            if (abs == 0) {
                digits = "0".repeat(fractionDigits + 1);
                exp = 0;
            } else {
                // numpy's min_digits: exactly fractionDigits after the point. For a double the
                // digits past its shortest ones are zeros at this precision, so rounding the
                // exact value gives the same digits as NumPy's Dragon4.
                BigDecimal d =
                        new BigDecimal(abs)
                                .round(new MathContext(fractionDigits + 1, RoundingMode.HALF_EVEN));
                exp = d.precision() - d.scale() - 1;
                String significant = d.unscaledValue().toString();
                digits = significant + "0".repeat(fractionDigits + 1 - significant.length());
            }
            return padLeft(sign + digits.charAt(0), padLeft)
                    + "."
                    + digits.substring(1)
                    + "e"
                    + exponent(exp, exponentDigits);
        }
    }

    /**
     * NumPy's Dragon4 in unique mode with at most 8 digits after the point (positional mode): the
     * shortest digits when they fit, otherwise the exact value rounded half to even at the eighth
     * decimal. Trailing zeros are dropped.
     */
    private static BigDecimal uniquePositional(double abs) {
        if (abs == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal shortest = shortestDecimal(abs);
        if (shortest.scale() <= PRECISION) {
            return shortest;
        }
        return new BigDecimal(abs).setScale(PRECISION, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * NumPy's Dragon4 in unique mode with at most 1 + 8 significant digits (scientific mode): the
     * shortest digits when they fit, otherwise the exact value rounded half to even. Trailing zeros
     * are dropped.
     */
    private static BigDecimal uniqueScientific(double abs) {
        if (abs == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal shortest = shortestDecimal(abs);
        if (shortest.precision() <= PRECISION + 1) {
            return shortest;
        }
        return new BigDecimal(abs)
                .round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
    }

    /**
     * The shortest decimal that reads back as {@code abs} (finite, positive); of several that
     * short, the nearest, a tie going to the even last digit. Python's repr (David Gay's dtoa, mode
     * 0) and NumPy's Dragon4 in unique mode both give this decimal.
     */
    private static BigDecimal shortestDecimal(double abs) {
        long bits = Double.doubleToRawLongBits(abs);
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        // abs = significand * 2^exponent; subnormals have no hidden bit
        long significand = biasedExponent == 0 ? fraction : fraction | (1L << 52);
        int exponent = biasedExponent == 0 ? -1074 : biasedExponent - 1075;

        // Decimals strictly within half a gap of abs read back as abs. On a power of two the
        // gap below is half the gap above (except at the smallest normal exponent).
        BigDecimal value = new BigDecimal(abs);
        BigDecimal halfGapAbove = powerOfTwo(exponent - 1);
        boolean unequalGaps = fraction == 0 && biasedExponent > 1;
        BigDecimal halfGapBelow = unequalGaps ? powerOfTwo(exponent - 2) : halfGapAbove;
        BigDecimal lowest = value.subtract(halfGapBelow);
        BigDecimal highest = value.add(halfGapAbove);
        // Reading rounds half to even, so the ends themselves read back as abs when its
        // significand is even.
        boolean endsInclusive = (significand & 1) == 0;

        for (int digits = 1; ; digits++) {
            // Of all decimals with this many significant digits, only the two around abs can be
            // inside the interval if any is.
            BigDecimal below = value.round(new MathContext(digits, RoundingMode.FLOOR));
            BigDecimal above = value.round(new MathContext(digits, RoundingMode.CEILING));
            boolean belowFits = within(below, lowest, highest, endsInclusive);
            boolean aboveFits = within(above, lowest, highest, endsInclusive);
            if (belowFits && aboveFits) {
                int nearer = value.subtract(below).compareTo(above.subtract(value));
                boolean takeBelow =
                        nearer < 0 || (nearer == 0 && !below.unscaledValue().testBit(0));
                return (takeBelow ? below : above).stripTrailingZeros();
            }
            if (belowFits) {
                return below.stripTrailingZeros();
            }
            if (aboveFits) {
                return above.stripTrailingZeros();
            }
        }
    }

    private static boolean within(
            BigDecimal d, BigDecimal lowest, BigDecimal highest, boolean inclusive) {
        int fromLowest = d.compareTo(lowest);
        int toHighest = d.compareTo(highest);
        return inclusive ? fromLowest >= 0 && toHighest <= 0 : fromLowest > 0 && toHighest < 0;
    }

    /** 2^k exactly, for any k a double can need. */
    private static BigDecimal powerOfTwo(int k) {
        if (k >= 0) {
            return new BigDecimal(BigInteger.ONE.shiftLeft(k));
        }
        // 2^-n = 5^n / 10^n
        return new BigDecimal(BigInteger.valueOf(5).pow(-k), -k);
    }

    // ---- int64 and bool elements ---------------------------------------------------------

    /** numpy's IntegerFormat: all right-aligned to the longer of str(max) and str(min). */
    private static int integerWidth(long[][] a, Shown shown) {
        int width = 0;
        for (int i : shown.rows) {
            for (int j : shown.cols) {
                width = Math.max(width, Long.toString(a[i][j]).length());
            }
        }
        return width;
    }

    /** numpy's BoolFormat: " True" takes the width of "False". */
    private static String booleanWord(boolean b) {
        return b ? " True" : "False";
    }

    // ---- layout: numpy's _formatArray ----------------------------------------------------

    /**
     * The rows and columns printed. Over 1000 elements (numpy's threshold) an axis longer than 6
     * shows its first 3 and last 3 entries, with "..." between.
     */
    private static final class Shown {
        final int[] rows;
        final int[] cols;
        final boolean rowsCut;
        final boolean colsCut;

        private Shown(int[] rows, int[] cols, int rowCount, int colCount) {
            this.rows = rows;
            this.cols = cols;
            this.rowsCut = rows.length < rowCount;
            this.colsCut = cols.length < colCount;
        }

        static Shown of(int rowCount, int colCount) {
            boolean summarise = (long) rowCount * colCount > THRESHOLD;
            return new Shown(
                    indices(rowCount, summarise), indices(colCount, summarise), rowCount, colCount);
        }

        private static int[] indices(int n, boolean summarise) {
            if (summarise && n > 2 * EDGE_ITEMS) {
                int[] edges = new int[2 * EDGE_ITEMS];
                for (int k = 0; k < EDGE_ITEMS; k++) {
                    edges[k] = k;
                    edges[EDGE_ITEMS + k] = n - EDGE_ITEMS + k;
                }
                return edges;
            }
            int[] all = new int[n];
            for (int k = 0; k < n; k++) {
                all[k] = k;
            }
            return all;
        }

        boolean isEmpty() {
            return rows.length == 0 || cols.length == 0;
        }
    }

    private interface Cell {
        String at(int row, int col);
    }

    private interface Entry {
        String at(int index);
    }

    /** numpy's format function sees only the values shown (numpy's _leading_trailing). */
    private static double[] shownValues(double[][] a, Shown shown) {
        double[] values = new double[shown.rows.length * shown.cols.length];
        int k = 0;
        for (int i : shown.rows) {
            for (int j : shown.cols) {
                values[k++] = a[i][j];
            }
        }
        return values;
    }

    private static String layoutVector(Shown shown, Entry entry) {
        if (shown.isEmpty()) {
            return "[]"; // numpy: an array with no elements prints as []
        }
        List<String> words = new ArrayList<>();
        for (int j : shown.cols) {
            words.add(entry.at(j));
        }
        // numpy: the rows of a vector hang one space in, under the first element
        return layoutRow(words, shown.colsCut, " ", LINE_WIDTH);
    }

    private static String layoutMatrix(Shown shown, Cell cell) {
        if (shown.isEmpty()) {
            return "[]"; // numpy: an array with no elements prints as []
        }
        // numpy: each row is laid out one space further in, in one column less (for the
        // outer ']'), and the rows are joined by a newline and one space
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < shown.rows.length; r++) {
            List<String> words = new ArrayList<>();
            for (int j : shown.cols) {
                words.add(cell.at(shown.rows[r], j));
            }
            rows.add(layoutRow(words, shown.colsCut, "  ", LINE_WIDTH - 1));
            if (shown.rowsCut && r == EDGE_ITEMS - 1) {
                rows.add(SUMMARY);
            }
        }
        return "[" + String.join("\n ", rows) + "]";
    }

    /**
     * numpy's _formatArray for the last axis: words joined by single spaces, and a new line,
     * indented by {@code hangingIndent}, started before a word that would take the line past {@code
     * width - 1} columns (the last column is kept for the closing ']').
     */
    private static String layoutRow(
            List<String> words, boolean cut, String hangingIndent, int width) {
        List<String> tokens = new ArrayList<>(words);
        if (cut) {
            tokens.add(EDGE_ITEMS, SUMMARY);
        }
        int lineWidth = width - 1;
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder(hangingIndent);
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k);
            // numpy's _extendLine: wrap only if the line already holds a word
            boolean wrap =
                    line.length() + word.length() > lineWidth
                            && line.length() > hangingIndent.length();
            if (wrap) {
                text.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(hangingIndent);
            }
            line.append(word);
            if (k < tokens.size() - 1) {
                line.append(SEPARATOR);
            }
        }
        text.append(line);
        // numpy: the first line's indent makes way for the '['
        return "[" + text.substring(hangingIndent.length()) + "]";
    }

    // ---- small helpers -------------------------------------------------------------------

    /** True for negative numbers and -0.0 (numpy and Python print "-0."/"-0.0"). */
    private static boolean isNegative(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    /** An exponent as NumPy and Python print it: a sign, then at least {@code digits} digits. */
    private static String exponent(int exp, int digits) {
        String magnitude = Integer.toString(Math.abs(exp));
        return (exp < 0 ? "-" : "+")
                + "0".repeat(Math.max(0, digits - magnitude.length()))
                + magnitude;
    }

    private static int digitCount(int n) {
        return Integer.toString(n).length();
    }

    /** "12.5" to {"12", "5"}; "100" to {"100", ""}. */
    private static String[] splitAtPoint(String plain) {
        int point = plain.indexOf('.');
        return point < 0
                ? new String[] {plain, ""}
                : new String[] {plain.substring(0, point), plain.substring(point + 1)};
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /**
     * The column count of a matrix given as an array of rows ({@code double[]}, {@code long[]} or
     * {@code boolean[]}); fails fast on a null or ragged matrix, naming the row.
     */
    private static int columns(Object[] a) {
        Objects.requireNonNull(a, "array");
        int cols = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new NullPointerException("row " + i + " is null");
            }
            int length = Array.getLength(a[i]);
            if (i == 0) {
                cols = length;
            } else if (length != cols) {
                throw new IllegalArgumentException(
                        "ragged array: row "
                                + i
                                + " has "
                                + length
                                + " elements, row 0 has "
                                + cols);
            }
        }
        return cols;
    }
}
