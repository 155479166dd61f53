#!/usr/bin/env bash
# Restores a backup of the standalone default's H2 database (data/backups/hifazat-*.sql.gz, written every night
# by the running application) into a NEW database file, never over the one in use.
#
#   h2-restore.sh BACKUP.sql.gz TARGET
#
# TARGET is the new database without its extension, e.g. data/restored/hifazat (creates data/restored/hifazat.mv.db).
# Then: stop the application, move data/hifazat.mv.db aside, move TARGET.mv.db to data/hifazat.mv.db, start it.
# The H2 jar is taken from H2_JAR, or from the packaged application (app/lib/main or target/quarkus-app/lib/main).
set -euo pipefail

backup=${1:?usage: h2-restore.sh BACKUP.sql.gz TARGET}
target=${2:?usage: h2-restore.sh BACKUP.sql.gz TARGET}
[ -r "$backup" ] || { echo "cannot read $backup" >&2; exit 2; }
gzip -t "$backup"
target=${target%.mv.db}
if [ -e "$target.mv.db" ]; then
  echo "$target.mv.db already exists: restore into a new file" >&2
  exit 3
fi

jar=${H2_JAR:-}
if [ -z "$jar" ]; then
  for dir in app/lib/main target/quarkus-app/lib/main /opt/hifazat/app/lib/main; do
    for candidate in "$dir"/com.h2database.h2-*.jar; do
      [ -f "$candidate" ] && { jar=$candidate; break 2; }
    done
  done
fi
[ -n "$jar" ] && [ -f "$jar" ] || { echo "H2 jar not found: set H2_JAR" >&2; exit 2; }

mkdir -p "$(dirname "$target")"
# The same settings as the application's URL (application.properties), so names and comparisons behave alike.
url="jdbc:h2:file:$(cd "$(dirname "$target")" && pwd)/$(basename "$target");MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE"
if ! java -cp "$jar" org.h2.tools.RunScript -url "$url" -user "${HIFAZAT_DB_USER:-hifazat}" \
    -password "${HIFAZAT_DB_PASSWORD:-}" -script "$backup" -options COMPRESSION GZIP; then
  echo "restore failed; removing the half-restored $target.mv.db" >&2
  rm -f "$target.mv.db" "$target.trace.db"
  exit 1
fi
echo "restored into $target.mv.db"
