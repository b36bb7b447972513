package backprop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints doubles as Python's {@code repr} prints them, character for character, so a notebook can
 * be laid next to a document that shows Python output and compared digit by digit.
 *
 * <p>Digits are worked out on the exact decimal value of each double with {@link BigDecimal}:
 * exact, and slow next to NumPy's C code, which is fine at teaching scale.
 */
public final class NumpyFormat {

    private NumpyFormat() {}

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
}
