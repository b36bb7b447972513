package backprop;

/**
 * Categorical cross-entropy averaged over the batch, the loss the document minimises.
 *
 * <p>{@code L = -(1/m) Σ_k Σ_i Y[k][i] log(a2[k][i] + ε)}, with m samples and ε = 1e-8 inside the
 * log so that a predicted probability of exactly 0 gives a large but finite loss.
 */
public final class CrossEntropy {

    /** The small number added inside the log: {@code log(0 + ε)} is finite. */
    public static final double EPSILON = 1e-8;

    private CrossEntropy() {}

    /**
     * The loss of predictions {@code a2} against labels {@code Y}, averaged over the m rows.
     *
     * @throws IllegalArgumentException if the shapes differ, {@code a2} holds something other than
     *     probabilities, or {@code Y} is not a label matrix
     */
    public static double loss(Matrix a2, Matrix Y) {
        Checks.sameShape("loss", "a2", a2, "Y", Y);
        Checks.probabilities("a2", a2);
        Checks.labels(Y);
        int m = a2.rows();
        // L = -(1/m) Σ_k Σ_i Y[k][i] log(a2[k][i] + ε)
        return -Y.multiply(a2.plus(EPSILON).map(Math::log)).sum() / m;
    }

    /**
     * The loss's derivative with respect to each prediction, {@code ∂L/∂a2 = -(1/m) Y / (a2 + ε)},
     * entry by entry.
     *
     * <p>Only the true class of each sample gets a non-zero entry. Chained with the softmax
     * Jacobian of each row it gives {@code (a2 - Y)/m}: the shortcut backward uses.
     */
    public static Matrix gradient(Matrix a2, Matrix Y) {
        Checks.sameShape("gradient", "a2", a2, "Y", Y);
        Checks.probabilities("a2", a2);
        Checks.labels(Y);
        int m = a2.rows();
        // ∂L/∂a2[k][i] = -(1/m) Y[k][i] / (a2[k][i] + ε)
        return Y.divide(a2.plus(EPSILON)).times(-1.0 / m);
    }
}
