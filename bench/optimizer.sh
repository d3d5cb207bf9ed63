#!/usr/bin/env bash
# The allocation engine as the CLI's whole run (JVM start included), on seeded problems of the generator
# (org.regionaltc.bench.AllocationProblemGenerator) and on the shared instances when ../shared/optimizer is there:
# status, objective, proven bound, gap, greedy's shortfall and peak resident memory at each time limit.
# Usage: bench/optimizer.sh [TIME_LIMITS...]   (default: 10 60). Needs target/regional-tc.jar (mvn package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
limits=("$@")
[ ${#limits[@]} -eq 0 ] && limits=(10 60)
[ -f target/regional-tc.jar ] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
out=target/bench/optimizer && mkdir -p "$out"
problems=()
for size in 100x10 300x20 1000x40 5000x100; do
    "$JAVA_HOME/bin/java" -cp "$cp" org.regionaltc.bench.AllocationProblemGenerator "${size%x*}" "${size#*x}" 1 \
        "$out/gen-$size-seed1.json"
    problems+=("$out/gen-$size-seed1.json")
done
for shared in ../shared/optimizer/instances/lac-*.json; do
    [ -f "$shared" ] && problems+=("$shared")
done
printf '| problem | limit (s) | status | objective | bound | gap | greedy shortfall | wall (s) | peak RSS (MB) |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for problem in "${problems[@]}"; do
    for limit in "${limits[@]}"; do
        name=$(basename "$problem" .json)
        result="$out/$name-$limit.result.json"
        /usr/bin/time -v -o "$out/$name-$limit.time" "$JAVA_HOME/bin/java" -jar target/regional-tc.jar optimize \
            --input "$problem" --output "$result" --time-limit "$limit" --seed 0 --threads 1 2>/dev/null || true
        rss=$(awk '/Maximum resident/ {printf "%d", $6 / 1024}' "$out/$name-$limit.time")
        wall=$(awk '/Elapsed \(wall clock\)/ {n = split($8, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$out/$name-$limit.time")
        python3 - "$result" "$name" "$limit" "$wall" "$rss" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
obj, bound, greedy = r.get("objective"), r.get("bound"), r.get("greedyObjective")
gap = "-" if r.get("gap") is None else f"{100 * r['gap']:.2f} %"
short = "-" if not obj or greedy is None else f"{100 * (obj - greedy) / obj:.1f} %"
fmt = lambda v: "-" if v is None else f"{v:,.0f}"
print(f"| {sys.argv[2]} | {sys.argv[3]} | {r['status']} | {fmt(obj)} | {fmt(bound)} | {gap} | {short} | {sys.argv[4]} | {sys.argv[5]} |")
PY
    done
done
