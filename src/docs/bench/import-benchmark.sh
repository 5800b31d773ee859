#!/usr/bin/env bash
# Compares `import hsg` with Jena's own tdb2.tdbloader loading the import's output as N-Quads,
# in the same run, on the same machine: wall time and peak memory of each, as separate JVMs.
#
#   mvn -q -DskipTests package && src/docs/bench/import-benchmark.sh [runs] [data dir]
#
# For each run (default 3), in turn:
#   import        java -jar target/dipnorm.jar import hsg …  (into a fresh store; shapes and checks on)
#   import-noval  the same with --skip-validation
#   import-full   the same as import with --jit full: the JVM's usual compilers, C1 and C2 (ADR 0006)
#   tdbloader     java -cp target/dipnorm.jar tdb2.tdbloader --loc … hsg.nq   (default 'phased' loader)
#   tdbloader-c1  the same with -XX:TieredStopAtLevel=1, C1 only, as `import` runs (for comparison only)
# Every JVM runs with -Xmx1g, so finishing at all shows the peak heap stays under 1 GiB; the
# peak heap actually used is read from the GC log (the largest "before" figure of any pause),
# the peak resident set and the CPU time (user + system) from /usr/bin/time. On a shared machine
# wall times vary a lot between identical runs; CPU time, and the median, vary much less.
# Prints one line per measurement, then best and median wall time, median CPU time, the largest
# peak heap, and each ratio to tdbloader.
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-3}
DATA=${2:-../shared/data/hsg}
JAR=target/dipnorm.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAVA=(java -Xmx1g)

# The N-Quads the loader gets: the import's own output.
"${JAVA[@]}" -jar "$JAR" import hsg --rdcr "$DATA/rdcr" --pocom "$DATA/pocom" --db "$WORK/seed" --no-progress \
    --skip-validation --nquads "$WORK/hsg.nq" > /dev/null 2>&1
echo "N-Quads: $(wc -l < "$WORK/hsg.nq") lines, $(du -h "$WORK/hsg.nq" | cut -f1)"

# measure NAME COMMAND…: prints "NAME wall_s cpu_s peak_rss_MB peak_heap_MB"
measure() {
    local name=$1; shift
    local gc="$WORK/$name.gc"
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "${JAVA[0]}" "${JAVA[@]:1}" -Xlog:gc:file="$gc" "$@" > /dev/null 2> "$WORK/$name.err"
    local heap
    heap=$(grep -o '[0-9]*M->' "$gc" | sed 's/M->//' | sort -n | tail -1)
    read -r wall user sys rss < "$WORK/time"
    printf '%-13s wall %7.2f s  cpu %7.2f s  rss %5d MB  heap %5s MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" \
        $((rss / 1024)) "${heap:-?}"
}

for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/db-import" "$WORK/db-noval" "$WORK/db-full" "$WORK/db-loader" "$WORK/db-loader-c1"
    measure import -jar "$JAR" import hsg --rdcr "$DATA/rdcr" --pocom "$DATA/pocom" --db "$WORK/db-import" --no-progress
    measure import-noval -jar "$JAR" import hsg --rdcr "$DATA/rdcr" --pocom "$DATA/pocom" --db "$WORK/db-noval" --no-progress --skip-validation
    measure import-full -jar "$JAR" import hsg --rdcr "$DATA/rdcr" --pocom "$DATA/pocom" --db "$WORK/db-full" --no-progress --jit full
    measure tdbloader -cp "$JAR" tdb2.tdbloader --loc "$WORK/db-loader" "$WORK/hsg.nq"
    measure tdbloader-c1 -XX:TieredStopAtLevel=1 -cp "$JAR" tdb2.tdbloader --loc "$WORK/db-loader-c1" "$WORK/hsg.nq"
done | tee "$WORK/results"

echo "--- $RUNS runs each: best and median wall time, median CPU time, largest peak heap; ratios to tdbloader"
awk -v runs="$RUNS" '
    { n = $1; w[n, ++c[n]] = $3; u[n, c[n]] = $6; if ($12 + 0 > h[n]) h[n] = $12 + 0 }
    function sorted_at(a, name, k,    i, j, t, v) {
        for (i = 1; i <= c[name]; i++) v[i] = a[name, i]
        for (i = 1; i <= c[name]; i++) for (j = i + 1; j <= c[name]; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return v[k]
    }
    END {
        split("import import-noval import-full tdbloader tdbloader-c1", names, " ")
        for (k = 1; k <= 5; k++) {
            n = names[k]; mid = int((c[n] + 1) / 2)
            best[n] = sorted_at(w, n, 1); med[n] = sorted_at(w, n, mid); cpu[n] = sorted_at(u, n, mid)
        }
        for (k = 1; k <= 5; k++) {
            n = names[k]
            printf "%-13s wall best %6.2f s (%.2fx)  median %6.2f s (%.2fx)  cpu median %6.2f s (%.2fx)  heap max %4d MB\n", n,
                best[n], best[n] / best["tdbloader"], med[n], med[n] / med["tdbloader"], cpu[n], cpu[n] / cpu["tdbloader"], h[n]
        }
    }' "$WORK/results"
echo "store sizes: import $(du -sh "$WORK/db-import" | cut -f1), tdbloader $(du -sh "$WORK/db-loader" | cut -f1)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
