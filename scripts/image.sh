#!/usr/bin/env bash
# Builds the portal's container image with Jib (Quarkus' quarkus-container-image-jib): no Docker daemon needed.
#
#   scripts/image.sh                 writes target/image/etalase-<version>.tar (docker/OCI tarball: `docker load`,
#                                    `podman load`, `skopeo copy docker-archive:…`, `ctr images import`)
#   IMAGE_REGISTRY=registry.example.org/umkm IMAGE_PUSH=true scripts/image.sh
#                                    pushes <registry>/etalase:<tag> (credentials: ~/.docker/config.json or
#                                    IMAGE_USERNAME / IMAGE_PASSWORD; IMAGE_INSECURE=true for a plain-http registry)
#   scripts/image.sh check [tarball] starts the app from the tarball (chroot, its user, read-only root) against the
#                                    local servers and waits for /q/health/ready (see check_image)
#
# Building the Debian base and the check need root (debootstrap, chroot, mount); the build from a registry base
# does not.
#
# Beside the image it writes target/image/etalase-analysis-<ES_VERSION>.zip, the Elasticsearch analysis plugin built
# for the same Elasticsearch version; the image carries it too, in /opt/etalase/es-plugin/, for the cluster's init
# container (k8s/elasticsearch.yaml).
#
# The base image: by default a Debian bookworm root filesystem with OpenJDK 17 (JRE only) and fonts-dejavu-core
# (the PDF reports embed DejaVu Sans), built once from Debian's package mirror with debootstrap and kept in
# $ETALASE_STATE/image-base. Set BASE_IMAGE to use a registry image instead (e.g. BASE_IMAGE=eclipse-temurin:17-jre),
# or `tar://…` / `docker://…`; REBUILD_BASE=true renews the Debian one (security updates).
#
# Settings: IMAGE_TAG (default: the project version), IMAGE_NAME (default etalase).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

IMAGE_NAME="${IMAGE_NAME:-etalase}"
IMAGE_REGISTRY="${IMAGE_REGISTRY:-}"
IMAGE_PUSH="${IMAGE_PUSH:-false}"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE_DIR="$ETALASE_STATE/image-base"
BASE_TAR="$BASE_DIR/debian-bookworm-jre17.tar"
APP_UID=185

