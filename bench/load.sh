#!/usr/bin/env bash
# Load test: wrk with 64 connections for 60 s against a mix of pages and API calls, once per role (anonymous,
# officer, focal point, donor, admin), beside a static file from the same server under the same wrk settings, on
# PostgreSQL with the 20,000 projects and 500,000 ledger rows of bench/alignment.sh and bench/dashboard.sh.
# Then checks that no connection leaked: HikariCP's active connections (/actuator/prometheus) and the database's
# active backends (pg_stat_activity) back to 0.
#
# Usage: bench/load.sh                    every role, on a jar this script starts (default)
#        bench/load.sh pools 5 10 20 40   the officer's mix once per HikariCP maximum-pool-size, a fresh jar each
# Environment (defaults in brackets):
#   LOAD_DB [wt_load]        PostgreSQL database on 127.0.0.1:5432 (user postgres, trust); created and filled once
#   LOAD_PORT [8221]         port of the jar started here
#   LOAD_URLS                running nodes or a load balancer ("http://127.0.0.1:8221 http://127.0.0.1:8222"): no
#                            jar is started; wrk's threads are spread over the nodes, each signed in on its own node
#   LOAD_SECONDS [60], LOAD_CONNECTIONS [64], LOAD_TIMEOUT [30s]: wrk's -d, -c and --timeout (a request slower than
#                            the timeout counts as an error)
#   LOAD_POOL                spring.datasource.hikari.maximum-pool-size of the started jar (application's otherwise)
#   LOAD_ROLES [anonymous officer focal-point donor admin]
# Errors: wrk's socket errors and timeouts, every status outside 200-399, and redirects to /login (bench/load.lua).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-roles}
db=${LOAD_DB:-wt_load}
port=${LOAD_PORT:-8221}
seconds=${LOAD_SECONDS:-60}
connections=${LOAD_CONNECTIONS:-64}
timeout=${LOAD_TIMEOUT:-30s}
roles=${LOAD_ROLES:-anonymous officer focal-point donor admin}
password=a-long-enough-load-password
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="$JAVA_HOME/bin/java"
out=target/load
mkdir -p "$out"
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -tAc "$1"; }
export SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD= \
    TC_DEMO=false SEARCH_INDEX_DIR="$PWD/$out/search-index-$db"

prepare() {
    [ -f target/regional-tc.jar ] || mvn -q -B -DskipTests package
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
        (cd / && runuser -u postgres -- createdb "$db")
    fi
    local projects ledger
    projects=$(psql_db "SELECT COUNT(*) FROM tc_project WHERE id >= 50000000" 2>/dev/null || echo 0)
    ledger=$(psql_db "SELECT COUNT(*) FROM ledger_entry WHERE reference = 'bench'" 2>/dev/null || echo 0)
    published=$(psql_db "SELECT COUNT(*) FROM tc_project WHERE id >= 50000000 AND published" 2>/dev/null || echo 0)
    if [ "$projects" -lt 20000 ] || [ "$ledger" -lt 500000 ] || [ "$published" = 0 ]; then
        mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
        "$java" -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
            org.regionaltc.bench.LoadData --spring.datasource.url="$DB_URL" --spring.datasource.username=postgres \
            --spring.datasource.password=
    fi
    psql_db "SELECT id FROM tc_project WHERE id >= 50000000 AND published ORDER BY id" >"$out/published.txt"
    echo "data: $(psql_db "SELECT COUNT(*) FROM tc_project") projects ($(wc -l <"$out/published.txt") published)," \
        "$(psql_db "SELECT COUNT(*) FROM ledger_entry") ledger rows"
    body=$(psql_db "SELECT MIN(code) FROM financing_body")
    account load-officer OFFICER
    account load-focal FOCAL_POINT --country PE
    account load-donor DONOR --financing-body "$body"
    account load-admin ADMIN
}

