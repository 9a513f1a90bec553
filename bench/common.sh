# Shared by the benchmark scripts: start the packaged app on a loopback port with a fresh embedded
# database (or the PostgreSQL build, on a database the script names) and a first admin, and sign in
# as a browser would. Source it from a script in bench/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# NEEDS_WRK=no (set before sourcing) for scripts that only time requests with curl.
[ "${NEEDS_WRK:-yes}" = no ] || command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
# The database kind is fixed when the app is built: GOOSE_DB=postgresql (set before sourcing this)
# builds the PostgreSQL app into target/postgresql, leaving the embedded one in target/quarkus-app.
if [ "${GOOSE_DB:-h2}" = postgresql ]; then
  APP_DIR=target/postgresql
  BUILD_ARGS=(-Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=postgresql)
else
  APP_DIR=target/quarkus-app
  BUILD_ARGS=()
fi
# Build when there is no jar yet or the sources changed since: never measure yesterday's code.
if [ ! -f "$APP_DIR/quarkus-run.jar" ] \
    || [ -n "$(find src pom.xml -newer "$APP_DIR/quarkus-run.jar" -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests "${BUILD_ARGS[@]}"
fi

ADMIN=bench-admin@goose.local
PASSWORD=bench-admin-password
BASIC=$(printf '%s:%s' "$ADMIN" "$PASSWORD" | base64 -w0)
WORK="$(mktemp -d)"
APP=""
trap 'if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

# JVM options a script may add for the node it starts (deals.sh sets the memory of a production node).
NODE_OPTS=()
# The class-data archive the build writes (quarkus.package.jar.appcds.enabled): classes load from it
# already parsed and verified, as a production node runs (see the README). It names the jars relative
# to the app's folder, so the JVM runs in that folder; the database and the playbook folder stay in
# $WORK (a script's own VAR=value wins). A build without the archive runs as before.
[ -f "$APP_DIR/app-cds.jsa" ] && NODE_OPTS+=("-XX:SharedArchiveFile=app-cds.jsa")

# start_goose PORT HEAP [VAR=value ...]: runs the jar on a database in $WORK (empty the first time, so a
# fresh database; the same one again, a restart) and waits until it is ready: health UP and a page answers.
# STARTED_IN is then how long that took, in seconds.
start_goose() {
  local port="$1" heap="$2"
  shift 2
  BASE="http://127.0.0.1:$port"
  local begun
  begun=$(date +%s%N)
  # On a restart a loaded machine may take longer than the pool's default 5 s to open the embedded database.
  (cd "$APP_DIR" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data/goose;DB_CLOSE_ON_EXIT=FALSE" \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S \
    GOOSE_PLAYBOOKS_FOLDER="$WORK/playbooks" GOOSE_ADMIN_EMAIL="$ADMIN" GOOSE_ADMIN_PASSWORD="$PASSWORD" "$@" \
    java "-Xmx$heap" "${NODE_OPTS[@]}" -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
    -jar quarkus-run.jar) >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 6000); do
    if curl -fs "$BASE/q/health/ready" >/dev/null && curl -fs -o /dev/null "$BASE/login"; then
      STARTED_IN=$(awk -v ns=$(( $(date +%s%N) - begun )) 'BEGIN { printf "%.1f", ns / 1e9 }')
      return 0
    fi
    kill -0 "$APP" 2>/dev/null || break
    sleep 0.05
  done
  echo "Goose did not start; see its log:" >&2
  tail -20 "$WORK/app.log" >&2
  exit 1
}

# stop_goose: stops the node start_goose started and waits until it is gone (its database closed).
stop_goose() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=""
}

# sign_in [EMAIL PASSWORD]: prints a session cookie value, signing in (as the first admin unless
# told otherwise) through the form with its anti-forgery token.
sign_in() {
  local jar="$WORK/cookies" email="${1:-$ADMIN}" password="${2:-$PASSWORD}"
  curl -fs -c "$jar" -b "$jar" "$BASE/login" >/dev/null
  local csrf
  csrf=$(awk '$6=="goose_csrf"{print $7}' "$jar")
  curl -fs -o /dev/null -c "$jar" -b "$jar" -d "_csrf=$csrf&email=$email&password=$password" "$BASE/login"
  awk '$6=="goose_session"{print $7}' "$jar"
}

# browser_cookies: after sign_in, the Cookie header a browser sends: its session and anti-forgery cookies.
browser_cookies() {
  awk '$6=="goose_session"||$6=="goose_csrf"{printf "%s%s=%s", sep, $6, $7; sep="; "}' "$WORK/cookies"
}
