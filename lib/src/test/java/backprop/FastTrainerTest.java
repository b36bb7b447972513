package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path against the readable one: every loss, every parameter, every message the same, bit
 * for bit.
 */
class FastTrainerTest {

    /** A network, a batch and a learning rate to train with. */
    record Problem(String name, Network net, Matrix X, Matrix Y, double alpha, int epochs) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The document's 3-4-2 network on its batch of 2. */
    static Problem document() {
        return new Problem(
                "document 3-4-2, batch of 2",
                ReferenceData.documentNetwork(),
                ReferenceData.documentX(),
                ReferenceData.documentY(),
                0.1,
                1000);
    }

    /** A 2-100-3 network on the spiral set, drawn from one stream as a notebook would. */
    static Problem spiral() {
        NumpyRandom rng = new NumpyRandom(0);
        Spiral data = Spiral.generate(100, 3, rng);
        Network net = Network.initialise(2, 100, 3, rng);
        return new Problem("spiral 2-100-3, batch of 300", net, data.X(), data.Y(), 1.0, 300);
    }

    /**
     * A seeded network and batch of any sizes, with weights large enough that ReLU switches units
     * off and on during training.
     */
    static Problem random(int inputs, int hidden, int outputs, int batch, double alpha, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Network net =
                new Network(
                        Matrix.of(rng.randn(inputs, hidden)).times(0.5),
                        Matrix.of(rng.randn(1, hidden)).times(0.1),
                        Matrix.of(rng.randn(hidden, outputs)).times(0.5),
                        Matrix.zeros(1, outputs));
        Matrix X = Matrix.of(rng.randn(batch, inputs));
        Matrix Y = Matrix.oneHot(rng.randint(0, outputs, batch), outputs);
        String name = inputs + "-" + hidden + "-" + outputs + ", batch of " + batch;
        return new Problem(name, net, X, Y, alpha, 200);
    }

    /** Labels that are probabilities, not one-hot: some entries are 0, the others fractions. */
    static Problem softLabels() {
        Problem p = random(3, 6, 3, 12, 0.5, 6);
        double[][] rows = {{0.5, 0.5, 0}, {0.25, 0, 0.75}, {0.2, 0.3, 0.5}, {0, 1, 0}};
        double[][] Y = new double[12][];
        for (int k = 0; k < Y.length; k++) {
            Y[k] = rows[k % rows.length];
        }
        return new Problem(
                "3-6-3, batch of 12, probability labels",
                p.net(),
                p.X(),
                Matrix.of(Y),
                p.alpha(),
                p.epochs());
    }

    static Stream<Problem> problems() {
        return Stream.of(
                document(),
                spiral(),
                // ten classes: softmax sums a row pairwise (8 or more terms)
                random(5, 7, 10, 9, 0.5, 1),
                // 150 x 4 loss terms: NumPy's sum splits them in two halves
                random(3, 13, 4, 150, 0.3, 2),
                // one of everything
                random(1, 1, 1, 1, 0.1, 3),
                // one class but two, widths that are not a multiple of a vector
                random(4, 33, 2, 1, 1.0, 4),
                random(7, 5, 3, 67, 2.0, 5),
                softLabels());
    }

