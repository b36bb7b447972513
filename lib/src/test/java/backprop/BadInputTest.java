package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad input is refused with a message that says what is wrong and where. */
class BadInputTest {

    private final Network net = ReferenceData.documentNetwork();
    private final Matrix X = ReferenceData.documentX();
    private final Matrix Y = ReferenceData.documentY();

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void negativeLabel() {
        Matrix bad = Matrix.of(new double[] {1, 0}, new double[] {-0.5, 1.5});
        assertEquals(
                "labels Y must be one-hot or probabilities, but Y[1][0] = -0.5",
                message(() -> net.forward(X, bad)));
    }

    @Test
    void labelRowNotSummingToOne() {
        Matrix bad = Matrix.of(new double[] {1, 0}, new double[] {0.25, 0.25});
        assertEquals(
                "labels Y must be one-hot or probabilities, but row 1 sums to 0.5, not 1",
                message(() -> net.forward(X, bad)));
    }

    @Test
    void probabilityLabelsAreAccepted() {
        Matrix soft = Matrix.of(new double[] {0.9, 0.1}, new double[] {0.3, 0.7});
        assertTrue(Double.isFinite(net.forward(X, soft).loss()));
    }

    @Test
    void differentNumbersOfSamples() {
        Matrix threeLabels = Matrix.oneHot(new long[] {0, 1, 1}, 2);
        assertEquals(
                "X has 2 samples (rows) but Y has 3: X is (2, 3), Y is (3, 2)",
                message(() -> net.forward(X, threeLabels)));
    }

    @Test
    void wrongNumberOfFeatures() {
        Matrix fourFeatures = Matrix.zeros(2, 4);
        assertEquals(
                "X has 4 features (columns) but W1 expects 3: X is (2, 4), W1 is (3, 4)",
                message(() -> net.forward(fourFeatures, Y)));
    }

    @Test
    void wrongNumberOfClasses() {
        Matrix threeClasses = Matrix.oneHot(new long[] {0, 2}, 3);
        assertEquals(
                "Y has 3 columns but the network has 2 classes: Y is (2, 3), W2 is (4, 2)",
                message(() -> net.forward(X, threeClasses)));
    }

    @Test
    void notANumberInTheInputs() {
        Matrix bad = X.with(0, 2, Double.NaN);
        assertEquals(
                "X must hold finite numbers, but X[0][2] = NaN",
                message(() -> net.forward(bad, Y)));
    }

    @Test
    void infinityInTheInputs() {
        Matrix bad = X.with(1, 0, Double.NEGATIVE_INFINITY);
        assertEquals(
                "X must hold finite numbers, but X[1][0] = -Infinity",
                message(() -> net.predict(bad)));
    }

    @Test
    void infinityInTheLabels() {
        Matrix bad = Y.with(0, 0, Double.POSITIVE_INFINITY);
        assertEquals(
                "Y must hold finite numbers, but Y[0][0] = Infinity",
                message(() -> net.forward(X, bad)));
    }

    @ParameterizedTest(name = "alpha = {0}")
    @ValueSource(
            doubles = {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void learningRateMustBeFinitePositive(double alpha) {
        assertEquals(
                "the learning rate alpha must be a finite positive number, got " + alpha,
                message(() -> new GradientDescent(alpha)));
    }

    @Test
    void parameterShapesMustFit() {
        Matrix W1 = Matrix.zeros(3, 4);
        assertEquals(
                "W2 must be the columns of W1 × outputs = (4, 2), got (5, 2)",
                message(
                        () ->
                                new Network(
                                        W1,
                                        Matrix.zeros(1, 4),
                                        Matrix.zeros(5, 2),
                                        Matrix.zeros(1, 2))));
        assertEquals(
                "b1 must be 1 × the columns of W1 = (1, 4), got (4, 1)",
                message(
                        () ->
                                new Network(
                                        W1,
                                        Matrix.zeros(4, 1),
                                        Matrix.zeros(4, 2),
                                        Matrix.zeros(1, 2))));
    }

    @Test
    void trainingThatBlowsUpSaysAtWhichEpoch() {
        var e =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> new GradientDescent(1e200).train(net, X, Y, 50, 0));
        assertEquals(2, e.epoch());
        assertEquals(
                "training diverged: the loss is NaN at epoch 2 with learning rate alpha = 1.0E200;"
                        + " try a smaller alpha",
                e.getMessage());
    }

    @Test
    void aStepThatOverflowsNamesTheParameterAndEpoch() {
        // inputs 1000 times larger make the first step's gradients larger than 1, so a step of
        // alpha = 10^307 times them overflows
        Matrix bigX = X.times(1000);
        var e =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> new GradientDescent(1e307).train(net, bigX, Y, 5, 0));
        assertEquals(1, e.epoch());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "gradient descent diverged: the step with learning rate alpha = 1.0E307 made W2["),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" at epoch 1; try a smaller alpha"), e.getMessage());
    }

    @Test
    void epochsMustBePositive() {
        assertEquals(
                "epochs must be positive, got 0",
                message(() -> new GradientDescent(0.1).train(net, X, Y, 0, 0)));
    }

    @Test
    void unknownParameterName() {
        assertEquals(
                "no parameter named 'W3': use W1, b1, W2 or b2",
                message(() -> net.with("W3", Matrix.zeros(1, 1))));
    }

    @Test
    void lossRefusesPredictionsThatAreNotProbabilities() {
        Matrix labels = Matrix.rowVector(1, 0);
        assertEquals(
                "a2 must hold probabilities in [0, 1], but a2[0][0] = -1.0E-8",
                message(() -> CrossEntropy.loss(Matrix.rowVector(-1e-8, 1), labels)));
        assertEquals(
                "a2 must hold probabilities in [0, 1], but a2[0][0] = 2.0",
                message(() -> CrossEntropy.gradient(Matrix.rowVector(2, 3), labels)));
        assertEquals(
                "a must hold probabilities in [0, 1], but a[0][0] = 5.0",
                message(() -> Softmax.jacobian(Matrix.rowVector(5, -3))));
    }

    @Test
    void aSingleWeightStepRefusesNotANumberAndOverflow() {
        assertEquals(
                "step: w_old and the slope must be finite numbers, got w_old = 1.0 and slope"
                        + " = NaN",
                message(() -> new GradientDescent(0.1).step(1.0, Double.NaN)));
        var e =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> new GradientDescent(10).step(-1e308, 1e308));
        assertTrue(e.getMessage().contains("made w = -Infinity"), e.getMessage());
    }

    @Test
    void backwardRefusesAForwardPassOfAnotherShape() {
        Network wider = Network.initialise(3, 5, 2, new NumpyRandom(1));
        ForwardPass other = wider.forward(X, Y);
        assertEquals(
                "backward: the forward pass is from a 3-5-2 network, this one is 3-4-2",
                message(() -> net.backward(other)));
    }

    @Test
    void aMatrixTooLargeForOneArrayIsRefused() {
        assertEquals(
                "a matrix of shape (65536, 65536) is too large for one array",
                message(() -> Matrix.zeros(65536, 65536)));
    }
}
