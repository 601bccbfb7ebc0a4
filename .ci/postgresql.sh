#!/usr/bin/env bash
# Starts a PostgreSQL server on localhost (Debian's packages) with a role and database for the job repository, and
# prints the environment the server needs: source it, e.g.  eval "$(.ci/postgresql.sh)"
# The role's password is made anew on every run.
set -euo pipefail
{
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  fi
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
  pg_isready -h localhost
} >&2
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xbrl_linker') THEN CREATE ROLE xbrl_linker LOGIN; END IF;
END \$\$;
ALTER ROLE xbrl_linker PASSWORD '$password';
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'xbrl_linker'\"" | grep -q 1; then
  su postgres -c "createdb -O xbrl_linker xbrl_linker" >&2
fi
# a clean job repository for every run: JBeret creates its tables on first use
su postgres -c "psql -q -d xbrl_linker -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public AUTHORIZATION xbrl_linker;'" >&2
echo "export XBRL_LINKER_DB_URL=jdbc:postgresql://localhost:5432/xbrl_linker"
echo "export XBRL_LINKER_DB_USER=xbrl_linker"
echo "export XBRL_LINKER_DB_PASSWORD=$password"
