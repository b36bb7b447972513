package backprop;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The worked example's reference values, computed with NumPy and kept in {@code
 * shared/reference/worked-example.json} beside the repository.
 */
final class ReferenceData {

    /** Step-1 intermediates agree with NumPy to this absolute difference (the JSON's advice). */
    static final double STEP1_ABS = 1e-15;

    private static final JsonNode ROOT = ReferenceJson.shared("worked-example.json");

    private ReferenceData() {}

    /** The node at a path such as {@code step1/W1} (keys may contain dots). */
    static JsonNode node(String path) {
        JsonNode n = ROOT.at("/" + path);
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("no reference value at " + path);
        }
        return n;
    }

    /** A number such as {@code step1_loss}. */
    static double number(String path) {
        return node(path).doubleValue();
    }

    /**
     * The {@code values} of a reference array as a matrix; a 1-D array (NumPy's shape (n,)) becomes
     * a 1 × n row.
     */
    static Matrix matrix(String path) {
        return toMatrix(node(path).has("values") ? node(path).get("values") : node(path));
    }

    static Matrix toMatrix(JsonNode values) {
        if (!values.get(0).isArray()) {
            return Matrix.rowVector(row(values));
        }
        double[][] rows = new double[values.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(values.get(i));
        }
        return Matrix.of(rows);
    }

    private static double[] row(JsonNode r) {
        double[] out = new double[r.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = r.get(j).doubleValue();
        }
        return out;
    }

    /** The document's network at step 1, from the reference's W1, b1, W2 and b2. */
    static Network documentNetwork() {
        return new Network(
                matrix("step1/W1"), matrix("step1/b1"), matrix("step1/W2"), matrix("step1/b2"));
    }

    /** The document's inputs X (integers). */
    static Matrix documentX() {
        JsonNode v = node("step1/X/values");
        long[][] rows = new long[v.size()][v.get(0).size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = v.get(i).get(j).longValue();
            }
        }
        return Matrix.ofIntegers(rows);
    }

    /** The document's one-hot labels Y. */
    static Matrix documentY() {
        return matrix("step1/Y");
    }
}
