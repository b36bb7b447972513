package backprop;

/**
 * Everything one backward pass computed: the gradient of the loss with respect to each layer's
 * weighted sums and each parameter. All of them come from the parameters of the forward pass,
 * before any of them changes.
 *
 * @param dz2 {@code ∂L/∂z2 · m = a2 - Y}, per sample (the 1/m is applied in dW2 and db2)
 * @param dW2 {@code ∂L/∂W2 = a1ᵀ · dz2 / m}
 * @param db2 {@code ∂L/∂b2}, the column sums of dz2 over m, a 1 × n row
 * @param dz1 {@code (dz2 · W2ᵀ) ⊙ relu'(z1)}, per sample
 * @param dW1 {@code ∂L/∂W1 = Xᵀ · dz1 / m}
 * @param db1 {@code ∂L/∂b1}, the column sums of dz1 over m, a 1 × n row
 */
public record Gradients(Matrix dz2, Matrix dW2, Matrix db2, Matrix dz1, Matrix dW1, Matrix db1) {

    /**
     * The gradient of the parameter with this name: {@code "W1"}, {@code "b1"}, {@code "W2"} or
     * {@code "b2"}.
     */
    public Matrix of(String parameter) {
        return switch (parameter) {
            case "W1" -> dW1;
            case "b1" -> db1;
            case "W2" -> dW2;
            case "b2" -> db2;
            default ->
                    throw new IllegalArgumentException(
                            "no parameter named '" + parameter + "': use W1, b1, W2 or b2");
        };
    }

    /** Each gradient on its own lines, printed as NumPy prints it. */
    @Override
    public String toString() {
        return "dz2:\n"
                + dz2
                + "\ndW2:\n"
                + dW2
                + "\ndb2:\n"
                + db2
                + "\ndz1:\n"
                + dz1
                + "\ndW1:\n"
                + dW1
                + "\ndb1:\n"
                + db1;
    }
}
