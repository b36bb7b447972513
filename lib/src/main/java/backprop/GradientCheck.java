package backprop;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks backpropagation against the definition of a derivative: nudge one parameter entry up and
 * down by h, see how the loss moves, and compare with the analytic gradient.
 *
 * <p>The numerical gradient is the central difference {@code (L(p + h) - L(p - h)) / (2h)} with
 * {@code h = 1e-5}, taken for every entry of every parameter. The relative error of an entry is
 * {@code |analytic - numeric| / max(|analytic|, |numeric|)} (0 when both are 0). Errors around 1e-8
 * mean backward is right; the ε inside the loss's log and rounding set that floor. An entry whose
 * gradient is tiny (below about 1e-6) has a larger relative error from rounding alone, so look at
 * its absolute difference too.
 */
public final class GradientCheck {

    /** The step of the central difference. */
    public static final double H = 1e-5;

    private final Map<String, Matrix> analytic = new LinkedHashMap<>();
    private final Map<String, Matrix> numeric = new LinkedHashMap<>();
    private final Map<String, Double> worstRelativeError = new LinkedHashMap<>();
    private final Map<String, Double> worstAbsoluteError = new LinkedHashMap<>();

    private GradientCheck() {}

    /** Runs the check on every parameter of {@code net} for the batch {@code X}, {@code Y}. */
    public static GradientCheck run(Network net, Matrix X, Matrix Y) {
        GradientCheck check = new GradientCheck();
        Gradients g = net.backward(net.forward(X, Y));
        for (Map.Entry<String, Matrix> e : net.parameters().entrySet()) {
            String name = e.getKey();
            Matrix p = e.getValue();
            Matrix a = g.of(name);
            double[][] n = new double[p.rows()][p.cols()];
            double worstRel = 0;
            double worstAbs = 0;
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.cols(); j++) {
                    double old = p.get(i, j);
                    double lossUp = net.with(name, p.with(i, j, old + H)).forward(X, Y).loss();
                    double lossDown = net.with(name, p.with(i, j, old - H)).forward(X, Y).loss();
                    // ∂L/∂p[i][j] ≈ (L(p + h) - L(p - h)) / 2h
                    n[i][j] = (lossUp - lossDown) / (2 * H);
                    worstRel = Math.max(worstRel, relativeError(a.get(i, j), n[i][j]));
                    worstAbs = Math.max(worstAbs, Math.abs(a.get(i, j) - n[i][j]));
                }
            }
            check.analytic.put(name, a);
            check.numeric.put(name, Matrix.of(n));
            check.worstRelativeError.put(name, worstRel);
            check.worstAbsoluteError.put(name, worstAbs);
        }
        return check;
    }

    /** {@code |a - n| / max(|a|, |n|)}, or 0 when both are 0. */
    static double relativeError(double a, double n) {
        double scale = Math.max(Math.abs(a), Math.abs(n));
        return scale == 0 ? 0 : Math.abs(a - n) / scale;
    }

    /** The analytic gradient of a parameter ({@code "W1"}, {@code "b1"}, ...), from backward. */
    public Matrix analytic(String parameter) {
        return lookup(analytic, parameter);
    }

    /** The numerical gradient of a parameter, from central differences. */
    public Matrix numeric(String parameter) {
        return lookup(numeric, parameter);
    }

    /** The largest relative error over the entries of a parameter. */
    public double worstRelativeError(String parameter) {
        return lookup(worstRelativeError, parameter);
    }

    /** The largest absolute difference over the entries of a parameter. */
    public double worstAbsoluteError(String parameter) {
        return lookup(worstAbsoluteError, parameter);
    }

    private static <T> T lookup(Map<String, T> map, String parameter) {
        T value = map.get(parameter);
        if (value == null) {
            throw new IllegalArgumentException(
                    "no parameter named '" + parameter + "': use W1, b1, W2 or b2");
        }
        return value;
    }

    /** One line per parameter: its worst relative and absolute error. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("parameter  worst relative error  worst |difference|");
        for (String name : worstRelativeError.keySet()) {
            s.append(
                    String.format(
                            Locale.ROOT,
                            "\n%-9s  %20.3e  %18.3e",
                            name,
                            worstRelativeError.get(name),
                            worstAbsoluteError.get(name)));
        }
        return s.toString();
    }
}
