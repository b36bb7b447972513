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
        if (args.length < 2) {
            System.err.println("usage: SweepReport JMH_JSON PNG [NUMPY_JSON ...]");
            System.exit(2);
        }
        JsonNode jmh = JSON.readTree(Files.readString(Path.of(args[0])));
        Path png = Path.of(args[1]);

        // NumPy's best time at each point, and the run (BLAS threads) that gave it
        Map<String, Double> numpyBest = new LinkedHashMap<>();
        Map<String, String> numpyThreads = new LinkedHashMap<>();
        for (int a = 2; a < args.length; a++) {
            Path file = Path.of(args[a]);
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode numpy = JSON.readTree(Files.readString(file));
            if (!numpy.has("results")) {
                continue;
            }
            JsonNode set = numpy.get("environment").get("blas_threads").get("OPENBLAS_NUM_THREADS");
            String threads = set == null ? "default" : set.asText();
            var points = numpy.get("results").fields();
            while (points.hasNext()) {
                var point = points.next();
                double micros = point.getValue().get("us_per_epoch_best").doubleValue();
                if (micros < numpyBest.getOrDefault(point.getKey(), Double.POSITIVE_INFINITY)) {
                    numpyBest.put(point.getKey(), micros);
                    numpyThreads.put(point.getKey(), threads);
                }
            }
        }
        boolean haveNumpy = !numpyBest.isEmpty();

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
                        "%7s %6s %14s %14s %8s  %s%n",
                        "hidden",
                        "batch",
                        "Java us/epoch",
                        "NumPy us/epoch",
                        "ratio",
                        "NumPy's best with BLAS threads"));
        for (int batch : batches) {
            String label = "batch " + batch;
            double[] j = new double[hidden.length];
            double[] n = new double[hidden.length];
            List<String> numpyFaster = new ArrayList<>();
            int i = 0;
            for (int h : widths) {
                String key = h + "x" + batch;
                j[i] = java.get(key);
                n[i] = numpyBest.getOrDefault(key, Double.NaN);
                double ratio = n[i] / j[i];
                if (ratio < 1) {
                    numpyFaster.add(String.format(Locale.ROOT, "%d (%.2fx)", h, ratio));
                }
                table.append(
                        String.format(
                                Locale.ROOT,
                                "%7d %6d %14.2f %14.2f %8.2f  %s%n",
                                h,
                                batch,
                                j[i],
                                n[i],
                                ratio,
                                numpyThreads.getOrDefault(key, "-")));
                i++;
            }
            javaMicros.put(label, j);
            if (haveNumpy) {
                numpyMicros.put(label, n);
            }
            if (!numpyFaster.isEmpty()) {
                crossovers.add(
                        label + ": NumPy faster at hidden " + String.join(", ", numpyFaster));
            }
        }
        System.out.print(table);
        System.out.println("ratio = Java epochs/s over NumPy epochs/s (above 1: Java faster)");
        if (!haveNumpy) {
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
        System.out.println("wrote " + Charts.savePng(chart, png));
    }
}
