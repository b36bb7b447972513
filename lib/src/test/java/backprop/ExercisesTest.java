package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checked exercises: for each, the right answer is right, every classic mistake is wrong with a
 * message that names it, and a blank ({@code null}) answer is not attempted, never an exception.
 */
class ExercisesTest {

    private final Network net = ReferenceData.documentNetwork();
    private final Matrix X = ReferenceData.documentX();
    private final Matrix Y = ReferenceData.documentY();
    private final ForwardPass f = net.forward(X, Y);

    static void assertRight(Verdict v) {
        assertEquals(Verdict.Status.RIGHT, v.status(), v.message());
        assertTrue(v.isRight());
        assertTrue(v.message().startsWith("Right: "), v.message());
    }

    /** Wrong, and the message holds every one of the hints. */
    static void assertWrong(Verdict v, String... hints) {
        assertEquals(Verdict.Status.WRONG, v.status(), v.message());
        assertFalse(v.isRight());
        assertTrue(v.message().startsWith("Not quite: "), v.message());
        for (String hint : hints) {
            assertTrue(
                    v.message().contains(hint),
                    () -> "expected \"" + hint + "\" in the message: " + v.message());
        }
    }

    static void assertNotAttempted(Verdict v) {
        assertEquals(Verdict.Status.NOT_ATTEMPTED, v.status());
        assertEquals("Not attempted yet: replace null with your answer.", v.message());
    }

    @Nested
    class Verdicts {

        @Test
        void theNotebookShowsTheMessage() {
            Verdict v = Verdict.wrong("your db2 is 2 times too large.");
            assertEquals("Not quite: your db2 is 2 times too large.", v.toString());
            assertEquals(Verdict.Status.WRONG, v.status());
        }

        @Test
        void rightAndNotAttemptedSayWhatTheyAre() {
            assertEquals("Right: yes.", Verdict.right("yes.").toString());
            assertNotAttempted(Verdict.notAttempted());
        }

        @Test
        void refusesAMissingStatusOrMessage() {
            assertThrows(NullPointerException.class, () -> new Verdict(null, "x"));
            assertThrows(NullPointerException.class, () -> new Verdict(Verdict.Status.RIGHT, null));
        }
    }

    /** Notebook 1: z1 by hand, the shape of z2, the loss of one sample. */
    @Nested
    class Forward {

        private final Matrix z1 = ReferenceData.matrix("step1/z1");

        @Test
        void z1FromTheFormulaIsRight() {
            Verdict v = Exercises.z1(X.dot(net.W1()).plus(net.b1()), net, X);
            assertRight(v);
            assertTrue(v.message().contains("X · W1 + b1"), v.message());
        }

        @Test
        void z1AsNumpyComputedItIsRight() {
            assertRight(Exercises.z1(z1, net, X));
        }

        @Test
        void z1WithoutAZeroBiasIsStillRight() {
            assertRight(Exercises.z1(X.dot(net.W1()), net, X));
        }

        @Test
        void z1WithoutANonzeroBiasIsWrong() {
            Network biased = net.with("b1", Matrix.rowVector(0.01, -0.02, 0.03, -0.04));
            assertRight(Exercises.z1(X.dot(biased.W1()).plus(biased.b1()), biased, X));
            assertWrong(Exercises.z1(X.dot(biased.W1()), biased, X), "left out b1");
        }

        @Test
        void z1WithReluAppliedIsA1() {
            assertWrong(Exercises.z1(Relu.apply(z1), net, X), "a1 = relu(z1)", "before ReLU");
        }

        @Test
        void z1AsOnPaperIsTransposed() {
            // W1ᵀ · Xᵀ: a column per sample, as W · x is written on paper
            Matrix paper = net.W1().transpose().dot(X.transpose());
            assertWrong(Exercises.z1(paper, net, X), "(4, 2)", "(2, 4)", "transposed", "X · W1");
        }

        @Test
        void z1OfAnotherShapeNamesBothShapes() {
            assertWrong(
                    Exercises.z1(Matrix.zeros(3, 4), net, X),
                    "your z1 has shape (3, 4)",
                    "should have shape (2, 4)");
        }

        @Test
        void z1TypedFromTheRoundedPrintoutIsNearlyRight() {
            Matrix typed = z1.map(v -> Math.round(v * 1e8) / 1e8);
            assertWrong(Exercises.z1(typed, net, X), "close", "rounded");
        }