# One account per role, created through the CLI as the README tells an operator (once per database).
account() {
    local user=$1 role=$2
    shift 2
    if [ -z "$(psql_db "SELECT id FROM app_user WHERE username = '$user'")" ]; then
        echo "$password" | "$java" -jar target/regional-tc.jar users add --username "$user" --name "$user" \
            --role "$role" "$@" --password-stdin | grep -v WARN
    fi
}

node_pid=
start_node() {
    local pool=${1:-}
    local log="$out/node-$port${pool:+-pool$pool}.log"
    echo "starting the jar on port $port${pool:+ with maximum-pool-size $pool} (log $log)"
    if [ -n "$pool" ]; then
        SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=$pool PORT=$port "$java" -Xmx1g -jar target/regional-tc.jar >"$log" 2>&1 &
    else
        PORT=$port "$java" -Xmx1g -jar target/regional-tc.jar >"$log" 2>&1 &
    fi
    node_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
        kill -0 "$node_pid" 2>/dev/null || { tail -30 "$log"; exit 1; }
        sleep 2
    done
}
stop_node() {
    if [ -n "$node_pid" ]; then
        kill "$node_pid" 2>/dev/null || true
        wait "$node_pid" 2>/dev/null || true
        node_pid=
    fi
}
trap stop_node EXIT

# Form sign-in with the login page's CSRF token; prints the session cookie (JSESSIONID or Spring Session's SESSION).
sign_in() {
    local base=$1 user=$2 jar
    jar=$(mktemp -p "$out")
    local csrf
    csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
    local location
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
        --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
    case $location in
        *error*|*login*|"") echo "sign-in of $user on $base failed (sent to '$location')" >&2; rm -f "$jar"; return 1 ;;
    esac
    awk '$6 == "JSESSIONID" || $6 == "SESSION" { c = $6 "=" $7 } END { print c }' "$jar"
    rm -f "$jar"
}

user_of() {
    case $1 in
        officer) echo load-officer ;; focal-point) echo load-focal ;; donor) echo load-donor ;; admin) echo load-admin ;;
        *) echo "" ;;
    esac
}

# Runs wrk once; prints its RESULT line (see bench/load.lua).
run_wrk() {
    local mix=$1 cookies=$2 basic=$3 path=$4
    local n threads
    n=$(wc -w <<<"$nodes")
    threads=$(( n >= 2 ? n : 2 ))
    LOAD_MIX=$mix LOAD_PUBLISHED=$out/published.txt LOAD_NODES=$nodes LOAD_COOKIES=$cookies LOAD_BASIC=$basic \
        wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout "$timeout" -s bench/load.lua "$first$path" \
        | grep '^RESULT'
}

