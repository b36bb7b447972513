package backprop;

import static backprop.MatrixAssert.assertClose;
import static backprop.MatrixAssert.assertRelative;
import static backprop.ReferenceData.STEP1_ABS;
import static backprop.ReferenceData.matrix;
import static backprop.ReferenceData.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document's network, step by step, against NumPy's values in worked-example.json. */
class WorkedExampleTest {

    private final Network net = ReferenceData.documentNetwork();
    private final Matrix X = ReferenceData.documentX();
    private final Matrix Y = ReferenceData.documentY();
    private final ForwardPass f = net.forward(X, Y);
    private final Gradients g = net.backward(f);

    @Test
    void seed435DrawsTheDocumentsNetworkAndBatch() {
        NumpyRandom rng = new NumpyRandom(435);
        Network drawn = Network.initialise(3, 4, 2, rng);
        Matrix drawnX = Matrix.ofIntegers(rng.randint(0, 10, 2, 3));
        Matrix drawnY = Matrix.oneHot(rng.randint(0, 2, 2), 2);
        assertEquals(net.W1(), drawn.W1());
        assertEquals(net.b1(), drawn.b1());
        assertEquals(net.W2(), drawn.W2());
        assertEquals(net.b2(), drawn.b2());
        assertEquals(X, drawnX);
        assertEquals(Y, drawnY);
    }

    @Test
    void readmeExamplePrintsTheComputedPredictions() {
        // the README's library example, line for line
        NumpyRandom rng = new NumpyRandom(435);
        Network network = Network.initialise(3, 4, 2, rng);
        Matrix X = Matrix.ofIntegers(rng.randint(0, 10, 2, 3));
        Matrix Y = Matrix.oneHot(rng.randint(0, 2, 2), 2);
        ForwardPass forward = network.forward(X, Y);
        assertEquals(ReferenceData.node("step1/a2/numpy_str").textValue(), forward.a2().toString());
    }

    @Test
    void everyStep1MatrixPrintsAsNumpyPrintsIt() {
        assertEquals(text("X"), X.toString());
        assertEquals(text("Y"), Y.toString());
        assertEquals(text("W1"), net.W1().toString());
        assertEquals(text("b1"), net.b1().toString());
        assertEquals(text("z1"), f.z1().toString());
        assertEquals(text("a1"), f.a1().toString());
        assertEquals(text("z2"), f.z2().toString());
        assertEquals(text("a2"), f.a2().toString());
        assertEquals(text("dz2"), g.dz2().toString());
        assertEquals(text("dW2"), g.dW2().toString());
        assertEquals(text("dz1"), g.dz1().toString());
        assertEquals(text("dW1"), g.dW1().toString());
        assertEquals(text("b1_updated"), new GradientDescent(0.1).step(net, g).b1().toString());
    }

    private static String text(String name) {
        return ReferenceData.node("step1/" + name + "/numpy_str").textValue();
    }

    @Test
    void forwardPassMatchesNumpy() {
        assertClose(matrix("step1/z1"), f.z1(), STEP1_ABS, "z1");
        assertClose(matrix("step1/a1"), f.a1(), STEP1_ABS, "a1");
        assertClose(matrix("step1/z2"), f.z2(), STEP1_ABS, "z2");
        assertClose(matrix("step1/a2"), f.a2(), STEP1_ABS, "a2");
    }

    @Test
    void lossMatchesNumpy() {
        assertRelative(number("step1_loss"), f.loss(), 1e-12, "loss");
    }

    @Test
    void hiddenLayerIsComputedExactlyLikeNumpy() {
        // X · W1 accumulated with fused multiply-add reproduces NumPy's bits, not just digits
        assertEquals(matrix("step1/z1"), f.z1());
    }

    @Test
    void backwardPassMatchesNumpy() {
        assertClose(matrix("step1/dz2"), g.dz2(), STEP1_ABS, "dz2");
        assertClose(matrix("step1/dW2"), g.dW2(), STEP1_ABS, "dW2");
        assertClose(matrix("step1/db2"), g.db2(), STEP1_ABS, "db2");
        assertClose(matrix("step1/dz1"), g.dz1(), STEP1_ABS, "dz1");
        assertClose(matrix("step1/dW1"), g.dW1(), STEP1_ABS, "dW1");
        assertClose(matrix("step1/db1"), g.db1(), STEP1_ABS, "db1");
    }

    @Test
    void untrainedNetworkPredictsClassOneForBothSamplesAndTrainedOneGetsBothRight() {
        // a2 = [[0.4996 0.5004] [0.4999 0.5001]]: class 1 wins both rows; the labels are 0, 1
        assertArrayEquals(new int[] {1, 1}, net.predictClasses(X));
        assertEquals(0.5, net.accuracy(X, new long[] {0, 1}));
        Network trained = new GradientDescent(0.1).train(net, X, Y, 1000, 0).network();
        assertEquals(1.0, trained.accuracy(X, new long[] {0, 1}));
    }

