#!/usr/bin/env bash
# Times the search index on 100,000 lessons generated in the four languages, on H2 (a file database under
# target/bench-search): a rebuild from the database, the index size on disk, and 2,000 searches (p50/p95/max),
# beside SQL LIKE on the same table as a reference. The lessons are loaded once (kept between runs).
# Usage: bench/search.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-search
"$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" org.regionaltc.bench.SearchBenchmark \
    "--spring.datasource.url=jdbc:h2:file:./target/bench-search/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "--tc.search.index-dir=./target/bench-search/index"
