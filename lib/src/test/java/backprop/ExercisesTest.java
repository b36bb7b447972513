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
        void lossOfOneSampleAsAnyKindOfNumber() {
            assertRight(Exercises.lossOfSample((float) -Math.log(a2(0, 0)), f, 0));
            assertWrong(Exercises.lossOfSample(1, f, 0), "1.0, is too large");
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

    /** Notebook 2: db2 by hand, the shape of dW1, dz1, W1 after one step. */
    @Nested
    class Backward {

        private final Gradients g = net.backward(f);
        private final Matrix dz2 = f.a2().minus(Y);
        private final Matrix mask = Relu.derivative(f.z1());
        private final double alpha = 0.1;
        private final GradientDescent gd = new GradientDescent(alpha);

        @Test
        void db2AsColumnSumsOverMIsRight() {
            assertEquals(
                    "Right: db2 is the column sums of dz2 divided by m.",
                    Exercises.db2(dz2.sumColumns().divide(2), f).toString());
            assertRight(Exercises.db2(ReferenceData.matrix("step1/db2"), f));
        }

        @Test
        void db2NotDividedByM() {
            assertEquals(
                    "Not quite: your db2 is 2 times too large. Did you forget to divide by m = 2?",
                    Exercises.db2(dz2.sumColumns(), f).toString());
        }

        @Test
        void db2DividedByMTwice() {
            assertWrong(Exercises.db2(dz2.sumColumns().divide(4), f), "2 times too small");
        }

        @Test
        void db2SummedAlongTheRows() {
            assertWrong(Exercises.db2(dz2.sumRows().divide(2), f), "(2, 1)", "along each row");
            assertWrong(Exercises.db2(dz2.sumRows(), f), "(2, 1)", "along each row");
        }

        @Test
        void db2NotSummedAtAll() {
            assertWrong(Exercises.db2(dz2, f), "dz2 itself", "sums it over the samples");
            assertWrong(Exercises.db2(dz2.divide(2), f), "did not sum");
        }

        @Test
        void db2WithTheSignFlipped() {
            assertWrong(Exercises.db2(Y.minus(f.a2()).sumColumns().divide(2), f), "a2 - Y");
        }

        @Test
        void db2AsAColumn() {
            assertWrong(
                    Exercises.db2(dz2.sumColumns().divide(2).transpose(), f), "a column", "(1, 2)");
        }

        @Test
        void db2LeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.db2(null, f));
        }

        @Test
        void dW1ShapeIsW1sShape() {
            assertRight(Exercises.dW1Shape("(3, 4)", net, f));
            assertRight(Exercises.dW1Shape(new int[] {3, 4}, net, f));
        }

        @Test
        void dW1ShapeMistakes() {
            assertWrong(Exercises.dW1Shape("(2, 3)", net, f), "X's shape", "W1's shape");
            assertWrong(Exercises.dW1Shape("(4, 3)", net, f), "transposed", "Xᵀ · dz1");
            assertWrong(Exercises.dW1Shape("(2, 4)", net, f), "dz1's shape");
            assertWrong(Exercises.dW1Shape("(3, 2)", net, f), "Xᵀ's shape");
            assertWrong(Exercises.dW1Shape("(5, 5)", net, f), "(5, 5)", "its parameter");
        }

        @Test
        void dW1ShapeLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.dW1Shape((String) null, net, f));
            assertNotAttempted(Exercises.dW1Shape((int[]) null, net, f));
        }

        @Test
        void dz1WithTheMaskOfZ1IsRight() {
            // dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1)
            assertRight(Exercises.dz1(dz2.dot(net.W2().transpose()).multiply(mask), net, f));
            assertRight(Exercises.dz1(ReferenceData.matrix("step1/dz1"), net, f));
        }

        @Test
        void dz1WithTheMaskOfA1IsTheSameMask() {
            Matrix fromA1 = Relu.derivative(f.a1());
            assertRight(Exercises.dz1(dz2.dot(net.W2().transpose()).multiply(fromA1), net, f));
        }

        @Test
        void dz1WithoutTheMask() {
            assertWrong(
                    Exercises.dz1(dz2.dot(net.W2().transpose()), net, f), "left out the ReLU mask");
        }

        @Test
        void dz1TimesTheActivationInsteadOfItsDerivative() {
            Matrix back = dz2.dot(net.W2().transpose());
            assertWrong(Exercises.dz1(back.multiply(f.a1()), net, f), "a1", "derivative");
            assertWrong(Exercises.dz1(back.multiply(f.z1()), net, f), "z1 itself", "derivative");
        }

        @Test
        void dz1WithTheMaskFromTheWrongMatrix() {
            Matrix back = dz2.dot(net.W2().transpose());
            assertWrong(Exercises.dz1(Relu.apply(back), net, f), "must come from z1");
            assertWrong(Exercises.dz1(back.multiply(mask.map(v -> 1 - v)), net, f), "inverted");
        }

        @Test
        void dz1WithW2AlreadyUpdated() {
            Matrix updated = gd.step(net.W2(), g.dW2());
            Matrix late = dz2.dot(updated.transpose()).multiply(mask);
            assertWrong(Exercises.dz1(late, net, f), "W2 after its update", "α = 0.1");

            Matrix bigStep = new GradientDescent(0.5).step(net.W2(), g.dW2());
            Matrix later = dz2.dot(bigStep.transpose()).multiply(mask);
            assertWrong(Exercises.dz1(later, net, f), "W2 after its update", "α = 0.5");
        }

        @Test
        void dz1WithTheOneOverMOrTheSignWrong() {
            assertWrong(Exercises.dz1(g.dz1().divide(2), net, f), "2 times too small", "no 1/m");
            assertWrong(Exercises.dz1(g.dz1().times(-1), net, f), "a2 - Y");
        }

        @Test
        void dz1OfTheWrongShape() {
            // W2 · dz2ᵀ: the product the other way round, and no mask
            assertWrong(
                    Exercises.dz1(net.W2().dot(dz2.transpose()), net, f), "shape (4, 2)", "(2, 4)");
            assertWrong(Exercises.dz1(g.dz1().transpose(), net, f), "transposed");
        }

        @Test
        void dz1LeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.dz1(null, net, f));
        }

        @Test
        void W1AfterOneStepIsRight() {
            // W1_new = W1 - α dW1
            assertRight(Exercises.W1AfterStep(net.W1().minus(g.dW1().times(alpha)), net, f, alpha));
            assertRight(
                    Exercises.W1AfterStep(ReferenceData.matrix("step1/W1_updated"), net, f, alpha));
        }

        @Test
        void W1AfterOneStepWithTheSignFlipped() {
            assertWrong(
                    Exercises.W1AfterStep(net.W1().plus(g.dW1().times(alpha)), net, f, alpha),
                    "sign",
                    "W1 - α · dW1");
        }

        @Test
        void W1AfterOneStepWithoutAlpha() {
            assertWrong(Exercises.W1AfterStep(net.W1().minus(g.dW1()), net, f, alpha), "missing α");
        }

        @Test
        void W1AfterOneStepWithTheGradientOfAnUpdatedW2() {
            Network halfUpdated = net.with("W2", gd.step(net.W2(), g.dW2()));
            Matrix lateDW1 = halfUpdated.backward(f).dW1();
            assertWrong(
                    Exercises.W1AfterStep(net.W1().minus(lateDW1.times(alpha)), net, f, alpha),
                    "after W2 was updated",
                    "compute every gradient first");
        }

        @Test
        void W1AfterOneStepWithTheOneOverMWrong() {
            assertWrong(
                    Exercises.W1AfterStep(net.W1().minus(g.dW1().times(2 * alpha)), net, f, alpha),
                    "2 times too large");
            assertWrong(
                    Exercises.W1AfterStep(net.W1().minus(g.dW1().times(alpha / 2)), net, f, alpha),
                    "2 times too small");
        }

        @Test
        void W1AfterOneStepThatIsNotTheNewW1() {
            assertWrong(Exercises.W1AfterStep(net.W1(), net, f, alpha), "before the step");
            assertWrong(
                    Exercises.W1AfterStep(g.dW1().times(alpha), net, f, alpha), "the step α · dW1");
            assertWrong(Exercises.W1AfterStep(g.dW1(), net, f, alpha), "the gradient dW1");
            assertWrong(
                    Exercises.W1AfterStep(net.W1().transpose(), net, f, alpha), "(4, 3)", "(3, 4)");
        }

        @Test
        void W1AfterOneStepLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.W1AfterStep(null, net, f, alpha));
        }
    }

    /** Notebook 3: one entry of the softmax Jacobian, and the sum of one of its rows. */
    @Nested
    class SoftmaxJacobian {

        private final Matrix a = f.a2().row(0);
        private final double a0 = a.get(0, 0);
        private final double a1 = a.get(0, 1);

        /**
         * Three classes, where the diagonal formula and the sign mistake give different numbers.
         */
        private final Matrix three = Softmax.apply(Matrix.rowVector(0.1, 0.5, -0.3));

        private double p(int i) {
            return three.get(0, i);
        }

        @Test
        void offDiagonalEntryIsMinusAiAj() {
            Verdict v = Exercises.jacobianEntry(-a0 * a1, a, 0, 1);
            assertRight(v);
            assertTrue(v.message().contains("-a_i a_j"), v.message());
            assertRight(Exercises.jacobianEntry(Softmax.jacobian(a).get(0, 1), a, 0, 1));
            assertRight(Exercises.jacobianEntry(-p(0) * p(2), three, 0, 2));
        }

        @Test
        void offDiagonalEntryTypedToSevenDigitsIsRight() {
            // -0.49961538 × 0.50038462 = -0.24999985...
            double typed = Double.parseDouble(String.format("%.7g", -a0 * a1));
            assertRight(Exercises.jacobianEntry(typed, a, 0, 1));
        }

        @Test
        void offDiagonalEntryWithThePlusSign() {
            assertWrong(Exercises.jacobianEntry(p(0) * p(2), three, 0, 2), "the sign is wrong");
            Verdict two = Exercises.jacobianEntry(a0 * a1, a, 0, 1);
            assertWrong(two, "the sign is wrong", "two classes", "a_i (1 - a_i)");
        }

        @Test
        void offDiagonalEntryWithTheDiagonalFormula() {
            assertWrong(
                    Exercises.jacobianEntry(p(0) * (1 - p(0)), three, 0, 2),
                    "the diagonal formula a_i (1 - a_i)",
                    "i = j");
            assertWrong(
                    Exercises.jacobianEntry(p(2) * (1 - p(2)), three, 0, 2),
                    "the diagonal formula");
            // with two classes a_0 (1 - a_0) = a_0 a_1: the sign message names both mistakes
            assertWrong(Exercises.jacobianEntry(a0 * (1 - a0), a, 0, 1), "sign", "diagonal");
        }

        @Test
        void diagonalEntryIsAi1MinusAi() {
            assertRight(Exercises.jacobianEntry(a0 * (1 - a0), a, 0, 0));
            assertWrong(Exercises.jacobianEntry(-a0 * a0, a, 0, 0), "off-diagonal formula");
            assertWrong(Exercises.jacobianEntry(-a0 * (1 - a0), a, 0, 0), "the sign is wrong");
        }

        @Test
        void jacobianEntryThatIsSimplyWrong() {
            assertWrong(Exercises.jacobianEntry(0.1, a, 0, 1), "too large", "a_i (δ_ij - a_j)");
        }

        @Test
        void jacobianEntryLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.jacobianEntry(null, a, 0, 1));
        }

        @Test
        void jacobianEntryOfSeveralSamplesIsRefused() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Exercises.jacobianEntry(0.0, f.a2(), 0, 1));
        }

        @Test
        void rowSumIsZero() {
            Verdict v = Exercises.jacobianRowSum(0, a, 0);
            assertRight(v);
            assertTrue(v.message().contains("add up to 1"), v.message());
            assertRight(Exercises.jacobianRowSum(0.0, a, 1));
            assertRight(Exercises.jacobianRowSum(Softmax.jacobian(a).row(0).sum(), a, 0));
            assertRight(Exercises.jacobianRowSum(Softmax.jacobian(three).row(2).sum(), three, 2));
        }

        @Test
        void rowSumOfOneIsTheSumOfTheProbabilities() {
            assertWrong(Exercises.jacobianRowSum(1, a, 0), "probabilities", "sum to 1");
        }

        @Test
        void rowSumWithEveryEntryPositive() {
            assertWrong(
                    Exercises.jacobianRowSum(2 * p(1) * (1 - p(1)), three, 1),
                    "as positive numbers");
        }

        @Test
        void rowSumOfPartOfTheRow() {
            assertWrong(Exercises.jacobianRowSum(p(1) * (1 - p(1)), three, 1), "only the diagonal");
            assertWrong(
                    Exercises.jacobianRowSum(-p(1) * (p(0) + p(2)), three, 1),
                    "only the off-diagonal");
        }

        @Test
        void rowSumThatIsSimplyWrong() {
            assertWrong(Exercises.jacobianRowSum(-0.3, a, 0), "too small");
        }

        @Test
        void rowSumLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.jacobianRowSum(null, a, 0));
        }
    }

    /** Notebook 4: what a learning rate does, and when the loss first gets below a value. */
    @Nested
    class Training {

        private final TrainingHistory history = new GradientDescent(0.1).train(net, X, Y, 1000, 0);

        private Verdict outcome(TrainingOutcome guess, double alpha) {
            return Exercises.trainingOutcome(guess, net, X, Y, alpha, 1000);
        }

        @Test
        void alphaOneGetsStuckAtLn2() {
            Verdict v = outcome(TrainingOutcome.STUCK_AT_LN2, 1.0);
            assertRight(v);
            assertTrue(v.message().contains("stuck at 0.69314716 ≈ ln 2"), v.message());
            assertTrue(v.message().contains("all 4 hidden ReLUs are dead"), v.message());
        }

        @Test
        void alphaOneDoesNotConverge() {
            assertWrong(
                    outcome(TrainingOutcome.CONVERGES, 1.0),
                    "it does not converge",
                    "stuck at 0.69314716",
                    "chance level");
        }

        @Test
        void alphaOneDoesNotOscillate() {
            // the loss jumps only early on: 0.76327486 at epoch 6, then settles
            assertWrong(
                    outcome(TrainingOutcome.OSCILLATES, 1.0),
                    "it does not oscillate",
                    "first epochs",
                    "epoch 6");
        }

        @Test
        void alphaOneDoesNotDiverge() {
            assertWrong(
                    outcome(TrainingOutcome.DIVERGES_TO_NAN, 1.0),
                    "it does not diverge to NaN",
                    "TrainingDivergedException");
        }

        @Test
        void theOutcomeOfEachLearningRateIsFoundByTraining() {
            assertRight(outcome(TrainingOutcome.CONVERGES, 0.1));
            assertRight(outcome(TrainingOutcome.STUCK_AT_LN2, 0.5));
            assertRight(outcome(TrainingOutcome.OSCILLATES, 100));
            assertRight(outcome(TrainingOutcome.DIVERGES_TO_NAN, 1e200));
            assertWrong(outcome(TrainingOutcome.STUCK_AT_LN2, 0.1), "falls from 0.69340395");
            assertWrong(
                    outcome(TrainingOutcome.CONVERGES, 1e200),
                    "At α = 1e+200, training blows up at epoch");
            assertWrong(outcome(TrainingOutcome.CONVERGES, 100), "keeps jumping");
        }

        @Test
        void theOutcomeLeftBlankIsNotAttempted() {
            assertNotAttempted(outcome(null, 1.0));
        }

        @Test
        void theOutcomesReadAsTheChoices() {
            assertEquals("gets stuck at ln 2", TrainingOutcome.STUCK_AT_LN2.toString());
            assertEquals("diverges to NaN", TrainingOutcome.DIVERGES_TO_NAN.toString());
        }

        /** The first epoch below 0.1 in NumPy's loss history, counted from 1. */
        private int numpysFirstEpochBelow(double target) {
            var losses = ReferenceData.node("training_lr0.1/loss_history_epochs_1_to_1000");
            for (int e = 1; e <= losses.size(); e++) {
                if (losses.get(e - 1).doubleValue() < target) {
                    return e;
                }
            }
            throw new AssertionError("NumPy's loss never gets below " + target);
        }

        @Test
        void firstEpochBelowIsNumpysEpoch() {
            int first = numpysFirstEpochBelow(0.1);
            Verdict v = Exercises.firstEpochBelow(first, history, 0.1);
            assertRight(v);
            assertTrue(v.message().contains("at epoch " + first), v.message());
        }

        @Test
        void firstEpochBelowCountedFromZero() {
            int first = numpysFirstEpochBelow(0.1);
            assertWrong(
                    Exercises.firstEpochBelow(first - 1, history, 0.1),
                    "at epoch " + (first - 1) + " the loss is still",
                    "count from 1",
                    "losses()[i] is epoch i + 1");
        }

        @Test
        void firstEpochBelowTooEarlyOrTooLate() {
            int first = numpysFirstEpochBelow(0.1);
            assertWrong(
                    Exercises.firstEpochBelow(first - 30, history, 0.1),
                    "the loss is still",
                    "not below 0.1");
            assertWrong(
                    Exercises.firstEpochBelow(first + 5, history, 0.1),
                    "already below 0.1 before epoch " + (first + 5));
        }

        @Test
        void firstEpochBelowOutsideTheRun() {
            assertWrong(Exercises.firstEpochBelow(0, history, 0.1), "from 1 to 1000");
            assertWrong(Exercises.firstEpochBelow(1001, history, 0.1), "from 1 to 1000");
        }

        @Test
        void firstEpochBelowAValueNeverReached() {
            assertWrong(Exercises.firstEpochBelow(1000, history, 1e-6), "never gets below 1e-06");
        }

        @Test
        void firstEpochBelowLeftBlankIsNotAttempted() {
            assertNotAttempted(Exercises.firstEpochBelow(null, history, 0.1));
        }
    }
}