    /**
     * The training loop as {@link GradientDescent#train} wrote it out before it ran on {@link
     * FastTrainer}: the readable reference, from {@link Network#forward}, {@link Network#backward}
     * and {@link GradientDescent#step(Network, Gradients)}.
     */
    static TrainingHistory readableTrain(
            Network net,
            Matrix X,
            Matrix Y,
            double alpha,
            int epochs,
            int logEvery,
            Consumer<String> log) {
        GradientDescent gd = new GradientDescent(alpha);
        double[] losses = new double[epochs];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            ForwardPass f = net.forward(X, Y);
            if (!Double.isFinite(f.loss())) {
                throw TrainingDivergedException.lossNotFinite(epoch, f.loss(), alpha);
            }
            losses[epoch - 1] = f.loss();
            if (logEvery > 0 && (epoch == 1 || epoch % logEvery == 0)) {
                log.accept(String.format(Locale.ROOT, "epoch %5d  loss %.8f", epoch, f.loss()));
            }
            try {
                net = gd.step(net, net.backward(f));
            } catch (TrainingDivergedException e) {
                throw e.atEpoch(epoch);
            }
        }
        return new TrainingHistory(alpha, losses, net);
    }

    @ParameterizedTest
    @MethodSource("problems")
    void trainGivesTheReadableLossesAndParametersBitForBit(Problem p) {
        TrainingHistory readable =
                readableTrain(p.net(), p.X(), p.Y(), p.alpha(), p.epochs(), 0, line -> {});
        TrainingHistory fast =
                new GradientDescent(p.alpha()).train(p.net(), p.X(), p.Y(), p.epochs(), 0);

        assertArrayEquals(readable.losses(), fast.losses());
        assertNetworksIdentical(readable.network(), fast.network());
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyStepLeavesTheReadableParameters(Problem p) {
        GradientDescent gd = new GradientDescent(p.alpha());
        FastTrainer trainer = new FastTrainer(p.net(), p.X(), p.Y(), p.alpha());
        Network net = p.net();
        for (int epoch = 1; epoch <= 25; epoch++) {
            ForwardPass f = net.forward(p.X(), p.Y());
            assertEquals(f.loss(), trainer.forward(), 0.0, "loss at epoch " + epoch);
            net = gd.step(net, net.backward(f));
            trainer.backward();
            trainer.step();
            assertNetworksIdentical(net, trainer.network());
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyKeptIntermediateAndGradientIsTheReadableOne(Problem p) {
        GradientDescent gd = new GradientDescent(p.alpha());
        FastTrainer trainer = new FastTrainer(p.net(), p.X(), p.Y(), p.alpha());
        Network net = p.net();
        for (int epoch = 1; epoch <= 5; epoch++) {
            ForwardPass f = net.forward(p.X(), p.Y());
            Gradients g = net.backward(f);
            assertEquals(f.loss(), trainer.forward(), 0.0, "loss at epoch " + epoch);
            trainer.backward();

            // equals compares bits, so 0.0 and -0.0 differ; z1 and dz1 are not kept
            assertEquals(f.a1(), trainer.intermediate("a1"), "a1 at epoch " + epoch);
            assertEquals(f.z2(), trainer.intermediate("z2"), "z2 at epoch " + epoch);
            assertEquals(f.a2(), trainer.intermediate("a2"), "a2 at epoch " + epoch);
            assertEquals(g.dz2(), trainer.intermediate("dz2"), "dz2 at epoch " + epoch);
            for (String name : List.of("W1", "b1", "W2", "b2")) {
                assertEquals(g.of(name), trainer.gradient(name), "d" + name + " at epoch " + epoch);
            }

            net = gd.step(net, g);
            trainer.step();
        }
    }

    @ParameterizedTest(name = "epoch {0}")
    @CsvSource({"1, 1e-12", "10, 1e-12", "100, 1e-9", "1000, 1e-7", "2000, 1e-7"})
    void theSpiralNetworkTrainsAsInNumpy(int epoch, double relative) {
        // NumPy's sine, cosine, exp and log differ from Java's in the last bit now and then, and
        // training carries those differences on: the tolerance grows with the epoch
        JsonNode numpy = ReferenceJson.resource("spiral-cases.json").get("training");
        Problem p = spiral();
        TrainingHistory h = new GradientDescent(1.0).train(p.net(), p.X(), p.Y(), epoch, 0);

        double expected = numpy.get("loss_at_epoch").get(Integer.toString(epoch)).doubleValue();
        MatrixAssert.assertRelative(expected, h.loss(epoch), relative, "loss at epoch " + epoch);
    }

    @Test
    void logLinesAreTheReadableOnes() {
        Problem p = document();
        List<String> readable = new ArrayList<>();
        List<String> fast = new ArrayList<>();

        readableTrain(p.net(), p.X(), p.Y(), 0.1, 1000, 100, readable::add);
        new GradientDescent(0.1).train(p.net(), p.X(), p.Y(), 1000, 100, fast::add);

        assertEquals(11, readable.size());
        assertEquals("epoch     1  loss 0.69340395", readable.get(0));
        assertEquals(readable, fast);
    }

    @Test
    void aLossThatBlowsUpStopsAtTheSameEpochWithTheSameMessage() {
        Problem p = document();
        TrainingDivergedException readable =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> readableTrain(p.net(), p.X(), p.Y(), 1e200, 50, 0, line -> {}));
        TrainingDivergedException fast =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> new GradientDescent(1e200).train(p.net(), p.X(), p.Y(), 50, 0));

        assertEquals(readable.epoch(), fast.epoch());
        assertEquals(readable.getMessage(), fast.getMessage());
    }

    @Test
    void aStepThatOverflowsNamesTheSameEntry() {
        Problem p = document();
        Matrix bigX = p.X().times(1000);
        List<String> readableLog = new ArrayList<>();
        List<String> fastLog = new ArrayList<>();
        TrainingDivergedException readable =
                assertThrows(
                        TrainingDivergedException.class,
                        () -> readableTrain(p.net(), bigX, p.Y(), 1e307, 5, 1, readableLog::add));
        TrainingDivergedException fast =
                assertThrows(
                        TrainingDivergedException.class,
                        () ->
                                new GradientDescent(1e307)
                                        .train(p.net(), bigX, p.Y(), 5, 1, fastLog::add));

        assertEquals(readable.epoch(), fast.epoch());
        assertEquals(readable.getMessage(), fast.getMessage());
        // the epoch's line is logged before its step fails
        assertEquals(readableLog, fastLog);
        assertEquals(1, fastLog.size());
    }

    @Test
    void overflowInEachParameterIsNamedAsTheReadableStepNamesIt() {
        // W1's and b1's gradients grow with X and W2's, W2's and b2's with a1: scaling them
        // picks which parameter overflows first in the order W2, b2, W1, b1
        Problem p = random(3, 5, 4, 6, 1.0, 8);
        for (double xScale : new double[] {1, 1e3, 1e6}) {
            Matrix X = p.X().times(xScale);
            for (double alpha : new double[] {1e300, 1e305, 1e308}) {
                String readable =
                        messageOrNone(() -> readableTrain(p.net(), X, p.Y(), alpha, 3, 0, l -> {}));
                String fast =
                        messageOrNone(
                                () -> new GradientDescent(alpha).train(p.net(), X, p.Y(), 3, 0));
                assertEquals(readable, fast, "x scale " + xScale + ", alpha " + alpha);
            }
        }
    }

    private static String messageOrNone(Runnable r) {
        try {
            r.run();
            return "none";
        } catch (TrainingDivergedException e) {
            return e.epoch() + ": " + e.getMessage();
        }
    }

    @Test
    void anEpochAllocatesNothingOnceWarm() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean);
        var bean = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(
                bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();
        Problem p = spiral();
        FastTrainer trainer = new FastTrainer(p.net(), p.X(), p.Y(), 0.01);
        for (int i = 0; i < 2000; i++) {
            trainer.forward();
            trainer.backward();
            trainer.step();
        }

        long before = bean.getThreadAllocatedBytes(thread);
        int epochs = 2000;
        for (int i = 0; i < epochs; i++) {
            trainer.forward();
            trainer.backward();
            trainer.step();
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;

        // the measuring call may allocate a few bytes itself; an array per epoch would be 1000s
        assertTrue(allocated < epochs, allocated + " bytes allocated in " + epochs + " epochs");
    }

    @Test
    void refusesTheInputsForwardRefusesWithTheSameMessages() {
        Problem p = document();
        Matrix wrongX = Matrix.zeros(2, 4);
        Matrix wrongY = Matrix.of(new double[] {0.5, 0.6}, new double[] {1, 0});

        assertEquals(
                message(() -> p.net().forward(wrongX, p.Y())),
                message(() -> new FastTrainer(p.net(), wrongX, p.Y(), 0.1)));
        assertEquals(
                message(() -> p.net().forward(p.X(), wrongY)),
                message(() -> new FastTrainer(p.net(), p.X(), wrongY, 0.1)));
        assertEquals(
                message(() -> new GradientDescent(-1)),
                message(() -> new FastTrainer(p.net(), p.X(), p.Y(), -1)));
    }

    @Test
    void stepsMustComeInOrder() {
        Problem p = document();
        FastTrainer trainer = new FastTrainer(p.net(), p.X(), p.Y(), 0.1);

        assertEquals(
                "backward() needs a forward() first: call forward(), backward(), step() in turn",
                assertThrows(IllegalStateException.class, trainer::backward).getMessage());
        trainer.forward();
        assertEquals(
                "step() needs a backward() first: call forward(), backward(), step() in turn",
                assertThrows(IllegalStateException.class, trainer::step).getMessage());
        trainer.backward();
        trainer.step();
        assertEquals(
                "backward() needs a forward() first: call forward(), backward(), step() in turn",
                assertThrows(IllegalStateException.class, trainer::backward).getMessage());
    }

    @Test
    void printsWhatItTrains() {
        Problem p = spiral();
        assertEquals(
                "FastTrainer: network 2-100-3 on a batch of 300, alpha = 1.0, 0 steps taken",
                new FastTrainer(p.net(), p.X(), p.Y(), 1.0).toString());
    }

    private static void assertNetworksIdentical(Network expected, Network actual) {
        // Matrix.equals compares the bits of every entry, so 0.0 and -0.0 differ
        for (String name : expected.parameters().keySet()) {
            assertEquals(expected.parameters().get(name), actual.parameters().get(name), name);
        }
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
