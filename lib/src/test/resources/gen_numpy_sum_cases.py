"""Writes numpy-sum-cases.json: random vectors and np.sum of each, for NumpySumTest.

Run from this folder with a python3 that has numpy:  python3 gen_numpy_sum_cases.py
"""
import json

import numpy as np

rng = np.random.default_rng(2024)
cases = []
for n in [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 64, 127, 128, 129, 130, 255, 256, 300, 1000, 4099]:
    values = rng.standard_normal(n) * 10.0 ** rng.uniform(-6, 6, n)
    cases.append({"values": values.tolist(), "sum": float(np.sum(values))})
with open("numpy-sum-cases.json", "w") as f:
    json.dump(cases, f)
