package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Networks of other sizes than the document's: shapes, gradient check, learning. */
class NetworkShapesTest {

    /**
     * A seeded random network and batch of the given sizes. The weights are small enough that no
     * predicted probability is tiny: the ε inside the loss's log shifts its gradient by about ε /
     * a2, which would otherwise swamp the check.
     */
    private static Object[] problem(int inputs, int hidden, int outputs, int batch, long seed) {
        Random r = new Random(seed);
        double[][] w1 = new double[inputs][hidden];
        double[][] w2 = new double[hidden][outputs];
        double[][] x = new double[batch][inputs];
        long[] labels = new long[batch];
        for (double[] row : w1) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian() * 0.2;
            }
        }
        for (double[] row : w2) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian() * 0.2;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian();
            }
        }
        for (int k = 0; k < batch; k++) {
            labels[k] = r.nextInt(outputs);
        }
        Network net =
                new Network(
                        Matrix.of(w1), Matrix.rowVector(new double[hidden]).plus(0.1),
                        Matrix.of(w2), Matrix.rowVector(new double[outputs]));
        return new Object[] {net, Matrix.of(x), Matrix.oneHot(labels, outputs)};
    }

    @ParameterizedTest(name = "{0}-{1}-{2}, batch of {3}")
    @CsvSource({"3, 4, 2, 2", "4, 6, 3, 5", "2, 100, 3, 8", "3, 4, 2, 1", "1, 1, 2, 3"})
    void gradientsAgreeWithFiniteDifferences(int inputs, int hidden, int outputs, int batch) {
        Object[] p = problem(inputs, hidden, outputs, batch, 7);
        Network net = (Network) p[0];
        GradientCheck check = GradientCheck.run(net, (Matrix) p[1], (Matrix) p[2]);
        for (String name : net.parameters().keySet()) {
            // The ε = 1e-8 inside the loss's log moves the numerical gradient by a few 1e-8, which
            // is a large relative error for a small gradient; a real mistake (a missing 1/m, a
            // wrong mask) moves it by the size of the gradient itself, 1e-3 or more.
            assertTrue(
                    check.worstRelativeError(name) < 1e-6 || check.worstAbsoluteError(name) < 1e-7,
                    name + ":\n" + check);
        }
    }

    @ParameterizedTest(name = "{0}-{1}-{2}, batch of {3}")
    @CsvSource({"4, 6, 3, 5", "2, 100, 3, 8", "3, 4, 2, 1"})
    void everyQuantityHasTheExpectedShape(int inputs, int hidden, int outputs, int batch) {
        Object[] p = problem(inputs, hidden, outputs, batch, 11);
        Network net = (Network) p[0];
        ForwardPass f = net.forward((Matrix) p[1], (Matrix) p[2]);
        Gradients g = net.backward(f);
        String m = "(" + batch + ", ";
        assertEquals(m + hidden + ")", f.z1().shape());
        assertEquals(m + hidden + ")", f.a1().shape());
        assertEquals(m + outputs + ")", f.z2().shape());
        assertEquals(m + outputs + ")", f.a2().shape());
        assertEquals(m + outputs + ")", g.dz2().shape());
        assertEquals(m + hidden + ")", g.dz1().shape());
        assertEquals(net.W1().shape(), g.dW1().shape());
        assertEquals(net.W2().shape(), g.dW2().shape());
        assertEquals("(1, " + hidden + ")", g.db1().shape());
        assertEquals("(1, " + outputs + ")", g.db2().shape());
    }

    @ParameterizedTest(name = "{0}-{1}-{2}, batch of {3}")
    @CsvSource({"4, 6, 3, 5", "2, 100, 3, 8"})
    void trainingLowersTheLoss(int inputs, int hidden, int outputs, int batch) {
        Object[] p = problem(inputs, hidden, outputs, batch, 3);
        TrainingHistory h =
                new GradientDescent(0.1)
                        .train((Network) p[0], (Matrix) p[1], (Matrix) p[2], 200, 0);
        assertTrue(h.finalLoss() < h.loss(1) / 2, h.toString());
    }
}
