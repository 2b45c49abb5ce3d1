#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine:
#   1. installs PostgreSQL and Chromium from Debian if they are missing (needs root, as on CI);
#   2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (as the postgres user: PostgreSQL refuses root);
#   3. runs every test project in Syndicator.sln against it;
#   4. prints "N passed, N failed" and exits non-zero if anything failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/syndicator-tests.XXXXXX)
chmod 755 "$work"

need_packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "Please install: ${need_packages[*]}" >&2; exit 1; fi
  echo "Installing ${need_packages[*]} ..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port=${SYNDICATOR_TEST_PG_PORT:-}
if [ -z "$port" ]; then
  for candidate in $(seq 55432 55499); do
    (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null || { port=$candidate; break; }
  done
fi
mkdir -p "$work/pg" "$work/sock"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work/pg" "$work/sock"
as_pg "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/sock/postgres.log" -w start \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $work/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; }
trap stop_pg EXIT
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port"

export SYNDICATOR_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
set +e
dotnet test "$root/Syndicator.sln" --logger "trx" --results-directory "$work/results" "$@"
status=$?
set -e

passed=0; failed=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1   # a build or runner failure counts as a failure
echo "$passed passed, $failed failed"
exit "$status"
