#!/usr/bin/env bash
# Stateless instances, proved: two packaged instances on one fresh MariaDB database (demo school on, for this run
# only) behind nginx round-robin, then the cluster suite (JUnit tag "cluster") against nginx. Everything started
# here is stopped at the end and the database is dropped.
# Ports: nginx 8190, instances 8191 and 8192 (override with HIFAZAT_CLUSTER_PORTS="8190 8191 8192").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
read -r PROXY_PORT APP1_PORT APP2_PORT <<<"${HIFAZAT_CLUSTER_PORTS:-8190 8191 8192}"
MARIADB_HOST=${HIFAZAT_TEST_MARIADB:-127.0.0.1:3306}
DB_USER=${HIFAZAT_TEST_MARIADB_USER:-root}
DB_PASSWORD=${HIFAZAT_TEST_MARIADB_PASSWORD:-}
DB_NAME="hifazat_cluster_$(date +%s)_$$"
WORK=$(mktemp -d -t hifazat-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()

sql() { mariadb -h"${MARIADB_HOST%%:*}" -P"${MARIADB_HOST##*:}" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"; }

cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    for log in "$WORK"/*.log; do
      [ -f "$log" ] && { echo "--- last lines of $(basename "$log")"; tail -n 40 "$log"; }
    done
  fi
  sql "DROP DATABASE IF EXISTS $DB_NAME" 2>/dev/null || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT INT TERM

wait_ready() {
  # Poll the readiness endpoint with a deadline; give up if the process died.
  local url=$1 pid=$2
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died before $url was ready"; return 1; }
    sleep 1
  done
  echo "$url not ready after 240 s"
  return 1
}

echo "== cluster: MariaDB and nginx"
if ! sql "SELECT 1" >/dev/null 2>&1; then
  if [ ! -x /usr/sbin/mariadbd ]; then
    apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
  fi
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do sql "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
fi
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq && apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

echo "== cluster: package for MariaDB (profile mariadb: built-in accounts, demo school on)"
./mvnw -B -q package -DskipTests -Dquarkus.profile=mariadb
cp -r target/quarkus-app "$WORK/app"
sql "CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# One server key for both instances: a session signed by one is read by the other.
SERVER_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
start_instance() {
  local port=$1
  (
    cd "$ROOT"
    export HIFAZAT_DB_URL="jdbc:mariadb://$MARIADB_HOST/$DB_NAME"
    export HIFAZAT_DB_USER="$DB_USER" HIFAZAT_DB_PASSWORD="$DB_PASSWORD"
    export HIFAZAT_IDENTITY_SERVER_KEY="$SERVER_KEY" HIFAZAT_DEMO_ENABLED=true
    # The same forwarding settings as deploy/: client address and scheme from the proxy on this host.
    export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
    export QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
    exec java -Xmx512m -Dquarkus.profile=mariadb -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
      -jar "$WORK/app/quarkus-run.jar"
  ) >"$WORK/app-$port.log" 2>&1 &
  PIDS+=($!)
}

echo "== cluster: instances on $APP1_PORT and $APP2_PORT"
started=$(date +%s%N)
# The first start creates the schema and the demo school; the second finds them.
start_instance "$APP1_PORT"
wait_ready "http://127.0.0.1:$APP1_PORT/q/health/ready" "${PIDS[0]}"
start_instance "$APP2_PORT"
wait_ready "http://127.0.0.1:$APP2_PORT/q/health/ready" "${PIDS[1]}"
echo "both instances ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"

echo "== cluster: nginx round-robin on $PROXY_PORT"
mkdir -p "$WORK/nginx"
chmod 777 "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream hifazat {
    server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    client_max_body_size 33m;
    location / {
      proxy_pass http://hifazat;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A request not yet sent goes to the other instance; a sent form is never sent twice by the proxy.
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      # Which instance answered, for the suite to see the requests alternate.
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' 2>>"$WORK/nginx-error.log" &
PIDS+=($!)
wait_ready "http://127.0.0.1:$PROXY_PORT/q/health/ready" "${PIDS[2]}"

echo "== cluster: suite (tag cluster)"
./mvnw -B test -Dgroups=cluster -Dexcluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhifazat.cluster.url="http://127.0.0.1:$PROXY_PORT" \
  -Dhifazat.cluster.instances="127.0.0.1:$APP1_PORT=${PIDS[0]},127.0.0.1:$APP2_PORT=${PIDS[1]}" \
  -Dhifazat.cluster.jdbc="jdbc:mariadb://$MARIADB_HOST/$DB_NAME" \
  -Dhifazat.cluster.db-user="$DB_USER" -Dhifazat.cluster.db-password="$DB_PASSWORD" \
  2>&1 | tee "$WORK/suite.out"
status=${PIPESTATUS[0]}
grep -E "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" \
  "$WORK/suite.out" | tail -1 || true
exit "$status"
