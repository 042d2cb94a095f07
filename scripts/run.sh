#!/usr/bin/env bash
# Runs the portal with demo data on http://localhost:8080 (foreground; Ctrl-C stops the app).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
start_servers
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests
log "starting the portal on http://localhost:${PORT:-8080} (demo data is loaded into an empty database)"
# The dev profile supplies the local defaults (database account, http://localhost:8080, a development salt)
# that the production profile refuses to start without.
QUARKUS_PROFILE="${QUARKUS_PROFILE:-dev}" DEMO_DATA="${DEMO_DATA:-true}" exec java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar
