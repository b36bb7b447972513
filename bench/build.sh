# Sourced by run.sh and sweep.sh from the project root: prints the load, builds lib and bench
# (tests skipped, the log kept in bench/target/build.log and shown only on failure), and sets
# `out` (bench/target) and `cp` (the benchmarks' classpath).
out=bench/target

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "building lib and bench (tests skipped) ..."
mkdir -p "$out"
mvn -q -B -DskipTests package -pl bench -am > "$out/build.log" 2>&1 \
    || { cat "$out/build.log"; exit 1; }
cp="$out/classes:$(cat "$out/classpath.txt")"
