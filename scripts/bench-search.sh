#!/usr/bin/env bash
# Benchmark (not a test): loads 100,000 demo products into a scratch database, reindexes them, then measures
# search latency and throughput on loopback through Elasticsearch and through the database fallback, in one run.
# Usage: scripts/bench-search.sh [products] [requests]    (defaults: 100000 products, 2000 requests per engine)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"
PRODUCTS="${1:-100000}"
REQUESTS="${2:-2000}"
CONCURRENCY="${CONCURRENCY:-4}"
BENCH_DB=etalase_bench
ES_APP_PORT=8091
DB_APP_PORT=8092
start_servers
cd "$ETALASE_ROOT"
log "building the portal"
./mvnw -q -B package -DskipTests

scratch_database "$BENCH_DB"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT


log "loading $PRODUCTS demo products and building the index (app on :$ES_APP_PORT)"
QUARKUS_PROFILE=dev java -Xmx1g -Detalase.demo.enabled=true -Detalase.demo.products="$PRODUCTS" -Detalase.search.alias=bench_products \
    -Dquarkus.http.port=$ES_APP_PORT -jar target/quarkus-app/quarkus-run.jar > "$work/es-app.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$ES_APP_PORT/q/health/live" 900
grep -E "Demo data: loaded|Reindex: alias" "$work/es-app.log" | sed 's/^.*INFO  *\[[^]]*\] ([^)]*) /  /'

log "starting a second app with Elasticsearch out of reach, for the database fallback (:$DB_APP_PORT)"
QUARKUS_PROFILE=dev ES_HOSTS=127.0.0.1:9299 java -Xmx1g -Detalase.search.alias=bench_products -Dquarkus.http.port=$DB_APP_PORT \
    -jar target/quarkus-app/quarkus-run.jar > "$work/db-app.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$DB_APP_PORT/q/health/live" 900

cat > "$work/queries.txt" <<'Q'
/api/v1/search?q=kopi
/api/v1/search?q=keripik%20pisang
/api/v1/search?q=kripik
/api/v1/search?q=sambal&sector=kuliner
/api/v1/search?q=kain%20tapis&sort=price_asc
/api/v1/search?q=madu&district=18.71
/api/v1/search?q=batik%20tulis&page=2
/api/v1/search?q=cokelat&scale=mikro
/api/v1/search?q=jasa%20desain%20kemasan
/api/v1/search?q=lada%20hitam&minPrice=20000&maxPrice=100000
/api/v1/search?sector=fashion&district=18.72
/api/v1/search?q=gula%20aren
Q
cat > "$work/suggest.txt" <<'Q'
/api/v1/suggest?q=ko
/api/v1/suggest?q=kop
/api/v1/suggest?q=kri
/api/v1/suggest?q=sam
/api/v1/suggest?q=tap
/api/v1/suggest?q=bat
Q
echo
echo "Search latency over loopback, $REQUESTS requests per line, $(nproc) cores, $PRODUCTS published products:"
python3 scripts/http_bench.py "http://127.0.0.1:$ES_APP_PORT" "$work/queries.txt" "$REQUESTS" "$CONCURRENCY" "search (elasticsearch)"
python3 scripts/http_bench.py "http://127.0.0.1:$DB_APP_PORT" "$work/queries.txt" "$((REQUESTS / 10))" "$CONCURRENCY" "search (database fallback)"
python3 scripts/http_bench.py "http://127.0.0.1:$ES_APP_PORT" "$work/suggest.txt" "$REQUESTS" "$CONCURRENCY" "suggest (elasticsearch)"
python3 scripts/http_bench.py "http://127.0.0.1:$DB_APP_PORT" "$work/suggest.txt" "$((REQUESTS / 10))" "$CONCURRENCY" "suggest (database fallback)"
curl -s "http://127.0.0.1:$DB_APP_PORT/api/v1/search?q=kopi" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("fallback engine check:", d["engine"], d["total"], "hits for kopi")'
drop_scratch_database "$BENCH_DB"
curl -s -X DELETE "http://127.0.0.1:$ES_PORT/bench_products_v*" >/dev/null || true
