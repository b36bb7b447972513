#!/usr/bin/env bash
# One epoch of a 2-hidden-3 network over hidden widths 4..1024 and batch sizes 2..4096, the
# fast path (JMH, short settings) against the document's NumPy code. Prints the table and where
# NumPy is faster, and draws img/speed-sweep.png.
#
#   bash bench/sweep.sh          about two and a half minutes on 2 cores
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/build.sh

# 20 grid points x (1 fork: 2 x 0.3 s warm-up, 3 x 0.3 s measured): about a minute.
echo "JMH: SweepBenchmark, 1 fork, 2 x 0.3 s warm-up, 3 x 0.3 s measured per point ..."
java -cp "$cp" org.openjdk.jmh.Main 'backprop\.bench\.SweepBenchmark\.' \
    -f 1 -wi 2 -w 300ms -i 3 -r 300ms -foe true \
    -rf json -rff "$out/jmh-sweep.json" > "$out/jmh-sweep.log" 2>&1 \
    || { tail -30 "$out/jmh-sweep.log"; exit 1; }

# NumPy twice: with one BLAS thread, as Java runs one, and with its BLAS's default threads (both
# cores); the report takes NumPy's better time at each point.
rm -f "$out"/numpy-sweep-*.json
if command -v python3 > /dev/null; then
    echo "NumPy: bench/numpy_epoch.py --sweep, one BLAS thread ..."
    OPENBLAS_NUM_THREADS=1 python3 bench/numpy_epoch.py --sweep --json "$out/numpy-sweep-1.json"
    echo "NumPy: bench/numpy_epoch.py --sweep, default BLAS threads ..."
    env -u OPENBLAS_NUM_THREADS python3 bench/numpy_epoch.py --sweep \
        --json "$out/numpy-sweep-default.json"
else
    echo "skipped: numpy not available (no python3)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

java -Djava.awt.headless=true -cp "$cp" backprop.bench.SweepReport \
    "$out/jmh-sweep.json" img/speed-sweep.png "$out"/numpy-sweep-*.json
