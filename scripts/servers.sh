#!/usr/bin/env bash
# Starts (or finds) the MySQL-compatible database and the Elasticsearch server the portal needs.
# Sourced by run.sh, test.sh and the bench scripts; also runnable alone: scripts/servers.sh start|stop|status
set -euo pipefail

ETALASE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ETALASE_STATE="${ETALASE_STATE:-/var/lib/etalase}"
ES_VERSION="${ES_VERSION:-9.2.0}"
ES_PORT="${ES_PORT:-9200}"
ES_USER="${ES_USER:-etalase-es}"
ES_HOME="$ETALASE_STATE/elasticsearch-$ES_VERSION"
ES_PIDFILE="$ETALASE_STATE/elasticsearch-$ES_VERSION.pid"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-etalase}"
DB_USER="${DB_USER:-etalase}"
DB_PASSWORD="${DB_PASSWORD:-etalase}"
MARIADB_PIDFILE="/run/mysqld/etalase-mariadbd.pid"

log() { printf '[etalase] %s\n' "$*" >&2; }
fail() { printf '[etalase] FAILED: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() { # wait_for <seconds> <description> <command...>
    local seconds=$1 what=$2; shift 2
    for _ in $(seq "$seconds"); do
        if "$@"; then return 0; fi
        sleep 1
    done
    fail "$what did not come up within ${seconds}s"
}

wait_http() { # wait_http <url> <seconds>: until the URL answers 2xx, polled every 0.1 s (so a start can be timed)
    local tries=$(($2 * 10))
    for _ in $(seq "$tries"); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done
    fail "$1 did not answer within ${2}s"
}

apt_install() {
    mkdir -p "$ETALASE_STATE"
    log "installing $* with apt-get"
    if [ ! -f "$ETALASE_STATE/.apt-updated" ]; then
        apt-get update -qq >&2 || fail "apt-get update"
        mkdir -p "$ETALASE_STATE" && touch "$ETALASE_STATE/.apt-updated"
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >"$ETALASE_STATE/apt.log" 2>&1 \
        || fail "apt-get install $*"
}

mysql_client() {
    if command -v mariadb >/dev/null 2>&1; then echo mariadb; else echo mysql; fi
}

start_database() {
    mkdir -p "$ETALASE_STATE"
    if port_open "$DB_HOST" "$DB_PORT"; then
        log "database: found one listening on $DB_HOST:$DB_PORT"
    else
        [ "$DB_HOST" = 127.0.0.1 ] || fail "no database listening on $DB_HOST:$DB_PORT"
        command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
        log "database: starting MariaDB on 127.0.0.1:$DB_PORT"
        mkdir -p /run/mysqld /var/log/mysql
        chown mysql:mysql /run/mysqld /var/log/mysql
        if [ ! -d /var/lib/mysql/mysql ]; then
            mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null || fail "mariadb-install-db"
        fi
        start-stop-daemon --start --background --make-pidfile --pidfile "$MARIADB_PIDFILE" \
            --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 --port="$DB_PORT" \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --log-error=/var/log/mysql/error.log
        wait_for 60 "MariaDB" port_open 127.0.0.1 "$DB_PORT"
        echo "$MARIADB_PIDFILE" > "$ETALASE_STATE/started-database"
    fi
    ensure_database_user
}

random_secret() { # 16 letters and digits, readable over the phone
    LC_ALL=C tr -dc 'a-km-zA-HJ-NP-Z2-9' < /dev/urandom | head -c 16 || true
}

