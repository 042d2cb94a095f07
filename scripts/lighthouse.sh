#!/usr/bin/env bash
# Benchmark (not a test): starts the packaged portal with the demo catalogue in a scratch database, then runs
# Lighthouse 12 in its mobile mode (simulated slow 4G, mid-range phone) against the home page, a product page and
# a search page. Prints the four category scores per page, keeps the JSON and HTML reports in target/lighthouse/,
# and exits non-zero when any category on any page scores below MIN_SCORE (default 95).
# Usage: scripts/lighthouse.sh    (APP_PORT=8095, MIN_SCORE=95 may be set in the environment; ACCEPT_LANGUAGE=id
#        measures the Indonesian pages, otherwise Chromium asks for English as Lighthouse's en-US locale sets it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
LH_DB=etalase_lighthouse
LH_ALIAS=lighthouse_products
APP_PORT="${APP_PORT:-8095}"
MIN_SCORE="${MIN_SCORE:-95}"
ACCEPT_LANGUAGE="${ACCEPT_LANGUAGE:-}"
LH_VERSION=12
LH_HOME="$ETALASE_STATE/lighthouse"
REPORTS="$ETALASE_ROOT/target/lighthouse"
CHROME=/usr/bin/chromium
# No outside network here: without these Chromium waits on refused connections (sync, updates, field trials).
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
--disable-background-networking --disable-component-update --disable-sync"

port_open 127.0.0.1 "$APP_PORT" && fail "port $APP_PORT is taken; set APP_PORT to a free one"
start_servers
[ -x "$CHROME" ] || apt_install chromium
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
lighthouse="$LH_HOME/node_modules/.bin/lighthouse"
if ! { [ -x "$lighthouse" ] && "$lighthouse" --version 2>/dev/null | grep -q "^$LH_VERSION\."; }; then
    log "installing lighthouse@$LH_VERSION with npm into $LH_HOME"
    mkdir -p "$LH_HOME"
    npm install --prefix "$LH_HOME" --no-audit --no-fund --silent "lighthouse@$LH_VERSION" >&2 || fail "npm install lighthouse"
fi
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests

scratch_database "$LH_DB"
base="http://127.0.0.1:$APP_PORT"
# Canonical links and share URLs point at the address Lighthouse loads, as they would in production.
export PUBLIC_URL="$base"
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    drop_scratch_database "$LH_DB"
    curl -s -X DELETE "http://127.0.0.1:$ES_PORT/${LH_ALIAS}_v*" >/dev/null || true
}
trap cleanup EXIT

wait_http() { # wait_http <url>: until it answers, while the portal we started still runs
    for _ in $(seq 300); do
        curl -fs "$1" >/dev/null 2>&1 && return 0
        kill -0 "$app_pid" 2>/dev/null || fail "the portal stopped (see target/lighthouse/app.log)"
        sleep 1
    done
    fail "$1 did not answer"
}

rm -rf "$REPORTS" && mkdir -p "$REPORTS"
extra=()
[ -z "$ACCEPT_LANGUAGE" ] || extra=(--extra-headers "{\"Accept-Language\":\"$ACCEPT_LANGUAGE\"}")
log "starting the portal with the demo catalogue on $base (log: target/lighthouse/app.log)"
QUARKUS_PROFILE=dev java -Xmx512m -Detalase.demo.enabled=true -Detalase.search.alias=$LH_ALIAS -Dquarkus.http.port="$APP_PORT" \
    -Dquarkus.http.host=127.0.0.1 -jar target/quarkus-app/quarkus-run.jar > "$REPORTS/app.log" 2>&1 &
app_pid=$!
wait_http "$base/q/health/live"
grep -E "Demo data: loaded|Reindex: alias" "$REPORTS/app.log" | sed 's/^.*INFO  *\[[^]]*\] ([^)]*) /  /' || true

product_slug=$(curl -fsS "$base/api/v1/products?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
names=(home product search)
paths=(/ "/produk/$product_slug" '/cari?q=kopi')

# Warm up once so Lighthouse does not measure class loading and template compilation.
for path in "${paths[@]}"; do curl -s -o /dev/null "$base$path"; done

for i in "${!names[@]}"; do
    log "lighthouse (mobile): ${paths[$i]}"
    CHROME_PATH="$CHROME" "$lighthouse" "$base${paths[$i]}" --quiet --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output=html --output-path="$REPORTS/${names[$i]}" \
        --chrome-flags="$CHROME_FLAGS" --max-wait-for-load=60000 ${extra[@]+"${extra[@]}"} \
        || fail "lighthouse on ${paths[$i]} (reports so far in $REPORTS)"
done

echo
echo "Lighthouse $("$lighthouse" --version) mobile, $(nproc) cores, $(chromium --version 2>/dev/null | head -1); reports in target/lighthouse/"
python3 - "$REPORTS" "$MIN_SCORE" "${names[@]}" <<'PY'
import json, sys
reports, minimum, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
categories = ["performance", "accessibility", "best-practices", "seo"]
print(f"{'page':<10}" + "".join(f"{c:>16}" for c in categories) + "  url")
low = []
for name in names:
    report = json.load(open(f"{reports}/{name}.report.json"))
    scores = {c: round(report["categories"][c]["score"] * 100) for c in categories}
    print(f"{name:<10}" + "".join(f"{scores[c]:>16}" for c in categories) + "  " + report["finalDisplayedUrl"])
    for c in categories:
        if scores[c] < minimum:
            low.append((name, c, scores[c]))
        # Name the weighted audits that lost points, so a low score says where to look.
        for ref in report["categories"][c]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue") or ""
                print(f"{'':<10}  {c}: {ref['id']} scored {audit['score']:.2f} {shown}".rstrip())
if low:
    print(f"BELOW {minimum}: " + ", ".join(f"{n} {c} {s}" for n, c, s in low))
    sys.exit(1)
print(f"every category on every page is at least {minimum}")
PY
