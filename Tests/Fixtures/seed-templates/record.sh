#!/usr/bin/env bash
# Records the golden output of the real `ansible.builtin.template` (ansible-core) for the
# templates rebuilt from the seed article (roles/*/templates/*.j2), as listed in cases.json:
#
#   ORACLE=/path/to/venv ./record.sh [--validate]
#
# cases.json: [{"template": path from the repo root, "host": inventory host,
#               "expected": file name here, "validate": "cmd %s" | null}, ...]
# Every case is rendered against the repo's inventory/hosts.yml, exactly as
# /work/shared/oracle/render does it: an ad-hoc `ansible HOST -i inventory/hosts.yml -c local
# -m ansible.builtin.template -a "src=<abs template> dest=<tmp>/rendered"`, run from a scratch
# working directory with an empty ANSIBLE_CONFIG and a throwaway ANSIBLE_HOME, and the bytes
# it wrote are copied to ./<expected>.
# With --validate, each case's validate command (Ansible's `validate` convention: %s is the
# file) is also run on the recorded file when its program is installed (Debian: kea-dhcp4-server,
# bind9-utils; named.conf includes /etc/bind/named.conf.* and so also needs bind9's files).
# Python (the oracle's) is used here only to read cases.json.
set -u -o pipefail

ORACLE="${ORACLE:-/work/.venv-oracle}"
ANSIBLE="$ORACLE/bin/ansible"
PY="$ORACLE/bin/python3"
[ -x "$ANSIBLE" ] || { echo "ansible not found at $ANSIBLE (set ORACLE)" >&2; exit 2; }
[ -x "$PY" ] || { echo "python not found at $PY (set ORACLE)" >&2; exit 2; }
PYABS="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"

validate=0
case "${1:-}" in
  --validate) validate=1 ;;
  "") ;;
  *) echo "usage: ORACLE=venv $0 [--validate]" >&2; exit 2 ;;
esac

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
INVENTORY="$ROOT/inventory/hosts.yml"
[ -f "$INVENTORY" ] || { echo "inventory not found: $INVENTORY" >&2; exit 2; }

# --- isolated Ansible environment -------------------------------------------
. "$(dirname "${BASH_SOURCE[0]}")/../oracle-env.sh"
trap 'rm -rf "$TMP"' EXIT
export ANSIBLE_LOCALHOST_WARNING=0
export ANSIBLE_INVENTORY_UNPARSED_WARNING=0
export TZ=UTC

# one tab-separated line per case: template, host, expected, validate ("" for null)
mapfile -t rows < <("$PY" -c '
import json, sys
for c in json.load(open(sys.argv[1])):
    print("\t".join([c["template"], c["host"], c["expected"], c.get("validate") or ""]))' "$HERE/cases.json") \
  || { echo "bad cases.json" >&2; exit 2; }

status=0
for row in "${rows[@]}"; do
  IFS=$'\t' read -r template host expected check <<< "$row"
  src="$ROOT/$template"
  [ -f "$src" ] || { echo "!! $expected: no template $template" >&2; status=1; continue; }
  out="$TMP/out"
  rm -rf "$out"; mkdir -p "$out"
  if (cd "$TMP/cwd" && "$ANSIBLE" "$host" -i "$INVENTORY" -c local \
        -e "ansible_python_interpreter=$PYABS" \
        -m ansible.builtin.template -a "src=$src dest=$out/rendered") > "$TMP/log" 2>&1 \
     && [ -f "$out/rendered" ]; then
    cp "$out/rendered" "$HERE/$expected"
    echo "ok $expected ($host, $(wc -c < "$HERE/$expected") bytes)"
  else
    echo "!! $expected: ansible failed:" >&2; sed 's/^/     /' "$TMP/log" | head -20 >&2
    status=1; continue
  fi
  if [ "$validate" = 1 ] && [ -n "$check" ]; then
    prog="${check%% *}"
    if ! command -v "$prog" >/dev/null 2>&1; then
      echo "   skip validate ($prog not installed)"
    else
      # copy to a scratch file so kea/named can't leave anything next to the goldens
      cp "$HERE/$expected" "$TMP/validate-$expected"
      cmd="${check//%s/$TMP/validate-$expected}"
      if (cd "$TMP/cwd" && $cmd) > "$TMP/vlog" 2>&1; then
        echo "   validate ok: $check"
      else
        echo "!! $expected: validate failed: $check" >&2; sed 's/^/     /' "$TMP/vlog" | head -20 >&2
        status=1
      fi
    fi
  fi
done
exit $status
