package backprop;

import java.util.Arrays;
import java.util.Locale;

/**
 * Gradient descent on one network and one batch in buffers allocated once: the fast path that
 * {@link GradientDescent#train} runs on.
 *
 * <p>{@link #forward()}, {@link #backward()} and {@link #step()} compute exactly what {@link
 * Network#forward}, {@link Network#backward} and {@link GradientDescent#step(Network, Gradients)}
 * compute: the same operations on the same numbers in the same order. Every entry of a product is
 * the same chain of fused multiply-adds, in the same index order, as in {@link Matrix#dot}; every
 * sum adds in the order of {@link Matrix#sumColumns()} and {@link NumpySum}. So the losses and
 * parameters come out bit for bit the same as on the readable path; the tests hold the two together
 * on the document's network, a spiral network and other shapes. The readable classes stay the
 * definition and are what the notebooks show; this class is only faster.
 *
 * <p>Where the speed comes from:
 *
 * <ul>
 *   <li>Nothing is allocated per epoch: every intermediate lives in an array made by the
 *       constructor and is overwritten in place, so a long run makes no garbage.
 *   <li>The batch is worked through a few samples at a time. A sample's z1, a1 and z2, and in the
 *       backward pass its dz1 and its share of every gradient, are computed while its rows are in
 *       the processor's fastest cache; z1 and dz1 never leave it, and only a1 is kept for the
 *       backward pass.
 *   <li>Loops run along rows: {@code y[i] = fma(a, x[i], y[i])} for every i adds one term to many
 *       independent dot products at once, which the JIT compiler turns into vector instructions,
 *       and each entry still takes its terms in the order {@link Matrix#dot} takes them. Up to four
 *       terms go in per pass, the same chain written out ({@code fma(a1, x1[i], fma(a0, x0[i],
 *       y[i]))}), and with up to four inputs or classes the bias and ReLU, or the ReLU slope, go in
 *       that same pass: at this size, reading and writing rows costs more than the arithmetic.
 *   <li>Every row is its own {@code double[]}, indexed from 0: loops over two rows at different
 *       offsets of one flat array are not vectorised by Java 17's JIT compiler, which cannot rule
 *       out that the two overlap.
 *   <li>{@code z2 = a1 · W2} has rows only as long as the number of classes, too short for that; it
 *       is computed as eight dot products at once, eight samples against one column of W2, so that
 *       eight independent chains keep the multiply-add units busy.
 *   <li>{@code W2} and {@code dW2} are kept transposed ({@code W2T}, {@code outputs × hidden}), so
 *       that a row of them is what those loops run along.
 *   <li>When m is a power of two, as in the document's batch of 2, dividing by m is done as
 *       multiplying by 1/m, which gives exactly the same numbers.
 *   <li>The batch is checked once, by the constructor, not every epoch.
 * </ul>
 *
 * <p>The trade-off is readability: loops over arrays and index bookkeeping instead of one equation
 * a line. Read {@link Network} for the mathematics. One trainer is one mutable training run, for
 * one thread. After a {@link TrainingDivergedException} its parameters are those of the failed
 * step, and it refuses to go on.
 */
public final class FastTrainer {

    /** The order of calls in one epoch; each call checks that it comes at its turn. */
    private enum Phase {
        READY_FOR_FORWARD,
        FORWARD_DONE,
        BACKWARD_DONE,
        DIVERGED
    }

    private static final String ORDER = ": call forward(), backward(), step() in turn";

    /** Samples the forward pass takes at a time: z2 runs this many dot products at once. */
    private static final int FORWARD_BLOCK = 8;

    /** Samples the backward pass takes at a time: terms added to a gradient row in one pass. */
    private static final int BACKWARD_BLOCK = 4;

    // sizes: m samples, nIn inputs, nHidden hidden units, nOut classes
    private final int m;
    private final int nIn;
    private final int nHidden;
    private final int nOut;

    private final double alpha;

    /** 1/m when m is a power of two (then exact), else 0: see descend. */
    private final double reciprocalOfM;

    // the batch: X is m × nIn, Y is m × nOut
    private final double[][] X;
    private final double[][] Y;

    // the parameters, updated in place: W1 is nIn × nHidden, W2T is nOut × nHidden (W2 transposed)
    private final double[][] W1;
    private final double[] b1;
    private final double[][] W2T;
    private final double[] b2;

    // the forward pass: a1 is m × nHidden, z2 and a2 are m × nOut; z1 is one sample's
    private final double[] z1;
    private final double[][] a1;
    private final double[][] z2;
    private final double[][] a2;
    private final double[] lossTerms;
    private double loss;

    // the backward pass: dz2 is m × nOut; dz1 holds the rows of the samples in hand; the
    // parameter gradients have their parameter's shape (dW2T is transposed, as W2T is) and hold
    // sums over the samples: step divides them by m
    private final double[][] dz2;
    private final double[][] dz1;
    private final double[][] dW2T;
    private final double[] db2;
    private final double[][] dW1;
    private final double[] db1;

    private Phase phase = Phase.READY_FOR_FORWARD;
    private long steps;

    /**
     * A trainer that starts from {@code net} and trains it on the batch {@code X}, {@code Y} with
     * learning rate {@code alpha}. The network is copied; it is not changed.
     *
     * @throws IllegalArgumentException for the input errors of {@link Network#forward}, with the
     *     same messages, and for a learning rate that {@link GradientDescent} refuses
     */
    public FastTrainer(Network net, Matrix X, Matrix Y, double alpha) {
        Checks.learningRate(alpha);
        net.checkBatch(X, Y);
        this.alpha = alpha;
        m = X.rows();
        nIn = net.inputs();
        nHidden = net.hidden();
        nOut = net.outputs();
        reciprocalOfM = Integer.bitCount(m) == 1 ? 1.0 / m : 0.0;
        if ((long) m * nOut > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "a batch of " + m + " samples of " + nOut + " classes is too large");
        }

        this.X = X.toArray();
        this.Y = Y.toArray();
        W1 = net.W1().toArray();
        b1 = net.b1().toArray()[0];
        W2T = net.W2().transpose().toArray();
        b2 = net.b2().toArray()[0];

        z1 = new double[nHidden];
        a1 = new double[m][nHidden];
        z2 = new double[m][nOut];
        a2 = new double[m][nOut];
        lossTerms = new double[m * nOut];

        dz2 = new double[m][nOut];
        dz1 = new double[BACKWARD_BLOCK][nHidden];
        dW2T = new double[nOut][nHidden];
        db2 = new double[nOut];
        dW1 = new double[nIn][nHidden];
        db1 = new double[nHidden];
    }

    // ---------------------------------------------------------------- forward

    /**
     * The forward pass with the current parameters, as {@link Network#forward}: returns the loss.
     *
     * @return the cross-entropy of the predictions, the same double as {@code network().forward(X,
     *     Y).loss()}
     * @throws IllegalStateException after training diverged
     */
    public double forward() {
        requireNot(Phase.DIVERGED, "forward()");

        for (int k0 = 0; k0 < m; k0 += FORWARD_BLOCK) {
            int k1 = Math.min(k0 + FORWARD_BLOCK, m);
            for (int k = k0; k < k1; k++) {
                // a1[k] = relu(z1), z1 = X[k] · W1 + b1
                hiddenLayer(X[k], a1[k]);
            }

            // z2[k] = a1[k] · W2 + b2, for the samples in hand
            z2(k0, k1);
        }

        for (int k = 0; k < m; k++) {
            // a2[k] = softmax(z2[k]) = e / Σ e, with e = exp(z2[k] - max z2[k])
            double max = z2[k][0];
            for (int j = 1; j < nOut; j++) {
                max = Math.max(max, z2[k][j]);
            }
            for (int j = 0; j < nOut; j++) {
                a2[k][j] = Math.exp(z2[k][j] - max);
            }
            double sum = NumpySum.sum(a2[k], 0, nOut);
            for (int i = 0; i < nOut; i++) {
                a2[k][i] = a2[k][i] / sum;

                // the loss's term Y[k][i] log(a2[k][i] + ε), in the order of the matrix's entries
                double x = a2[k][i] + CrossEntropy.EPSILON;
                double y = Y[k][i];
                // when y is ±0, y log x = y (x - 1), the same signed zero without the log: for
                // x > 0, log x and x - 1 have the same sign (both +0 at x = 1); NaN stays NaN
                lossTerms[k * nOut + i] = y * (y == 0 ? x - 1.0 : Math.log(x));
            }
        }

        // L = -(1/m) Σ_k Σ_i Y[k][i] log(a2[k][i] + ε), added in NumPy's order
        loss = -NumpySum.sum(lossTerms, 0, m * nOut) / m;

        phase = Phase.FORWARD_DONE;
        return loss;
    }

    /**
     * One sample's hidden layer, {@code a1 = relu(z1)} with {@code z1 = x · W1 + b1}: the rows of
     * W1 added in t order, then b1. Up to four inputs take a single pass over the row.
     */
    private void hiddenLayer(double[] x, double[] a1) {
        double[][] w = W1;
        switch (nIn) {
            case 1 -> {
                double x0 = x[0];
                double[] w0 = w[0];
                for (int j = 0; j < nHidden; j++) {
                    double s = Math.fma(x0, w0[j], 0.0);
                    a1[j] = Math.max(0.0, s + b1[j]);
                }
            }
            case 2 -> {
                double x0 = x[0];
                double[] w0 = w[0];
                double x1 = x[1];
                double[] w1 = w[1];
                for (int j = 0; j < nHidden; j++) {
                    double s = Math.fma(x0, w0[j], 0.0);
                    s = Math.fma(x1, w1[j], s);
                    a1[j] = Math.max(0.0, s + b1[j]);
                }
            }
            case 3 -> {
                double x0 = x[0];
                double[] w0 = w[0];
                double x1 = x[1];
                double[] w1 = w[1];
                double x2 = x[2];
                double[] w2 = w[2];
                for (int j = 0; j < nHidden; j++) {
                    double s = Math.fma(x0, w0[j], 0.0);
                    s = Math.fma(x1, w1[j], s);
                    s = Math.fma(x2, w2[j], s);
                    a1[j] = Math.max(0.0, s + b1[j]);
                }
            }
            case 4 -> {
                double x0 = x[0];
                double[] w0 = w[0];
                double x1 = x[1];
                double[] w1 = w[1];
                double x2 = x[2];
                double[] w2 = w[2];
                double x3 = x[3];
                double[] w3 = w[3];
                for (int j = 0; j < nHidden; j++) {
                    double s = Math.fma(x0, w0[j], 0.0);
                    s = Math.fma(x1, w1[j], s);
                    s = Math.fma(x2, w2[j], s);
                    s = Math.fma(x3, w3[j], s);
                    a1[j] = Math.max(0.0, s + b1[j]);
                }
            }
            default -> {
                Arrays.fill(z1, 0.0);
                fmaRows(x, w, z1);
                for (int j = 0; j < nHidden; j++) {
                    a1[j] = Math.max(0.0, z1[j] + b1[j]);
                }
            }
        }
    }

    /**
     * {@code z2[k][j] = Σ_t a1[k][t] W2[t][j] + b2[j]} for the samples k0..k1-1, each a chain of
     * fused multiply-adds in t order. A full block of eight runs eight chains side by side.
     */
    private void z2(int k0, int k1) {
        for (int j = 0; j < nOut; j++) {
            double[] w = W2T[j];
            if (k1 - k0 == FORWARD_BLOCK) {
                double[] r0 = a1[k0];
                double[] r1 = a1[k0 + 1];
                double[] r2 = a1[k0 + 2];
                double[] r3 = a1[k0 + 3];
                double[] r4 = a1[k0 + 4];
                double[] r5 = a1[k0 + 5];
                double[] r6 = a1[k0 + 6];
                double[] r7 = a1[k0 + 7];
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                double s4 = 0.0;
                double s5 = 0.0;
                double s6 = 0.0;
                double s7 = 0.0;
                for (int t = 0; t < nHidden; t++) {
                    double wt = w[t];
                    s0 = Math.fma(r0[t], wt, s0);
                    s1 = Math.fma(r1[t], wt, s1);
                    s2 = Math.fma(r2[t], wt, s2);
                    s3 = Math.fma(r3[t], wt, s3);
                    s4 = Math.fma(r4[t], wt, s4);
                    s5 = Math.fma(r5[t], wt, s5);
                    s6 = Math.fma(r6[t], wt, s6);
                    s7 = Math.fma(r7[t], wt, s7);
                }
                z2[k0][j] = s0 + b2[j];
                z2[k0 + 1][j] = s1 + b2[j];
                z2[k0 + 2][j] = s2 + b2[j];
                z2[k0 + 3][j] = s3 + b2[j];
                z2[k0 + 4][j] = s4 + b2[j];
                z2[k0 + 5][j] = s5 + b2[j];
                z2[k0 + 6][j] = s6 + b2[j];
                z2[k0 + 7][j] = s7 + b2[j];
            } else {
                for (int k = k0; k < k1; k++) {
                    double s = 0.0;
                    for (int t = 0; t < nHidden; t++) {
                        s = Math.fma(a1[k][t], w[t], s);
                    }
                    z2[k][j] = s + b2[j];
                }
            }
        }
    }

    // ---------------------------------------------------------------- backward

    /**
     * The backward pass from the last {@link #forward()}, as {@link Network#backward}: the
     * gradients of every parameter, kept for {@link #step()}.
     *
     * @throws IllegalStateException if there was no forward pass since the last step, or after
     *     training diverged
     */
    public void backward() {
        requireNot(Phase.DIVERGED, "backward()");
        if (phase == Phase.READY_FOR_FORWARD) {
            throw new IllegalStateException("backward() needs a forward() first" + ORDER);
        }

        // dz2 = a2 - Y
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < nOut; j++) {
                dz2[k][j] = a2[k][j] - Y[k][j];
            }
        }

        // db2 = Σ_k dz2[k], rows added top to bottom (the 1/m waits for step)
        System.arraycopy(dz2[0], 0, db2, 0, nOut);
        for (int k = 1; k < m; k++) {
            add(db2, dz2[k]);
        }

        // dW2ᵀ, dW1 and db1 gather their terms sample by sample, t = 0 .. m-1 (the 1/m waits
        // for step)
        for (double[] row : dW2T) {
            Arrays.fill(row, 0.0);
        }
        for (double[] row : dW1) {
            Arrays.fill(row, 0.0);
        }
        for (int t0 = 0; t0 < m; t0 += BACKWARD_BLOCK) {
            int t1 = Math.min(t0 + BACKWARD_BLOCK, m);
            for (int t = t0; t < t1; t++) {
                // dz1[t] = (dz2[t] · W2ᵀ) ⊙ relu'(z1[t])
                hiddenGradient(dz2[t], a1[t], dz1[t - t0]);
            }
            gradientTerms(t0, t1);
        }

        phase = Phase.BACKWARD_DONE;
    }

    /**
     * One sample's {@code dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1)}, the rows of W2ᵀ added in j order, with
     * {@code relu'(z1) = [z1 > 0]} as 1.0 or 0.0 as in {@link Relu#derivative}, so that a unit that
     * was off gives ±0 as in NumPy.
     *
     * <p>{@code z1 > 0} exactly when {@code a1 = max(0, z1) > 0}, so a1 is enough. While the loss
     * is finite no a1 is NaN, and then {@code min(1, a1 · 2^1074)} is that same 1.0 or 0.0 (the
     * smallest positive double times 2^1074 is 1) without a branch, which the JIT compiler can
     * vectorise. After a non-finite loss the comparison itself is used. Up to four classes take a
     * single pass over the row.
     */
    private void hiddenGradient(double[] dz2, double[] a1, double[] dz1) {
        double[][] w = W2T;
        if (!Double.isFinite(loss)) {
            Arrays.fill(dz1, 0.0);
            fmaRows(dz2, w, dz1);
            for (int i = 0; i < nHidden; i++) {
                dz1[i] = dz1[i] * (a1[i] > 0 ? 1.0 : 0.0);
            }
            return;
        }
        switch (nOut) {
            case 1 -> {
                double c0 = dz2[0];
                double[] w0 = w[0];
                for (int i = 0; i < nHidden; i++) {
                    double s = Math.fma(c0, w0[i], 0.0);
                    dz1[i] = s * reluSlope(a1[i]);
                }
            }
            case 2 -> {
                double c0 = dz2[0];
                double[] w0 = w[0];
                double c1 = dz2[1];
                double[] w1 = w[1];
                for (int i = 0; i < nHidden; i++) {
                    double s = Math.fma(c0, w0[i], 0.0);
                    s = Math.fma(c1, w1[i], s);
                    dz1[i] = s * reluSlope(a1[i]);
                }
            }
            case 3 -> {
                double c0 = dz2[0];
                double[] w0 = w[0];
                double c1 = dz2[1];
                double[] w1 = w[1];
                double c2 = dz2[2];
                double[] w2 = w[2];
                for (int i = 0; i < nHidden; i++) {
                    double s = Math.fma(c0, w0[i], 0.0);
                    s = Math.fma(c1, w1[i], s);
                    s = Math.fma(c2, w2[i], s);
                    dz1[i] = s * reluSlope(a1[i]);
                }
            }
            case 4 -> {
                double c0 = dz2[0];
                double[] w0 = w[0];
                double c1 = dz2[1];
                double[] w1 = w[1];
                double c2 = dz2[2];
                double[] w2 = w[2];
                double c3 = dz2[3];
                double[] w3 = w[3];
                for (int i = 0; i < nHidden; i++) {
                    double s = Math.fma(c0, w0[i], 0.0);
                    s = Math.fma(c1, w1[i], s);
                    s = Math.fma(c2, w2[i], s);
                    s = Math.fma(c3, w3[i], s);
                    dz1[i] = s * reluSlope(a1[i]);
                }
            }
            default -> {
                Arrays.fill(dz1, 0.0);
                fmaRows(dz2, w, dz1);
                for (int i = 0; i < nHidden; i++) {
                    dz1[i] = dz1[i] * reluSlope(a1[i]);
                }
            }
        }
    }

    /** relu'(z1) as 1.0 or 0.0 from a1 = relu(z1), when a1 is not NaN: see hiddenGradient. */
    private static double reluSlope(double a1) {
        return Math.min(1.0, a1 * 0x1p1000 * 0x1p74);
    }

    /**
     * Adds the terms of samples t0..t1-1 to the gradients, in sample order:
     *
     * <pre>
     *   dW2ᵀ[j] += dz2[t][j] a1[t]     (dW2 = a1ᵀ · dz2, before the 1/m)
     *   dW1[i]  += X[t][i] dz1[t]      (dW1 = Xᵀ · dz1)
     *   db1     += dz1[t]              (db1 = Σ_t dz1[t]; sample 0 is copied, as sumColumns does)
     * </pre>
     */
    private void gradientTerms(int t0, int t1) {
        int n = t1 - t0;
        for (int j = 0; j < nOut; j++) {
            double[] d = dW2T[j];
            switch (n) {
                case 4 ->
                        fma4(
                                dz2[t0][j],
                                a1[t0],
                                dz2[t0 + 1][j],
                                a1[t0 + 1],
                                dz2[t0 + 2][j],
                                a1[t0 + 2],
                                dz2[t0 + 3][j],
                                a1[t0 + 3],
                                d);
                case 3 ->
                        fma3(
                                dz2[t0][j],
                                a1[t0],
                                dz2[t0 + 1][j],
                                a1[t0 + 1],
                                dz2[t0 + 2][j],
                                a1[t0 + 2],
                                d);
                case 2 -> fma2(dz2[t0][j], a1[t0], dz2[t0 + 1][j], a1[t0 + 1], d);
                default -> fma1(dz2[t0][j], a1[t0], d);
            }
        }
        for (int i = 0; i < nIn; i++) {
            double[] d = dW1[i];
            switch (n) {
                case 4 ->
                        fma4(
                                X[t0][i],
                                dz1[0],
                                X[t0 + 1][i],
                                dz1[1],
                                X[t0 + 2][i],
                                dz1[2],
                                X[t0 + 3][i],
                                dz1[3],
                                d);
                case 3 -> fma3(X[t0][i], dz1[0], X[t0 + 1][i], dz1[1], X[t0 + 2][i], dz1[2], d);
                case 2 -> fma2(X[t0][i], dz1[0], X[t0 + 1][i], dz1[1], d);
                default -> fma1(X[t0][i], dz1[0], d);
            }
        }
        if (n == BACKWARD_BLOCK && t0 > 0) {
            add4(db1, dz1[0], dz1[1], dz1[2], dz1[3]);
        } else {
            for (int t = t0; t < t1; t++) {
                if (t == 0) {
                    System.arraycopy(dz1[0], 0, db1, 0, nHidden);
                } else {
                    add(db1, dz1[t - t0]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- step

    /**
     * One gradient-descent step with the gradients of the last {@link #backward()}, as {@link
     * GradientDescent#step(Network, Gradients)}: {@code p = p - α dp} for W2, b2, W1 and b1, in
     * that order.
     *
     * @throws TrainingDivergedException if a parameter overflows, naming it and its first bad entry
     *     as the readable step does
     * @throws IllegalStateException if there was no backward pass since the last step, or after
     *     training diverged
     */
    public void step() {
        requireNot(Phase.DIVERGED, "step()");
        if (phase != Phase.BACKWARD_DONE) {
            throw new IllegalStateException("step() needs a backward() first" + ORDER);
        }
        update("W2", W2T, dW2T);
        update("b2", b2, db2);
        update("W1", W1, dW1);
        update("b1", b1, db1);
        steps++;
        phase = Phase.READY_FOR_FORWARD;
    }

    private void update(String name, double[][] p, double[][] dp) {
        boolean finite = true;
        for (int r = 0; r < p.length; r++) {
            finite &= descend(p[r], dp[r]);
        }
        if (!finite) {
            diverged(name);
        }
    }

    private void update(String name, double[] p, double[] dp) {
        if (!descend(p, dp)) {
            diverged(name);
        }
    }

    /**
     * {@code p = p - α (sum / m)} in place, where {@code sum / m} is the gradient as {@link
     * Network#backward} divides it; true when every new entry is finite. When m is a power of two,
     * as in the document's batch of 2, {@code sum · (1/m)} is exactly the same number (1/m is then
     * exact, and both round the same real quotient) and quicker than a division.
     */
    private boolean descend(double[] p, double[] sum) {
        boolean finite = true;
        if (reciprocalOfM != 0) {
            for (int i = 0; i < p.length; i++) {
                // p_new = p_old - α ∂L/∂p
                p[i] = p[i] - (sum[i] * reciprocalOfM) * alpha;
                finite &= Double.isFinite(p[i]);
            }
        } else {
            for (int i = 0; i < p.length; i++) {
                // p_new = p_old - α ∂L/∂p
                p[i] = p[i] - (sum[i] / m) * alpha;
                finite &= Double.isFinite(p[i]);
            }
        }
        return finite;
    }

    private void diverged(String name) {
        phase = Phase.DIVERGED;
        // name the first bad entry in the parameter's own layout, as the readable step does
        String where = parameter(name).firstNonFinite();
        throw TrainingDivergedException.parameterOverflow(name, where, alpha);
    }

    // ---------------------------------------------------------------- results

    /**
     * The network with the current parameters: a new, immutable copy.
     *
     * @throws IllegalStateException after training diverged (a parameter is not finite)
     */
    public Network network() {
        requireNot(Phase.DIVERGED, "network()");
        return new Network(parameter("W1"), parameter("b1"), parameter("W2"), parameter("b2"));
    }

    /** A parameter as the readable network holds it; W2 is transposed back to hidden × nOut. */
    private Matrix parameter(String name) {
        return switch (name) {
            case "W1" -> Matrix.of(W1);
            case "b1" -> Matrix.rowVector(b1);
            case "W2" -> Matrix.of(W2T).transpose();
            case "b2" -> Matrix.rowVector(b2);
            default -> throw new IllegalArgumentException("no parameter named '" + name + "'");
        };
    }

    /** The gradient of a parameter from the last backward pass, for the tests. */
    Matrix gradient(String name) {
        Matrix sum =
                switch (name) {
                    case "W1" -> Matrix.of(dW1);
                    case "b1" -> Matrix.rowVector(db1);
                    case "W2" -> Matrix.of(dW2T).transpose();
                    case "b2" -> Matrix.rowVector(db2);
                    default ->
                            throw new IllegalArgumentException("no parameter named '" + name + "'");
                };
        // step divides by m as it goes; Network.backward has divided already
        return sum.divide(m);
    }

    /** a1, z2, a2 or dz2 from the last passes, for the tests; z1 and dz1 are not kept. */
    Matrix intermediate(String name) {
        return switch (name) {
            case "a1" -> Matrix.of(a1);
            case "z2" -> Matrix.of(z2);
            case "a2" -> Matrix.of(a2);
            case "dz2" -> Matrix.of(dz2);
            default -> throw new IllegalArgumentException("not kept: " + name);
        };
    }

    /** Number of steps taken so far. */
    public long steps() {
        return steps;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "FastTrainer: network %d-%d-%d on a batch of %d, alpha = %s, %d steps taken",
                nIn,
                nHidden,
                nOut,
                m,
                NumpyFormat.repr(alpha),
                steps);
    }

    // ---------------------------------------------------------------- kernels

    /**
     * {@code y += Σ_t a[t] x[t]}, term by term in t order, so each y[i] continues the chain {@link
     * Matrix#dot} computes: four terms a pass, then the last one to three in one more pass.
     */
    private static void fmaRows(double[] a, double[][] x, double[] y) {
        int t = 0;
        for (; t + 4 <= a.length; t += 4) {
            fma4(a[t], x[t], a[t + 1], x[t + 1], a[t + 2], x[t + 2], a[t + 3], x[t + 3], y);
        }
        switch (a.length - t) {
            case 3 -> fma3(a[t], x[t], a[t + 1], x[t + 1], a[t + 2], x[t + 2], y);
            case 2 -> fma2(a[t], x[t], a[t + 1], x[t + 1], y);
            case 1 -> fma1(a[t], x[t], y);
            default -> {}
        }
    }

    /** {@code y[i] = fma(a0, x0[i], y[i])} for every i: one term of y.length dot products. */
    private static void fma1(double a0, double[] x0, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.fma(a0, x0[i], y[i]);
        }
    }

    /** Two terms, in order: {@code y[i] = fma(a1, x1[i], fma(a0, x0[i], y[i]))}. */
    private static void fma2(double a0, double[] x0, double a1, double[] x1, double[] y) {
        for (int i = 0; i < y.length; i++) {
            double s = Math.fma(a0, x0[i], y[i]);
            y[i] = Math.fma(a1, x1[i], s);
        }
    }

    /** Three terms, in order. */
    private static void fma3(
            double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double[] y) {
        for (int i = 0; i < y.length; i++) {
            double s = Math.fma(a0, x0[i], y[i]);
            s = Math.fma(a1, x1[i], s);
            y[i] = Math.fma(a2, x2[i], s);
        }
    }

    /** Four terms, in order: {@code y[i] = fma(a3, x3[i], fma(a2, x2[i], fma(a1, x1[i], ...)))}. */
    private static void fma4(
            double a0,
            double[] x0,
            double a1,
            double[] x1,
            double a2,
            double[] x2,
            double a3,
            double[] x3,
            double[] y) {
        for (int i = 0; i < y.length; i++) {
            double s = Math.fma(a0, x0[i], y[i]);
            s = Math.fma(a1, x1[i], s);
            s = Math.fma(a2, x2[i], s);
            y[i] = Math.fma(a3, x3[i], s);
        }
    }

    /** {@code y[i] = y[i] + x[i]}. */
    private static void add(double[] y, double[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] + x[i];
        }
    }

    /** {@code y[i] = (((y[i] + x0[i]) + x1[i]) + x2[i]) + x3[i]}: four rows added in order. */
    private static void add4(double[] y, double[] x0, double[] x1, double[] x2, double[] x3) {
        for (int i = 0; i < y.length; i++) {
            y[i] = (((y[i] + x0[i]) + x1[i]) + x2[i]) + x3[i];
        }
    }

    private void requireNot(Phase bad, String call) {
        if (phase == bad) {
            throw new IllegalStateException(
                    call + ": training diverged; start again with a new FastTrainer");
        }
    }
}
