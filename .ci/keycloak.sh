#!/usr/bin/env bash
# The OIDC suite against a real Keycloak: fetch the server from Maven Central, start it on 127.0.0.1:8180 with the
# Hifazat realm and the test-only demo users, run the tests tagged `keycloak`, stop Keycloak whatever happens.
#   .ci/keycloak.sh           start, test, stop
#   .ci/keycloak.sh --serve   start and wait (for trying the sign-in by hand); Ctrl-C stops it
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=26.7.3
KC_PORT=8180
KC_URL="http://127.0.0.1:${KC_PORT}"
KC_BASE=target/keycloak
KC_HOME="${KC_BASE}/keycloak-${KC_VERSION}"

echo "== Keycloak ${KC_VERSION}: fetch"
if [ ! -x "${KC_HOME}/bin/kc.sh" ]; then
  mkdir -p "${KC_BASE}"
  ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:tar.gz" \
    -DoutputDirectory="${KC_BASE}"
  tar -xzf "${KC_BASE}/keycloak-quarkus-dist-${KC_VERSION}.tar.gz" -C "${KC_BASE}"
  rm -f "${KC_BASE}/keycloak-quarkus-dist-${KC_VERSION}.tar.gz"
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Fresh secrets for this run only: nothing secret is kept in a file. The client secret may be given instead
# (HIFAZAT_OIDC_SECRET in the environment), so that an app started by hand can use the Keycloak of --serve.
random() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
export KC_BOOTSTRAP_ADMIN_USERNAME=ci-admin
export KC_BOOTSTRAP_ADMIN_PASSWORD="$(random)"
export HIFAZAT_OIDC_SECRET="${HIFAZAT_OIDC_SECRET:-$(random)}"
# The tests' app listens on a free port of 127.0.0.1; Keycloak accepts any port for a loopback redirect address.
export HIFAZAT_BASE_URL="http://127.0.0.1"

echo "== Keycloak: start on ${KC_URL}"
rm -rf "${KC_HOME}/data"
mkdir -p "${KC_HOME}/data/import"
cp deploy/keycloak/hifazat-realm.json "${KC_HOME}/data/import/"
"${KC_HOME}/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="${KC_PORT}" --import-realm \
  >target/keycloak/server.log 2>&1 &
KC_PID=$!
stop_keycloak() {
  if kill -0 "${KC_PID}" 2>/dev/null; then
    echo "== Keycloak: stop"
    kill "${KC_PID}" 2>/dev/null || true
    wait "${KC_PID}" 2>/dev/null || true
  fi
}
trap stop_keycloak EXIT

ready=""
for _ in $(seq 1 600); do
  if ! kill -0 "${KC_PID}" 2>/dev/null; then
    tail -50 target/keycloak/server.log
    echo "Keycloak stopped during start-up"
    exit 1
  fi
  if curl -fsS "${KC_URL}/realms/hifazat/.well-known/openid-configuration" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 1
done
if [ -z "${ready}" ]; then
  tail -50 target/keycloak/server.log
  echo "Keycloak did not answer within 600 s"
  exit 1
fi

echo "== Keycloak: add the test-only demo users and clients (deploy/keycloak/demo)"
admin_token="$(curl -fsS "${KC_URL}/realms/master/protocol/openid-connect/token" \
  --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
  --data-urlencode "username=${KC_BOOTSTRAP_ADMIN_USERNAME}" \
  --data-urlencode "password=${KC_BOOTSTRAP_ADMIN_PASSWORD}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
curl -fsS -o /dev/null -X POST "${KC_URL}/admin/realms/hifazat/partialImport" \
  -H "Authorization: Bearer ${admin_token}" -H "Content-Type: application/json" \
  --data-binary @deploy/keycloak/demo/hifazat-demo.json

if [ "${1:-}" = "--serve" ]; then
  echo "Keycloak is running at ${KC_URL} (realm hifazat; client secret: HIFAZAT_OIDC_SECRET as given, else random). Ctrl-C stops it."
  wait "${KC_PID}"
  exit 0
fi

echo "== OIDC suite (JUnit tag keycloak)"
export HIFAZAT_TEST_KEYCLOAK_URL="${KC_URL}"
./mvnw -B test -Dgroups=keycloak -Dexcluded.groups=none 2>&1 | tee target-ci-keycloak.log
grep -hE "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" \
  target-ci-keycloak.log | tail -1 || true
rm -f target-ci-keycloak.log
