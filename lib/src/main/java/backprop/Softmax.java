package backprop;

/** The output layer's activation: turns each row of scores into probabilities that sum to 1. */
public final class Softmax {

    private Softmax() {}

    /**
     * Softmax of each row: {@code a[k][i] = exp(z[k][i]) / Σ_j exp(z[k][j])}.
     *
     * <p>Each row's maximum is subtracted first. That leaves the result unchanged (the factor
     * {@code exp(-max)} cancels) and keeps {@code exp} from overflowing: scores of 1000 and 1001
     * give 0.26894142 and 0.73105858 instead of NaN. As in NumPy, a row holding NaN or an infinite
     * score gives NaN; {@link Network#forward} lets training report it as divergence.
     */
    public static Matrix apply(Matrix z) {
        // shifted[k][i] = z[k][i] - max_j z[k][j]
        Matrix shifted = z.minus(z.maxOfRows());
        // e[k][i] = exp(shifted[k][i])
        Matrix e = shifted.map(Math::exp);
        // a[k][i] = e[k][i] / Σ_j e[k][j]
        return e.divide(e.sumRows());
    }

    /**
     * The Jacobian of softmax for one sample: {@code J[i][j] = ∂a_i/∂z_j = a_i (δ_ij - a_j)}.
     *
     * <p>On the diagonal ({@code i = j}) that is {@code a_i (1 - a_i)}; off it, {@code -a_i a_j}.
     * The matrix is symmetric.
     *
     * @param a one sample's softmax output, a 1 × n row
     * @throws IllegalArgumentException if {@code a} is not a single row of probabilities
     */
    public static Matrix jacobian(Matrix a) {
        if (a.rows() != 1) {
            throw new IllegalArgumentException(
                    "jacobian: expects one sample, a 1 × n row, got shape " + a.shape());
        }
        Checks.probabilities("a", a);
        int n = a.cols();
        double[][] J = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double delta = i == j ? 1.0 : 0.0;
                // J[i][j] = a_i (δ_ij - a_j)
                J[i][j] = a.get(0, i) * (delta - a.get(0, j));
            }
        }
        return Matrix.of(J);
    }
}
