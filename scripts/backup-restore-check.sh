#!/usr/bin/env bash
# Checks that a pg_dump of the application's database restores into a fresh database that serves the same files:
# a file's values at a past moment (point in time) and its uploaded document. It starts the packaged application twice
# (web/target/quarkus-app, built by `./mvnw -B package -DskipTests`), on two scratch databases it creates and drops.
#
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=... scripts/backup-restore-check.sh
#
# The server needs the contrib extension pg_trgm; pg_dump and pg_restore must be of the server's major version or newer.
# Exit code 0 when the restored database serves the file as it was, 1 otherwise. See docs/operations.md, "Backup".
set -euo pipefail
cd "$(dirname "$0")/.."

: "${PGHOST:=localhost}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER
JAR=${JAR:-web/target/quarkus-app/quarkus-run.jar}
SOURCE=ereg_backup_source_$$
RESTORED=ereg_backup_restored_$$
WORK=$(mktemp -d)
PORT_SOURCE=${PORT_SOURCE:-18081}
PORT_RESTORED=${PORT_RESTORED:-18082}
APP_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  dropdb --if-exists "$SOURCE" || true
  dropdb --if-exists "$RESTORED" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }

# Starts the application on a database and waits until it is ready; its log goes to $WORK/<db>.log.
start() {
  local db=$1 port=$2
  # the demo accounts (ana/ana) may log in: this check makes its own file
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" PORT=$port \
    RULES_DIR=rules BLOB_DIR="$WORK/blobs-$db" WATCH_INTERVAL_MILLIS=0 \
    java -Deregistrations.accounts.demo=true -Dquarkus.mailer.mock=true -jar "$JAR" >"$WORK/$db.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$port/q/health/ready" >/dev/null; then return 0; fi
    sleep 1
  done
  fail "the application did not become ready on $db; see $WORK/$db.log"
}

stop() {
  kill "$APP_PID"
  wait "$APP_PID" || true
  APP_PID=""
}

api() { curl -fsS -u ana:ana "$@"; }

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -B package -DskipTests first"
createdb "$SOURCE"

echo "1. a file on $SOURCE: an answer, a moment, another answer, a document"
start "$SOURCE" "$PORT_SOURCE"
BASE="http://localhost:$PORT_SOURCE"
FILE=$(api -H 'Content-Type: application/json' -d '{"serviceId": "trader-licence"}' "$BASE/api/files" | jq -r .id)
api -X PATCH -H 'Content-Type: application/json' \
  -d '{"expectedVersion": 0, "values": {"guide.sellsFood": false}}' "$BASE/api/files/$FILE/values" >/dev/null
sleep 1
MOMENT=$(date -u +%Y-%m-%dT%H:%M:%S.000000Z)
sleep 1
api -X PATCH -H 'Content-Type: application/json' \
  -d '{"expectedVersion": 1, "values": {"guide.sellsFood": true}}' "$BASE/api/files/$FILE/values" >/dev/null
printf '%%PDF-1.4\n%% backup check %s\n%%%%EOF\n' "$FILE" >"$WORK/document.pdf"
api -F expectedVersion=2 -F "file=@$WORK/document.pdf;type=application/pdf" \
  "$BASE/api/files/$FILE/documents/requirementUploads/identity" >/dev/null
stop

echo "2. pg_dump $SOURCE, pg_restore into the fresh $RESTORED"
pg_dump --format=custom --file="$WORK/backup.dump" "$SOURCE"
createdb "$RESTORED"
pg_restore --no-owner --exit-on-error --dbname="$RESTORED" "$WORK/backup.dump"

echo "3. the restored database, on a node with an empty blob folder"
start "$RESTORED" "$PORT_RESTORED"
BASE="http://localhost:$PORT_RESTORED"
THEN=$(api "$BASE/api/files/$FILE?at=$MOMENT" | jq -r '.values."guide.sellsFood"')
NOW=$(api "$BASE/api/files/$FILE" | jq -r '.values."guide.sellsFood"')
api -o "$WORK/downloaded.pdf" "$BASE/api/files/$FILE/documents/requirementUploads/identity"
stop

[ "$THEN" = "false" ] || fail "at $MOMENT the restored file says guide.sellsFood=$THEN, not false"
[ "$NOW" = "true" ] || fail "now the restored file says guide.sellsFood=$NOW, not true"
cmp -s "$WORK/document.pdf" "$WORK/downloaded.pdf" || fail "the restored document differs from the uploaded one"
echo "OK: the restored database serves file $FILE as it was at $MOMENT, as it is now, and its document"
