package backprop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the reference values that tests compare against: the files in {@code shared/reference}
 * (folder given by the system property {@code reference.dir}, which the build sets) and the files
 * in {@code src/test/resources}.
 */
final class ReferenceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceJson() {}

    /** A file from the shared reference folder, e.g. {@code numpy-rng-sequences.json}. */
    static JsonNode shared(String fileName) {
        String dir = System.getProperty("reference.dir");
        if (dir == null) {
            throw new IllegalStateException(
                    "system property reference.dir is not set; run the tests through Maven");
        }
        Path path = Path.of(dir, fileName);
        try (InputStream in = Files.newInputStream(path)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + path, e);
        }
    }

    /** A file from the test resources, e.g. {@code numpy-rng-extra.json}. */
    static JsonNode resource(String name) {
        try (InputStream in = ReferenceJson.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource named " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + name, e);
        }
    }

    /** A JSON array of integers as {@code long[]}. */
    static long[] longs(JsonNode array) {
        long[] values = new long[requireArray(array).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).longValue();
        }
        return values;
    }

    /** A JSON array of numbers as {@code double[]} (JSON doubles round-trip exactly). */
    static double[] doubles(JsonNode array) {
        double[] values = new double[requireArray(array).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    /** A JSON array of Python {@code float.hex()} strings as {@code double[]}, bit for bit. */
    static double[] hexDoubles(JsonNode array) {
        double[] values = new double[requireArray(array).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.parseDouble(array.get(i).textValue());
        }
        return values;
    }

    private static JsonNode requireArray(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("expected a JSON array, got " + node);
        }
        return node;
    }
}
