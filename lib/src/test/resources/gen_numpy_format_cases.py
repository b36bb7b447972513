"""Write numpy-format-cases.json: arrays and floats as NumPy and Python print them.

The Java tests compare NumpyFormat against this file, so every expected string
here comes from NumPy's str() or Python's repr(), never from the Java code.

Run from this folder with the machine's python3 (NumPy 2.x, default print
options):

    python3 gen_numpy_format_cases.py

Each float is stored twice: as a JSON number (Python writes the shortest
round-trip form, so it reads back as the same double) and as float.hex(), which
is exact whatever the JSON reader does. JSON has no nan or inf, so those have
null as the number and 'nan', 'inf' or '-inf' as the hex.
"""

import json
import math
import platform
import random
import struct
import sys

import numpy as np

SEED = 20240611
OUT = "numpy-format-cases.json"

rng = np.random.default_rng(SEED)
prng = random.Random(SEED)

# Values that sit on one of NumPy's or Python's rules: the 1e-4 and 1e8
# scientific cut-offs, ties at the eighth decimal, rounding that carries into
# the next digit, the largest and smallest doubles.
EDGES = [
    0.0001, 0.00009999999999999999, 0.0001000000001, 99999999.0,
    99999999.99999999, 100000000.0, 12345678.9, 1000.0, 1.0, 0.001,
    0.999999999, 0.9999999949, 0.99999999500000001, 0.123456785,
    0.00195312, 0.001953125, 0.5, 2.5, 1.5e-9, 9.9999999996e-5, 1e100,
    1e-100, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    1e16, 1e15, 123456789012345678.0, 1e23, 9007199254740993.0, 0.1, 0.2,
    0.3, 1 / 3, 2 / 3, math.pi, math.e, 4.35, 0.049999999999999996,
]


