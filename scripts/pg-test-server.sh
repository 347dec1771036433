#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL + PostGIS cluster for the tests: its own data folder
# under the build tree, listening only on a unix socket there, reached through a service file
# (no password anywhere). Prints the variables the tests need.
#   scripts/pg-test-server.sh start BUILD_DIR    a new, empty cluster → writes BUILD_DIR/pg/env
#   scripts/pg-test-server.sh stop BUILD_DIR     stops it; its data stays
#   scripts/pg-test-server.sh resume BUILD_DIR   starts the stopped cluster again, data kept
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
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
    -o "-k $root/socket -c listen_addresses='' -c fsync=off" start >/dev/null
}

case "$action" in
  stop)
    [ -f "$root/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    exit 0 ;;
  resume)
    server_start
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop|resume BUILD_DIR" >&2; exit 2 ;;
esac

"$0" stop "$build"
rm -rf "$root"
mkdir -p "$root/socket"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres "$root"
  # The postgres user must be able to reach the cluster's folder.
  d="$root"; while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
fi
as_owner "$bin/initdb" -D "$root/data" -A trust -U santemap --no-sync >/dev/null
server_start
as_owner "$bin/createdb" -h "$root/socket" -U santemap santemap_test
as_owner "$bin/psql" -q -h "$root/socket" -U santemap -d santemap_test -c "CREATE EXTENSION postgis" >/dev/null

cat > "$root/pg_service.conf" <<CONF
[santemap_test]
host=$root/socket
dbname=santemap_test
user=santemap
CONF
chmod 644 "$root/pg_service.conf"
cat > "$root/env" <<ENV
export PGSERVICEFILE=$root/pg_service.conf
export SANTEMAP_TEST_PG=PG:service=santemap_test
ENV
echo "pg-test-server: PostGIS ready at service santemap_test ($root/socket)"
