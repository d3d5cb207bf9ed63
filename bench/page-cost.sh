#!/usr/bin/env bash
# The cost of a page: wrk against a jar started on demo data in a fresh H2 directory, each page beside a static
# file served by the same server in the same run, and the API with HTTP Basic beside the anonymous API.
# Builds nothing. Usage: bench/page-cost.sh JAR [port] [seconds]   (defaults 8181, 20)
# Prints one line per URL (req/s, p50, p99, errors), the ratios the issue asks for, and the live sessions.
set -euo pipefail
jar=$(realpath "${1:?usage: bench/page-cost.sh JAR [port] [seconds]}")
port=${2:-8181}
seconds=${3:-20}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
work=$(mktemp -d /tmp/page-cost.XXXXXX)
password=bench-$RANDOM-$RANDOM
base="http://127.0.0.1:$port"
(cd "$work" && exec env PORT="$port" ADMIN_PASSWORD="$password" TC_DEMO=true "$JAVA_HOME/bin/java" -Xmx1g \
    ${PAGE_COST_JAVA_OPTS:-} -jar "$jar" > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "$base/actuator/health"; do
    kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 1
done
cat > "$work/rate.lua" <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("%.1f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, errors %d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout))
end
LUA
basic="Authorization: Basic $(printf 'admin:%s' "$password" | base64 -w0)"
for url in / /projects /api/projects; do
    echo "check $url: $(curl -s -o /dev/null -D - "$base$url" | grep -ci '^set-cookie: JSESSIONID' || true) JSESSIONID cookie(s)," \
        "HTTP $(curl -s -o /dev/null -w '%{http_code}' "$base$url")"
done
echo "check /api/projects with HTTP Basic: HTTP $(curl -s -o /dev/null -w '%{http_code}' -H "$basic" "$base/api/projects")"
declare -A rate
run() { # name, url, [header]
    local line
    line=$(wrk -t2 -c32 -d"${seconds}s" --timeout 10s ${3:+-H "$3"} -s "$work/rate.lua" "$base$2" | tail -1)
    rate[$1]=${line%% req/s*}
    printf '%-22s %s\n' "$1" "$line"
}
echo "== warm-up (5 s each, not counted)"
for url in /css/app.css / /projects /api/projects; do wrk -t2 -c32 -d5s "$base$url" > /dev/null; done
wrk -t2 -c32 -d5s -H "$basic" "$base/api/projects" > /dev/null
echo "== wrk -t2 -c32 -d${seconds}s --timeout 10s, one after the other"
run static /css/app.css
run home /
run projects /projects
run static-again /css/app.css
run api-anonymous /api/projects
run api-basic /api/projects "$basic"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }
static=$(awk -v a="${rate[static]}" -v b="${rate[static-again]}" 'BEGIN { print (a + b) / 2 }')
echo "== ratios (static file: mean of its two runs, $static req/s)"
echo "/ : $(ratio "${rate[home]}" "$static") of the static file (target >= 25 %)"
echo "/projects : $(ratio "${rate[projects]}" "$static") of the static file (target >= 25 %)"
echo "/api/projects with HTTP Basic : $(ratio "${rate[api-basic]}" "${rate[api-anonymous]}") of anonymous (target >= 50 %)"
sessions=$(curl -s -H "$basic" "$base/actuator/prometheus" | awk '/^tomcat_sessions_active_current_sessions/ { print $2 }')
echo "live sessions after the run: ${sessions:-unknown} (tomcat_sessions_active_current_sessions)"
