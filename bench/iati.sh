#!/usr/bin/env bash
# IATI validation and import throughput on a generated file, beside xmllint on the same file in the same run.
# Usage: bench/iati.sh [megabytes] [h2|postgres|both|none]   (defaults: 200, h2)
# The file repeats the official annotated example activity under fresh identifiers (IatiGenerator). Every command
# is timed as a whole process (wall clock, /usr/bin/time), the JVM capped at -Xmx256m: a run that finishes proves
# the heap stayed under 256 MB. PostgreSQL: a database iati_bench on 127.0.0.1:5432 (user postgres, trust auth).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
megabytes=${1:-200}
which=${2:-h2}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
file=target/bench/iati-$megabytes.xml
[ -f "$file" ] || "$JAVA_HOME/bin/java" -cp "$cp" org.regionaltc.bench.IatiGenerator "$file" "$megabytes"
bytes=$(stat -c %s "$file")
activities=$(grep -c '<iati-activity ' "$file")
echo "file: $file, $bytes bytes, $activities activities"
timed() {
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o target/bench/time.txt "$@" > target/bench/out.txt 2> target/bench/err.txt || true
    read -r wall rss < <(tail -1 target/bench/time.txt)
    awk -v l="$label" -v w="$wall" -v r="$rss" -v b="$bytes" -v a="$activities" \
        'BEGIN { printf "%-34s %7.2f s  %6.1f MB/s  %8.0f activities/s  max RSS %4d MB\n", l, w, b / 1048576 / w, a / w, r / 1024 }'
}
app=("$JAVA_HOME/bin/java" -Xmx256m -cp "$cp" org.regionaltc.Application)
schema=src/main/resources/iati/schema/iati-activities-schema.xsd
for round in 1 2; do
    echo "== round $round"
    timed "xmllint --noout --stream --schema" xmllint --noout --stream --schema "$schema" "$file"
    timed "iati validate (JVM, one shot)" "${app[@]}" iati validate --format json "$file"
done
if [ "$which" = h2 ] || [ "$which" = both ]; then
    rm -rf target/bench/h2*
    export TC_DEMO=false
    DB_URL="jdbc:h2:file:./target/bench/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "${app[@]}" db migrate > /dev/null
    DB_URL="jdbc:h2:file:./target/bench/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        timed "iati import, H2 (first)" "${app[@]}" iati import --format json "$file"
    head -c 300 target/bench/out.txt; echo
    DB_URL="jdbc:h2:file:./target/bench/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        timed "iati import, H2 (again: unchanged)" "${app[@]}" iati import --format json "$file"
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists iati_bench
    createdb -h 127.0.0.1 -U postgres iati_bench
    export TC_DEMO=false SPRING_PROFILES_ACTIVE=postgres DB_URL=jdbc:postgresql://127.0.0.1:5432/iati_bench DB_USER=postgres
    "${app[@]}" db migrate > /dev/null
    timed "iati import, PostgreSQL (first)" "${app[@]}" iati import --format json "$file"
    head -c 300 target/bench/out.txt; echo
    timed "iati import, PostgreSQL (again)" "${app[@]}" iati import --format json "$file"
fi
