package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Sums in NumPy's order give NumPy's bits; the cases come from gen_numpy_sum_cases.py. */
class NumpySumTest {

    @Test
    void sumsEqualNumpyBitForBit() {
        for (JsonNode c : ReferenceJson.resource("numpy-sum-cases.json")) {
            double[] a = ReferenceJson.doubles(c.get("values"));
            assertEquals(
                    c.get("sum").doubleValue(),
                    Matrix.of(a).sum(),
                    0.0,
                    "sum of " + a.length + " numbers");
            assertEquals(c.get("sum").doubleValue(), NumpySum.sum(a, 0, a.length), 0.0);
        }
    }
}
