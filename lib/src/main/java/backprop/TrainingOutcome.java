package backprop;

/**
 * What a training run does to the loss, one of four outcomes to predict in {@link
 * Exercises#trainingOutcome}. Each prints as the choice reads: {@code "gets stuck at ln 2"}.
 *
 * <p>The outcome is read off the loss of each epoch, over the last tenth of the run, in this order:
 * stuck at ln K (K classes) when every loss there is within 1e-6 of it, relative; oscillating when
 * the loss rises from one epoch to the next at least one time in three there; converging otherwise.
 * Diverging is the run stopping with a {@link TrainingDivergedException}.
 */
public enum TrainingOutcome {
    /** The loss comes down and settles, or keeps coming down. */
    CONVERGES("converges"),
    /** The loss keeps jumping up and down to the end. */
    OSCILLATES("oscillates"),
    /** The loss, or a weight, stops being a finite number. */
    DIVERGES_TO_NAN("diverges to NaN"),
    /**
     * The loss settles at ln K, the loss of predicting 1/K for each of the K classes: ln 2 for the
     * document's network, where it means that every hidden ReLU has died.
     */
    STUCK_AT_LN2("gets stuck at ln 2");

    /** How close, relative, every loss of the last tenth must be to ln K to count as stuck. */
    static final double STUCK_TOLERANCE = 1e-6;

    /** A rise smaller than this, relative, is rounding, not a rise. */
    private static final double RISE = 1e-9;

    private final String choice;

    TrainingOutcome(String choice) {
        this.choice = choice;
    }

    /**
     * The outcome of a run that finished, from the loss of each epoch.
     *
     * @param losses the loss of every epoch, finite
     * @param classes the number of classes K
     */
    static TrainingOutcome of(double[] losses, int classes) {
        int from = losses.length - lastTenth(losses.length);
        double lnK = Math.log(classes);
        boolean stuck = true;
        int rises = 0;
        for (int e = from; e < losses.length; e++) {
            stuck &= Math.abs(losses[e] - lnK) <= STUCK_TOLERANCE * lnK;
            if (e > from && losses[e] > losses[e - 1] * (1 + RISE)) {
                rises++;
            }
        }
        if (stuck) {
            return STUCK_AT_LN2;
        }
        // changes between consecutive epochs: one fewer than the epochs
        int changes = losses.length - from - 1;
        return changes > 0 && 3 * rises >= changes ? OSCILLATES : CONVERGES;
    }

    /** The number of epochs at the end that decide: a tenth of them, at least 2 (if there are). */
    static int lastTenth(int epochs) {
        return Math.min(epochs, Math.max(2, epochs / 10));
    }

    /** The choice as it reads, like {@code "diverges to NaN"}. */
    @Override
    public String toString() {
        return choice;
    }
}
