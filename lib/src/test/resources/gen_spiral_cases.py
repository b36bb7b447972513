"""Writes spiral-cases.json: the CS231n spiral data set as NumPy draws it, for SpiralTest.

Run from this folder with a python3 that has numpy (numpy 2.4.6 made the committed file):

    python3 gen_spiral_cases.py

Each case seeds NumPy's legacy global generator and then builds the set class by class:
for class j, r = linspace(0, 1, N) and t = linspace(4j, 4(j+1), N) + randn(N) * 0.2, and
the class's N rows of X are (r sin t, r cos t), labelled j. Doubles are written with
float.hex() so the test can count exact matches; t is written too, because it is where
NumPy's draws end and the sine and cosine begin.
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
    data = {
        "numpy_version": np.__version__,
        "generated_by": "gen_spiral_cases.py (beside this file)",
        "description": "CS231n spiral sets: X row by row (x then y of each point) and the "
        "angle t of each point, as float.hex(); labels as integers.",
        "cases": cases,
    }
    out = Path(__file__).with_name("spiral-cases.json")
    out.write_text(json.dumps(data) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
