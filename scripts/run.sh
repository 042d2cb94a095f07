#!/usr/bin/env bash
# Runs the portal with demo data on http://localhost:8080 (foreground; Ctrl-C stops the app).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
start_servers
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests
# Logins to try every side of the portal: taken from the environment, else generated at the first start and kept
# in .etalase-logins (not committed, readable by you only), and printed at every start.
LOGINS="$ETALASE_ROOT/.etalase-logins"
if [ ! -f "$LOGINS" ]; then
    (umask 077; printf 'ADMIN_PHONE=%s\nADMIN_PASSWORD=%s\nDEMO_MEMBER_PHONE=%s\nDEMO_MEMBER_PASSWORD=%s\n' \
        "${ADMIN_PHONE:-0811-0000-0001}" "${ADMIN_PASSWORD:-$(random_secret)}" \
        "${DEMO_MEMBER_PHONE:-0812-0000-0001}" "${DEMO_MEMBER_PASSWORD:-$(random_secret)}" > "$LOGINS")
fi
while IFS='=' read -r key value; do
    [ -n "$key" ] && [ -z "${!key:-}" ] && export "$key=$value"
done < "$LOGINS"
log "admin:       log in at http://localhost:${PORT:-8080}/masuk with $ADMIN_PHONE / $ADMIN_PASSWORD"
log "demo member: log in with $DEMO_MEMBER_PHONE / $DEMO_MEMBER_PASSWORD (logins kept in $LOGINS)"
# The dev profile supplies the local defaults (database account, http://localhost:8080, a development salt and
# session key) that the production profile refuses to start without. Anyone who knows those keys could forge a
# session, so the portal listens on this machine only unless LISTEN_ADDRESS says otherwise (0.0.0.0: every network).
export QUARKUS_HTTP_HOST="${LISTEN_ADDRESS:-127.0.0.1}"
log "starting the portal on http://localhost:${PORT:-8080}, listening on $QUARKUS_HTTP_HOST (demo data is loaded into an empty database)"
QUARKUS_PROFILE="${QUARKUS_PROFILE:-dev}" DEMO_DATA="${DEMO_DATA:-true}" exec java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar
