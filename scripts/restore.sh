#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database (and the photo directory, when the backup has
# one). Stop the portal first, or point it at the restored database afterwards. At its next start the portal rebuilds
# its search index from the restored data by itself: the restore gives the database a new identity
# (search_state.database_id), and an index stamped with another identity is never trusted.
#
# Usage: scripts/restore.sh [--force] BACKUP_FOLDER
#   BACKUP_FOLDER  a folder scripts/backup.sh made (with database.sql.gz and manifest.txt, maybe photos.tar.gz)
#   --force        restore even into a database that has tables (they are ALL dropped first) and into a photo
#                  directory that has files (the backup's files are written over them)
# Environment (as scripts/servers.sh and the app read them):
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (etalase), DB_USER (etalase), DB_PASSWORD (etalase)
#   PHOTO_DIRECTORY (where photos.tar.gz is unpacked; required when the backup has one)
# The database must exist and DB_USER must be allowed to create tables, routines and triggers in it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

force=no
folder=""
while [ $# -gt 0 ]; do
    case "$1" in
        --force) force=yes; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) fail "unknown option $1 (usage: scripts/restore.sh [--force] BACKUP_FOLDER)" ;;
        *) [ -z "$folder" ] || fail "one backup folder only"; folder="$1"; shift ;;
    esac
done
[ -n "$folder" ] || fail "usage: scripts/restore.sh [--force] BACKUP_FOLDER"
folder="${folder%/}"
[ -f "$folder/manifest.txt" ] && [ -f "$folder/database.sql.gz" ] \
    || fail "$folder is not a complete backup (database.sql.gz and manifest.txt are needed)"
(cd "$folder" && sed -n 's/^\([0-9a-f]\{64\}  \)/\1/p' manifest.txt | sha256sum --quiet -c -) \
    || fail "$folder: a file does not match its checksum in manifest.txt"

client=$(mysql_client)
command -v "$client" >/dev/null 2>&1 || { apt_install mariadb-client; client=$(mysql_client); }
credentials=$(mktemp)
trap 'rm -f "$credentials"' EXIT
chmod 600 "$credentials"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$DB_HOST" "$DB_PORT" "$DB_USER" \
    "$(printf '%s' "$DB_PASSWORD" | sed 's/\\/\\\\/g; s/"/\\"/g')" > "$credentials"
sql() { "$client" --defaults-extra-file="$credentials" --batch --skip-column-names "$DB_NAME" "$@"; }

tables=$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()") \
    || fail "cannot reach database '$DB_NAME' on $DB_HOST:$DB_PORT as '$DB_USER'"
if [ -n "$tables" ]; then
    [ "$force" = yes ] || fail "database '$DB_NAME' is not empty ($(echo "$tables" | wc -l) tables); restore into an empty one, or add --force to drop them all"
    log "restore: --force: dropping the $(echo "$tables" | wc -l) tables of '$DB_NAME'"
    drops="SET FOREIGN_KEY_CHECKS=0;"
    while read -r table; do drops="$drops DROP TABLE IF EXISTS \`$table\`; DROP VIEW IF EXISTS \`$table\`;"; done <<< "$tables"
    sql -e "$drops" || fail "dropping the tables of $DB_NAME"
fi

photos_wanted=no
if [ -f "$folder/photos.tar.gz" ]; then
    photos_wanted=yes
    [ -n "${PHOTO_DIRECTORY:-}" ] || fail "the backup has photos: set PHOTO_DIRECTORY to the directory to restore them into"
    mkdir -p "$PHOTO_DIRECTORY"
    if [ -n "$(ls -A "$PHOTO_DIRECTORY")" ] && [ "$force" != yes ]; then
        fail "photo directory $PHOTO_DIRECTORY is not empty; add --force to write the backup's photos over it"
    fi
fi

log "restore: loading $folder/database.sql.gz into '$DB_NAME' on $DB_HOST:$DB_PORT"
gunzip -c "$folder/database.sql.gz" | sql || fail "loading the dump into $DB_NAME"
# A new identity: any search index built before (from this database's past or from another one) is rebuilt. The
# dumps of scripts/backup.sh end with this statement already; dumps made otherwise may not.
sql -e "UPDATE search_state SET database_id = UUID()" || fail "renewing the database identity in search_state"

if [ "$photos_wanted" = yes ]; then
    log "restore: unpacking the photos into $PHOTO_DIRECTORY"
    tar -C "$PHOTO_DIRECTORY" -xzf "$folder/photos.tar.gz" || fail "unpacking the photos into $PHOTO_DIRECTORY"
fi
log "restore: done; the portal rebuilds its search index at its next start"
