package backprop;

/**
 * Thrown when gradient descent blows up: the loss stopped being a finite number, or a step made a
 * parameter overflow. Almost always the learning rate is too large.
 */
public final class TrainingDivergedException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int epoch;

    private TrainingDivergedException(String message, int epoch) {
        super(message);
        this.epoch = epoch;
    }

    /** The loss of an epoch was NaN or infinite. */
    static TrainingDivergedException lossNotFinite(int epoch, double loss, double alpha) {
        return new TrainingDivergedException(
                "training diverged: the loss is "
                        + loss
                        + " at epoch "
                        + epoch
                        + " with learning rate alpha = "
                        + alpha
                        + "; try a smaller alpha",
                epoch);
    }

    /** A step pushed a parameter entry to NaN or infinity; {@code where} is like [0][1] = NaN. */
    static TrainingDivergedException parameterOverflow(String name, String where, double alpha) {
        return new TrainingDivergedException(
                "gradient descent diverged: the step with learning rate alpha = "
                        + alpha
                        + " made "
                        + name
                        + where
                        + "; try a smaller alpha",
                0);
    }

    /** The same failure, now knowing the epoch of the step. */
    TrainingDivergedException atEpoch(int epoch) {
        return new TrainingDivergedException(
                getMessage().replaceFirst("; try", " at epoch " + epoch + "; try"), epoch);
    }

    /** The epoch (counted from 1) where training failed, or 0 for a single step. */
    public int epoch() {
        return epoch;
    }
}
