#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL + PostGIS cluster for the tests: its own data folder
# under the build tree, listening only on a unix socket there, reached through a service file
# (no password anywhere). Prints the variables the tests need.
#   scripts/pg-test-server.sh start BUILD_DIR    a new, empty cluster → writes BUILD_DIR/pg/env
#   scripts/pg-test-server.sh stop BUILD_DIR     stops it; its data stays
#   scripts/pg-test-server.sh resume BUILD_DIR   starts the stopped cluster again (if stopped), data kept
#   scripts/pg-test-server.sh forget BUILD_DIR   stops it and removes its socket folder
# The socket's folder is written in BUILD_DIR/pg/socket-dir.
# (stop and resume: the tests of a server restarted under a running import or an open editor.)
set -euo pipefail
action=${1:?start or stop}
build=$(cd "${2:?build folder}" && pwd)
root="$build/pg"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# initdb refuses to run as root: run the server as the postgres user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_start() {
  local socket
  socket=$(cat "$root/socket-dir")
  if ! as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
    -o "-k $socket -c listen_addresses='' -c fsync=off" start >/dev/null; then
    echo "pg-test-server: the server did not start; the end of $root/server.log:" >&2
    tail -n 5 "$root/server.log" >&2 || true
    return 1
  fi
}

# A unix socket's path holds at most 107 bytes: a deep build folder (CI checks out under
# long paths) gets a short private folder under /tmp instead of $root/socket.
choose_socket_dir() {
  local dir="$root/socket" name="/.s.PGSQL.5432"
  if [ $(( ${#dir} + ${#name} )) -gt 100 ]; then
    dir=$(mktemp -d /tmp/santemap-pg.XXXXXX)
  fi
  mkdir -p "$dir"
  echo "$dir" > "$root/socket-dir"
}

case "$action" in
  stop)
    [ -f "$root/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    exit 0 ;;
  forget)
    # stop, then remove the socket folder made under /tmp, if any (the data folder stays).
    "$0" stop "$build"
    [ -f "$root/socket-dir" ] && [ "$(cat "$root/socket-dir")" != "$root/socket" ] && rm -rf "$(cat "$root/socket-dir")"
    exit 0 ;;
  resume)
    as_owner "$bin/pg_ctl" -D "$root/data" status >/dev/null 2>&1 || server_start
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop|resume|forget BUILD_DIR" >&2; exit 2 ;;
esac

"$0" forget "$build"
rm -rf "$root"
mkdir -p "$root"
choose_socket_dir
socket=$(cat "$root/socket-dir")
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres "$root" "$socket"
  # The postgres user must be able to reach the cluster's folder.
  d="$root"; while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
fi
as_owner "$bin/initdb" -D "$root/data" -A trust -U santemap --no-sync >/dev/null
server_start
as_owner "$bin/createdb" -h "$socket" -U santemap santemap_test
as_owner "$bin/psql" -q -h "$socket" -U santemap -d santemap_test -c "CREATE EXTENSION postgis" >/dev/null

cat > "$root/pg_service.conf" <<CONF
[santemap_test]
host=$socket
dbname=santemap_test
user=santemap
CONF
chmod 644 "$root/pg_service.conf"
cat > "$root/env" <<ENV
export PGSERVICEFILE=$root/pg_service.conf
export SANTEMAP_TEST_PG=PG:service=santemap_test
export SANTEMAP_TEST_PG_CLUSTER=$build
export SANTEMAP_TEST_PG_SOCKET=$socket
ENV
echo "pg-test-server: PostGIS ready at service santemap_test ($socket)"
