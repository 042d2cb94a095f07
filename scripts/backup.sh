#!/usr/bin/env bash
# Backs up an Etalase portal: a consistent dump of its database and, when photos are kept in a directory
# (PHOTO_STORAGE=directory), that directory. The portal keeps running; nothing is stopped or started.
#
# Usage: scripts/backup.sh [--output DIR]
#   --output DIR   where the backup folder is made (default: $BACKUP_DIR, else ./backups)
# Environment (as scripts/servers.sh and the app read them):
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (etalase), DB_USER (etalase), DB_PASSWORD (etalase)
#   PHOTO_STORAGE (database | directory), PHOTO_DIRECTORY (the photo directory when PHOTO_STORAGE=directory)
# Output: one folder per backup, named by the database and the UTC time, its path printed as the last line:
#   DIR/etalase-<DB_NAME>-<YYYYMMDDTHHMMSSZ>/
#     database.sql.gz   mariadb-dump (or mysqldump) --single-transaction --routines --triggers --hex-blob, gzipped:
#                       one consistent snapshot of every table, taken without locking the portal out; it names
#                       no database, so it restores into any; it ends by giving the restored copy a new
#                       identity (search_state.database_id), so the portal rebuilds its search index from it
#     photos.tar.gz     the photo directory (only with PHOTO_STORAGE=directory); taken after the dump, so every photo
#                       the dump names is in it
#     manifest.txt      what was backed up, from where and when (no passwords), and the files' SHA-256 sums
# A folder is complete when manifest.txt is there: it is written last. Restore with scripts/restore.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

output="${BACKUP_DIR:-backups}"
while [ $# -gt 0 ]; do
    case "$1" in
        --output) output="${2:?--output needs a directory}"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option $1 (usage: scripts/backup.sh [--output DIR])" ;;
    esac
done

dump_client() {
    if command -v mariadb-dump >/dev/null 2>&1; then echo mariadb-dump; else echo mysqldump; fi
}
command -v "$(dump_client)" >/dev/null 2>&1 || apt_install mariadb-client

# The password travels in a private option file, never on a command line other users could read.
credentials=$(mktemp)
trap 'rm -f "$credentials"' EXIT
chmod 600 "$credentials"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$DB_HOST" "$DB_PORT" "$DB_USER" \
    "$(printf '%s' "$DB_PASSWORD" | sed 's/\\/\\\\/g; s/"/\\"/g')" > "$credentials"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
folder="$output/etalase-$DB_NAME-$stamp"
[ ! -e "$folder" ] || fail "$folder exists already"
mkdir -p "$folder"

log "backup: dumping database '$DB_NAME' on $DB_HOST:$DB_PORT"
{
    "$(dump_client)" --defaults-extra-file="$credentials" --single-transaction --routines --triggers --hex-blob \
        --no-tablespaces --default-character-set=utf8mb4 "$DB_NAME"
    # However the dump is loaded, the copy gets an identity of its own: the portal trusts no index built before.
    printf '%s\n' '-- A restored copy is a new database to the portal: it rebuilds its search index from it.' \
        'UPDATE search_state SET database_id = UUID();'
} | gzip -6 > "$folder/database.sql.gz.part" || fail "dumping database $DB_NAME"
mv "$folder/database.sql.gz.part" "$folder/database.sql.gz"

photos="no"
if [ "${PHOTO_STORAGE:-database}" = directory ]; then
    [ -n "${PHOTO_DIRECTORY:-}" ] && [ -d "$PHOTO_DIRECTORY" ] || fail "PHOTO_STORAGE=directory needs PHOTO_DIRECTORY, an existing directory"
    log "backup: archiving the photo directory $PHOTO_DIRECTORY"
    tar -C "$PHOTO_DIRECTORY" -czf "$folder/photos.tar.gz.part" . || fail "archiving $PHOTO_DIRECTORY"
    mv "$folder/photos.tar.gz.part" "$folder/photos.tar.gz"
    photos="yes"
fi

{
    echo "etalase backup"
    echo "created: $stamp"
    echo "database: $DB_NAME on $DB_HOST:$DB_PORT"
    echo "photos: $photos${PHOTO_DIRECTORY:+ ($PHOTO_DIRECTORY)}"
    (cd "$folder" && sha256sum ./*.gz)
} > "$folder/manifest.txt.part"
mv "$folder/manifest.txt.part" "$folder/manifest.txt"
log "backup: done ($(du -sh "$folder" | cut -f1))"
echo "$folder"
