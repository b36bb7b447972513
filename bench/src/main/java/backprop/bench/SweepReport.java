package backprop.bench;

import backprop.Charts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;

/**
 * The sweep of {@code bench/sweep.sh}: one epoch of a 2-hidden-3 network over hidden widths and
 * batch sizes, Java ({@link SweepBenchmark}) against NumPy ({@code numpy_epoch.py --sweep}). Prints
 * a table and where NumPy is faster, and draws the times with {@link Charts#epochTimes}.
 *
 * <pre>
 *   java backprop.bench.SweepReport JMH_JSON NUMPY_JSON PNG
 * </pre>
 */
public final class SweepReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SweepReport JMH_JSON NUMPY_JSON PNG");
            System.exit(2);
        }
        JsonNode jmh = JSON.readTree(Files.readString(Path.of(args[0])));
        Path numpyFile = Path.of(args[1]);
        JsonNode numpy =
                Files.exists(numpyFile) ? JSON.readTree(Files.readString(numpyFile)) : null;
        JsonNode numpyResults = numpy != null && numpy.has("results") ? numpy.get("results") : null;

        TreeSet<Integer> widths = new TreeSet<>();
        TreeSet<Integer> batches = new TreeSet<>();
        Map<String, Double> java = new LinkedHashMap<>();
        for (JsonNode run : jmh) {
            int hidden = run.get("params").get("hidden").asInt();
            int batch = run.get("params").get("batch").asInt();
            widths.add(hidden);
            batches.add(batch);
            java.put(hidden + "x" + batch, run.get("primaryMetric").get("score").doubleValue());
        }

        double[] hidden = widths.stream().mapToDouble(Integer::doubleValue).toArray();
        Map<String, double[]> javaMicros = new LinkedHashMap<>();
        Map<String, double[]> numpyMicros = new LinkedHashMap<>();
        List<String> crossovers = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        table.append(
                String.format(
                        Locale.ROOT,
                        "%7s %6s %14s %14s %8s%n",
                        "hidden",
                        "batch",
                        "Java us/epoch",
                        "NumPy us/epoch",
                        "ratio"));
        for (int batch : batches) {
            String label = "batch " + batch;
            double[] j = new double[hidden.length];
            double[] n = new double[hidden.length];
            List<String> numpyFaster = new ArrayList<>();
            int i = 0;
            for (int h : widths) {
                String key = h + "x" + batch;
                j[i] = java.get(key);
                n[i] =
                        numpyResults != null && numpyResults.has(key)
                                ? numpyResults.get(key).get("us_per_epoch_best").doubleValue()
                                : Double.NaN;
                double ratio = n[i] / j[i];
                if (ratio < 1) {
                    numpyFaster.add(String.format(Locale.ROOT, "%d (%.2fx)", h, ratio));
                }
                table.append(
                        String.format(
                                Locale.ROOT,
                                "%7d %6d %14.2f %14.2f %8.2f%n",
                                h,
                                batch,
                                j[i],
                                n[i],
                                ratio));
                i++;
            }
            javaMicros.put(label, j);
            if (numpyResults != null) {
                numpyMicros.put(label, n);
            }
            if (!numpyFaster.isEmpty()) {
                crossovers.add(
                        label + ": NumPy faster at hidden " + String.join(", ", numpyFaster));
            }
        }
        System.out.print(table);
        System.out.println("ratio = Java epochs/s over NumPy epochs/s (above 1: Java faster)");
        if (numpyResults == null) {
            System.out.println("NumPy: skipped: numpy not available");
        } else if (crossovers.isEmpty()) {
            System.out.println("NumPy is slower than the library everywhere in this grid");
        } else {
            crossovers.forEach(System.out::println);
        }

        XYChart chart =
                Charts.epochTimes(
                        hidden,
                        "Java",
                        javaMicros,
                        "NumPy",
                        numpyMicros,
                        "One epoch of a 2-hidden-3 network: Java solid, NumPy dashed");
        Path png = Charts.savePng(chart, Path.of(args[2]));
        System.out.println("wrote " + png);
    }
}
