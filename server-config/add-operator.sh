#!/usr/bin/env bash
# Adds a user to xbrl-linker's file realm (standalone/configuration/xbrl-linker-users.properties, passwords stored as
# digests), in the role xbrl-operator unless another role (or "" for none) is given.
# Usage: server-config/add-operator.sh SERVER_DIR USER [ROLE]      (asks for the password, or reads $XBRL_LINKER_PASSWORD)
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 SERVER_DIR USER [ROLE]  (password from the terminal or \$XBRL_LINKER_PASSWORD)" >&2
  exit 2
fi
server="$1"; user="$2"; role="${3-xbrl-operator}"
if [[ ! -x "$server/bin/add-user.sh" ]]; then
  echo "$0: $server is not a WildFly installation (no bin/add-user.sh); provision one with: mvn -DskipTests verify" >&2
  exit 2
fi
password="${XBRL_LINKER_PASSWORD:-}"
if [[ -z "$password" ]]; then
  read -r -s -p "password for $user: " password; echo >&2
fi
args=(-up xbrl-linker-users.properties -gp xbrl-linker-roles.properties -r xbrl-linker
      -sc "$server/standalone/configuration" -u "$user" -p "$password" -s)
if [[ -n "$role" ]]; then
  args+=(-g "$role")
fi
JBOSS_HOME="$server" "$server/bin/add-user.sh" "${args[@]}"
echo "user $user${role:+ in role $role} is in $server/standalone/configuration/xbrl-linker-users.properties" >&2