ensure_database_user() {
    local client; client=$(mysql_client)
    if ! command -v "$client" >/dev/null 2>&1; then apt_install mariadb-client; client=$(mysql_client); fi
    # Root over the local socket works on a fresh MariaDB; elsewhere the app user must already exist.
    if "$client" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
        "$client" -uroot <<SQL || fail "creating database $DB_NAME"
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}_test\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}_test_relevance\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS \`${DB_NAME}_test_fuzz\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_test\`.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_test_relevance\`.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_test_fuzz\`.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';
SQL
        log "database: '$DB_NAME' and the test databases '${DB_NAME}_test', '_test_relevance', '_test_fuzz' ready for user '$DB_USER'"
    else
        log "database: no root access over the socket; assuming '$DB_NAME' and user '$DB_USER' exist"
    fi
}

scratch_database() { # scratch_database <name>: an empty database for a benchmark; exports DB_URL pointing at it
    "$(mysql_client)" -uroot -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  GRANT ALL PRIVILEGES ON $1.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';" || fail "creating database $1"
    export DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$1?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8"
}

drop_scratch_database() { # drop_scratch_database <name>
    "$(mysql_client)" -uroot -e "DROP DATABASE IF EXISTS $1" || true
}

newest_jdk() {
    local best="" best_version=0 dir version
    for dir in /usr/lib/jvm/*/; do
        [ -x "$dir/bin/java" ] || continue
        version=$("$dir/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
        if [ -n "$version" ] && [ "$version" -gt "$best_version" ]; then best=${dir%/}; best_version=$version; fi
    done
    [ "$best_version" -ge 21 ] || fail "Elasticsearch needs a JDK 21+ under /usr/lib/jvm (found ${best_version:-none})"
    echo "$best"
}

es_healthy() {
    curl -fsS "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

install_elasticsearch() {
    [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
    log "elasticsearch: fetching $ES_VERSION (integ-test-zip) through Maven"
    local download="$ETALASE_STATE/download"
    mkdir -p "$download"
    (cd "$ETALASE_ROOT" && ./mvnw -q -B dependency:copy \
        -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
        -DoutputDirectory="$download" >&2) || fail "fetching the Elasticsearch zip"
    command -v unzip >/dev/null 2>&1 || apt_install unzip
    rm -rf "$ES_HOME.tmp" && mkdir -p "$ES_HOME.tmp"
    unzip -q "$download/elasticsearch-$ES_VERSION.zip" -d "$ES_HOME.tmp"
    mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rmdir "$ES_HOME.tmp"
    cat >> "$ES_HOME/config/elasticsearch.yml" <<YML
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
    printf -- '-Xms512m\n-Xmx512m\n' > "$ES_HOME/config/jvm.options.d/heap.options"
}

# The analysis plugin is rebuilt and reinstalled whenever its source changes.
install_analysis_plugin() {
    local plugin_src="$ETALASE_ROOT/src/es-plugin"
    [ -f "$plugin_src/pom.xml" ] || return 0
    local jdk; jdk=$(newest_jdk)
    # Relative paths, so the same source checked out elsewhere (CI's fresh clone) needs no rebuild.
    local hash; hash=$(cd "$plugin_src" && find . -type f -not -path './target/*' -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -c1-12)
    local marker="$ETALASE_STATE/etalase-analysis-$ES_VERSION.installed"
    if [ -d "$ES_HOME/plugins/etalase-analysis" ] && [ "$(cat "$marker" 2>/dev/null)" = "$hash" ]; then return 0; fi
    log "elasticsearch: building the etalase-analysis plugin with $jdk"
    (cd "$plugin_src" && JAVA_HOME="$jdk" "$ETALASE_ROOT/mvnw" -q -B -f "$plugin_src/pom.xml" package -DskipTests >&2) \
        || fail "building the analysis plugin"
    stop_elasticsearch_if_ours
    ES_JAVA_HOME="$jdk" "$ES_HOME/bin/elasticsearch-plugin" remove --purge etalase-analysis >/dev/null 2>&1 || true
    ES_JAVA_HOME="$jdk" "$ES_HOME/bin/elasticsearch-plugin" install --batch \
        "file://$plugin_src/target/etalase-analysis-$ES_VERSION.zip" >&2 || fail "installing the analysis plugin"
    echo "$hash" > "$marker"
    chown -R "$ES_USER:$ES_USER" "$ES_HOME"
}

start_elasticsearch() {
    mkdir -p "$ETALASE_STATE"
    if ! id "$ES_USER" >/dev/null 2>&1; then
        log "elasticsearch: creating system user $ES_USER (it refuses to run as root)"
        useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    fi
    install_elasticsearch
    chown -R "$ES_USER:$ES_USER" "$ES_HOME"
    install_analysis_plugin
    if es_healthy; then log "elasticsearch: found one healthy on 127.0.0.1:$ES_PORT"; return 0; fi
    if port_open 127.0.0.1 "$ES_PORT"; then
        log "elasticsearch: something listens on $ES_PORT; waiting for it to turn healthy"
        wait_for 90 "Elasticsearch" es_healthy
        return 0
    fi
    local jdk; jdk=$(newest_jdk)
    log "elasticsearch: starting $ES_VERSION with $jdk (log: $ES_HOME/logs)"
    chown "$ES_USER:$ES_USER" "$ETALASE_STATE"
    runuser -u "$ES_USER" -- env ES_JAVA_HOME="$jdk" "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE" >"$ETALASE_STATE/elasticsearch-start.log" 2>&1 \
        || fail "starting Elasticsearch (see $ES_HOME/logs)"
    wait_for 120 "Elasticsearch" es_healthy
    echo "$ES_PIDFILE" > "$ETALASE_STATE/started-elasticsearch"
    log "elasticsearch: healthy on 127.0.0.1:$ES_PORT"
}

stop_elasticsearch_if_ours() {
    local pid; pid=$(cat "$ES_PIDFILE" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        log "elasticsearch: stopping pid $pid"
        kill "$pid"
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$ES_PIDFILE" "$ETALASE_STATE/started-elasticsearch"
}

stop_servers() {
    stop_elasticsearch_if_ours
    if [ -f "$ETALASE_STATE/started-database" ] && [ -f "$MARIADB_PIDFILE" ]; then
        log "database: stopping the MariaDB we started"
        start-stop-daemon --stop --pidfile "$MARIADB_PIDFILE" --retry 30 || true
        rm -f "$ETALASE_STATE/started-database" "$MARIADB_PIDFILE"
    fi
}

start_servers() {
    command -v curl >/dev/null 2>&1 || apt_install curl
    start_database
    start_elasticsearch
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-start}" in
        start) start_servers ;;
        stop) stop_servers ;;
        status)
            port_open "$DB_HOST" "$DB_PORT" && log "database: up on $DB_HOST:$DB_PORT" || log "database: down"
            es_healthy && log "elasticsearch: healthy on $ES_PORT" || log "elasticsearch: down" ;;
        *) fail "usage: scripts/servers.sh start|stop|status" ;;
    esac
fi
