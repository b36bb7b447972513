package backprop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checked exercises for the end of each notebook. The learner fills in a blank, and a call here
 * says whether it is right and, when it is not, names the likely mistake:
 *
 * <pre>
 *   Matrix myDb2 = null;   // your answer: dz2 summed down the columns, over m
 *   Exercises.db2(myDb2, f)
 * </pre>
 *
 * <p>Each check computes the right value from the library, never from a number typed in here, and
 * compares the answer with it and with the values the classic mistakes give. A blank answer ({@code
 * null}) is {@link Verdict.Status#NOT_ATTEMPTED}, never an exception, so a notebook with its blanks
 * still empty runs clean.
 *
 * <p>Matrices must agree within {@value #MATRIX_TOLERANCE} in every entry: learners compute them
 * with the library's operations, or type them in full. Single numbers may be typed by hand and must
 * agree to {@value #NUMBER_TOLERANCE} relative. A trade-off: a mistake is recognised only when it
 * alone explains the answer; two mistakes at once get the general message.
 */
public final class Exercises {

    /** How far apart, in any entry, a matrix answer and the right one may be. */
    public static final double MATRIX_TOLERANCE = 1e-9;

    /** How far apart, relative to the right value, a number typed by hand may be. */
    public static final double NUMBER_TOLERANCE = 1e-6;

    private Exercises() {}

    // ---------------------------------------------------------------- notebook 1: forward

    /**
     * Exercise: {@code z1 = X · W1 + b1} for the batch, by hand.
     *
     * <p>Recognises: b1 left out (this is right while b1 is zero, as in the document's network);
     * ReLU already applied (that is {@code a1}); the product written as on paper, {@code W1ᵀ · Xᵀ},
     * which gives {@code z1} transposed; any other shape.
     *
     * @param answer the learner's z1, or {@code null} while not attempted
     * @param net the network whose W1 and b1 the answer uses
     * @param X the batch, one sample a row
     */
    public static Verdict z1(Matrix answer, Network net, Matrix X) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        // z1 = X · W1 + b1
        Matrix z1 = X.dot(net.W1()).plus(net.b1());

        return new MatrixExercise("z1", z1)
                .right("z1 = X · W1 + b1, a row per sample and a column per hidden unit.")
                .mistake(
                        X.dot(net.W1()),
                        "you left out b1. z1 = X · W1 + b1, with b1 added to every row.")
                .mistake(
                        Relu.apply(z1),
                        "that is a1 = relu(z1). z1 is the weighted sum before ReLU, negative"
                                + " entries and all.")
                .transposed(
                        "your z1 is transposed, "
                                + z1.transpose().shape()
                                + " instead of "
                                + z1.shape()
                                + ": a column per sample, as W · x is written on paper. Here a"
                                + " sample is a row, so z1 = X · W1 + b1.")
                .shape(
                        "a row per sample (X has "
                                + X.rows()
                                + ") and a column per hidden unit (W1 has "
                                + net.hidden()
                                + ").")
                .recipe("z1 = X · W1 + b1.")
                .check(answer);
    }

    /**
     * Exercise: the shape of {@code z2}, written as NumPy prints a shape, {@code "(2, 2)"}. Any two
     * whole numbers are read as the shape, so {@code "2 x 2"} is fine too.
     *
     * <p>Recognises the shapes of z1 and a1, W2, b2 and X.
     *
     * @param answer the learner's shape, or {@code null} while not attempted
     * @param net the network
     * @param X the batch, one sample a row
     */
    public static Verdict z2Shape(String answer, Network net, Matrix X) {
        return answer == null ? Verdict.notAttempted() : z2ShapeExercise(net, X).check(answer);
    }

    /**
     * Exercise: the shape of {@code z2} as two numbers, {@code {rows, columns}}. See {@link
     * #z2Shape(String, Network, Matrix)}.
     */
    public static Verdict z2Shape(int[] answer, Network net, Matrix X) {
        return answer == null ? Verdict.notAttempted() : z2ShapeExercise(net, X).check(answer);
    }

    private static ShapeExercise z2ShapeExercise(Network net, Matrix X) {
        // z1 = X · W1 + b1,   a1 = relu(z1)
        Matrix a1 = Relu.apply(X.dot(net.W1()).plus(net.b1()));
        // z2 = a1 · W2 + b2
        Matrix z2 = a1.dot(net.W2()).plus(net.b2());

        return new ShapeExercise("z2", z2)
                .right(
                        "z2 = a1 · W2 + b2 is "
                                + a1.shape()
                                + " · "
                                + net.W2().shape()
                                + " = "
                                + z2.shape()
                                + ", a row per sample and a column per class.")
                .mistake(
                        a1,
                        "the shape of z1 and a1, a column per hidden unit. W2 takes the"
                                + " hidden units to the outputs.")
                .mistake(
                        net.W2(), "W2's shape. z2 = a1 · W2 + b2 has a row per sample, as a1 does.")
                .mistake(net.b2(), "b2's shape. b2 is a single row added to every row of a1 · W2.")
                .mistake(X, "X's shape. Follow the shapes through z1 and a1 to z2.")
                .recipe(
                        "a product (r × n) · (n × c) has shape (r, c), and adding b2 keeps it:"
                                + " look at the shapes of a1 and W2.");
    }

    /**
     * Exercise: the loss of one sample, {@code -Σ_i Y[k][i] ln a2[k][i]}, by hand. The ε inside the
     * log may be left out; it changes the loss by about 2e-8.
     *
     * <p>Recognises: log10 instead of the natural log; the minus sign left out; the batch's average
     * loss, or this sample's loss divided by m, or the batch's summed loss; another sample's loss;
     * the probability of another class than the true one.
     *
     * @param answer the learner's number, or {@code null} while not attempted
     * @param f the forward pass whose a2 and Y the answer uses
     * @param k the sample, counted from 0
     * @throws IndexOutOfBoundsException if there is no sample k
     */
    public static Verdict lossOfSample(Double answer, ForwardPass f, int k) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        Matrix a2 = f.a2().row(k);
        Matrix y = f.Y().row(k);
        int m = f.a2().rows();

        // L_k = -Σ_i Y[k][i] ln(a2[k][i] + ε)
        double loss = crossEntropy(a2, y, Math::log);

        int trueClass = y.argmaxOfRows()[0];
        boolean oneHot = y.get(0, trueClass) == 1.0;
        String truth =
                oneHot
                        ? "-ln a2[" + k + "][" + trueClass + "]"
                        : "-Σ_i Y[" + k + "][i] ln a2[" + k + "][i]";

        NumberExercise e =
                new NumberExercise("loss for sample " + k, loss)
                        .right(
                                String.format(
                                        Locale.ROOT,
                                        "the loss of sample %d is %s = %.8f, with the natural"
                                                + " log.",
                                        k,
                                        truth,
                                        loss))
                        .mistake(
                                crossEntropy(a2, y, Math::log10),
                                "that is log10. Cross-entropy uses the natural log, Math.log.")
                        .mistake(
                                -loss,
                                "the minus sign is missing. The log of a probability is negative;"
                                        + " the loss is minus it.")
                        .mistake(
                                -crossEntropy(a2, y, Math::log10),
                                "that is log10, and the minus sign is missing: the loss is"
                                        + " -Math.log(...).")
                        .mistake(
                                f.loss(),
                                "that is the loss averaged over the batch of m = "
                                        + m
                                        + " samples. The exercise asks for sample "
                                        + k
                                        + " alone.")
                        .mistake(
                                loss / m,
                                "you divided by m = "
                                        + m
                                        + ". One sample's loss is not averaged over anything.")
                        .mistake(
                                f.loss() * m,
                                "that is the loss summed over the batch. The exercise asks for"
                                        + " sample "
                                        + k
                                        + " alone.");
        for (int other = 0; other < m; other++) {
            if (other != k) {
                e.mistake(
                        crossEntropy(f.a2().row(other), f.Y().row(other), Math::log),
                        "that is sample "
                                + other
                                + "'s loss. Sample "
                                + k
                                + " is row "
                                + k
                                + " of a2 and Y.");
            }
        }
        for (int i = 0; i < a2.cols() && oneHot; i++) {
            if (i != trueClass) {
                e.mistake(
                        -Math.log(a2.get(0, i)),
                        "that is -ln of the probability of class "
                                + i
                                + ", but sample "
                                + k
                                + "'s true class is "
                                + trueClass
                                + ": the 1 in row "
                                + k
                                + " of Y.");
            }
        }
        return e.recipe("the loss of sample " + k + " is " + truth + ".").check(answer);
    }

    /** {@code -Σ_i y_i log(a_i + ε)} for one sample, with the log given. */
    private static double crossEntropy(Matrix a, Matrix y, DoubleUnaryOperator log) {
        double sum = 0.0;
        for (int i = 0; i < a.cols(); i++) {
            if (y.get(0, i) != 0) {
                sum += y.get(0, i) * log.applyAsDouble(a.get(0, i) + CrossEntropy.EPSILON);
            }
        }
        return -sum;
    }

    // ---------------------------------------------------------------- the checking machinery

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2g", v);
    }

    /** True when every entry of {@code a} is within the matrix tolerance of {@code b}. */
    private static boolean close(Matrix a, Matrix b) {
        return a.rows() == b.rows()
                && a.cols() == b.cols()
                && a.minus(b).maxAbs() <= MATRIX_TOLERANCE;
    }

    /** True when {@code answer} is within the number tolerance of {@code truth}. */
    private static boolean close(double answer, double truth, double scale) {
        return Math.abs(answer - truth) <= NUMBER_TOLERANCE * scale;
    }

    /** A check of a matrix answer against the right value and the values of classic mistakes. */
    private static final class MatrixExercise {
        private final String name;
        private final Matrix truth;
        private final List<Matrix> mistakes = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();
        private String right;
        private String transposed;
        private String shape;
        private String recipe;

        MatrixExercise(String name, Matrix truth) {
            this.name = name;
            this.truth = truth;
        }

        MatrixExercise right(String why) {
            right = why;
            return this;
        }

        MatrixExercise mistake(Matrix value, String hint) {
            mistakes.add(value);
            hints.add(hint);
            return this;
        }

        MatrixExercise transposed(String hint) {
            transposed = hint;
            return this;
        }

        /** What the shape means, said after a shape mismatch. */
        MatrixExercise shape(String meaning) {
            shape = meaning;
            return this;
        }

        /** The formula, said after a wrong answer no mistake explains. */
        MatrixExercise recipe(String formula) {
            recipe = formula;
            return this;
        }

        Verdict check(Matrix answer) {
            String bad = answer.firstNonFinite();
            if (bad != null) {
                return Verdict.wrong("your " + name + bad + ". Every entry should be a number.");
            }
            if (close(answer, truth)) {
                return Verdict.right(right);
            }
            for (int i = 0; i < mistakes.size(); i++) {
                if (close(answer, mistakes.get(i))) {
                    return Verdict.wrong(hints.get(i));
                }
            }
            if (answer.rows() != truth.rows() || answer.cols() != truth.cols()) {
                if (close(answer.transpose(), truth) && transposed != null) {
                    return Verdict.wrong(transposed);
                }
                return Verdict.wrong(
                        "your "
                                + name
                                + " has shape "
                                + answer.shape()
                                + " but should have shape "
                                + truth.shape()
                                + ": "
                                + shape);
            }
            Matrix gap = answer.minus(truth);
            double largest = gap.maxAbs();
            if (largest <= NUMBER_TOLERANCE * truth.maxAbs()) {
                return Verdict.wrong(
                        "your "
                                + name
                                + " is close (largest difference "
                                + format(largest)
                                + ") but not within "
                                + NumpyFormat.repr(MATRIX_TOLERANCE)
                                + ". Printed values are rounded: compute with the matrices"
                                + " themselves rather than typing printed digits.");
            }
            return Verdict.wrong(
                    "your "
                            + name
                            + " is off: the largest difference from the right one is "
                            + format(largest)
                            + ", at "
                            + largestEntry(gap)
                            + ". Recall "
                            + recipe);
        }

        private static String largestEntry(Matrix gap) {
            double largest = gap.maxAbs();
            for (int i = 0; i < gap.rows(); i++) {
                for (int j = 0; j < gap.cols(); j++) {
                    if (Math.abs(gap.get(i, j)) == largest) {
                        return "[" + i + "][" + j + "]";
                    }
                }
            }
            throw new AssertionError("no entry holds the largest difference");
        }
    }

    /** A check of a number answer against the right value and the values of classic mistakes. */
    private static final class NumberExercise {
        private final String name;
        private final double truth;
        private final List<Double> mistakes = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();
        private double scale;
        private String right;
        private String recipe;

        NumberExercise(String name, double truth) {
            this.name = name;
            this.truth = truth;
            this.scale = Math.abs(truth);
        }

        NumberExercise right(String why) {
            right = why;
            return this;
        }

        /**
         * The size the tolerance is relative to, for a right value near 0 (a sum that cancels): the
         * size of the numbers it is made of.
         */
        NumberExercise scale(double size) {
            scale = size;
            return this;
        }

        NumberExercise mistake(double value, String hint) {
            mistakes.add(value);
            hints.add(hint);
            return this;
        }

        NumberExercise recipe(String formula) {
            recipe = formula;
            return this;
        }

        Verdict check(double answer) {
            if (!Double.isFinite(answer)) {
                return Verdict.wrong(
                        "your " + name + " is " + answer + ". It should be a finite number.");
            }
            if (close(answer, truth, scale)) {
                return Verdict.right(right);
            }
            for (int i = 0; i < mistakes.size(); i++) {
                double m = mistakes.get(i);
                if (close(answer, m, Math.max(Math.abs(m), scale))) {
                    return Verdict.wrong(hints.get(i));
                }
            }
            return Verdict.wrong(
                    "your "
                            + name
                            + ", "
                            + answer
                            + ", is too "
                            + (answer > truth ? "large" : "small")
                            + ". Recall "
                            + recipe);
        }
    }

    /** A check of a shape, (rows, columns), against the right one and the shapes of mistakes. */
    private static final class ShapeExercise {
        private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

        private final String name;
        private final Matrix truth;
        private final List<Matrix> mistakes = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();
        private String right;
        private String recipe;

        ShapeExercise(String name, Matrix truth) {
            this.name = name;
            this.truth = truth;
        }

        ShapeExercise right(String why) {
            right = why;
            return this;
        }

        /** A mistake: giving the shape of {@code other}. */
        ShapeExercise mistake(Matrix other, String hint) {
            mistakes.add(other);
            hints.add(hint);
            return this;
        }

        ShapeExercise recipe(String rule) {
            recipe = rule;
            return this;
        }

        Verdict check(String answer) {
            List<Integer> numbers = new ArrayList<>();
            Matcher m = WHOLE_NUMBER.matcher(answer);
            while (m.find()) {
                try {
                    numbers.add(Integer.parseInt(m.group()));
                } catch (NumberFormatException tooLarge) {
                    numbers.add(Integer.MAX_VALUE);
                }
            }
            return check(numbers.stream().mapToInt(Integer::intValue).toArray());
        }

        Verdict check(int[] answer) {
            if (answer.length != 2) {
                return Verdict.wrong(
                        "write the shape of "
                                + name
                                + " as two numbers, (rows, columns), the way NumPy prints"
                                + " .shape.");
            }
            int rows = answer[0];
            int cols = answer[1];
            String given = "(" + rows + ", " + cols + ")";
            if (rows == truth.rows() && cols == truth.cols()) {
                return Verdict.right(right);
            }
            for (int i = 0; i < mistakes.size(); i++) {
                if (rows == mistakes.get(i).rows() && cols == mistakes.get(i).cols()) {
                    return Verdict.wrong(given + " is " + hints.get(i));
                }
            }
            return Verdict.wrong(given + " is not the shape of " + name + ". Recall " + recipe);
        }
    }
}