        @Test
        void z1ThatIsSimplyWrongSaysByHowMuch() {
            assertWrong(Exercises.z1(z1.with(1, 2, 0.5), net, X), "largest difference", "[1][2]");
        }

        @Test
        void z1HoldingNaNSaysWhere() {
            assertWrong(Exercises.z1(z1.with(0, 3, Double.NaN), net, X), "z1[0][3] = NaN");
        }

        @Test
        void z1LeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.z1(null, net, X));
        }

        @Test
        void z2ShapeAsTextOrNumbersIsRight() {
            assertRight(Exercises.z2Shape("(2, 2)", net, X));
            assertRight(Exercises.z2Shape("(2,2)", net, X));
            assertRight(Exercises.z2Shape("2 x 2", net, X));
            assertRight(Exercises.z2Shape(new int[] {2, 2}, net, X));
        }

        @Test
        void z2ShapeOfAnotherNetworkIsComputed() {
            Network wide = Network.initialise(3, 5, 7, new NumpyRandom(1));
            assertRight(Exercises.z2Shape("(2, 7)", wide, X));
            assertWrong(Exercises.z2Shape("(2, 2)", wide, X), "(2, 2)");
        }

        @Test
        void z2ShapeMistakesNameTheMatrixWithThatShape() {
            assertWrong(Exercises.z2Shape("(2, 4)", net, X), "shape of z1 and a1");
            assertWrong(Exercises.z2Shape("(4, 2)", net, X), "W2's shape");
            assertWrong(Exercises.z2Shape("(1, 2)", net, X), "b2's shape");
            assertWrong(Exercises.z2Shape(new int[] {2, 3}, net, X), "X's shape");
            assertWrong(Exercises.z2Shape("(3, 3)", net, X), "(r × n) · (n × c)");
        }

        @Test
        void z2ShapeThatIsNotAShapeSaysHowToWriteOne() {
            assertWrong(Exercises.z2Shape("two by two", net, X), "(rows, columns)");
            assertWrong(Exercises.z2Shape(new int[] {2}, net, X), "(rows, columns)");
        }

        @Test
        void z2ShapeLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.z2Shape((String) null, net, X));
            assertNotAttempted(Exercises.z2Shape((int[]) null, net, X));
        }

        private double a2(int k, int i) {
            return f.a2().get(k, i);
        }

        @Test
        void lossOfOneSampleIsRightWithOrWithoutEpsilon() {
            assertRight(Exercises.lossOfSample(-Math.log(a2(0, 0)), f, 0));
            assertRight(Exercises.lossOfSample(-Math.log(a2(0, 0) + CrossEntropy.EPSILON), f, 0));
            assertRight(Exercises.lossOfSample(-Math.log(a2(1, 1)), f, 1));
        }

        @Test
        void lossOfOneSampleTypedToSevenDigitsIsRight() {
            // -ln 0.49961538 = 0.6939154...
            double typed = Double.parseDouble(String.format("%.7g", -Math.log(a2(0, 0))));
            assertRight(Exercises.lossOfSample(typed, f, 0));
        }

        @Test
        void lossOfOneSampleWithLog10() {
            assertWrong(Exercises.lossOfSample(-Math.log10(a2(0, 0)), f, 0), "log10", "Math.log");
        }

        @Test
        void lossOfOneSampleWithoutTheMinus() {
            assertWrong(Exercises.lossOfSample(Math.log(a2(0, 0)), f, 0), "minus sign");
        }

        @Test
        void lossOfOneSampleAveragedOverTheBatch() {
            assertWrong(Exercises.lossOfSample(f.loss(), f, 0), "averaged over the batch");
            assertWrong(Exercises.lossOfSample(-Math.log(a2(0, 0)) / 2, f, 0), "divided by m");
            assertWrong(Exercises.lossOfSample(2 * f.loss(), f, 0), "summed over the batch");
        }

        @Test
        void lossOfTheOtherSampleOrTheOtherClass() {
            assertWrong(Exercises.lossOfSample(-Math.log(a2(1, 1)), f, 0), "sample 1's loss");
            assertWrong(
                    Exercises.lossOfSample(-Math.log(a2(0, 1)), f, 0),
                    "probability of class 1",
                    "true class is 0");
        }

        @Test
        void lossOfOneSampleThatIsSimplyWrong() {
            assertWrong(Exercises.lossOfSample(0.5, f, 0), "too small");
            assertWrong(Exercises.lossOfSample(Double.NaN, f, 0), "NaN");
        }

        @Test
        void lossOfOneSampleLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.lossOfSample(null, f, 0));
        }
    }
}
