#!/usr/bin/env bash
# Benchmark (not a test): the portal at size under wrk, in one run, one table. Loads the demo catalogue (100,000
# published products by default) into a scratch database and index, then measures each scenario with wrk on
# loopback (THREADS threads, CONNECTIONS connections, DURATION s after WARMUP s; rate limits off: wrk is one client),
# Lua cycling through URL lists (each list passed once first, so pages are measured as pages already visited):
# the static stylesheet as the server's ceiling, home, product pages (1,000 cycled),
# sector and district listings, the search page and the search API over 200 real words with filters, suggest, and
# the same searches sent straight to Elasticsearch (captured from the app), whose ratio is the app's own overhead.
# Also: load and index time, app start without demo loading, app RSS after the search load.
# Usage: scripts/bench.sh [products]       e.g. PRODUCTS=1520 for the demo's size; DURATION=30 WARMUP=5
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
PRODUCTS="${1:-100000}"
DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
BENCH_DB=etalase_bench
BENCH_ALIAS=bench_products
APP_PORT="${APP_PORT:-8094}"
START_PORT=8095
PROXY_PORT=9298
HEAP="${HEAP:--Xmx192m -XX:+UseSerialGC}"
start_servers
command -v wrk >/dev/null || apt_install wrk
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests

scratch_database "$BENCH_DB"
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    drop_scratch_database "$BENCH_DB"
    curl -s -X DELETE "http://127.0.0.1:$ES_PORT/${BENCH_ALIAS}_v*" >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
app() { # app <port> <log> [java options…]: the packaged portal on the bench database, rate limits off
    local port=$1 logfile=$2; shift 2
    QUARKUS_PROFILE=dev RATE_LIMITS=false java $HEAP -XX:+ExitOnOutOfMemoryError -Detalase.search.alias=$BENCH_ALIAS \
        -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 "$@" -jar target/quarkus-app/quarkus-run.jar \
        > "$logfile" 2>&1 &
    pids+=($!)
}

log "loading $PRODUCTS demo products and building the index"
app "$APP_PORT" "$work/app.log" -Detalase.demo.enabled=true -Detalase.demo.products="$PRODUCTS"
app_pid=${pids[-1]}
base="http://127.0.0.1:$APP_PORT"
wait_http "$base/q/health/ready" 180
load_lines=$(grep -E "Demo data: loaded|Reindex: alias" "$work/app.log" | sed 's/^.*INFO  *\[[^]]*\] ([^)]*) /  /' || true)

log "collecting the URL lists"
python3 - "$base" "$work" <<'PY'
import collections, json, re, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
def get(path):
    with urllib.request.urlopen(base + path) as answer:
        return json.load(answer)
slugs, names = [], []
for page in range(1, 11):
    for item in get(f"/api/v1/products?size=100&page={page}")["items"]:
        slugs.append(item["slug"]); names.append(item["name"])
slugs = list(dict.fromkeys(slugs))[:1000]
words = collections.Counter(w for n in names for w in re.findall(r"[a-z]{4,}", n.lower()))
real = [w for w, _ in words.most_common(200)]
sectors = [s["slug"] for s in get("/api/v1/sectors")]
districts = [d for d in get("/api/v1/districts") if d.get("code")][:20]
filters = ["", "&sector=kuliner", "&sort=price_asc", "&district=18.71", "&page=2", "&scale=mikro",
           "&minPrice=10000&maxPrice=100000", ""]
def write(name, lines):
    with open(f"{work}/{name}.txt", "w") as out:
        out.write("\n".join(lines) + "\n")
write("products", [f"/produk/{s}" for s in slugs])
write("sectors", [f"/kategori/{s}" for s in sectors])
write("districts", [f"/wilayah/{d['code']}" for d in districts])
write("search-page", [f"/cari?q={urllib.parse.quote(w)}" for w in real])
write("search-api", [f"/api/v1/search?q={urllib.parse.quote(w)}{filters[i % len(filters)]}" for i, w in enumerate(real)])
write("suggest", [f"/api/v1/suggest?q={urllib.parse.quote(w[:3])}" for w in real])
print(f"  {len(slugs)} products, {len(real)} words, {len(sectors)} sectors, {len(districts)} districts")
PY
echo "/" > "$work/home.txt"
curl -s "$base/" | grep -oE 'href="/[^"]+\.css[^"]*"' | head -1 | sed -E 's/^href="//; s/"$//' > "$work/css.txt"

log "capturing the app's searches to Elasticsearch, and timing a start without demo loading"
python3 scripts/bench/capture_proxy.py "$PROXY_PORT" "http://127.0.0.1:$ES_PORT" "$work/captured.txt" &
pids+=($!)
started=$(date +%s.%N)
app "$START_PORT" "$work/start.log" -Detalase.demo.enabled=false -Dquarkus.elasticsearch.hosts=127.0.0.1:$PROXY_PORT
wait_http "http://127.0.0.1:$START_PORT/q/health/live" 180
start_seconds=$(echo "$(date +%s.%N) - $started" | bc)
start_reported=$(grep -oE 'started in [0-9.]+s' "$work/start.log" | head -1 || true)
: > "$work/captured.txt"
while read -r url; do curl -s -o /dev/null "http://127.0.0.1:$START_PORT$url"; done < "$work/search-api.txt"
sed -E "s#^/[^/]*/_search#/${BENCH_ALIAS}/_search#" "$work/captured.txt" > "$work/es-direct.txt"
kill "${pids[-1]}" "${pids[-2]}" 2>/dev/null || true

