package backprop.bench;

import backprop.FastTrainer;
import backprop.Matrix;
import backprop.Network;
import backprop.NumpyRandom;
import backprop.Spiral;

/**
 * A network, a batch and a learning rate to time one epoch on. {@code numpy_epoch.py} draws the
 * same ones from the same seeds, so both sides train exactly the same numbers.
 *
 * @param name how the reports name it
 * @param net the starting network
 * @param X the batch's inputs, one sample a row
 * @param Y the batch's one-hot labels
 * @param alpha the learning rate
 */
public record Problem(String name, Network net, Matrix X, Matrix Y, double alpha) {

    /** The worked example: the 3-4-2 network and its batch of 2, seed 435, alpha 0.1. */
    public static Problem tiny() {
        NumpyRandom rng = new NumpyRandom(435);
        Network net = Network.initialise(3, 4, 2, rng);
        Matrix X = Matrix.ofIntegers(rng.randint(0, 10, 2, 3));
        Matrix Y = Matrix.oneHot(rng.randint(0, 2, 2), 2);
        return new Problem("tiny 3-4-2, batch 2", net, X, Y, 0.1);
    }

    /** A 2-100-3 network on the spiral set of 300 points, seed 0 (data first), alpha 1. */
    public static Problem spiral() {
        NumpyRandom rng = new NumpyRandom(0);
        Spiral data = Spiral.generate(100, 3, rng);
        Network net = Network.initialise(2, 100, 3, rng);
        return new Problem("spiral 2-100-3, batch 300", net, data.X(), data.Y(), 1.0);
    }

    /** The problem a report calls {@code tiny} or {@code spiral}. */
    public static Problem named(String name) {
        return switch (name) {
            case "tiny" -> tiny();
            case "spiral" -> spiral();
            default -> throw new IllegalArgumentException("no problem named " + name);
        };
    }

    /**
     * A 2-hidden-3 network on {@code batch} random points, for the sweep: seed 1 draws X =
     * randn(batch, 2), the labels randint(0, 3, batch), then the network; alpha 0.1.
     */
    public static Problem sweep(int hidden, int batch) {
        NumpyRandom rng = new NumpyRandom(1);
        Matrix X = Matrix.of(rng.randn(batch, 2));
        Matrix Y = Matrix.oneHot(rng.randint(0, 3, batch), 3);
        Network net = Network.initialise(2, hidden, 3, rng);
        return new Problem("2-" + hidden + "-3, batch " + batch, net, X, Y, 0.1);
    }

    /** A new fast trainer at the start of this problem. */
    public FastTrainer trainer() {
        return new FastTrainer(net, X, Y, alpha);
    }
}
