"""Writes spiral-cases.json: the CS231n spiral data set as NumPy draws it, for SpiralTest.

Run from this folder with a python3 that has numpy (numpy 2.4.6 made the committed file):

    python3 gen_spiral_cases.py

Each case seeds NumPy's legacy global generator and then builds the set class by class:
for class j, r = linspace(0, 1, N) and t = linspace(4j, 4(j+1), N) + randn(N) * 0.2, and
the class's N rows of X are (r sin t, r cos t), labelled j. Doubles are written with
float.hex() so the test can count exact matches; t is written too, because it is where
NumPy's draws end and the sine and cosine begin.

It also trains the document's network on the first set, 2-100-3 with W1 and W2 drawn
from the same stream right after the data (randn * 0.01, zero biases), by the document's
NumPy loop with alpha = 1, and records the loss at a few epochs.
"""

import json
from pathlib import Path

import numpy as np

# (points per class N, classes K, seed): the set of the notebooks and benchmarks, and
# small edge cases (one point per class: linspace gives just its start).
CASES = [(100, 3, 0), (7, 4, 1), (1, 3, 42), (2, 2, 4294967295)]


def spiral(n, k, seed):
    np.random.seed(seed)
    X = np.zeros((n * k, 2))
    t_all = np.zeros(n * k)
    y = np.zeros(n * k, dtype=np.int64)
    for j in range(k):
        rows = slice(n * j, n * (j + 1))
        r = np.linspace(0.0, 1, n)
        t = np.linspace(j * 4, (j + 1) * 4, n) + np.random.randn(n) * 0.2
        X[rows, 0] = r * np.sin(t)
        X[rows, 1] = r * np.cos(t)
        t_all[rows] = t
        y[rows] = j
    return X, t_all, y


def train(X, y, classes, hidden, alpha, epochs, record):
    """The document's loop; the weights continue the stream that drew X and y."""
    m = X.shape[0]
    Y = np.eye(classes)[y]
    W1 = np.random.randn(X.shape[1], hidden) * 0.01
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, classes) * 0.01
    b2 = np.zeros((1, classes))
    losses = {}
    for epoch in range(1, epochs + 1):
        z1 = np.dot(X, W1) + b1
        a1 = np.maximum(0, z1)
        z2 = np.dot(a1, W2) + b2
        e = np.exp(z2 - np.max(z2, axis=1, keepdims=True))
        a2 = e / np.sum(e, axis=1, keepdims=True)
        if epoch in record:
            losses[str(epoch)] = float(-np.sum(Y * np.log(a2 + 1e-8)) / m)
        dz2 = a2 - Y
        dW2 = np.dot(a1.T, dz2) / m
        db2 = np.sum(dz2, axis=0) / m
        dz1 = np.dot(dz2, W2.T) * (a1 > 0)
        dW1 = np.dot(X.T, dz1) / m
        db1 = np.sum(dz1, axis=0) / m
        W2 -= alpha * dW2
        b2 -= alpha * db2
        W1 -= alpha * dW1
        b1 -= alpha * db1
    return losses


def hexes(values):
    return [float(v).hex() for v in np.ravel(values)]


def main():
    cases = []
    for n, k, seed in CASES:
        X, t, y = spiral(n, k, seed)
        cases.append(
            {
                "points_per_class": n,
                "classes": k,
                "seed": seed,
                "t_hex": hexes(t),
                "X_hex": hexes(X),
                "labels": [int(v) for v in y],
            }
        )
    n, k, seed = CASES[0]
    X, _, y = spiral(n, k, seed)
    training = {
        "points_per_class": n,
        "classes": k,
        "seed": seed,
        "hidden": 100,
        "alpha": 1.0,
        "loss_at_epoch": train(X, y, k, 100, 1.0, 2000, {1, 10, 100, 1000, 2000}),
    }
    data = {
        "numpy_version": np.__version__,
        "generated_by": "gen_spiral_cases.py (beside this file)",
        "description": "CS231n spiral sets: X row by row (x then y of each point) and the "
        "angle t of each point, as float.hex(); labels as integers.",
        "cases": cases,
        "training": training,
    }
    out = Path(__file__).with_name("spiral-cases.json")
    out.write_text(json.dumps(data) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
