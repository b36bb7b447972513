package backprop;

/** The rectified linear unit, the hidden layer's activation: {@code relu(z) = max(0, z)}. */
public final class Relu {

    private Relu() {}

    /** {@code a = max(0, z)}, entry by entry, like {@code np.maximum(0, z)}. */
    public static Matrix apply(Matrix z) {
        // a[k][i] = max(0, z[k][i])   (NaN stays NaN, as in NumPy)
        return z.map(v -> Math.max(0.0, v));
    }

    /**
     * The derivative {@code relu'(z)}: 1 where {@code z > 0}, and 0 elsewhere, including at exactly
     * 0 where the derivative does not exist and 0 is the usual choice.
     *
     * <p>Backward multiplies by this mask, so a hidden unit that was off in the forward pass passes
     * no gradient back; a negative gradient times the 0 gives {@code -0.0}, as NumPy prints it.
     */
    public static Matrix derivative(Matrix z) {
        // relu'(z) = [z > 0]
        return z.map(v -> v > 0 ? 1.0 : 0.0);
    }
}
