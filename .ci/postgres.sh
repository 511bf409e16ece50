#!/usr/bin/env bash
# Install (Debian's package), start a PostgreSQL cluster, create a test database, and print its
# URL on stdout (everything else goes to stderr). Usage:
#   export EVENTWATCH_TEST_POSTGRES="$(.ci/postgres.sh)"
set -euo pipefail
DB=${EVENTWATCH_PG_DB:-eventwatch_test}
USER_NAME=${EVENTWATCH_PG_USER:-eventwatch}
PASSWORD=${EVENTWATCH_PG_PASSWORD:-eventwatch}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    $SUDO pg_createcluster "$VERSION" main >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
as_postgres() { if [ -n "$SUDO" ]; then sudo -u postgres "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }
for _ in $(seq 1 30); do
    as_postgres psql -p "$PORT" -qAtc "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done
as_postgres psql -p "$PORT" -qAt -v ON_ERROR_STOP=1 -c \
    "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$USER_NAME') THEN
       CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'; END IF; END \$\$;" >&2
if ! as_postgres psql -p "$PORT" -qAtc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_postgres createdb -p "$PORT" -O "$USER_NAME" "$DB" >&2
fi
echo "postgresql://$USER_NAME:$PASSWORD@localhost:$PORT/$DB"
