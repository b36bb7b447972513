package backprop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the side-by-side table of {@code bench/run.sh} from JMH's JSON results for {@link
 * EpochBenchmark} and the JSON of {@code numpy_epoch.py}, and as its last line {@code speedup
 * tiny=<x> spiral=<y>}: how many times more epochs a second the fast path runs than NumPy.
 *
 * <pre>
 *   java backprop.bench.Report JMH_JSON NUMPY_JSON
 * </pre>
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Report() {}

    /**
     * One JMH result: mean microseconds per epoch, its 99.9% error, the best measured iteration,
     * and bytes per epoch.
     */
    record Timing(double micros, double error, double bestIteration, double bytesPerEpoch) {
        double epochsPerSecond() {
            return 1e6 / micros;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Report JMH_JSON NUMPY_JSON");
            System.exit(2);
        }
        JsonNode jmh = JSON.readTree(Files.readString(Path.of(args[0])));
        Path numpyFile = Path.of(args[1]);
        JsonNode numpy =
                Files.exists(numpyFile) ? JSON.readTree(Files.readString(numpyFile)) : null;
        boolean haveNumpy = numpy != null && numpy.has("results");

        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-26s %16s %15s %8s %10s %16s%n",
                        "network",
                        "Java epochs/s",
                        "NumPy epochs/s",
                        "ratio",
                        "Java B/op",
                        "readable epochs/s"));
        double[] ratios = new double[2];
        String[] names = {"tiny", "spiral"};
        for (int i = 0; i < names.length; i++) {
            Problem p = Problem.named(names[i]);
            Timing fast = timing(jmh, "fast", names[i]);
            Timing readable = timing(jmh, "readable", names[i]);
            double numpyPerSecond =
                    haveNumpy
                            ? 1e6
                                    / numpy.get("results")
                                            .get(names[i])
                                            .get("us_per_epoch_best")
                                            .doubleValue()
                            : Double.NaN;
            ratios[i] = fast.epochsPerSecond() / numpyPerSecond;
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-26s %16s %15s %8s %10.3f %16s%n",
                            p.name(),
                            perSecond(fast.epochsPerSecond()),
                            haveNumpy ? perSecond(numpyPerSecond) : "skipped",
                            haveNumpy ? String.format(Locale.ROOT, "%.1f", ratios[i]) : "-",
                            fast.bytesPerEpoch(),
                            readable == null ? "-" : perSecond(readable.epochsPerSecond())));
        }

        out.append('\n');
        for (String name : names) {
            Timing fast = timing(jmh, "fast", name);
            out.append(
                    String.format(
                            Locale.ROOT,
                            "Java %-6s %10.3f us/epoch +/- %.3f (JMH mean, 99.9%% interval;"
                                    + " best iteration %.3f)%n",
                            name,
                            fast.micros(),
                            fast.error(),
                            fast.bestIteration()));
            if (haveNumpy) {
                JsonNode r = numpy.get("results").get(name);
                out.append(
                        String.format(
                                Locale.ROOT,
                                "NumPy %-5s %10.3f us/epoch best of %d repeats (median %.3f)%n",
                                name,
                                r.get("us_per_epoch_best").doubleValue(),
                                r.get("repeats").intValue(),
                                r.get("us_per_epoch_median").doubleValue()));
                double javaLoss = Problem.named(name).trainer().forward();
                double numpyLoss = r.get("first_loss").doubleValue();
                out.append(
                        String.format(
                                Locale.ROOT,
                                "  same problem: first loss Java %s, NumPy %s%n",
                                javaLoss,
                                javaLoss == numpyLoss
                                        ? "the same double"
                                        : numpyLoss
                                                + String.format(
                                                        Locale.ROOT,
                                                        " (relative difference %.1e)",
                                                        Math.abs(javaLoss - numpyLoss)
                                                                / Math.abs(numpyLoss))));
            }
        }
        if (haveNumpy) {
            JsonNode env = numpy.get("environment");
            out.append(
                    String.format(
                            Locale.ROOT,
                            "NumPy %s with %s, BLAS threads: %s; Java %s, one thread%n",
                            env.get("numpy").asText(),
                            env.get("blas").asText(),
                            env.get("blas_threads").asText(),
                            System.getProperty("java.version")));
        } else {
            out.append("NumPy: skipped: numpy not available\n");
        }
        out.append(
                "ratio: Java's JMH mean against NumPy's best repeat, the comparison that favours"
                        + " NumPy\n");
        out.append(
                haveNumpy
                        ? String.format(
                                Locale.ROOT, "speedup tiny=%.1f spiral=%.1f", ratios[0], ratios[1])
                        : "speedup tiny=n/a spiral=n/a");
        System.out.println(out);
    }

    /** The result of {@code EpochBenchmark.<method>} for one problem, or null if not run. */
    static Timing timing(JsonNode jmh, String method, String problem) {
        for (JsonNode run : jmh) {
            if (run.get("benchmark").asText().endsWith("EpochBenchmark." + method)
                    && run.get("params").get("problem").asText().equals(problem)) {
                JsonNode primary = run.get("primaryMetric");
                double best = Double.POSITIVE_INFINITY;
                for (JsonNode fork : primary.get("rawData")) {
                    for (JsonNode iteration : fork) {
                        best = Math.min(best, iteration.doubleValue());
                    }
                }
                return new Timing(
                        primary.get("score").doubleValue(),
                        primary.get("scoreError").doubleValue(),
                        best,
                        bytesPerOperation(run));
            }
        }
        if (method.equals("fast")) {
            throw new IllegalStateException("no JMH result for EpochBenchmark.fast on " + problem);
        }
        return null;
    }

    /** JMH's GC profiler's gc.alloc.rate.norm, in bytes per operation; NaN without the profiler. */
    static double bytesPerOperation(JsonNode run) {
        JsonNode secondary = run.get("secondaryMetrics");
        if (secondary != null) {
            var names = secondary.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.endsWith("gc.alloc.rate.norm")) {
                    return secondary.get(name).get("score").doubleValue();
                }
            }
        }
        return Double.NaN;
    }

    /** Epochs a second, rounded to three significant digits and grouped: 2,950,000. */
    static String perSecond(double rate) {
        if (!Double.isFinite(rate)) {
            return "-";
        }
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(rate)) - 2));
        return String.format(Locale.ROOT, "%,.0f", Math.round(rate / magnitude) * magnitude);
    }
}
