package backprop.bench;

import backprop.FastTrainer;
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
 * One epoch of a 2-hidden-3 network on the fast path, over a grid of hidden widths and batch sizes
 * ({@link Problem#sweep}). {@code bench/sweep.sh} runs it with its own, shorter, settings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SweepBenchmark {

    @Param({"4", "16", "64", "256", "1024"})
    public int hidden;

    @Param({"2", "32", "512", "4096"})
    public int batch;

    private Problem p;
    private FastTrainer trainer;

    @Setup(Level.Trial)
    public void start() {
        p = Problem.sweep(hidden, batch);
        trainer = p.trainer();
    }

    @Benchmark
    public double epoch() {
        double loss = trainer.forward();
        trainer.backward();
        trainer.step();
        return loss;
    }
}
