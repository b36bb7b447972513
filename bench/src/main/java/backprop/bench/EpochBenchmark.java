package backprop.bench;

import backprop.FastTrainer;
import backprop.ForwardPass;
import backprop.GradientDescent;
import backprop.Network;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One training epoch, forward, backward and update, as {@link GradientDescent#train} runs it:
 * {@link #fast()} on {@link FastTrainer}, {@link #readable()} with {@link Network#forward}, {@link
 * Network#backward} and {@link GradientDescent#step(Network, backprop.Gradients)}.
 *
 * <p>Each fork draws its problem once and then trains on through warm-up and measurement, as a long
 * run would; {@code numpy_epoch.py} does the same. Nothing is allocated between epochs, so the GC
 * profiler's bytes per operation are what one epoch allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EpochBenchmark {

    @Param({"tiny", "spiral"})
    public String problem;

    private Problem p;
    private GradientDescent gd;
    private FastTrainer trainer;
    private Network net;

    @Setup(Level.Trial)
    public void start() {
        p = Problem.named(problem);
        gd = new GradientDescent(p.alpha());
        trainer = p.trainer();
        net = p.net();
    }

    /** One epoch on the fast path: the loop body of {@link GradientDescent#train}. */
    @Benchmark
    public double fast() {
        double loss = trainer.forward();
        if (!Double.isFinite(loss)) {
            throw new ArithmeticException("diverged: loss " + loss);
        }
        trainer.backward();
        trainer.step();
        return loss;
    }

    /** One epoch on the readable path, new matrices at every step. */
    @Benchmark
    public double readable() {
        ForwardPass f = net.forward(p.X(), p.Y());
        if (!Double.isFinite(f.loss())) {
            throw new ArithmeticException("diverged: loss " + f.loss());
        }
        net = gd.step(net, net.backward(f));
        return f.loss();
    }
}
