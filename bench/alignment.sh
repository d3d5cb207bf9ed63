#!/usr/bin/env bash
# Times the coverage matrix and portfolio alignment queries on 20,000 projects, 100,000 priority links and
# 1,000,000 indicator values, on H2 (a file database under target/bench) and on PostgreSQL (a database
# regional_tc_bench on 127.0.0.1:5432, created here as the postgres OS user).
# Usage: bench/alignment.sh [h2|postgres|both]   (default both). Each run starts from an empty database and
# loads the data again (about a minute per database), so the figures never depend on an earlier run.
# BENCH_CLASS and BENCH_HEAP run another benchmark on the same databases (bench/report.sh does).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
which=${1:-both}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
run() {
    echo "== $1"
    "$JAVA_HOME/bin/java" "-Xmx${BENCH_HEAP:-2g}" -cp "$cp" "org.regionaltc.bench.${BENCH_CLASS:-AlignmentBenchmark}" "${@:2}"
}
if [ "$which" = h2 ] || [ "$which" = both ]; then
    rm -rf target/bench && mkdir -p target/bench
    run "H2 (file, PostgreSQL mode)" \
        "--spring.datasource.url=jdbc:h2:file:./target/bench/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
    password=bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    (cd / && runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regional_tc_bench') THEN
    CREATE ROLE regional_tc_bench LOGIN;
  END IF;
END \$\$;
ALTER ROLE regional_tc_bench PASSWORD '$password';
SQL
    )
    (cd / && runuser -u postgres -- dropdb --if-exists regional_tc_bench)
    (cd / && runuser -u postgres -- createdb -O regional_tc_bench regional_tc_bench)
    run "PostgreSQL" --spring.profiles.active=postgres \
        --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/regional_tc_bench \
        --spring.datasource.username=regional_tc_bench "--spring.datasource.password=$password"
fi
