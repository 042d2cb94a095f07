#!/usr/bin/env bash
# Starts the database and Elasticsearch, then runs the whole test suite (unit, @QuarkusTest and packaged-app ITs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
start_servers
cd "$ETALASE_ROOT"
# BrowserJourneyTest drives Debian's headless Chromium through its chromedriver.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then apt_install chromium chromium-driver; fi
log "testing the analysis plugin (JDK 21+)"
JAVA_HOME="$(newest_jdk)" ./mvnw -B -q -f src/es-plugin/pom.xml test
log "running the test suite: ./mvnw verify"
./mvnw -B verify -DskipITs=false "$@"
# The container image (debootstrap base, Jib build, a start from the tarball): minutes more, so on request.
if [ "${IMAGE_CHECK:-false}" = true ]; then
    log "building the container image and starting the app from it"
    scripts/image.sh && scripts/image.sh check
fi
