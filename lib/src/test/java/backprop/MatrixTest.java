package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatrixTest {

    private final Matrix A = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    @Test
    void productOfSmallIntegerMatricesIsExact() {
        Matrix B = Matrix.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 1});
        // [1 2 3]·B = [1+3, 2+3], [4 5 6]·B = [4+6, 5+6]
        assertEquals(Matrix.of(new double[] {4, 5}, new double[] {10, 11}), A.dot(B));
    }

    @Test
    void productAccumulatesWithFusedMultiplyAdd() {
        // 0.1·0.1 rounds; fma(0.1, 0.1, -0.01) keeps the exact product's error, a plain sum not
        Matrix a = Matrix.rowVector(0.1, 1.0);
        Matrix b = Matrix.of(new double[] {0.1}, new double[] {-0.01});
        double expected = Math.fma(1.0, -0.01, Math.fma(0.1, 0.1, 0.0));
        assertEquals(expected, a.dot(b).get(0, 0));
    }

    @Test
    void productShapeMismatchNamesBothShapes() {
        var e = assertThrows(IllegalArgumentException.class, () -> A.dot(A));
        assertEquals(
                "dot: shapes (2, 3) and (2, 3) are not aligned (3 columns vs 2 rows)",
                e.getMessage());
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        assertEquals(
                Matrix.of(new double[] {1, 4}, new double[] {2, 5}, new double[] {3, 6}),
                A.transpose());
    }

    @Test
    void rowVectorIsAddedToEveryRow() {
        Matrix b = Matrix.rowVector(10, 20, 30);
        assertEquals(Matrix.of(new double[] {11, 22, 33}, new double[] {14, 25, 36}), A.plus(b));
    }

    @Test
    void columnVectorIsSubtractedFromEveryColumn() {
        Matrix c = Matrix.of(new double[] {1}, new double[] {4});
        assertEquals(Matrix.of(new double[] {0, 1, 2}, new double[] {0, 1, 2}), A.minus(c));
    }

    @Test
    void broadcastMismatchNamesOperationAndShapes() {
        var e = assertThrows(IllegalArgumentException.class, () -> A.plus(Matrix.rowVector(1, 2)));
        assertEquals(
                "plus: shapes (2, 3) and (1, 2) do not match and cannot be broadcast",
                e.getMessage());
    }

    @Test
    void elementwiseOperations() {
        assertEquals(Matrix.of(new double[] {1, 4, 9}, new double[] {16, 25, 36}), A.multiply(A));
        assertEquals(Matrix.of(new double[] {1, 1, 1}, new double[] {1, 1, 1}), A.divide(A));
        assertEquals(Matrix.of(new double[] {2, 4, 6}, new double[] {8, 10, 12}), A.times(2));
        assertEquals(Matrix.of(new double[] {2, 3, 4}, new double[] {5, 6, 7}), A.plus(1));
        assertEquals(Matrix.of(new double[] {0.5, 1, 1.5}, new double[] {2, 2.5, 3}), A.divide(2));
    }

    @Test
    void reductions() {
        assertEquals(Matrix.rowVector(5, 7, 9), A.sumColumns());
        assertEquals(Matrix.of(new double[] {6}, new double[] {15}), A.sumRows());
        assertEquals(21.0, A.sum());
        assertEquals(Matrix.of(new double[] {3}, new double[] {6}), A.maxOfRows());
        assertEquals(6.0, A.times(-1).maxAbs());
    }

    @Test
    void argmaxTakesTheFirstOfEqualEntries() {
        Matrix m = Matrix.of(new double[] {0.2, 0.7, 0.7}, new double[] {0.9, 0.05, 0.05});
        assertArrayEquals(new int[] {1, 0}, m.argmaxOfRows());
    }

    @Test
    void argmaxTakesTheFirstNotANumberAsNumPyDoes() {
        Matrix m = Matrix.of(new double[] {1, Double.NaN, 3}, new double[] {Double.NaN, 9, 1});
        assertArrayEquals(new int[] {1, 0}, m.argmaxOfRows());
    }

    @Test
    void integersBeyondTwoToThe53AreRefusedNotRounded() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Matrix.ofIntegers(new long[] {1, 9007199254740993L}));
        assertEquals(
                "ofIntegers: 9007199254740993 at [0][1] is beyond 2^53 and would be rounded",
                e.getMessage());
        var ragged =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Matrix.ofIntegers(new long[] {1, 2}, new long[] {3}));
        assertEquals("ragged rows: row 0 has 2 entries but row 1 has 1", ragged.getMessage());
    }

    @Test
    void raggedRowsAreRefused() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Matrix.of(new double[] {1, 2}, new double[] {3}));
        assertEquals("ragged rows: row 0 has 2 entries but row 1 has 1", e.getMessage());
    }

    @Test
    void emptyMatricesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Matrix.of());
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(0, 3));
    }

    @Test
    void operandsAreNotChanged() {
        double[] row = {1, 2};
        Matrix m = Matrix.of(row);
        row[0] = 99;
        m.plus(m).times(3);
        assertEquals(1.0, m.get(0, 0));
    }

    @Test
    void oneHotPutsAOneInTheLabelsColumn() {
        assertEquals(
                Matrix.of(new double[] {1, 0, 0}, new double[] {0, 0, 1}),
                Matrix.oneHot(new long[] {0, 2}, 3));
        var e =
                assertThrows(
                        IllegalArgumentException.class, () -> Matrix.oneHot(new long[] {0, 3}, 3));
        assertEquals("oneHot: label 3 at index 1 is not a class in 0..2", e.getMessage());
    }

    @Test
    void withReplacesOneEntryOfACopy() {
        Matrix m = A.with(1, 2, -1);
        assertEquals(-1.0, m.get(1, 2));
        assertEquals(6.0, A.get(1, 2));
    }

    @Test
    void outOfRangeIndexNamesTheShape() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> A.get(2, 0));
        assertEquals("index (2, 0) is outside a matrix of shape (2, 3)", e.getMessage());
    }

    @Test
    void firstNonFiniteEntryIsReported() {
        assertEquals(null, A.firstNonFinite());
        assertEquals("[1][0] = NaN", A.with(1, 0, Double.NaN).firstNonFinite());
    }
}