# A Debian root filesystem as a one-layer image tarball in `docker save` form, which Jib reads as `tar://…`.
build_base_image() {
    if [ -f "$BASE_TAR" ] && [ "${REBUILD_BASE:-false}" != true ]; then
        log "base image: $BASE_TAR (REBUILD_BASE=true renews it)"
        return 0
    fi
    command -v debootstrap >/dev/null 2>&1 || apt_install debootstrap
    local work="$BASE_DIR/work" rootfs="$BASE_DIR/work/rootfs"
    rm -rf "$work" && mkdir -p "$rootfs"
    log "base image: debootstrap bookworm (minbase) from $DEBIAN_MIRROR"
    debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$work/debootstrap.log" 2>&1 \
        || fail "debootstrap (see $work/debootstrap.log)"
    cat > "$rootfs/etc/apt/sources.list" <<SOURCES
deb $DEBIAN_MIRROR bookworm main
deb $DEBIAN_MIRROR bookworm-updates main
deb ${DEBIAN_MIRROR%/debian}/debian-security bookworm-security main
SOURCES
    log "base image: installing openjdk-17-jre-headless and fonts-dejavu-core"
    mount -t proc proc "$rootfs/proc"
    local status=0
    chroot "$rootfs" /bin/sh -ec "
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get upgrade -y -qq
        apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless fonts-dejavu-core ca-certificates tzdata
        groupadd --gid $APP_UID etalase
        useradd --uid $APP_UID --gid $APP_UID --home-dir /deployments --no-create-home --shell /usr/sbin/nologin etalase
        mkdir -p /deployments /opt/etalase
        apt-get clean
    " >"$work/install.log" 2>&1 || status=$?
    umount "$rootfs/proc"
    [ "$status" = 0 ] || fail "installing the JRE into the base image (see $work/install.log)"
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/log/* "$rootfs"/usr/share/doc/* \
        "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/cache/debconf/*-old "$rootfs"/tmp/*
    rm -rf "$rootfs"/dev/* "$rootfs"/proc/* "$rootfs"/sys/* "$rootfs"/run/*
    chmod 1777 "$rootfs/tmp"

    local java_home; java_home=$(cd "$rootfs" && ls -d usr/lib/jvm/java-17-openjdk-* | head -1)
    [ -n "$java_home" ] || fail "no JRE in the base image"
    log "base image: packing the layer"
    tar --sort=name --numeric-owner --mtime='2025-01-01 00:00:00' -C "$rootfs" -cf "$work/layer.tar" .
    local diff_id; diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
    mkdir -p "$work/image/$diff_id"
    mv "$work/layer.tar" "$work/image/$diff_id/layer.tar"
    cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/$java_home","LANG=C.UTF-8"],
           "Cmd":["/bin/bash"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"2025-01-01T00:00:00Z","created_by":"scripts/image.sh: debootstrap --variant=minbase bookworm + openjdk-17-jre-headless fonts-dejavu-core"}]}
JSON
    local config_id; config_id=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
    mv "$work/image/config.json" "$work/image/$config_id.json"
    printf '[{"Config":"%s.json","RepoTags":["etalase-base:bookworm-jre17"],"Layers":["%s/layer.tar"]}]\n' \
        "$config_id" "$diff_id" > "$work/image/manifest.json"
    # Named entries only (no "./"): Jib refuses to unpack anything that looks like a path outside its folder.
    tar --sort=name --numeric-owner -C "$work/image" -cf "$BASE_TAR.tmp" manifest.json "$config_id.json" "$diff_id"
    mv "$BASE_TAR.tmp" "$BASE_TAR"
    rm -rf "$work"
    log "base image: $BASE_TAR ($(du -h "$BASE_TAR" | cut -f1))"
}

# The analysis plugin, built for the Elasticsearch version its pom names, beside the image and inside it.
build_analysis_plugin() {
    local plugin_src="$ETALASE_ROOT/src/es-plugin"
    local version; version=$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$plugin_src/pom.xml")
    [ "$version" = "$ES_VERSION" ] || fail "the plugin is built for Elasticsearch $version, the cluster runs $ES_VERSION"
    log "analysis plugin: building etalase-analysis-$version.zip"
    JAVA_HOME="$(newest_jdk)" "$ETALASE_ROOT/mvnw" -q -B -f "$plugin_src/pom.xml" package -DskipTests >&2 \
        || fail "building the analysis plugin"
    mkdir -p "$OUT" "$ETALASE_ROOT/src/main/jib/opt/etalase/es-plugin"
    rm -f "$ETALASE_ROOT"/src/main/jib/opt/etalase/es-plugin/*.zip
    cp "$plugin_src/target/etalase-analysis-$version.zip" "$OUT/"
    # src/main/jib is copied into the image's root by Quarkus' Jib; the zip there is not committed (.gitignore).
    cp "$plugin_src/target/etalase-analysis-$version.zip" "$ETALASE_ROOT/src/main/jib/opt/etalase/es-plugin/"
}

# Jib writes a local image through `docker load`; this stand-in for the docker command keeps the stream as a file.
write_tarball_docker() {
    cat > "$OUT/tarball-docker" <<'SHIM'
#!/bin/sh
# Called by Jib as its docker executable: `info` describes the platform, `load` saves the image tarball.
case "$1" in
    info) echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
    load) cat > "$IMAGE_TARBALL.tmp" && mv "$IMAGE_TARBALL.tmp" "$IMAGE_TARBALL" && echo "Loaded image: $IMAGE_REFERENCE" ;;
    *) echo "tarball-docker: $1 is not supported (no Docker daemon here)" >&2; exit 1 ;;
esac
SHIM
    chmod +x "$OUT/tarball-docker"
}

build_image() {
    cd "$ETALASE_ROOT"
    OUT="$ETALASE_ROOT/target/image"
    local version; version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
    local tag="${IMAGE_TAG:-$version}"
    local reference="$IMAGE_NAME:$tag"
    [ -z "$IMAGE_REGISTRY" ] || reference="$IMAGE_REGISTRY/$IMAGE_NAME:$tag"
    local base="${BASE_IMAGE:-}"
    if [ -z "$base" ]; then build_base_image; base="tar://$BASE_TAR"; fi
    build_analysis_plugin
    local args=(-Dquarkus.container-image.build=true "-Dquarkus.container-image.image=$reference"
        "-Dquarkus.jib.base-jvm-image=$base")
    if [ "$IMAGE_PUSH" = true ]; then
        [ -n "$IMAGE_REGISTRY" ] || fail "IMAGE_PUSH=true needs IMAGE_REGISTRY"
        args+=(-Dquarkus.container-image.push=true)
        [ -z "${IMAGE_USERNAME:-}" ] || args+=("-Dquarkus.container-image.username=$IMAGE_USERNAME"
            "-Dquarkus.container-image.password=${IMAGE_PASSWORD:-}")
        [ "${IMAGE_INSECURE:-false}" != true ] || args+=(-Dquarkus.container-image.insecure=true)
        log "image: building and pushing $reference on $base"
    else
        write_tarball_docker
        args+=("-Dquarkus.jib.docker-executable-name=$OUT/tarball-docker")
        export IMAGE_TARBALL="$OUT/$IMAGE_NAME-$tag.tar" IMAGE_REFERENCE="$reference"
        log "image: building $reference on $base into $IMAGE_TARBALL"
    fi
    ./mvnw -B -q package -DskipTests "${args[@]}" >&2 || fail "building the image"
    if [ "$IMAGE_PUSH" = true ]; then
        log "image: pushed $reference ($(cat target/jib-image.digest 2>/dev/null || echo 'digest unknown'))"
    else
        log "image: $IMAGE_TARBALL ($(du -h "$IMAGE_TARBALL" | cut -f1)); load it with: docker load -i $IMAGE_TARBALL"
    fi
    log "analysis plugin: $OUT/etalase-analysis-$ES_VERSION.zip (in the image: /opt/etalase/es-plugin/)"
}

# Checks a built tarball without a container engine: its config (numeric non-root user, JVM memory from the
# container limit, port 8080), its contents (fonts, the plugin zip, no compiler), then unpacks it and starts the
# app from it under chroot as that user on a read-only root with a tmpfs /tmp, against the local database
# (a scratch one) and Elasticsearch (its own alias), until /q/health/ready answers UP.
check_image() {
    cd "$ETALASE_ROOT"
    local version; version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
    local tarball="${1:-target/image/$IMAGE_NAME-${IMAGE_TAG:-$version}.tar}" port="${CHECK_PORT:-18080}"
    [ -f "$tarball" ] || fail "no image at $tarball (scripts/image.sh builds it)"
    command -v jq >/dev/null 2>&1 || apt_install jq
    local work; work=$(mktemp -d /tmp/etalase-image-check.XXXXXX)
    mkdir -p "$work/image" "$work/rootfs" "$work/root"
    tar -xf "$tarball" -C "$work/image"
    local config="$work/image/$(jq -r '.[0].Config' "$work/image/manifest.json")"
    local user; user=$(jq -r '.config.User' "$config")
    [[ "$user" =~ ^[0-9]+$ ]] && [ "$user" != 0 ] || fail "image user is '$user', not a numeric non-root uid"
    local entrypoint; entrypoint=$(jq -r '.config.Entrypoint | join(" ")' "$config")
    [[ "$entrypoint" == *-XX:MaxRAMPercentage=* ]] || fail "the heap does not follow the container limit: $entrypoint"
    [[ "$entrypoint" != *-Xmx* ]] || fail "a fixed -Xmx in the entrypoint: $entrypoint"
    jq -e '.config.ExposedPorts["8080/tcp"]' "$config" >/dev/null || fail "port 8080 is not exposed"
    log "image check: user $user, entrypoint: $entrypoint"
    local layer
    for layer in $(jq -r '.[0].Layers[]' "$work/image/manifest.json"); do
        tar -xf "$work/image/$layer" -C "$work/rootfs" 2>/dev/null || fail "unpacking layer $layer"
    done
    [ -f "$work/rootfs/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" ] || fail "no DejaVu Sans in the image"
    [ -f "$work/rootfs/opt/etalase/es-plugin/etalase-analysis-$ES_VERSION.zip" ] || fail "no analysis plugin zip in the image"
    local tool
    for tool in javac jar mvn gradle gcc cc make; do
        [ ! -e "$work/rootfs/usr/bin/$tool" ] || fail "build tool $tool in the image"
    done

    local database=etalase_image_check alias=image_check status=0
    scratch_database "$database"
    mount --bind "$work/rootfs" "$work/root"
    mount -o remount,bind,ro "$work/root"
    mount -t tmpfs -o size=256m tmpfs "$work/root/tmp"
    mount -t proc proc "$work/root/proc"
    log "image check: starting the app from the image as uid $user on a read-only root (port $port)"
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        $(jq -r '.config.Env[]' "$config" | grep -v '^PATH=') \
        PORT="$port" DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        PUBLIC_URL=https://etalase.example.org ENQUIRY_SALT="image-check-salt-$(random_secret)-$(random_secret)" \
        SESSION_KEY="image-check-key-$(random_secret)-$(random_secret)" ETALASE_SEARCH_ALIAS="$alias" \
        ES_HOSTS="127.0.0.1:$ES_PORT" \
        chroot --userspec="$user:$user" "$work/root" /bin/sh -c "cd $(jq -r '.config.WorkingDir' "$config") && exec $entrypoint" \
        >"$work/app.log" 2>&1 &
    local pid=$!
    local ready=""
    for _ in $(seq 120); do
        if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if [ -n "$ready" ]; then
        for path in /q/health/started /q/health/live /; do
            curl -fsS -o /dev/null "http://127.0.0.1:$port$path" || { log "image check: $path failed"; status=1; }
        done
    else
        status=1; tail -20 "$work/app.log" >&2
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    umount "$work/root/proc" "$work/root/tmp" "$work/root"
    curl -fsS -X DELETE "http://127.0.0.1:$ES_PORT/${alias}_*" >/dev/null 2>&1 || true
    drop_scratch_database "$database"
    [ "$status" = 0 ] || fail "the app in the image did not answer its health checks (log: $work/app.log)"
    rm -rf "$work"
    log "image check: passed (ready, started, live and the home page answered from the image)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-image}" in
        image) build_image ;;
        base) build_base_image ;;
        check) start_servers; check_image "${2:-}" ;;
        *) fail "usage: scripts/image.sh [image|base|check [tarball]]" ;;
    esac
fi
