"""Times one training epoch in NumPy, written the way the document writes it.

The same problems as the Java benchmarks (bench/src/main/java/backprop/bench/Problem.java),
drawn from the same seeds with NumPy's legacy generator:

  tiny    the worked example: 3-4-2, batch of 2, seed 435, alpha 0.1
  spiral  2-100-3 on the CS231n spiral set of 300 points, seed 0 (data first), alpha 1
  --sweep 2-hidden-3 on random points, seed 1, over a grid of hidden widths and batch sizes

Each problem is drawn once and then trained on through every timed epoch, as the Java
benchmark does. Times come from timeit: autorange for the number of epochs per repeat,
then several repeats; the best repeat is reported, as timeit's documentation advises.

    python3 bench/numpy_epoch.py [--sweep] [--json FILE]

Without NumPy it prints "skipped: numpy not available" (and writes that to FILE) and
exits 0, so bench/run.sh can still report the Java side.
"""

import argparse
import json
import os
import platform
import sys
import timeit

try:
    import numpy as np
except ImportError:
    np = None

SWEEP_HIDDEN = [4, 16, 64, 256, 1024]
SWEEP_BATCH = [2, 32, 512, 4096]


# ---------------------------------------------------------------- the problems


def tiny():
    np.random.seed(435)
    W1 = np.random.randn(3, 4) * 0.01
    b1 = np.zeros((1, 4))
    W2 = np.random.randn(4, 2) * 0.01
    b2 = np.zeros((1, 2))
    X = np.random.randint(0, 10, (2, 3))
    y_idx = np.random.randint(0, 2, 2)
    Y = np.eye(2)[y_idx]
    return [W1, b1, W2, b2], X, Y, 0.1


def spiral(N=100, K=3):
    np.random.seed(0)
    X = np.zeros((N * K, 2))
    y = np.zeros(N * K, dtype=np.int64)
    for j in range(K):
        rows = slice(N * j, N * (j + 1))
        r = np.linspace(0.0, 1, N)
        t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2
        X[rows, 0] = r * np.sin(t)
        X[rows, 1] = r * np.cos(t)
        y[rows] = j
    W1 = np.random.randn(2, 100) * 0.01
    b1 = np.zeros((1, 100))
    W2 = np.random.randn(100, K) * 0.01
    b2 = np.zeros((1, K))
    return [W1, b1, W2, b2], X, np.eye(K)[y], 1.0


def sweep(hidden, batch):
    np.random.seed(1)
    X = np.random.randn(batch, 2)
    y = np.random.randint(0, 3, batch)
    W1 = np.random.randn(2, hidden) * 0.01
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, 3) * 0.01
    b2 = np.zeros((1, 3))
    return [W1, b1, W2, b2], X, np.eye(3)[y], 0.1


# ---------------------------------------------------------------- one epoch


def epoch(params, X, Y, alpha):
    """Forward, loss, backward and one gradient-descent step; returns the loss."""
    W1, b1, W2, b2 = params
    m = X.shape[0]

    # forward
    z1 = np.dot(X, W1) + b1
    a1 = np.maximum(0, z1)
    z2 = np.dot(a1, W2) + b2
    exp_z = np.exp(z2 - np.max(z2, axis=1, keepdims=True))
    a2 = exp_z / np.sum(exp_z, axis=1, keepdims=True)
    loss = -np.sum(Y * np.log(a2 + 1e-8)) / m

    # backward
    dz2 = a2 - Y
    dW2 = np.dot(a1.T, dz2) / m
    db2 = np.sum(dz2, axis=0) / m
    dz1 = np.dot(dz2, W2.T) * (z1 > 0)
    dW1 = np.dot(X.T, dz1) / m
    db1 = np.sum(dz1, axis=0) / m

    # update, W2 b2 W1 b1, in place
    W2 -= alpha * dW2
    b2 -= alpha * db2
    W1 -= alpha * dW1
    b1 -= alpha * db1
    return loss


# ---------------------------------------------------------------- timing


def time_epochs(problem, repeats, min_seconds):
    params, X, Y, alpha = problem
    first_loss = float(epoch([p.copy() for p in params], X, Y, alpha))

    def run():
        epoch(params, X, Y, alpha)

    timer = timeit.Timer(run)
    number = 1
    while True:
        seconds = timer.timeit(number)
        if seconds >= min_seconds:
            break
        number *= 2 if seconds < min_seconds / 10 else 4
    per_epoch = sorted(t / number for t in timer.repeat(repeats, number))
    return {
        "us_per_epoch_best": per_epoch[0] * 1e6,
        "us_per_epoch_median": per_epoch[len(per_epoch) // 2] * 1e6,
        "epochs_per_repeat": number,
        "repeats": repeats,
        "first_loss": first_loss,
    }


def blas():
    try:
        config = np.show_config(mode="dicts")
        b = config["Build Dependencies"]["blas"]
        return f"{b.get('name', '?')} {b.get('version', '')}".strip()
    except Exception:  # older NumPy: no dicts
        return "unknown"


def environment():
    threads = {k: os.environ[k] for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")
               if k in os.environ}
    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": blas(),
        "blas_threads": threads or "library default",
        "cpus": os.cpu_count(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="time the hidden x batch grid")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    if np is None:
        print("skipped: numpy not available")
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"skipped": "numpy not available"}, f)
        return 0

    results = {}
    if args.sweep:
        for hidden in SWEEP_HIDDEN:
            for batch in SWEEP_BATCH:
                r = time_epochs(sweep(hidden, batch), repeats=3, min_seconds=0.1)
                results[f"{hidden}x{batch}"] = dict(r, hidden=hidden, batch=batch)
                print(f"numpy 2-{hidden}-3 batch {batch:5d}: "
                      f"{r['us_per_epoch_best']:12.2f} us/epoch", flush=True)
    else:
        for name, problem in (("tiny", tiny), ("spiral", spiral)):
            r = time_epochs(problem(), repeats=7, min_seconds=0.2)
            results[name] = r
            print(f"numpy {name:6s}: {r['us_per_epoch_best']:10.2f} us/epoch best, "
                  f"{r['us_per_epoch_median']:10.2f} median, first loss {r['first_loss']!r}",
                  flush=True)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"environment": environment(), "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