    @Test
    void accuracyWantsOneValidLabelPerRow() {
        var tooFew =
                assertThrows(IllegalArgumentException.class, () -> net.accuracy(X, new long[] {0}));
        assertEquals("accuracy: X has 2 rows but there are 1 labels", tooFew.getMessage());
        var badLabel =
                assertThrows(
                        IllegalArgumentException.class, () -> net.accuracy(X, new long[] {0, 2}));
        assertEquals("accuracy: label 2 at index 1 is not a class in 0..1", badLabel.getMessage());
    }

    @Test
    void biasGradientsAreRows() {
        assertEquals("(1, 2)", g.db2().shape());
        assertEquals("(1, 4)", g.db1().shape());
    }

    @Test
    void oneStepMatchesNumpy() {
        Network next = new GradientDescent(0.1).step(net, g);
        assertClose(matrix("step1/W1_updated"), next.W1(), STEP1_ABS, "W1");
        assertClose(matrix("step1/b1_updated"), next.b1(), STEP1_ABS, "b1");
        assertClose(matrix("step1/W2_updated"), next.W2(), STEP1_ABS, "W2");
        assertClose(matrix("step1/b2_updated"), next.b2(), STEP1_ABS, "b2");
        assertRelative(number("loss_after_step1_update"), next.forward(X, Y).loss(), 1e-12, "loss");
    }

    @Test
    void firstLayerStepUsesTheOutputWeightsOfTheForwardPass() {
        Network next = new GradientDescent(0.1).step(net, g);

        // The wrong order: update W2 first, then backpropagate through the new W2.
        Network w2First = net.with("W2", matrix("step1/W2_updated"));
        Matrix wrongW1 = w2First.W1().minus(w2First.backward(f).dW1().times(0.1));

        assertClose(matrix("step1/W1_updated"), next.W1(), STEP1_ABS, "W1");
        double gap = Math.abs(wrongW1.get(1, 3) - next.W1().get(1, 3));
        assertTrue(gap > 1e-7, "the wrong update order should change W1[1][3], gap " + gap);
    }

    @ParameterizedTest(name = "loss at epoch {0}, relative {1}")
    @CsvSource({"1, 1e-12", "10, 1e-12", "100, 1e-12", "1000, 1e-9"})
    void trainingLossesMatchNumpy(int epoch, double tolerance) {
        TrainingHistory h = new GradientDescent(0.1).train(net, X, Y, 1000, 0);
        assertRelative(
                number("training_lr0.1/loss_at_epoch/" + epoch), h.loss(epoch), tolerance, "loss");
    }

    @Test
    void trainedNetworkMatchesNumpy() {
        TrainingHistory h = new GradientDescent(0.1).train(net, X, Y, 1000, 0);
        assertRelative(
                number("training_lr0.1/loss_after_1000_updates"),
                h.network().forward(X, Y).loss(),
                1e-9,
                "loss after 1000 updates");
        String p = "training_lr0.1/final_params_after_1000_updates/";
        assertClose(matrix(p + "W1"), h.network().W1(), 1e-10, "W1");
        assertClose(matrix(p + "W2"), h.network().W2(), 1e-10, "W2");
    }

    @Test
    void everyEpochsLossMatchesNumpy() {
        double[] expected = new double[1000];
        var history = ReferenceData.node("training_lr0.1/loss_history_epochs_1_to_1000");
        for (int e = 0; e < 1000; e++) {
            expected[e] = history.get(e).doubleValue();
        }
        double[] losses = new GradientDescent(0.1).train(net, X, Y, 1000, 0).losses();
        for (int e = 0; e < 1000; e++) {
            assertRelative(expected[e], losses[e], 1e-9, "loss at epoch " + (e + 1));
        }
    }

    @Test
    void gradientCheckAgreesWithBackprop() {
        GradientCheck check = GradientCheck.run(net, X, Y);
        assertTrue(check.worstRelativeError("W1") < 1e-6, check.toString());
        assertTrue(check.worstRelativeError("W2") < 1e-6, check.toString());
        assertTrue(check.worstRelativeError("b2") < 1e-6, check.toString());
        // b1's gradients are ~1e-6, so rounding in the loss dominates their relative error
        assertTrue(check.worstAbsoluteError("b1") < 1e-10, check.toString());
        String p = "gradient_check_step1/params/";
        for (String name : new String[] {"W1", "b1", "W2", "b2"}) {
            assertClose(
                    ReferenceData.toMatrix(ReferenceData.node(p + name + "/numeric")),
                    check.numeric(name),
                    1e-10,
                    "numeric d" + name);
        }
    }
}
