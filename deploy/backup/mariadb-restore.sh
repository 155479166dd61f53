#!/usr/bin/env bash
# Restores a backup made by mariadb-backup.sh into a NEW database on the same server, so the one in use is never
# overwritten: check the restored data, then point HIFAZAT_DB_URL at it and restart the application.
#
#   mariadb-restore.sh BACKUP.sql.gz NEW_DATABASE
#
# Server and account from HIFAZAT_DB_URL, HIFAZAT_DB_USER, HIFAZAT_DB_PASSWORD (the account needs CREATE on the
# new database). Refuses a database that already exists. Prints the restored tables and their row counts.
set -euo pipefail
umask 077

backup=${1:?usage: mariadb-restore.sh BACKUP.sql.gz NEW_DATABASE}
target=${2:?usage: mariadb-restore.sh BACKUP.sql.gz NEW_DATABASE}
[[ $target =~ ^[A-Za-z0-9_]{1,64}$ ]] || { echo "database name: letters, digits and _ only" >&2; exit 2; }
[ -r "$backup" ] || { echo "cannot read $backup" >&2; exit 2; }
gzip -t "$backup"

url=${HIFAZAT_DB_URL:?HIFAZAT_DB_URL is not set}
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/ ]]; then
  echo "HIFAZAT_DB_URL is not a jdbc:mariadb://HOST[:PORT]/DATABASE URL: $url" >&2
  exit 2
fi
options=$(mktemp)
trap 'rm -f "$options"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
  "${BASH_REMATCH[2]}" "${BASH_REMATCH[4]:-3306}" "${HIFAZAT_DB_USER:?HIFAZAT_DB_USER is not set}" \
  "${HIFAZAT_DB_PASSWORD:-}" >"$options"
client=$(command -v mariadb || command -v mysql)
db() { "$client" --defaults-extra-file="$options" "$@"; }

exists=$(db -N -e "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$target'")
if [ "$exists" != "0" ]; then
  echo "database $target already exists: restore into a new one" >&2
  exit 3
fi
db -e "CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
if ! zcat "$backup" | db "$target"; then
  echo "restore failed; dropping the half-restored $target" >&2
  db -e "DROP DATABASE \`$target\`"
  exit 1
fi
db -N -e "SELECT table_name, table_rows FROM information_schema.tables WHERE table_schema = '$target' ORDER BY 1" \
  | awk '{ printf "%-28s ~%s rows\n", $1, $2 }'
echo "restored into $target"