run() { # run <name> <base> <list>: one pass over the list (each page seen once, as a visited page is), a warm-up, then measure; prints one table row
    local name=$1 target=$2 list=$3
    grep -v $'\t' "$work/$list.txt" | xargs -P "$CONNECTIONS" -I{} curl -s -o /dev/null \
        -A "Mozilla/5.0 (Linux; Android 10; K) Chrome/131.0.0.0 Mobile Safari/537.36" "$target{}" || true
    BENCH_URLS="$work/$list.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s scripts/bench/cycle.lua "$target" >/dev/null 2>&1 || true
    local result
    result=$(BENCH_URLS="$work/$list.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
        -s scripts/bench/cycle.lua "$target" 2>&1 | grep '^RESULT' || echo "RESULT 0 0 0 0 -1 0")
    read -r _ rps p50 p95 p99 errors total <<< "$result"
    printf '| %-34s | %9s | %8s | %8s | %8s | %6s |\n' "$name" "$rps" "$p50" "$p95" "$p99" "$errors"
    echo "$name $rps $p50 $p95" >> "$work/rows.txt"
}

echo
echo "Etalase at $PRODUCTS published products; wrk $THREADS threads, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s"
echo "warm-up, loopback, $(nproc) cores, app $HEAP, rate limits off. Latency in ms; errors = socket errors + non-2xx/3xx."
echo "$load_lines"
echo
printf '| %-34s | %9s | %8s | %8s | %8s | %6s |\n' scenario 'req/s' p50 p95 p99 errors
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "-----------" "----------" "----------" "----------" "--------"
[ -s "$work/css.txt" ] && run "static stylesheet" "$base" css
run "home /" "$base" home
run "product page (1,000 cycled)" "$base" products
run "sector listing" "$base" sectors
run "district listing" "$base" districts
run "search page /cari (200 words)" "$base" search-page
run "search API (200 words, filters)" "$base" search-api
run "suggest API" "$base" suggest
if [ -s "$work/es-direct.txt" ]; then
    run "same searches straight to ES" "http://127.0.0.1:$ES_PORT" es-direct
fi
rss_mb=$(( $(ps -o rss= -p "$app_pid") / 1024 ))
hits=$(curl -s "$base/q/metrics" | awk '/^cache_gets_total/ && /search-answers/ { n[/result="hit"/ ? "hit" : "miss"] += $NF }
    END { if (n["hit"] + n["miss"] > 0) printf "%.1f", 100 * n["hit"] / (n["hit"] + n["miss"]) }')

# The same portal asking Elasticsearch for every search: what the kept answers save, and what a search new to them costs.
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app "$APP_PORT" "$work/uncached.log" -Detalase.demo.enabled=false -Detalase.search.answers-kept=0
wait_http "$base/q/health/ready" 180
run "sector listing, no kept answers" "$base" sectors
run "search API, no kept answers" "$base" search-api

# Elasticsearch away (a closed port): searches and listings answer from the database's FULLTEXT index, kept the
# same way, then each one asked.
for kept in 500 0; do
    kill "${pids[-1]}" 2>/dev/null || true
    wait "${pids[-1]}" 2>/dev/null || true
    app "$APP_PORT" "$work/fallback-$kept.log" -Detalase.demo.enabled=false -Dquarkus.elasticsearch.hosts=127.0.0.1:9 \
        -Detalase.search.answers-kept=$kept
    wait_http "$base/q/health/ready" 180
    suffix=$([ "$kept" = 0 ] && echo ", none kept" || echo "")
    run "sector listing, ES away$suffix" "$base" sectors
    run "search API, ES away$suffix" "$base" search-api
done
echo
echo "searches answered from kept answers (search-answers cache hits) in the runs above: ${hits:-?} %"
api_p95=$(awk '/^search API \(200 words/ { print $(NF) }' "$work/rows.txt")
es_p95=$(awk '/^same searches straight to ES / { print $(NF) }' "$work/rows.txt")
if [ -n "$api_p95" ] && [ -n "$es_p95" ]; then
    echo "search API p95 / Elasticsearch's own p95 for the same queries: $(echo "scale=2; $api_p95 / $es_p95" | bc)"
fi
uncached_p95=$(awk '/^search API, no kept answers / { print $(NF) }' "$work/rows.txt")
if [ -n "$uncached_p95" ] && [ -n "$es_p95" ]; then
    echo "the same without kept answers: $(echo "scale=2; $uncached_p95 / $es_p95" | bc) (a first page asks Elasticsearch twice)"
fi
echo "app start without demo loading: $(printf '%.2f' "$start_seconds")s to /q/health/live (${start_reported:-Quarkus did not report})"
echo "app RSS after the runs: ${rss_mb} MB"
