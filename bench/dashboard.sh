#!/usr/bin/env bash
# Load test of the officer's /api/dashboard on PostgreSQL with wrk (32 connections, 2 threads, 60 s), beside a
# small static file (/js/app.js) and a large one (/js/echarts.min.js, 1 MB) from the same server in
# the same run. Data: the 20,000 projects of AlignmentBenchmark and 500,000 ledger rows (DashboardBenchmark).
# Usage: bench/dashboard.sh [database] [port] [seconds]   (defaults wt_p13, 8092, 60); the database must exist on
# 127.0.0.1:5432 with trust authentication for user postgres (createdb -h 127.0.0.1 -U postgres wt_p13).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
db=${1:-wt_p13}
port=${2:-8092}
seconds=${3:-60}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
rm -f target/bench/dashboard-cookie.txt target/bench/dashboard-stop
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.regionaltc.bench.DashboardBenchmark --spring.profiles.active=postgres \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
    --spring.datasource.password= "--server.port=$port" &
server=$!
trap 'touch target/bench/dashboard-stop; wait $server' EXIT
while [ ! -s target/bench/dashboard-cookie.txt ]; do
    kill -0 $server || exit 1
    sleep 2
done
cookie=$(head -1 target/bench/dashboard-cookie.txt)
cat > target/bench/percentiles.lua <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests, %.1f req/s, errors %d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1e6),
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
generation() {
    psql -h 127.0.0.1 -U postgres -d "$db" -tAc 'SELECT generation FROM dashboard_generation WHERE id = 1'
}
echo "check: $(curl -s -o /dev/null -w 'HTTP %{http_code}, %{size_download} bytes, %{content_type}' -H "Cookie: $cookie" \
    "http://127.0.0.1:$port/api/dashboard")"
echo "dashboard generation before: $(generation)"
for url in /js/app.js /js/echarts.min.js /api/dashboard; do
    echo "== wrk -t2 -c32 -d${seconds}s --timeout 10s $url (officer's session cookie)"
    wrk -t2 -c32 -d"${seconds}s" --timeout 10s -H "Cookie: $cookie" -s target/bench/percentiles.lua "http://127.0.0.1:$port$url" \
        | tail -1
done
echo "dashboard generation after: $(generation) (the same as before: no write during the run, every request served from the kept figures)"
