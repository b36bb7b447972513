package backprop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document's network: inputs, one hidden layer with ReLU, a softmax output layer, and
 * cross-entropy loss.
 *
 * <pre>
 *   z1 = X · W1 + b1      a1 = relu(z1)
 *   z2 = a1 · W2 + b2     a2 = softmax(z2)
 *   L  = -(1/m) Σ Y ⊙ log(a2 + ε)
 * </pre>
 *
 * <p>The document's network is 3-4-2 (3 inputs, 4 hidden units, 2 classes), but any sizes work. A
 * network is immutable: a gradient-descent step ({@link GradientDescent#step(Network, Gradients)})
 * returns a new one, so every gradient of a step is computed from the same parameters.
 */
public final class Network {

    private final Matrix W1;
    private final Matrix b1;
    private final Matrix W2;
    private final Matrix b2;

    /**
     * A network with these parameters.
     *
     * @param W1 hidden weights, inputs × hidden
     * @param b1 hidden biases, 1 × hidden
     * @param W2 output weights, hidden × outputs
     * @param b2 output biases, 1 × outputs
     * @throws IllegalArgumentException if the shapes do not fit together or a parameter holds NaN
     *     or infinity
     */
    public Network(Matrix W1, Matrix b1, Matrix W2, Matrix b2) {
        requireShape("b1", b1, 1, W1.cols(), "1 × the columns of W1");
        requireShape("W2", W2, W1.cols(), W2.cols(), "the columns of W1 × outputs");
        requireShape("b2", b2, 1, W2.cols(), "1 × the columns of W2");
        Checks.finite("W1", W1);
        Checks.finite("b1", b1);
        Checks.finite("W2", W2);
        Checks.finite("b2", b2);
        this.W1 = W1;
        this.b1 = b1;
        this.W2 = W2;
        this.b2 = b2;
    }

    /**
     * A new network drawn the way the document draws it, from NumPy's generator: {@code W1 =
     * randn(inputs, hidden) * 0.01}, {@code b1 = zeros}, then {@code W2 = randn(hidden, outputs) *
     * 0.01}, {@code b2 = zeros}. Small random weights break the symmetry between hidden units; zero
     * biases are fine.
     */
    public static Network initialise(int inputs, int hidden, int outputs, NumpyRandom rng) {
        Matrix W1 = Matrix.of(rng.randn(inputs, hidden)).times(0.01);
        Matrix b1 = Matrix.zeros(1, hidden);
        Matrix W2 = Matrix.of(rng.randn(hidden, outputs)).times(0.01);
        Matrix b2 = Matrix.zeros(1, outputs);
        return new Network(W1, b1, W2, b2);
    }

    private static void requireShape(String name, Matrix p, int rows, int cols, String rule) {
        if (p.rows() != rows || p.cols() != cols) {
            throw new IllegalArgumentException(
                    name
                            + " must be "
                            + rule
                            + " = ("
                            + rows
                            + ", "
                            + cols
                            + "), got "
                            + p.shape());
        }
    }

    /** Hidden weights, inputs × hidden. */
    public Matrix W1() {
        return W1;
    }

    /** Hidden biases, 1 × hidden. */
    public Matrix b1() {
        return b1;
    }

    /** Output weights, hidden × outputs. */
    public Matrix W2() {
        return W2;
    }

    /** Output biases, 1 × outputs. */
    public Matrix b2() {
        return b2;
    }

    /** The parameters by name, in the order W1, b1, W2, b2. */
    public Map<String, Matrix> parameters() {
        Map<String, Matrix> p = new LinkedHashMap<>();
        p.put("W1", W1);
        p.put("b1", b1);
        p.put("W2", W2);
        p.put("b2", b2);
        return p;
    }

    /** This network with one parameter, named as in {@link #parameters()}, replaced. */
    public Network with(String parameter, Matrix value) {
        return switch (parameter) {
            case "W1" -> new Network(value, b1, W2, b2);
            case "b1" -> new Network(W1, value, W2, b2);
            case "W2" -> new Network(W1, b1, value, b2);
            case "b2" -> new Network(W1, b1, W2, value);
            default ->
                    throw new IllegalArgumentException(
                            "no parameter named '" + parameter + "': use W1, b1, W2 or b2");
        };
    }

    /** Number of input features. */
    public int inputs() {
        return W1.rows();
    }

    /** Number of hidden units. */
    public int hidden() {
        return W1.cols();
    }

    /** Number of output classes. */
    public int outputs() {
        return W2.cols();
    }

    // ---------------------------------------------------------------- forward

    /**
     * The predicted probabilities for each row of {@code X}, with no labels and no loss.
     *
     * @throws IllegalArgumentException if {@code X} has the wrong number of columns or holds NaN or
     *     infinity
     */
    public Matrix predict(Matrix X) {
        checkInputs(X);
        Matrix a1 = Relu.apply(X.dot(W1).plus(b1));
        return Softmax.apply(a1.dot(W2).plus(b2));
    }

    /**
     * The predicted class of each row of {@code X}: the column of its largest probability, like
     * {@code np.argmax(a2, axis=1)}.
     */
    public int[] predictClasses(Matrix X) {
        return predict(X).argmaxOfRows();
    }

    /**
     * The fraction of the rows of {@code X} whose predicted class is their label, from 0 to 1.
     *
     * @throws IllegalArgumentException if there is not one label per row, or a label is not a class
     *     of this network
     */
    public double accuracy(Matrix X, long[] labels) {
        if (labels.length != X.rows()) {
            throw new IllegalArgumentException(
                    "accuracy: X has "
                            + X.rows()
                            + " rows but there are "
                            + labels.length
                            + " labels");
        }
        int[] predicted = predictClasses(X);
        int right = 0;
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] < 0 || labels[k] >= outputs()) {
                throw new IllegalArgumentException(
                        "accuracy: label "
                                + labels[k]
                                + " at index "
                                + k
                                + " is not a class in 0.."
                                + (outputs() - 1));
            }
            right += predicted[k] == labels[k] ? 1 : 0;
        }
        return (double) right / labels.length;
    }

    /**
     * The forward pass on a batch: every intermediate and the loss.
     *
     * @param X inputs, one sample a row
     * @param Y labels for those samples, one-hot or probability rows
     * @throws IllegalArgumentException if the shapes do not fit the network or each other, if
     *     {@code X} holds NaN or infinity, or if {@code Y} is not a label matrix
     */
    public ForwardPass forward(Matrix X, Matrix Y) {
        checkBatch(X, Y);

        // z1 = X · W1 + b1   (b1 is added to every row)
        Matrix z1 = X.dot(W1).plus(b1);

        // a1 = relu(z1)
        Matrix a1 = Relu.apply(z1);

        // z2 = a1 · W2 + b2
        Matrix z2 = a1.dot(W2).plus(b2);

        // a2 = softmax(z2), row by row
        Matrix a2 = Softmax.apply(z2);

        // L = -(1/m) Σ_k Σ_i Y[k][i] log(a2[k][i] + ε)
        double loss = CrossEntropy.loss(a2, Y);

        return new ForwardPass(X, Y, z1, a1, z2, a2, loss);
    }

    /**
     * Refuses a batch that does not fit this network, with the messages of {@link #forward}; {@link
     * FastTrainer} checks its batch here too.
     */
    void checkBatch(Matrix X, Matrix Y) {
        checkInputs(X);
        if (Y.rows() != X.rows()) {
            throw new IllegalArgumentException(
                    "X has "
                            + X.rows()
                            + " samples (rows) but Y has "
                            + Y.rows()
                            + ": X is "
                            + X.shape()
                            + ", Y is "
                            + Y.shape());
        }
        if (Y.cols() != outputs()) {
            throw new IllegalArgumentException(
                    "Y has "
                            + Y.cols()
                            + " columns but the network has "
                            + outputs()
                            + " classes: Y is "
                            + Y.shape()
                            + ", W2 is "
                            + W2.shape());
        }
        Checks.labels(Y);
    }

    private void checkInputs(Matrix X) {
        if (X.cols() != inputs()) {
            throw new IllegalArgumentException(
                    "X has "
                            + X.cols()
                            + " features (columns) but W1 expects "
                            + inputs()
                            + ": X is "
                            + X.shape()
                            + ", W1 is "
                            + W1.shape());
        }
        Checks.finite("X", X);
    }

    // ---------------------------------------------------------------- backward

    /**
     * The backward pass: the gradient of the loss with respect to every parameter, by the chain
     * rule, from the output back to the input. Every gradient uses this network's parameters as
     * they are; nothing is updated here.
     *
     * @param f a forward pass of this network (only its shape can be checked: a pass of another
     *     network of the same shape would give wrong gradients)
     * @throws IllegalArgumentException if the forward pass has another shape than this network
     */
    public Gradients backward(ForwardPass f) {
        if (f.z1().cols() != hidden() || f.a2().cols() != outputs() || f.X().cols() != inputs()) {
            throw new IllegalArgumentException(
                    "backward: the forward pass is from a "
                            + f.X().cols()
                            + "-"
                            + f.z1().cols()
                            + "-"
                            + f.a2().cols()
                            + " network, this one is "
                            + inputs()
                            + "-"
                            + hidden()
                            + "-"
                            + outputs());
        }
        int m = f.X().rows();

        // dz2 = a2 - Y   (softmax and cross-entropy together; the 1/m is applied just below)
        Matrix dz2 = f.a2().minus(f.Y());

        // dW2 = a1ᵀ · dz2 / m
        Matrix dW2 = f.a1().transpose().dot(dz2).divide(m);

        // db2 = Σ_k dz2[k] / m   (a sum down the columns)
        Matrix db2 = dz2.sumColumns().divide(m);

        // dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1)   (W2 before any update)
        Matrix dz1 = dz2.dot(W2.transpose()).multiply(Relu.derivative(f.z1()));

        // dW1 = Xᵀ · dz1 / m
        Matrix dW1 = f.X().transpose().dot(dz1).divide(m);

        // db1 = Σ_k dz1[k] / m
        Matrix db1 = dz1.sumColumns().divide(m);

        return new Gradients(dz2, dW2, db2, dz1, dW1, db1);
    }

    /** The network's shape and parameters, printed as NumPy prints them. */
    @Override
    public String toString() {
        return "Network "
                + inputs()
                + "-"
                + hidden()
                + "-"
                + outputs()
                + " (ReLU hidden layer, softmax output)\nW1:\n"
                + W1
                + "\nb1:\n"
                + b1
                + "\nW2:\n"
                + W2
                + "\nb2:\n"
                + b2;
    }
}