# The role's mix with its placeholders filled in, after a check that each path answers 2xx/3xx on every node.
mix_of() {
    local role=$1 cookies=$2 basic=$3 mix="$out/mix-$1.txt" i=0 cookie url status
    grep -v '^#' "bench/load-mix/$role.txt" | sed "s/{body}/$body/g" >"$mix"
    for url in $urls; do
        i=$((i + 1))
        cookie=$(cut -d' ' -f"$i" <<<"$cookies")
        [ "$cookie" != - ] || cookie=
        while read -r kind path; do
            path=${path//\{project\}/50004242}
            path=${path//\{published\}/$(head -1 "$out/published.txt")}
            path=${path//\{country\}/PE}
            if [ "$kind" = api ]; then
                status=$(curl -s -o /dev/null -w '%{http_code}' ${basic:+-H "Authorization: $basic"} "$url$path")
            else
                status=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$url$path")
            fi
            [[ $status =~ ^[23] ]] || { echo "$role: $url$path answered $status before the load" >&2; exit 1; }
        done <"$mix"
    done
    echo "$mix"
}

row() { # role, RESULT line → a Markdown row
    awk -v role="$1" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d (%s; %d timeouts, %d socket errors, %d sent to /login) |\n",
            role, v["requests"], v["rps"], v["p50"], v["p95"], v["p99"], v["max"], v["errors"], v["statuses"], v["timeout"],
            v["connect"] + v["read"] + v["write"], v["signed_out"] }' <<<"$2"
}

role_run() {
    local role=$1 user cookies="" basic="" cookie url mix result
    user=$(user_of "$role")
    if [ -n "$user" ]; then
        for url in $urls; do
            cookie=$(sign_in "$url" "$user")
            cookies="$cookies${cookies:+ }$cookie"
        done
        basic="Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)"
    else
        cookies=$(for url in $urls; do printf -- '- '; done)
        cookies=${cookies% }
    fi
    mix=$(mix_of "$role" "$cookies" "$basic")
    result=$(run_wrk "$mix" "$cookies" "$basic" /)
    row "$role" "$result"
}

reference_run() {
    printf 'page /css/app.css\n' >"$out/mix-static.txt"
    row "static file /css/app.css (reference)" "$(run_wrk "$out/mix-static.txt" "$(for u in $urls; do printf -- '- '; done)" "" /)"
}

header() {
    echo "wrk -c$connections -d${seconds}s --timeout $timeout, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "| mix | answered | req/s | p50 ms | p95 ms | p99 ms | max ms | errors (answered statuses; …) |"
    echo "|---|---|---|---|---|---|---|---|"
}

# Connections back to idle: HikariCP's view on every node and the database's. wrk stops at once, but requests it
# gave up on may still be queued in the server: wait up to 2 min for them to drain before calling it a leak.
leak_check() {
    local url admin waited=0
    admin="load-admin:$password"
    while [ "$waited" -lt 120 ] && [ "$(for url in $urls; do curl -s -u "$admin" "$url/actuator/prometheus"; done \
            | awk '/^hikaricp_connections_active\{/ { s += $NF } END { print s + 0 }')" != 0 ]; do
        sleep 2
        waited=$((waited + 2))
    done
    echo "connections drained ${waited} s after wrk stopped"
    for url in $urls; do
        curl -s -u "$admin" "$url/actuator/prometheus" \
            | grep -E '^hikaricp_connections_(active|idle|pending|max)\{' | sed "s|^|$url |"
    done
    echo "pg_stat_activity on $db: $(psql_db "SELECT COALESCE(string_agg(state || ' ' || n, ', '), 'none')
        FROM (SELECT state, COUNT(*) AS n FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()
              GROUP BY state ORDER BY state) s")"
    local active busy
    active=$(for url in $urls; do curl -s -u "$admin" "$url/actuator/prometheus"; done \
        | awk '/^hikaricp_connections_active\{/ { s += $NF } END { print s + 0 }')
    busy=$(psql_db "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '$db' AND state <> 'idle' AND pid <> pg_backend_pid()")
    if [ "${active%.*}" = 0 ] && [ "$busy" = 0 ]; then
        echo "no leak: 0 active HikariCP connections, 0 non-idle backends"
    else
        echo "LEAK? $active active HikariCP connections, $busy non-idle backends after the run"
        return 1
    fi
}

prepare
if [ -n "${LOAD_URLS:-}" ]; then
    urls=$LOAD_URLS
else
    urls="http://127.0.0.1:$port"
fi
first=$(cut -d' ' -f1 <<<"$urls")
nodes=$(for url in $urls; do url=${url#http://}; printf '%s ' "${url%/}"; done)
case $mode in
    roles)
        [ -n "${LOAD_URLS:-}" ] || start_node "${LOAD_POOL:-}"
        header
        reference_run
        for role in $roles; do
            role_run "$role"
        done
        reference_run
        leak_check
        ;;
    pools)
        shift
        [ -z "${LOAD_URLS:-}" ] || { echo "pools starts its own jar: unset LOAD_URLS" >&2; exit 2; }
        header
        [ $# -gt 0 ] || set -- 5 10 20 40
        for pool in "$@"; do
            start_node "$pool"
            [ "$pool" != "$1" ] || reference_run
            role_run officer | sed "s/^| officer /| officer, pool $pool /"
            leak_check | tail -1 || true
            stop_node
        done
        ;;
    *) echo "usage: bench/load.sh [roles | pools SIZE...]" >&2; exit 2 ;;
esac
