#!/usr/bin/env bash
# Times the exports (projects XLSX/CSV of 20,000 projects), the review report PDF and the dashboard
# over HTTP beside a static file, on the AlignmentBenchmark data set, on H2 (a file database under target/bench) and on PostgreSQL (a database
# regional_tc_bench on 127.0.0.1:5432, created here as the postgres OS user).
# Usage: bench/report.sh [h2|postgres|both]   (default both). Each run starts from an empty database and
# loads the data again (about a minute per database), so the figures never depend on an earlier run.
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
    "$JAVA_HOME/bin/java" -Xmx512m -cp "$cp" org.regionaltc.bench.ReportBenchmark "${@:2}"
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
