#!/usr/bin/env bash
# Times one training epoch of the fast path (JMH, with the GC profiler) and of the document's
# NumPy code, on the worked example's 3-4-2 network and a 2-100-3 spiral network, and prints
# them side by side. The last line is: speedup tiny=<x> spiral=<y>
#
#   bash bench/run.sh            under two minutes on 2 cores
#
# Run it on a quiet machine: it prints the load average first, for the record.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build.sh

# 2 forks x (5 warm-up + 5 measured iterations of 1 s) for each of fast and readable, on both
# networks: about 90 s. Full log in bench/target/jmh-epoch.log.
echo "JMH: EpochBenchmark, 2 forks, 5 x 1 s warm-up, 5 x 1 s measured, -prof gc ..."
java -cp "$cp" org.openjdk.jmh.Main 'backprop\.bench\.EpochBenchmark\.' \
    -f 2 -wi 5 -w 1s -i 5 -r 1s -prof gc -foe true \
    -rf json -rff "$out/jmh-epoch.json" > "$out/jmh-epoch.log" 2>&1 \
    || { tail -30 "$out/jmh-epoch.log"; exit 1; }
sed -n '/^Benchmark /,$p' "$out/jmh-epoch.log" | grep -v -e 'gc.count' -e 'gc.time'
echo

# NumPy runs as a reader would run it, with its BLAS's default threads; at these sizes
# OPENBLAS_NUM_THREADS=1 gives the same times.
rm -f "$out/numpy-epoch.json"
if command -v python3 > /dev/null; then
    echo "NumPy: bench/numpy_epoch.py, BLAS threads: ${OPENBLAS_NUM_THREADS:-default} ..."
    python3 bench/numpy_epoch.py --json "$out/numpy-epoch.json"
else
    echo "skipped: numpy not available (no python3)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

java -cp "$cp" backprop.bench.Report "$out/jmh-epoch.json" "$out/numpy-epoch.json"
