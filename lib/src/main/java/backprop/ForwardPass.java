package backprop;

/**
 * Everything one forward pass computed, kept for the backward pass and for printing.
 *
 * @param X the inputs, one sample a row (m × n_in)
 * @param Y the labels, one-hot or probabilities (m × n_out)
 * @param z1 the hidden layer's weighted sums, {@code X · W1 + b1}
 * @param a1 the hidden activations, {@code relu(z1)}
 * @param z2 the output scores, {@code a1 · W2 + b2}
 * @param a2 the predicted probabilities, {@code softmax(z2)}
 * @param loss the cross-entropy of {@code a2} against {@code Y}, averaged over the batch
 */
public record ForwardPass(
        Matrix X, Matrix Y, Matrix z1, Matrix a1, Matrix z2, Matrix a2, double loss) {

    /** Each quantity on its own lines, printed as NumPy prints it. */
    @Override
    public String toString() {
        return "z1:\n"
                + z1
                + "\na1:\n"
                + a1
                + "\nz2:\n"
                + z2
                + "\na2:\n"
                + a2
                + "\nloss: "
                + NumpyFormat.repr(loss);
    }
}
