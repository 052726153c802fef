# Sourced by .ci/run before the tests: installs and starts what the server tests need, and exports
# where to find it. Idempotent (a second run finds everything in place) and quiet; any failure stops CI
# with a message saying what failed.
#   - PostgreSQL (Debian's package) in a private cluster on 127.0.0.1:55432 with database avrs_test,
#     user avrs: exports AVRS_TEST_POSTGRES_URL, so the storage and API tests run against it as well.
#   - Chromium and ChromeDriver (Debian's packages) for the browser test: exports AVRS_REQUIRE_BROWSER=1,
#     so the browser test fails instead of skipping when they do not work.

avrs_ci_fail() { echo ".ci/services.sh: $*" >&2; exit 1; }

avrs_ci_apt() { # installs the Debian packages that are missing
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${missing[*]}"
  local log; log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    avrs_ci_fail "apt-get install ${missing[*]} failed (log above)"
  fi
  rm -f "$log"
}

avrs_ci_postgres() {
  avrs_ci_apt postgresql
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$bin/initdb" ] || avrs_ci_fail "PostgreSQL installed but no initdb under /usr/lib/postgresql/*/bin"
  local dir=/tmp/avrs-ci-postgres port=55432
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir" && mkdir -p "$dir/data" "$dir/run" && chown -R postgres:postgres "$dir"
    su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 >'$dir/initdb.log' 2>&1" \
      || { tail -n 20 "$dir/initdb.log" >&2; avrs_ci_fail "initdb failed"; }
  fi
  if ! su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
    su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
        -o \"-p $port -k $dir/run -c listen_addresses=127.0.0.1 -c fsync=on\" start" >/dev/null \
      || { tail -n 20 "$dir/server.log" >&2; avrs_ci_fail "PostgreSQL did not start"; }
  fi
  local psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA)
  "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'avrs'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE ROLE avrs LOGIN PASSWORD 'avrs'" >/dev/null || avrs_ci_fail "cannot create role avrs"
  "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'avrs_test'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE DATABASE avrs_test OWNER avrs" >/dev/null || avrs_ci_fail "cannot create database avrs_test"
  export AVRS_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/avrs_test?user=avrs&password=avrs"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (AVRS_TEST_POSTGRES_URL)"
}

avrs_ci_browser() {
  avrs_ci_apt chromium chromium-driver fonts-dejavu-core
  chromium --version >/dev/null 2>&1 || avrs_ci_fail "chromium is installed but does not run"
  chromedriver --version >/dev/null 2>&1 || avrs_ci_fail "chromedriver is installed but does not run"
  export AVRS_REQUIRE_BROWSER=1
  echo "== $(chromium --version 2>/dev/null | head -n 1), $(chromedriver --version | awk '{print $1, $2}') (AVRS_REQUIRE_BROWSER=1)"
}

avrs_ci_postgres
avrs_ci_browser
