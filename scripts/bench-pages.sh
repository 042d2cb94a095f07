#!/usr/bin/env bash
# Benchmark (not a test): starts the packaged portal with the demo catalogue in a scratch database, then measures
# the shopper's pages over loopback: bytes sent with and without gzip, server time, CSS and JS sizes, and
# latency percentiles over the page mix. Budgets (gzip, before images) are printed, never enforced.
# Usage: scripts/bench-pages.sh [requests]    (default 1000 requests over the mix, CONCURRENCY=4)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
REQUESTS="${1:-1000}"
CONCURRENCY="${CONCURRENCY:-4}"
BENCH_DB=etalase_pages
BENCH_ALIAS=bench_pages_products
APP_PORT="${APP_PORT:-8093}"
SAMPLES=20
HOME_BUDGET_KB=60
PRODUCT_BUDGET_KB=40
start_servers
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests

scratch_database "$BENCH_DB"
work=$(mktemp -d)
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    drop_scratch_database "$BENCH_DB"
    curl -s -X DELETE "http://127.0.0.1:$ES_PORT/${BENCH_ALIAS}_v*" >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT


log "starting the portal with the demo catalogue on 127.0.0.1:$APP_PORT"
QUARKUS_PROFILE=dev java -Xmx512m -Detalase.demo.enabled=true -Detalase.search.alias=$BENCH_ALIAS -Dquarkus.http.port="$APP_PORT" \
    -Dquarkus.http.host=127.0.0.1 -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$APP_PORT"
wait_http "$base/q/health/live" 300
grep -E "Demo data: loaded|Reindex: alias" "$work/app.log" | sed 's/^.*INFO  *\[[^]]*\] ([^)]*) /  /' || true

first_slug() { # first_slug <api path>: the slug of the first item the JSON API lists
    curl -fsS "$base$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])'
}
product="/produk/$(first_slug '/api/v1/products?size=1')"
member="/anggota/$(first_slug '/api/v1/members?size=1')"
pages=(/ /kategori/kuliner /wilayah/bandar-lampung '/cari?q=kopi' "$product" "$member")
printf '%s\n' "${pages[@]}" > "$work/pages.txt"

median_ttfb_ms() { # median server time (time to first byte) of $SAMPLES requests, in ms
    for _ in $(seq "$SAMPLES"); do
        curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{time_starttransfer}\n' "$base$1"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) * 1000 }'
}
gzip_bytes() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$1"; }
plain_bytes() { curl -s -H 'Accept-Encoding: identity' -o /dev/null -w '%{size_download}' "$base$1"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$base$1"; }
budget() { # budget <bytes> <KB>: PASS or OVER
    if [ "$1" -le $(($2 * 1024)) ]; then echo "PASS (budget ${2} KB)"; else echo "OVER (budget ${2} KB)"; fi
}

# Warm up once so the first samples do not measure class loading and template compilation.
for page in "${pages[@]}"; do curl -s -o /dev/null "$base$page"; done

echo
echo "Pages over loopback ($(nproc) cores), HTML only, before images; server time = median time to first byte of $SAMPLES:"
printf '%-44s %6s %10s %10s %12s  %s\n' page status gzip plain "server ms" budget
for page in "${pages[@]}"; do
    gz=$(gzip_bytes "$page")
    verdict=""
    [ "$page" = / ] && verdict=$(budget "$gz" "$HOME_BUDGET_KB")
    [ "$page" = "$product" ] && verdict=$(budget "$gz" "$PRODUCT_BUDGET_KB")
    printf '%-44s %6s %10s %10s %12s  %s\n' "$page" "$(status_of "$page")" "$gz" "$(plain_bytes "$page")" \
        "$(median_ttfb_ms "$page")" "$verdict"
done

echo
echo "Stylesheets and scripts the home page links (bytes):"
printf '%-44s %6s %10s %10s\n' asset status gzip plain
assets=$(curl -s "$base/" | grep -oE '(href|src)="/[^"]+\.(css|js)(\?[^"]*)?"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
[ -n "$assets" ] || echo "  (none linked)"
for asset in $assets; do
    printf '%-44s %6s %10s %10s\n' "$asset" "$(status_of "$asset")" "$(gzip_bytes "$asset")" "$(plain_bytes "$asset")"
done

echo
echo "Latency over the page mix (${#pages[@]} pages in turn):"
python3 scripts/http_bench.py "$base" "$work/pages.txt" "$REQUESTS" "$CONCURRENCY" "pages (html)"
