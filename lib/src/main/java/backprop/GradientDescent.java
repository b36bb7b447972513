package backprop;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Plain gradient descent, the optimiser of the document: every parameter takes a step against its
 * gradient, {@code w_new = w_old - α ∂L/∂w}.
 */
public final class GradientDescent {

    private final double alpha;

    /**
     * An optimiser with learning rate {@code alpha}.
     *
     * @throws IllegalArgumentException if {@code alpha} is not a finite positive number
     */
    public GradientDescent(double alpha) {
        Checks.learningRate(alpha);
        this.alpha = alpha;
    }

    /** The learning rate α. */
    public double alpha() {
        return alpha;
    }

    /**
     * One step for a single weight: {@code w_new = w_old - α · slope}.
     *
     * @throws IllegalArgumentException if {@code wOld} or {@code slope} is NaN or infinite
     * @throws TrainingDivergedException if the step overflows
     */
    public double step(double wOld, double slope) {
        if (!Double.isFinite(wOld) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException(
                    "step: w_old and the slope must be finite numbers, got w_old = "
                            + wOld
                            + " and slope = "
                            + slope);
        }
        // w_new = w_old - α ∂L/∂w
        double wNew = wOld - alpha * slope;
        if (!Double.isFinite(wNew)) {
            throw TrainingDivergedException.parameterOverflow("w", " = " + wNew, alpha);
        }
        return wNew;
    }

    /**
     * One step for a whole parameter matrix: {@code W_new = W_old - α · dW}.
     *
     * @throws TrainingDivergedException if the step overflows to infinity or NaN
     */
    public Matrix step(Matrix wOld, Matrix dW) {
        return update("the parameter", wOld, dW);
    }

    /**
     * One step for every parameter of the network, all from gradients computed before any of them
     * changed.
     *
     * @throws TrainingDivergedException if the step overflows to infinity or NaN
     */
    public Network step(Network net, Gradients g) {
        Matrix W2 = update("W2", net.W2(), g.dW2());
        Matrix b2 = update("b2", net.b2(), g.db2());
        Matrix W1 = update("W1", net.W1(), g.dW1());
        Matrix b1 = update("b1", net.b1(), g.db1());
        return new Network(W1, b1, W2, b2);
    }

    private Matrix update(String name, Matrix old, Matrix gradient) {
        Checks.sameShape("step", name, old, "its gradient", gradient);
        // p_new = p_old - α ∂L/∂p
        Matrix updated = old.minus(gradient.times(alpha));
        String bad = updated.firstNonFinite();
        if (bad != null) {
            throw TrainingDivergedException.parameterOverflow(name, bad, alpha);
        }
        return updated;
    }

    /**
     * Trains for a number of epochs on one batch, printing a line to standard output every {@code
     * logEvery} epochs. See {@link #train(Network, Matrix, Matrix, int, int, Consumer)}.
     */
    public TrainingHistory train(Network net, Matrix X, Matrix Y, int epochs, int logEvery) {
        return train(net, X, Y, epochs, logEvery, System.out::println);
    }

    /**
     * Trains for a number of epochs on one batch. Each epoch is a forward pass (its loss is
     * recorded), a backward pass and one step, so the loss of epoch 1 is the loss of the untrained
     * network.
     *
     * <p>The epochs run on a {@link FastTrainer}, which computes exactly what {@link
     * Network#forward}, {@link Network#backward} and {@link #step(Network, Gradients)} compute, in
     * the same order and so with the same bits, but in buffers allocated once instead of new
     * matrices every epoch: two to three times faster on the document's network, over ten times on
     * a 2-100-3 network with a batch of 300 ({@code bench/run.sh} measures both). That is why this
     * method does not call those three itself. The loop below keeps the shape of the lesson:
     * forward, check, log, backward, step. The readable methods stay the definition of each step,
     * and the tests hold the two paths together bit for bit.
     *
     * @param logEvery log a line at epoch 1 and every this many epochs; 0 logs nothing
     * @param log where the lines go
     * @return the loss of every epoch and the trained network
     * @throws IllegalArgumentException if {@code epochs} is not positive or {@code logEvery} is
     *     negative, and for the input errors of {@link Network#forward}
     * @throws TrainingDivergedException if the loss stops being a finite number
     */
    public TrainingHistory train(
            Network net, Matrix X, Matrix Y, int epochs, int logEvery, Consumer<String> log) {
        if (epochs <= 0) {
            throw new IllegalArgumentException("epochs must be positive, got " + epochs);
        }
        if (logEvery < 0) {
            throw new IllegalArgumentException(
                    "logEvery must be 0 (silent) or positive, got " + logEvery);
        }
        FastTrainer trainer = new FastTrainer(net, X, Y, alpha);
        double[] losses = new double[epochs];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double loss = trainer.forward();
            if (!Double.isFinite(loss)) {
                throw TrainingDivergedException.lossNotFinite(epoch, loss, alpha);
            }
            losses[epoch - 1] = loss;
            if (logEvery > 0 && (epoch == 1 || epoch % logEvery == 0)) {
                log.accept(String.format(Locale.ROOT, "epoch %5d  loss %.8f", epoch, loss));
            }
            try {
                trainer.backward();
                trainer.step();
            } catch (TrainingDivergedException e) {
                throw e.atEpoch(epoch);
            }
        }
        return new TrainingHistory(alpha, losses, trainer.network());
    }

    @Override
    public String toString() {
        return "GradientDescent(alpha=" + NumpyFormat.repr(alpha) + ")";
    }
}
