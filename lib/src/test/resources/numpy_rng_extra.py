"""Writes numpy-rng-extra.json: more reference draws from NumPy's legacy RandomState.

NumpyRandomTest compares the Java port against this file and against
shared/reference/numpy-rng-sequences.json (seeds 0 and 435). This file adds
other seeds, 2-D shapes, more randint ranges and the Gaussian cache.

Run from this folder with the machine's python3 (numpy 2.4.6 made the committed file):

    python3 numpy_rng_extra.py

Every sequence is drawn from a newly seeded np.random.RandomState(seed), which gives
the same stream as np.random.seed(seed) followed by np.random.<function>. Doubles are
written with float.hex() so that the test can compare them bit for bit.
"""

import json
from pathlib import Path

import numpy as np


def hexes(values):
    return [float(v).hex() for v in np.ravel(values)]


def ints(values):
    return [int(v) for v in np.ravel(values)]


def fresh(seed):
    return np.random.RandomState(seed)


def per_seed(seed):
    """The same calls as numpy-rng-sequences.json makes for seeds 0 and 435."""
    return {
        "raw32(10)": ints(fresh(seed).randint(0, 2**32, 10, dtype=np.uint32)),
        "random_sample(20)_hex": hexes(fresh(seed).random_sample(20)),
        "randn(20)_hex": hexes(fresh(seed).randn(20)),
        "randint(0,10,20)": ints(fresh(seed).randint(0, 10, 20)),
        "randint(0,2,20)": ints(fresh(seed).randint(0, 2, 20)),
        "randint(-5,1000,20)": ints(fresh(seed).randint(-5, 1000, 20)),
    }


def shapes(seed):
    """2-D draws come out in C order (row after row)."""
    return {
        "seed": seed,
        "rand(2,3)_hex": hexes(fresh(seed).rand(2, 3)),
        "randn(3,4)_hex": hexes(fresh(seed).randn(3, 4)),
        "randint(0,10,(2,3))": ints(fresh(seed).randint(0, 10, (2, 3))),
    }


# (low, high): small negative ranges, the edges of the 32-bit path, the 64-bit path,
# and the widest range a Java long can state with an exclusive upper bound.
RANDINT_RANGES = [
    (-100, -50),
    (-3, 3),
    (-(2**31), 2**31),
    (0, 2**32),
    (0, 2**32 + 1),
    (0, 2**40),
    (-(2**40), 2**40),
    (-(2**62), 2**62 + 12345),
    (0, 2**63 - 1),
    (-(2**63), 2**63 - 1),
]


def randint_cases(seed, n):
    return [
        {"seed": seed, "low": low, "high": high, "n": n,
         "values": ints(fresh(seed).randint(low, high, n))}
        for low, high in RANDINT_RANGES
    ]


def range_of_one(seed):
    """randint(7, 8) has one possible value: NumPy returns it without drawing."""
    rs = fresh(seed)
    values = rs.randint(7, 8, 5)
    after = rs.random_sample(3)
    return {
        "seed": seed,
        "calls": "randint(7,8,5) then random_sample(3) on the same stream",
        "randint(7,8,5)": ints(values),
        "random_sample(3)_after_hex": hexes(after),
        "random_sample(3)_fresh_hex": hexes(fresh(seed).random_sample(3)),
    }


def gauss_cache(seed):
    """The second value of a polar pair waits in the cache across other calls."""
    rs = fresh(seed)
    first = rs.randn(1)
    uniforms = rs.random_sample(2)
    integers = rs.randint(0, 10, 3)
    second = rs.randn(1)
    third = rs.randn(1)
    return {
        "seed": seed,
        "calls": "randn(1), random_sample(2), randint(0,10,3), randn(1), randn(1)",
        "randn(1)_first_hex": hexes(first),
        "random_sample(2)_hex": hexes(uniforms),
        "randint(0,10,3)": ints(integers),
        "randn(1)_second_hex": hexes(second),
        "randn(1)_third_hex": hexes(third),
    }


def global_matches_randomstate(seed):
    np.random.seed(seed)
    via_global = np.random.randn(20)
    return bool(np.array_equal(via_global, fresh(seed).randn(20)))


def main():
    seeds = [1, 42, 2**32 - 1]
    data = {
        "numpy_version": np.__version__,
        "generated_by": "numpy_rng_extra.py (beside this file)",
        "description": "Reference draws from NumPy's legacy RandomState; each entry "
        "from a freshly seeded stream unless its 'calls' says otherwise. Doubles as "
        "float.hex(); randint in the default int64 dtype.",
        "np_random_seed_matches_RandomState": all(
            global_matches_randomstate(s) for s in seeds
        ),
        "seeds": {str(s): per_seed(s) for s in seeds},
        "shapes": shapes(1),
        "randint_cases": randint_cases(42, 12),
        "range_of_one": range_of_one(435),
        "gauss_cache": gauss_cache(42),
        # A long run. Seed 42's pair at index 76-77 is one where Java's Math.log and the C
        # library's log differ in the last bit, so the Gaussian tolerance is exercised.
        "randn(2000)": {"seed": 42, "values_hex": hexes(fresh(42).randn(2000))},
    }
    out = Path(__file__).with_name("numpy-rng-extra.json")
    out.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