def random_bits_double():
    """A double drawn uniformly over bit patterns, re-drawn until finite."""
    while True:
        x = struct.unpack("<d", prng.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(x):
            return x


def element(profile, k):
    """One value from a named profile; k is the profile's power of ten."""
    if profile == "scaled":
        return float(rng.standard_normal() * 10.0**k)
    if profile == "mixed":
        return float(rng.standard_normal() * 10.0 ** int(rng.integers(-12, 13)))
    if profile == "uniform":
        return float(rng.uniform(-1, 1))
    if profile == "integer":
        return float(rng.integers(-1000, 1001))
    if profile == "dyadic":
        return float(rng.integers(-(2**12), 2**12)) / 2.0 ** int(rng.integers(0, 14))
    if profile == "decimal":
        return round(float(rng.uniform(-100, 100)), int(rng.integers(0, 10)))
    if profile == "edge":
        x = EDGES[int(rng.integers(len(EDGES)))]
        return -x if rng.random() < 0.3 else x
    if profile == "bits":
        return random_bits_double()
    if profile == "probability":
        return float(rng.uniform(0, 1))
    raise ValueError(profile)


SPECIALS = [0.0, -0.0, math.nan, math.inf, -math.inf]


def sprinkle(a, rate, specials):
    """Replace some entries with zeros, negative zeros, nan or inf."""
    flat = a.reshape(-1)
    for i in range(flat.size):
        if rng.random() < rate:
            flat[i] = specials[int(rng.integers(len(specials)))]
    return a


def hex_of(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return float.hex(x)


def number_of(x):
    return x if math.isfinite(x) else None


def nested(a, fn):
    if a.ndim == 1:
        return [fn(float(x)) for x in a]
    return [nested(row, fn) for row in a]


cases = []


def add_float(name, a):
    a = np.asarray(a, dtype=np.float64)
    cases.append({
        "name": name,
        "dtype": "float64",
        "shape": list(a.shape),
        "values": nested(a, number_of),
        "hex": nested(a, hex_of),
        "numpy_str": str(a),
    })


def add_int(name, a):
    a = np.asarray(a, dtype=np.int64)
    cases.append({
        "name": name,
        "dtype": "int64",
        "shape": list(a.shape),
        "values": a.tolist(),
        "numpy_str": str(a),
    })


def add_bool(name, a):
    a = np.asarray(a, dtype=np.bool_)
    cases.append({
        "name": name,
        "dtype": "bool",
        "shape": list(a.shape),
        "values": a.tolist(),
        "numpy_str": str(a),
    })


PROFILES = ["scaled", "mixed", "uniform", "integer", "dyadic", "decimal",
            "edge", "bits", "probability"]


def random_floats(shape, profile):
    k = int(rng.integers(-12, 13))
    a = np.empty(shape)
    for idx in np.ndindex(*shape):
        a[idx] = element(profile, k)
    return a


# float64 matrices, 1x1 .. 6x8, every profile, with and without specials
for i in range(260):
    profile = PROFILES[i % len(PROFILES)]
    shape = (int(rng.integers(1, 7)), int(rng.integers(1, 9)))
    a = random_floats(shape, profile)
    if i % 3 == 1:
        a = sprinkle(a, 0.2, SPECIALS[:2])
    elif i % 3 == 2:
        a = sprinkle(a, 0.15, SPECIALS)
    add_float(f"matrix {profile} {i}", a)

# float64 vectors of length 1 .. 30
for i in range(110):
    profile = PROFILES[i % len(PROFILES)]
    a = random_floats((int(rng.integers(1, 31)),), profile)
    if i % 4 == 3:
        a = sprinkle(a, 0.15, SPECIALS)
    add_float(f"vector {profile} {i}", a)

# rows long enough to wrap at 75 characters, positional and scientific
for i in range(30):
    cols = int(rng.integers(8, 21))
    rows = int(rng.integers(1, 4))
    profile = ["uniform", "scaled", "mixed"][i % 3]
    a = random_floats((rows, cols), profile)
    if i % 2 == 1:
        a = sprinkle(a, 0.1, SPECIALS)
    add_float(f"wrapping matrix {profile} {i}", a)
    add_float(f"wrapping vector {profile} {i}", a[0])

# hand-picked float arrays, each pinning one rule
add_float("all zeros", np.zeros((2, 3)))
add_float("all negative zeros", -np.zeros((2, 2)))
add_float("zero and negative zero", [0.0, -0.0])
add_float("only nan", [[math.nan, math.nan]])
add_float("only inf", [math.inf, math.inf])
add_float("nan and negative inf", [math.nan, -math.inf])
add_float("nan among positional", [[math.nan, 1.5], [0.25, 2.0]])
add_float("negative inf among scientific", [[-math.inf, 1e-5], [3.0, 2.0]])
add_float("ratio exactly 1000", [1.0, 1000.0])
add_float("ratio just above 1000", [1.0, 1000.0000000000001])
add_float("min at 1e-4", [0.0001, 0.5])
add_float("min just below 1e-4", [0.00009999999999999999, 0.5])
add_float("max just below 1e8", [99999999.0, 12345.0])
add_float("max at 1e8", [100000000.0, 12345.0])
add_float("positional rounding carries", [[0.999999999, 0.5], [0.9999999949, 0.25]])
add_float("scientific rounding carries", [9.9999999996e-5, 1.0])
add_float("ties at the eighth decimal", [0.001953125, 0.123456785, 0.5])
add_float("short scientific mantissas", [1e-5, 2.5e-7, 1e10])
add_float("three digit exponents", [1e-300, 1e-5, 1e100])
add_float("smallest subnormal", [5e-324])
add_float("largest double", [[1.7976931348623157e308, -1.0]])
add_float("identity", np.eye(3))
add_float("one by one", [[0.5]])
add_float("tall column", random_floats((6, 1), "uniform"))
add_float("integers beside fractions", [[1.0, 2.5], [-3.0, 4.25]])
add_float("probabilities", random_floats((4, 3), "probability"))

# arrays over the 1000-element threshold, printed with '...'
add_float("summarised matrix", random_floats((40, 30), "uniform"))
add_float("summarised tall matrix", random_floats((300, 4), "scaled"))
add_float("summarised wide matrix", random_floats((2, 600), "mixed"))
add_float("summarised vector", random_floats((1500,), "probability"))
big = random_floats((34, 34), "uniform")
big[0, 0] = math.nan
big[-1, -1] = -math.inf
big[17, 17] = 1e12  # hidden in the middle: not shown, so not in the format
add_float("summarised with specials", big)

# int64
INT_RANGES = [(0, 10), (-10, 10), (-1000, 1000), (-10**12, 10**12),
              (-2**63, 2**63 - 1)]
for i in range(50):
    lo, hi = INT_RANGES[i % len(INT_RANGES)]
    shape = (int(rng.integers(1, 7)), int(rng.integers(1, 9)))
    if i % 5 == 4:
        a = np.array([[prng.randint(lo, hi) for _ in range(shape[1])]
                      for _ in range(shape[0])], dtype=np.int64)
    else:
        a = rng.integers(lo, hi, size=shape, dtype=np.int64, endpoint=True)
    add_int(f"int matrix {i}", a)
for i in range(25):
    lo, hi = INT_RANGES[i % len(INT_RANGES)]
    n = int(rng.integers(1, 40))
    a = np.array([prng.randint(lo, hi) for _ in range(n)], dtype=np.int64)
    add_int(f"int vector {i}", a)
add_int("int extremes", [[-2**63, 2**63 - 1], [0, -1]])
add_int("int zeros", np.zeros((2, 2), dtype=np.int64))
add_int("summarised int matrix", rng.integers(-50, 50, size=(50, 50)))
add_int("summarised int vector", rng.integers(0, 10, size=1001))

# bool
for i in range(30):
    shape = (int(rng.integers(1, 7)), int(rng.integers(1, 20)))
    add_bool(f"bool matrix {i}", rng.random(shape) < 0.5)
for i in range(10):
    add_bool(f"bool vector {i}", rng.random(int(rng.integers(1, 30))) < 0.5)
add_bool("all true", np.ones((2, 3), dtype=bool))
add_bool("all false", np.zeros((1, 3), dtype=bool))
add_bool("summarised bool matrix", rng.random((20, 60)) < 0.5)

# Python's repr of single floats
reprs = []


def add_repr(x):
    reprs.append({"value": number_of(x), "hex": hex_of(x), "python_repr": repr(x)})


for x in EDGES + SPECIALS + [-x for x in EDGES]:
    add_repr(x)
for e in range(-325, 310):
    add_repr(float(f"1e{e}"))
for e in range(-1074, 1024, 7):
    add_repr(math.ldexp(1.0, e))
for _ in range(3000):
    add_repr(random_bits_double())
for _ in range(1000):
    add_repr(float(rng.standard_normal() * 10.0 ** int(rng.integers(-20, 21))))
for _ in range(500):
    add_repr(round(float(rng.uniform(-1000, 1000)), int(rng.integers(0, 12))))
for _ in range(500):
    add_repr(float(rng.integers(-(2**60), 2**60)))

doc = {
    "about": "Arrays as NumPy's str() prints them and floats as Python's repr() "
             "prints them, with NumPy's default print options. Written by "
             "gen_numpy_format_cases.py; do not edit by hand.",
    "python_version": platform.python_version(),
    "numpy_version": np.__version__,
    "print_options": {k: v for k, v in np.get_printoptions().items()
                      if isinstance(v, (int, float, str))},
    "seed": SEED,
    "arrays": cases,
    "reprs": reprs,
}

# One case a line, so a regenerated file diffs line by line.
with open(OUT, "w", encoding="utf-8") as f:
    f.write("{\n")
    for key, value in doc.items():
        last = key == "reprs"
        if isinstance(value, list):
            f.write(f" {json.dumps(key)}: [\n")
            lines = [json.dumps(v, allow_nan=False) for v in value]
            f.write(",\n".join(lines))
            f.write("\n ]" + ("" if last else ",") + "\n")
        else:
            f.write(f" {json.dumps(key)}: {json.dumps(value, allow_nan=False)},\n")
    f.write("}\n")

print(f"wrote {len(cases)} arrays and {len(reprs)} reprs to {OUT}", file=sys.stderr)
