#!/usr/bin/env bash
# Configures an existing WildFly installation (39 or a compatible one, with the batch-jberet, ejb-lite, jaxrs and
# datasources subsystems) for xbrl-linker, with the same CLI scripts the build applies to target/server:
#   server-config/configure.sh SERVER_DIR                                   H2 job repository (embedded file)
#   server-config/configure.sh SERVER_DIR --postgresql DRIVER.jar           PostgreSQL job repository
# The server must be stopped: the scripts run against an embedded, offline server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 1 ]]; then
  echo "usage: $0 SERVER_DIR [--postgresql POSTGRESQL_DRIVER.jar]" >&2
  exit 2
fi
server="$(cd "$1" && pwd)"; shift
driver=""
if [[ "${1-}" == "--postgresql" ]]; then
  driver="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  [[ -f "$driver" ]] || { echo "$0: no PostgreSQL driver jar at $2" >&2; exit 2; }
fi
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --std-out=echo --server-config=standalone.xml"
  cat "$here/cli/xbrl-linker.cli"
  if [[ -n "$driver" ]]; then
    cat "$here/cli/postgresql.cli"
  fi
  echo "stop-embedded-server"
} > "$script"
cp -n "$here/content/standalone/configuration/"xbrl-linker-*.properties "$server/standalone/configuration/"
JBOSS_HOME="$server" "$server/bin/jboss-cli.sh" ${driver:+"-Dpostgresql.jar=$driver"} --file="$script"
echo "configured $server; add operators with: $here/add-operator.sh $server USER" >&2
