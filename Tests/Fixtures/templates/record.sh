#!/usr/bin/env bash
# Records the golden output of the real `ansible.builtin.template` (ansible-core) for every
# case directory here (or only those named as arguments).
#
#   ORACLE=/path/to/venv ./record.sh [NN-case ...]
#
# A case directory holds:
#   template.j2     the template (other templates it includes/imports/extends sit next to it)
#   inventory.yml   the inventory
#   vars.yml        optional extra vars (-e @vars.yml)
#   case.json       {"host": H, "extra_vars_file": "vars.yml" | null, "desc": "..."}
# and receives either
#   expected        the exact bytes the template module wrote (success), or
#   error.json      {"error": true, "message": M} when Ansible fails; M is the first
#                   `[ERROR]: ` line of Ansible's output without that prefix, with the
#                   case directory written <casedir>, the scratch cwd <cwd> and Python
#                   object addresses 0x...
# The run is the one /work/shared/oracle/render does: an ad-hoc `ansible HOST -c local -m
# ansible.builtin.template -a "src=<abs template.j2> dest=<tmp>/rendered"`, from a scratch
# working directory (so includes are found through the template's own directory only).
# Python (the oracle's) is used here only to read case.json and write error.json.
set -u -o pipefail

ORACLE="${ORACLE:-/work/.venv-oracle}"
ANSIBLE="$ORACLE/bin/ansible"
PY="$ORACLE/bin/python3"
[ -x "$ANSIBLE" ] || { echo "ansible not found at $ANSIBLE (set ORACLE)" >&2; exit 2; }
[ -x "$PY" ] || { echo "python not found at $PY (set ORACLE)" >&2; exit 2; }
PYABS="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# --- isolated Ansible environment -------------------------------------------
. "$(dirname "${BASH_SOURCE[0]}")/../oracle-env.sh"
trap 'rm -rf "$TMP"' EXIT
export ANSIBLE_LOCALHOST_WARNING=0
export ANSIBLE_INVENTORY_UNPARSED_WARNING=0
export TZ=UTC
export COLUMNS=200

if [ $# -gt 0 ]; then
  cases=("$@")
else
  cases=()
  for d in "$HERE"/[0-9][0-9]-*/; do cases+=("$(basename "$d")"); done
fi

status=0
for c in "${cases[@]}"; do
  c="${c%/}"; c="$(basename "$c")"
  dir="$HERE/$c"
  if [ ! -f "$dir/case.json" ] || [ ! -f "$dir/template.j2" ] || [ ! -f "$dir/inventory.yml" ]; then
    echo "!! $c: needs case.json, template.j2 and inventory.yml" >&2; status=1; continue
  fi
  mapfile -t meta < <("$PY" -c '
import json, sys
c = json.load(open(sys.argv[1]))
print(c["host"]); print(c.get("extra_vars_file") or "")' "$dir/case.json") || { echo "!! $c: bad case.json" >&2; status=1; continue; }
  host="${meta[0]}" evf="${meta[1]:-}"
  extra=()
  if [ -n "$evf" ]; then extra=(-e "@$dir/$evf"); fi
  out="$TMP/out-$c"
  rm -rf "$out"; mkdir -p "$out"
  (cd "$TMP/cwd" && "$ANSIBLE" "$host" -i "$dir/inventory.yml" -c local \
      -e "ansible_python_interpreter=$PYABS" "${extra[@]}" \
      -m ansible.builtin.template -a "src=$dir/template.j2 dest=$out/rendered") > "$TMP/log" 2>&1
  rc=$?
  if [ $rc -eq 0 ] && [ -f "$out/rendered" ]; then
    cp "$out/rendered" "$dir/expected"
    rm -f "$dir/error.json"
    echo "ok $c ($(wc -c < "$dir/expected") bytes)"
  else
    msg="$(grep -m1 '^\[ERROR\]: ' "$TMP/log" | sed 's/^\[ERROR\]: //')"
    if [ -z "$msg" ]; then
      echo "!! $c: ansible exit $rc without an [ERROR] line:" >&2; sed 's/^/     /' "$TMP/log" | head -20 >&2
      status=1; continue
    fi
    # machine-dependent parts are replaced: the case directory by <casedir>, the scratch
    # working directory by <cwd>, Python object addresses by 0x...
    "$PY" -c '
import json, re, sys
msg = sys.argv[2].replace(sys.argv[3], "<casedir>").replace(sys.argv[4], "<cwd>")
msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", msg)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"error": True, "message": msg}, indent=2, ensure_ascii=False) + "\n")' "$dir/error.json" "$msg" "$dir" "$TMP/cwd"
    rm -f "$dir/expected"
    echo "ER $c: $msg"
  fi
  rm -rf "$out"
done
exit $status
