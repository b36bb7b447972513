package backprop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
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
 * agree to {@value #NUMBER_TOLERANCE} relative; they are taken as a {@link Number}, so a blank
 * declared {@code Double} or {@code Number} works, and so does a whole number such as {@code 0}. A
 * trade-off: a mistake is recognised only when it alone explains the answer; two mistakes at once
 * get the general message.
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
    public static Verdict lossOfSample(Number answer, ForwardPass f, int k) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        Matrix a2 = f.a2().row(k);
        Matrix y = f.Y().row(k);
        int m = f.a2().rows();

        // L_k = -Σ_i Y[k][i] ln(a2[k][i] + ε): the batch loss of a batch of one
        double loss = CrossEntropy.loss(a2, y);

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
                        CrossEntropy.loss(f.a2().row(other), f.Y().row(other)),
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
        return e.recipe("the loss of sample " + k + " is " + truth + ".")
                .check(answer.doubleValue());
    }

    /** {@code -Σ_i y_i log(a_i + ε)} for one sample, with another log than the natural one. */
    private static double crossEntropy(Matrix a, Matrix y, DoubleUnaryOperator log) {
        double sum = 0.0;
        for (int i = 0; i < a.cols(); i++) {
            if (y.get(0, i) != 0) {
                sum += y.get(0, i) * log.applyAsDouble(a.get(0, i) + CrossEntropy.EPSILON);
            }
        }
        return -sum;
    }

    // ---------------------------------------------------------------- notebook 2: backward

    /**
     * Exercise: {@code db2}, the column sums of {@code dz2 = a2 - Y} divided by m, by hand.
     *
     * <p>Recognises: not divided by m, or divided twice; summed along the rows (one number per
     * sample); not summed at all ({@code dz2} itself, or over m); the sign flipped ({@code Y -
     * a2}); the right numbers as a column.
     *
     * @param answer the learner's db2, or {@code null} while not attempted
     * @param f the forward pass whose a2 and Y the answer uses
     */
    public static Verdict db2(Matrix answer, ForwardPass f) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        int m = f.X().rows();

        // dz2 = a2 - Y
        Matrix dz2 = f.a2().minus(f.Y());

        // db2 = Σ_k dz2[k] / m   (a sum down the columns)
        Matrix db2 = dz2.sumColumns().divide(m);

        return new MatrixExercise("db2", db2)
                .right("db2 is the column sums of dz2 divided by m.")
                .mistake(
                        dz2.sumColumns(),
                        "your db2 is "
                                + m
                                + " times too large. Did you forget to divide by m = "
                                + m
                                + "?")
                .mistake(
                        db2.divide(m),
                        "your db2 is " + m + " times too small. Divide by m once, not twice.")
                .mistake(db2.times(-1), "the sign is flipped. dz2 = a2 - Y, not Y - a2.")
                .mistake(
                        dz2,
                        "that is dz2 itself, shape "
                                + dz2.shape()
                                + ". db2 sums it over the samples, down each column, then"
                                + " divides by m.")
                .mistake(
                        dz2.divide(m),
                        "you divided dz2 by m but did not sum it. Add up the samples (the rows),"
                                + " down each column.")
                .shapeMistake(
                        m,
                        1,
                        "your db2 has shape ("
                                + m
                                + ", 1), one number per sample: you summed along each row."
                                + " Sum down the columns instead, one number per output, to"
                                + " b2's shape "
                                + db2.shape()
                                + ".")
                .transposed(
                        "your db2 is a column. It has b2's shape "
                                + db2.shape()
                                + ": one row, a number per output.")
                .shape("b2's shape, one row with a number per output.")
                .recipe("db2 = (1/m) Σ_k dz2[k]: the column sums of dz2 = a2 - Y, over m.")
                .check(answer);
    }

    /**
     * Exercise: the shape of {@code dW1}, written as NumPy prints a shape, {@code "(3, 4)"}. It is
     * W1's shape, as every gradient has its parameter's shape.
     *
     * <p>Recognises the shapes of X, Xᵀ, dz1 and W1ᵀ.
     *
     * @param answer the learner's shape, or {@code null} while not attempted
     * @param net the network
     * @param f a forward pass of that network
     */
    public static Verdict dW1Shape(String answer, Network net, ForwardPass f) {
        return answer == null ? Verdict.notAttempted() : dW1ShapeExercise(net, f).check(answer);
    }

    /**
     * Exercise: the shape of {@code dW1} as two numbers, {@code {rows, columns}}. See {@link
     * #dW1Shape(String, Network, ForwardPass)}.
     */
    public static Verdict dW1Shape(int[] answer, Network net, ForwardPass f) {
        return answer == null ? Verdict.notAttempted() : dW1ShapeExercise(net, f).check(answer);
    }

    private static ShapeExercise dW1ShapeExercise(Network net, ForwardPass f) {
        Gradients g = net.backward(f);
        Matrix X = f.X();
        String product =
                "dW1 = Xᵀ · dz1 / m is "
                        + X.transpose().shape()
                        + " · "
                        + g.dz1().shape()
                        + " = "
                        + g.dW1().shape();

        return new ShapeExercise("dW1", g.dW1())
                .right(
                        "dW1 has W1's shape, "
                                + net.W1().shape()
                                + ", as every gradient has the shape of its parameter.")
                .mistake(X, "X's shape. A gradient has its parameter's shape: dW1 has W1's shape.")
                .mistake(net.W1().transpose(), "W1's shape transposed. " + product + ".")
                .mistake(
                        g.dz1(),
                        "dz1's shape, a row per sample. Xᵀ · dz1 adds up the samples: "
                                + product
                                + ".")
                .mistake(X.transpose(), "Xᵀ's shape, only the first factor. " + product + ".")
                .recipe(
                        "a gradient always has the shape of its parameter, since the step"
                                + " W1 - α · dW1 subtracts it entry by entry.");
    }

    /**
     * Exercise: {@code dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1)}, by hand. A mask taken from {@code a1}
     * instead of {@code z1} is the same mask, since {@code a1 > 0} exactly where {@code z1 > 0}.
     *
     * <p>Recognises: the ReLU mask left out, or inverted, or taken from the incoming gradient;
     * multiplied by a1 or z1 instead of relu'(z1); W2 used after its update, at any α; a 1/m too
     * early; the sign flipped; a transposed result, and any other shape.
     *
     * @param answer the learner's dz1, or {@code null} while not attempted
     * @param net the network of the forward pass, its W2 not yet updated
     * @param f the forward pass
     */
    public static Verdict dz1(Matrix answer, Network net, ForwardPass f) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        Gradients g = net.backward(f);
        int m = f.X().rows();

        // relu'(z1) = [z1 > 0]
        Matrix mask = Relu.derivative(f.z1());

        // dz2 · W2ᵀ: the error arriving at the hidden layer
        Matrix back = g.dz2().dot(net.W2().transpose());

        // With W2 already updated, W2 - α dW2, the answer is dz1 - α · (dz2 · dW2ᵀ) ⊙ relu'(z1)
        Matrix perAlpha = g.dz2().dot(g.dW2().transpose()).multiply(mask);

        return new MatrixExercise("dz1", g.dz1())
                .right("dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1), with W2 as it was in the forward pass.")
                .mistake(
                        back,
                        "you left out the ReLU mask. Multiply (⊙) by relu'(z1): 1 where z1 > 0,"
                                + " 0 elsewhere, so no error flows back through a unit that was"
                                + " off.")
                .mistake(
                        back.multiply(f.a1()),
                        "you multiplied by a1 = relu(z1), the activation. Use its derivative"
                                + " relu'(z1): 1 where z1 > 0, 0 elsewhere.")
                .mistake(
                        back.multiply(f.z1()),
                        "you multiplied by z1 itself. Use the derivative relu'(z1): 1 where"
                                + " z1 > 0, 0 elsewhere.")
                .mistake(
                        Relu.apply(back),
                        "your mask came from the incoming error dz2 · W2ᵀ. It must come from z1,"
                                + " which says whether each unit was on in the forward pass.")
                .mistake(
                        back.multiply(mask.map(v -> 1 - v)),
                        "your mask is inverted. relu'(z1) is 1 where z1 > 0 (the unit was on)"
                                + " and 0 elsewhere.")
                .mistake(
                        g.dz1().divide(m),
                        "your dz1 is "
                                + m
                                + " times too small. dz2 = a2 - Y carries no 1/m; divide by m"
                                + " only in dW1 and db1.")
                .mistake(g.dz1().times(-1), "the sign is flipped. dz2 = a2 - Y, not Y - a2.")
                .mistake(
                        a -> {
                            double alpha = fittedStep(g.dz1(), a, perAlpha);
                            return alpha > 0 && close(a, g.dz1().minus(perAlpha.times(alpha)))
                                    ? "you used W2 after its update (a step at α = "
                                            + shortNumber(alpha)
                                            + "). dz1 needs W2 as it was in the forward pass:"
                                            + " compute every gradient first, then update."
                                    : null;
                        })
                .transposed(
                        "your dz1 is transposed, "
                                + g.dz1().transpose().shape()
                                + " instead of "
                                + g.dz1().shape()
                                + ". Keep a row per sample: dz2 · W2ᵀ, not W2 · dz2ᵀ.")
                .shape(
                        "z1's shape, a row per sample and a column per hidden unit. dz2 · W2ᵀ is "
                                + g.dz2().shape()
                                + " · "
                                + net.W2().transpose().shape()
                                + ".")
                .recipe(
                        "dz1 = (dz2 · W2ᵀ) ⊙ relu'(z1), with dz2 = a2 - Y and W2 as it was in the"
                                + " forward pass.")
                .check(answer);
    }

    /**
     * The step size α for which {@code truth - α · direction} comes nearest to {@code answer}, by
     * least squares; NaN when the direction is zero.
     */
    private static double fittedStep(Matrix truth, Matrix answer, Matrix direction) {
        double norm = direction.multiply(direction).sum();
        return norm > 0 ? truth.minus(answer).multiply(direction).sum() / norm : Double.NaN;
    }

    /** A fitted number to 3 significant digits, printed short: 0.1, not 0.100000000001. */
    private static String shortNumber(double v) {
        return NumpyFormat.repr(Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)));
    }

    /**
     * Exercise: {@code W1} after one gradient-descent step, {@code W1 - α · dW1}, with dW1 from the
     * backward pass before anything was updated.
     *
     * <p>Recognises: the sign flipped; α left out; dW1 computed after W2 was updated; dW1 without
     * its 1/m, or divided twice; W1 unchanged; the step or the gradient instead of the new W1; any
     * other shape.
     *
     * @param answer the learner's new W1, or {@code null} while not attempted
     * @param net the network before the step
     * @param f a forward pass of that network
     * @param alpha the learning rate α
     * @throws IllegalArgumentException if {@code alpha} is not a finite positive number
     */
    public static Verdict W1AfterStep(Matrix answer, Network net, ForwardPass f, double alpha) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        GradientDescent gd = new GradientDescent(alpha);
        Gradients g = net.backward(f);
        Matrix W1 = net.W1();
        Matrix dW1 = g.dW1();
        int m = f.X().rows();

        // W1_new = W1 - α dW1
        Matrix W1New = gd.step(net, g).W1();

        // dW1 as it comes out when W2 is updated before the backward pass reaches dz1
        Matrix lateDW1 = net.with("W2", gd.step(net.W2(), g.dW2())).backward(f).dW1();

        return new MatrixExercise("new W1", W1New)
                .right("the new W1 is W1 - α · dW1, with dW1 from the gradients before any update.")
                .mistake(
                        W1.plus(dW1.times(alpha)),
                        "the sign is flipped: that step goes uphill. Gradient descent subtracts,"
                                + " W1 - α · dW1.")
                .mistake(
                        W1.minus(dW1),
                        "the step is missing α. It is W1 - α · dW1, with α = "
                                + NumpyFormat.repr(alpha)
                                + ".")
                .mistake(
                        W1.minus(lateDW1.times(alpha)),
                        "your dW1 was computed after W2 was updated. Backpropagation uses W2 as"
                                + " it was in the forward pass: compute every gradient first, then"
                                + " update.")
                .mistake(
                        W1.minus(dW1.times(alpha * m)),
                        "your step is "
                                + m
                                + " times too large. Is your dW1 divided by m = "
                                + m
                                + "?")
                .mistake(
                        W1.minus(dW1.times(alpha / m)),
                        "your step is " + m + " times too small. Divide dW1 by m once, not twice.")
                .mistake(W1, "that is W1 before the step. Subtract α · dW1 from it.")
                .mistake(dW1.times(alpha), "that is the step α · dW1. Subtract it from W1.")
                .mistake(dW1.times(-alpha), "that is the step -α · dW1 alone. Add W1 to it.")
                .mistake(dW1, "that is the gradient dW1. The new W1 is W1 - α · dW1.")
                .shape("W1's shape. A step changes the values of W1, never its shape.")
                .recipe("W1_new = W1 - α · dW1, with dW1 = Xᵀ · dz1 / m from before any update.")
                .check(answer);
    }

    // ---------------------------------------------------------------- notebook 3: softmax

    /**
     * Exercise: one entry {@code J[i][j] = ∂a_i/∂z_j} of the softmax Jacobian of one sample, by
     * hand: {@code a_i (1 - a_i)} on the diagonal, {@code -a_i a_j} off it.
     *
     * <p>Recognises, off the diagonal: the plus sign, {@code +a_i a_j}; the diagonal formula {@code
     * a_i (1 - a_i)} or {@code a_j (1 - a_j)}. With two classes these give the same number, since
     * {@code 1 - a_0 = a_1}, and the message names both. On the diagonal: the off-diagonal formula
     * {@code -a_i a_i}; the minus sign; {@code a_i} alone.
     *
     * @param answer the learner's number, or {@code null} while not attempted
     * @param a one sample's softmax output, a 1 × n row
     * @param i the row of J, the probability a_i, counted from 0
     * @param j the column of J, the score z_j, counted from 0
     * @throws IllegalArgumentException if {@code a} is not a single row
     * @throws IndexOutOfBoundsException if there is no entry (i, j)
     */
    public static Verdict jacobianEntry(Number answer, Matrix a, int i, int j) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        // J[i][j] = a_i (δ_ij - a_j)
        double entry = Softmax.jacobian(a).get(i, j);
        double ai = a.get(0, i);
        double aj = a.get(0, j);
        String name = "J[" + i + "][" + j + "]";

        NumberExercise e =
                new NumberExercise(name, entry)
                        .recipe(
                                "J_ij = a_i (δ_ij - a_j): a_i (1 - a_i) on the diagonal, -a_i a_j"
                                        + " off it.");
        if (i == j) {
            return e.right(
                            String.format(
                                    Locale.ROOT,
                                    "on the diagonal J_ii = a_i (1 - a_i) = %.8f.",
                                    entry))
                    .mistake(
                            -ai * ai,
                            "that is the off-diagonal formula -a_i a_j with j = i. On the diagonal"
                                    + " δ_ii = 1, so J_ii = a_i (1 - a_i).")
                    .mistake(
                            -entry,
                            "the sign is wrong. On the diagonal J_ii = a_i (1 - a_i) is positive:"
                                    + " raising z_i raises a_i.")
                    .mistake(ai, "that is a_i alone. J_ii = a_i (1 - a_i).")
                    .check(answer.doubleValue());
        }
        String sameNumber =
                a.cols() == 2
                        ? " (With two classes, the diagonal formula a_i (1 - a_i) gives this same"
                                + " number, since 1 - a_0 = a_1: it is for i = j only.)"
                        : "";
        return e.right(
                        String.format(
                                Locale.ROOT, "off the diagonal J_ij = -a_i a_j = %.8f.", entry))
                .mistake(
                        ai * aj,
                        "the sign is wrong. Off the diagonal J_ij = -a_i a_j: raising z_j takes"
                                + " probability away from a_i."
                                + sameNumber)
                .mistake(
                        ai * (1 - ai),
                        "that is the diagonal formula a_i (1 - a_i), for i = j only. Off the"
                                + " diagonal J_ij = -a_i a_j.")
                .mistake(
                        aj * (1 - aj),
                        "that is the diagonal formula a_j (1 - a_j), for i = j only. Off the"
                                + " diagonal J_ij = -a_i a_j.")
                .check(answer.doubleValue());
    }

    /**
     * Exercise: the sum of row i of the softmax Jacobian of one sample. It is 0, as {@code Σ_j a_i
     * (δ_ij - a_j) = a_i (1 - Σ_j a_j)} and the probabilities add up to 1. Since the sum cancels,
     * the tolerance is relative to the size of the row's entries.
     *
     * <p>Recognises: 1, the sum of the probabilities; every entry added as positive; the diagonal
     * entry alone; the off-diagonal entries alone.
     *
     * @param answer the learner's number, or {@code null} while not attempted
     * @param a one sample's softmax output, a 1 × n row
     * @param i the row of J, counted from 0
     * @throws IllegalArgumentException if {@code a} is not a single row
     * @throws IndexOutOfBoundsException if there is no row i
     */
    public static Verdict jacobianRowSum(Number answer, Matrix a, int i) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        Matrix row = Softmax.jacobian(a).row(i);
        double diagonal = row.get(0, i);

        // Σ_j J[i][j] = a_i (1 - Σ_j a_j)
        double sum = row.sum();

        return new NumberExercise("sum of row " + i, sum)
                .scale(row.maxAbs())
                .right(
                        "a row of J sums to a_i (1 - Σ_j a_j) = 0, because the probabilities add"
                                + " up to 1.")
                .mistake(
                        1.0,
                        "the probabilities a sum to 1, but a row of J holds their derivatives."
                                + " Add up a_i (δ_ij - a_j) over j.")
                .mistake(
                        2 * diagonal,
                        "you added the off-diagonal entries as positive numbers. They are -a_i"
                                + " a_j, below 0.")
                .mistake(
                        diagonal,
                        "that is only the diagonal entry a_i (1 - a_i). Add the off-diagonal"
                                + " entries -a_i a_j too.")
                .mistake(
                        sum - diagonal,
                        "that is only the off-diagonal entries -a_i a_j. Add the diagonal entry"
                                + " a_i (1 - a_i) too.")
                .recipe("row i of J holds a_i (δ_ij - a_j) for every j: add them up.")
                .check(answer.doubleValue());
    }

    // ---------------------------------------------------------------- notebook 4: training

    /**
     * Exercise: predict what training does at a learning rate, then check by training: the network
     * is trained from {@code net} for {@code epochs} epochs at {@code alpha}, silently, and the
     * outcome read off the losses as {@link TrainingOutcome} describes. For the document's network
     * at α = 1.0 and 1000 epochs the loss gets stuck at ln 2.
     *
     * <p>The message says what the run did, with its numbers: where the loss ended, the epoch it
     * blew up, how many hidden ReLUs died, how far it jumped early on.
     *
     * @param answer the learner's prediction, or {@code null} while not attempted
     * @param net the untrained network
     * @param X the batch, one sample a row
     * @param Y the labels
     * @param alpha the learning rate α
     * @param epochs how many epochs to train
     * @throws IllegalArgumentException if {@code alpha} is not a finite positive number, {@code
     *     epochs} is not positive, or for the input errors of {@link Network#forward}
     */
    public static Verdict trainingOutcome(
            TrainingOutcome answer, Network net, Matrix X, Matrix Y, double alpha, int epochs) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        String run = "at α = " + NumpyFormat.repr(alpha) + ", after " + epochs + " epochs, ";
        TrainingHistory h;
        try {
            h = new GradientDescent(alpha).train(net, X, Y, epochs, 0);
        } catch (TrainingDivergedException e) {
            String what =
                    "at α = "
                            + NumpyFormat.repr(alpha)
                            + ", training blows up at epoch "
                            + e.epoch()
                            + ": the loss or a weight stops being a finite number, and the"
                            + " library stops with a TrainingDivergedException.";
            return answer == TrainingOutcome.DIVERGES_TO_NAN
                    ? Verdict.right(what)
                    : Verdict.wrong(notThat(answer) + " " + capitalised(what));
        }
        double[] losses = h.losses();
        TrainingOutcome outcome = TrainingOutcome.of(losses, net.outputs());
        String what = run + describe(outcome, h, X, Y) + ".";
        if (answer == outcome) {
            return Verdict.right(what);
        }
        String hint = "";
        if (outcome == TrainingOutcome.STUCK_AT_LN2) {
            hint = stuckHint(answer, losses);
        }
        return Verdict.wrong(notThat(answer) + " " + capitalised(what) + hint);
    }

    /** What the run did, in numbers. */
    private static String describe(TrainingOutcome outcome, TrainingHistory h, Matrix X, Matrix Y) {
        double[] losses = h.losses();
        double first = losses[0];
        double last = h.finalLoss();
        int classes = h.network().outputs();
        if (outcome == TrainingOutcome.STUCK_AT_LN2) {
            double lnK = Math.log(classes);
            int since = losses.length;
            while (since > 1
                    && Math.abs(losses[since - 2] - lnK) <= TrainingOutcome.STUCK_TOLERANCE * lnK) {
                since--;
            }
            Matrix a1 = h.network().forward(X, Y).a1();
            int dead = 0;
            for (int unit = 0; unit < a1.cols(); unit++) {
                // a unit is dead when it outputs 0 for every sample
                dead += a1.transpose().row(unit).maxAbs() == 0 ? 1 : 0;
            }
            String deadUnits =
                    dead == a1.cols()
                            ? "all " + dead + " hidden ReLUs are dead, so a1 = 0 for every sample"
                            : dead + " of " + a1.cols() + " hidden ReLUs are dead";
            return String.format(
                    Locale.ROOT,
                    "the loss is stuck at %.8f ≈ ln %d from epoch %d on, the loss of predicting"
                            + " 1/%d for each class: %s",
                    last,
                    classes,
                    since,
                    classes,
                    deadUnits);
        }
        if (outcome == TrainingOutcome.OSCILLATES) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            int tenth = TrainingOutcome.lastTenth(losses.length);
            for (int e = losses.length - tenth; e < losses.length; e++) {
                low = Math.min(low, losses[e]);
                high = Math.max(high, losses[e]);
            }
            return String.format(
                    Locale.ROOT,
                    "the loss keeps jumping: over the last %d epochs it goes between %.8f and"
                            + " %.8f",
                    tenth,
                    low,
                    high);
        }
        return last < first
                ? String.format(Locale.ROOT, "the loss falls from %.8f to %.8f", first, last)
                : String.format(
                        Locale.ROOT,
                        "the loss settles at %.8f, above where it started, %.8f",
                        last,
                        first);
    }

    /** Why a prediction other than "stuck" was wrong for a run that got stuck. */
    private static String stuckHint(TrainingOutcome answer, double[] losses) {
        int highest = 1;
        for (int e = 1; e < losses.length; e++) {
            highest = losses[e] > losses[highest] ? e : highest;
        }
        boolean jumped = losses.length > 1 && losses[highest] > losses[0];
        return switch (answer) {
            case CONVERGES ->
                    " It does stop changing, but at chance level: the network has stopped"
                            + " learning, not learned.";
            case OSCILLATES ->
                    jumped
                            ? String.format(
                                    Locale.ROOT,
                                    " It jumps about only in the first epochs (up to %.8f at"
                                            + " epoch %d), then stays put.",
                                    losses[highest],
                                    highest + 1)
                            : "";
            case DIVERGES_TO_NAN ->
                    " Nothing becomes NaN: the library would stop with a"
                            + " TrainingDivergedException if it did.";
            case STUCK_AT_LN2 -> "";
        };
    }

    /** The prediction, denied: "it does not converge". */
    private static String notThat(TrainingOutcome answer) {
        return switch (answer) {
            case CONVERGES -> "it does not converge.";
            case OSCILLATES -> "it does not oscillate.";
            case DIVERGES_TO_NAN -> "it does not diverge to NaN.";
            case STUCK_AT_LN2 -> "it does not get stuck at ln 2.";
        };
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * Exercise: the first epoch whose loss is below {@code target}, counting epochs from 1 as
     * {@link TrainingHistory#loss(int)} and the training log count them: the epoch whose loss,
     * before its step, is the first below the target.
     *
     * <p>Recognises: one too early, as when counting from 0 ({@code losses()[i]} is epoch {@code i
     * + 1}); too early or too late, saying the loss at that epoch; an epoch outside the run.
     *
     * @param answer the learner's epoch, or {@code null} while not attempted
     * @param history the training run
     * @param target the loss to get below, strictly
     */
    public static Verdict firstEpochBelow(Integer answer, TrainingHistory history, double target) {
        if (answer == null) {
            return Verdict.notAttempted();
        }
        int epochs = history.epochs();
        String below = NumpyFormat.repr(target);
        int first = 0;
        for (int e = 1; e <= epochs && first == 0; e++) {
            first = history.loss(e) < target ? e : 0;
        }
        if (first == 0) {
            return Verdict.wrong(
                    "in these "
                            + epochs
                            + " epochs the loss never gets below "
                            + below
                            + String.format(
                                    Locale.ROOT, "; at the end it is %.8f.", history.finalLoss()));
        }
        int e = answer;
        if (e == first) {
            String before =
                    first > 1
                            ? String.format(
                                    Locale.ROOT,
                                    "; at epoch %d it was still %.8f",
                                    first - 1,
                                    history.loss(first - 1))
                            : "";
            return Verdict.right(
                    String.format(
                            Locale.ROOT,
                            "at epoch %d the loss is %.8f, below %s for the first time%s.",
                            first,
                            history.loss(first),
                            below,
                            before));
        }
        if (e < 1 || e > epochs) {
            return Verdict.wrong(
                    "the run has epochs from 1 to "
                            + epochs
                            + ", counted as history.loss(epoch) counts them.");
        }
        String still =
                String.format(
                        Locale.ROOT,
                        "at epoch %d the loss is still %.8f, not below %s.",
                        e,
                        history.loss(e),
                        below);
        if (e == first - 1) {
            return Verdict.wrong(
                    still
                            + " Epochs count from 1, as history.loss(epoch) and the log count"
                            + " them: history.losses()[i] is epoch i + 1.");
        }
        if (e < first) {
            return Verdict.wrong(still);
        }
        return Verdict.wrong(
                "the loss is already below "
                        + below
                        + " before epoch "
                        + e
                        + ": look for the first epoch where it is.");
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
        private final List<Function<Matrix, String>> recognisers = new ArrayList<>();
        private final List<int[]> wrongShapes = new ArrayList<>();
        private final List<String> shapeHints = new ArrayList<>();
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

        /**
         * A mistake told by a test rather than a value, asked only of an answer of the right shape:
         * it gives the hint, or null when the answer is not this mistake.
         */
        MatrixExercise mistake(Function<Matrix, String> recogniser) {
            recognisers.add(recogniser);
            return this;
        }

        /** A mistake told by the shape alone. */
        MatrixExercise shapeMistake(int rows, int cols, String hint) {
            wrongShapes.add(new int[] {rows, cols});
            shapeHints.add(hint);
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
            boolean sameShape = answer.rows() == truth.rows() && answer.cols() == truth.cols();
            for (Function<Matrix, String> recogniser : recognisers) {
                String hint = sameShape ? recogniser.apply(answer) : null;
                if (hint != null) {
                    return Verdict.wrong(hint);
                }
            }
            if (!sameShape) {
                if (close(answer.transpose(), truth) && transposed != null) {
                    return Verdict.wrong(transposed);
                }
                for (int i = 0; i < wrongShapes.size(); i++) {
                    if (answer.rows() == wrongShapes.get(i)[0]
                            && answer.cols() == wrongShapes.get(i)[1]) {
                        return Verdict.wrong(shapeHints.get(i));
                    }
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
