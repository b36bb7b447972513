package backprop;

import static backprop.MatrixAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationsAndLossTest {

    @Test
    void reluKeepsPositivesAndZeroesTheRest() {
        Matrix z = Matrix.rowVector(-2, -0.0, 0, 0.5, 3);
        assertEquals(Matrix.rowVector(0, 0, 0, 0.5, 3), Relu.apply(z));
    }

    @Test
    void reluDerivativeIsZeroAtExactlyZero() {
        Matrix z = Matrix.rowVector(-1, 0, 1e-300, 2);
        assertEquals(Matrix.rowVector(0, 0, 1, 1), Relu.derivative(z));
    }

    @Test
    void softmaxOfLargeScoresDoesNotOverflow() {
        Matrix a = Softmax.apply(Matrix.rowVector(1000, 1001));
        // softmax([0, 1]) = [1/(1+e), e/(1+e)]
        double e = Math.E;
        assertClose(Matrix.rowVector(1 / (1 + e), e / (1 + e)), a, 1e-15, "softmax");
        assertEquals("[[0.26894142 0.73105858]]", a.toString());
        Matrix b = Softmax.apply(Matrix.rowVector(-1000, -1001));
        assertClose(Matrix.rowVector(e / (1 + e), 1 / (1 + e)), b, 1e-15, "softmax");
    }

    @Test
    void softmaxRowsSumToOne() {
        Matrix a = Softmax.apply(Matrix.of(new double[] {1, 2, 3}, new double[] {-5, 0, 5}));
        assertClose(Matrix.of(new double[] {1}, new double[] {1}), a.sumRows(), 1e-15, "sums");
    }

    @Test
    void softmaxJacobianMatchesFiniteDifferences() {
        Matrix z = Matrix.rowVector(0.3, -1.2, 2.0);
        Matrix J = Softmax.jacobian(Softmax.apply(z));
        double h = 1e-6;
        for (int j = 0; j < 3; j++) {
            Matrix up = Softmax.apply(z.with(0, j, z.get(0, j) + h));
            Matrix down = Softmax.apply(z.with(0, j, z.get(0, j) - h));
            for (int i = 0; i < 3; i++) {
                // ∂a_i/∂z_j ≈ (a_i(z + h e_j) - a_i(z - h e_j)) / 2h
                double numeric = (up.get(0, i) - down.get(0, i)) / (2 * h);
                assertEquals(numeric, J.get(i, j), 1e-9, "J[" + i + "][" + j + "]");
            }
        }
        assertEquals(J, J.transpose(), "the softmax Jacobian is symmetric");
    }

    @Test
    void softmaxJacobianWantsOneSample() {
        var e =
                assertThrows(
                        IllegalArgumentException.class, () -> Softmax.jacobian(Matrix.zeros(2, 2)));
        assertEquals("jacobian: expects one sample, a 1 × n row, got shape (2, 2)", e.getMessage());
    }

    @Test
    void crossEntropyIsFiniteWhenTheTrueClassGetsProbabilityZero() {
        double loss = CrossEntropy.loss(Matrix.rowVector(0, 1), Matrix.rowVector(1, 0));
        // -log(0 + 1e-8) = 8 ln 10
        assertEquals(8 * Math.log(10), loss, 1e-14);
    }

    @Test
    void crossEntropyIsAveragedOverTheBatch() {
        Matrix a2 = Matrix.of(new double[] {0.5, 0.5}, new double[] {0.25, 0.75});
        Matrix Y = Matrix.of(new double[] {1, 0}, new double[] {0, 1});
        double expected = -(Math.log(0.5 + 1e-8) + Math.log(0.75 + 1e-8)) / 2;
        assertEquals(expected, CrossEntropy.loss(a2, Y), 1e-15);
    }

    @Test
    void chainingLossGradientThroughSoftmaxGivesPredictionsMinusLabelsOverM() {
        Network net = ReferenceData.documentNetwork();
        ForwardPass f = net.forward(ReferenceData.documentX(), ReferenceData.documentY());
        Matrix dLda2 = CrossEntropy.gradient(f.a2(), f.Y());
        int m = f.a2().rows();
        Matrix expected = f.a2().minus(f.Y()).divide(m);
        for (int k = 0; k < m; k++) {
            // ∂L/∂z2[k] = ∂L/∂a2[k] · J_k
            Matrix dz2k = dLda2.row(k).dot(Softmax.jacobian(f.a2().row(k)));
            // ε = 1e-8 in the loss shifts the product by about 1e-8 relative
            assertClose(expected.row(k), dz2k, 1e-8, "row " + k);
        }
    }

    @Test
    void lossGradientIsNonZeroOnlyForTheTrueClass() {
        Matrix g = CrossEntropy.gradient(Matrix.rowVector(0.2, 0.8), Matrix.rowVector(0, 1));
        assertTrue(g.get(0, 0) == 0, "0 or -0 for the wrong class");
        assertTrue(g.get(0, 1) < 0);
    }
}
