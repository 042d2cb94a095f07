#!/usr/bin/env bash
# Rebuilds the search index from the database into a new versioned index and swaps the alias to it.
# Searches keep answering from the old index until the swap. Progress is printed as it goes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
start_servers
cd "$ETALASE_ROOT"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
log "reindexing (alias ${ETALASE_SEARCH_ALIAS:-products})"
QUARKUS_PROFILE="${QUARKUS_PROFILE:-dev}" java ${JAVA_OPTS:-} -Detalase.search.reindex-and-exit=true -Dquarkus.http.port=0 -Dquarkus.log.level=WARN \
    -Dquarkus.log.category.\"id.etalase.search\".level=INFO -jar target/quarkus-app/quarkus-run.jar
