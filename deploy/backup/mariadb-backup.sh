#!/usr/bin/env bash
# Backs up Hifazat's MariaDB database while the application runs: a consistent snapshot (--single-transaction,
# InnoDB) compressed to BACKUP_DIR/hifazat-YYYYMMDD-HHMMSS.sql.gz, then backups older than KEEP_DAYS are deleted.
#
# Reads the same settings as the application (e.g. from /etc/hifazat/hifazat.env):
#   HIFAZAT_DB_URL       jdbc:mariadb://HOST[:PORT]/DATABASE
#   HIFAZAT_DB_USER      an account with SELECT, SHOW VIEW, TRIGGER and LOCK TABLES on the database
#   HIFAZAT_DB_PASSWORD
#   HIFAZAT_BACKUP_DIR   default /var/backups/hifazat
#   HIFAZAT_BACKUP_KEEP_DAYS  default 14
# Prints the path of the new backup on the last line. Exits non-zero, leaving no partial file, on any failure.
set -euo pipefail
umask 077

url=${HIFAZAT_DB_URL:?HIFAZAT_DB_URL is not set}
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
  echo "HIFAZAT_DB_URL is not a jdbc:mariadb://HOST[:PORT]/DATABASE URL: $url" >&2
  exit 2
fi
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]:-3306}
database=${BASH_REMATCH[5]}
dir=${HIFAZAT_BACKUP_DIR:-/var/backups/hifazat}
keep=${HIFAZAT_BACKUP_KEEP_DAYS:-14}
mkdir -p "$dir"

# The password goes in a private option file, never on the command line (other users can read that).
options=$(mktemp)
trap 'rm -f "$options" "${partial:-}"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' \
  "$host" "$port" "${HIFAZAT_DB_USER:?HIFAZAT_DB_USER is not set}" "${HIFAZAT_DB_PASSWORD:-}" >"$options"

file="$dir/hifazat-$(date -u +%Y%m%d-%H%M%S).sql.gz"
partial="$file.partial"
dump=$(command -v mariadb-dump || command -v mysqldump)
"$dump" --defaults-extra-file="$options" --single-transaction --quick --routines --triggers --hex-blob \
  --no-tablespaces --default-character-set=utf8mb4 "$database" | gzip -6 >"$partial"
gzip -t "$partial"
# A finished dump ends with this line; a dump cut short does not.
zcat "$partial" | tail -n 1 | grep -q "^-- Dump completed" || { echo "the dump is incomplete" >&2; exit 1; }
mv "$partial" "$file"
find "$dir" -maxdepth 1 -name 'hifazat-*.sql.gz' -mtime +"$keep" -delete
echo "$file"
