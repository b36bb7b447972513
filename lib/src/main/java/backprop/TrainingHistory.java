package backprop;

import java.util.Locale;

/** What a training run leaves: the loss of every epoch and the trained network. */
public final class TrainingHistory {

    private final double alpha;
    private final double[] losses;
    private final Network network;

    TrainingHistory(double alpha, double[] losses, Network network) {
        this.alpha = alpha;
        this.losses = losses.clone();
        this.network = network;
    }

    /** The learning rate of the run. */
    public double alpha() {
        return alpha;
    }

    /** Number of epochs run. */
    public int epochs() {
        return losses.length;
    }

    /** The loss of each epoch, before that epoch's step; index 0 is epoch 1. */
    public double[] losses() {
        return losses.clone();
    }

    /**
     * The loss at the start of an epoch, counted from 1 as the log counts: {@code loss(1)} is the
     * untrained network's loss.
     */
    public double loss(int epoch) {
        if (epoch < 1 || epoch > losses.length) {
            throw new IndexOutOfBoundsException(
                    "epoch " + epoch + " is outside 1.." + losses.length);
        }
        return losses[epoch - 1];
    }

    /** The loss of the last epoch. */
    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /** The network after the last step. */
    public Network network() {
        return network;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%d epochs at alpha = %s: loss %.8f -> %.8f",
                losses.length,
                NumpyFormat.repr(alpha),
                losses[0],
                finalLoss());
    }
}
