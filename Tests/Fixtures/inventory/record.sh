#!/usr/bin/env bash
# Records the golden outputs of the real `ansible-inventory` for every case
# directory here (or only those named as arguments).
#
#   ORACLE=/path/to/venv ./record.sh [NN-case ...]
#
# Each case directory holds cases.json, a JSON array of runs:
#   {"args": [...], "out": "FILE"}            -> stdout of ansible-inventory is written to FILE
#   {"args": [...], "error": true, "note": "", "ansible_exit": N}
#       -> not recorded; we only check that Ansible rejects the input (fails, or at least
#          warns) under ANSIBLE_INVENTORY_UNPARSED_FAILED / ANY_UNPARSED_IS_FAILED, and that
#          its exit status is ansible_exit (when given). ansible_exit 0 = Ansible only warns.
# ansible-inventory runs with the case directory as its working directory.
# Python is used here only to read cases.json; the Swift tests read the goldens directly.
set -u -o pipefail

ORACLE="${ORACLE:-/work/.venv-oracle}"
AI="$ORACLE/bin/ansible-inventory"
PY="$ORACLE/bin/python3"
[ -x "$AI" ] || { echo "ansible-inventory not found at $AI (set ORACLE)" >&2; exit 2; }
[ -x "$PY" ] || PY=python3

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# --- isolated Ansible environment -------------------------------------------
. "$(dirname "${BASH_SOURCE[0]}")/../oracle-env.sh"
trap 'rm -rf "$TMP"' EXIT
export ANSIBLE_INVENTORY_UNPARSED_WARNING=False
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
  if [ ! -f "$dir/cases.json" ]; then echo "!! $c: no cases.json" >&2; status=1; continue; fi
  # one line per run: index <TAB> kind <TAB> out <TAB> args as NUL-free JSON
  n="$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$dir/cases.json")" || { echo "!! $c: bad cases.json" >&2; status=1; continue; }
  for ((i = 0; i < n; i++)); do
    # read the run's args (one per line, NUL separated to be safe), kind and out
    kind="$("$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))[int(sys.argv[2])]; print("error" if r.get("error") else "ok")' "$dir/cases.json" "$i")"
    out="$("$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))[int(sys.argv[2])]; print(r.get("out",""))' "$dir/cases.json" "$i")"
    want_rc="$("$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))[int(sys.argv[2])]; print(r.get("ansible_exit",""))' "$dir/cases.json" "$i")"
    mapfile -d '' args < <("$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))[int(sys.argv[2])]; sys.stdout.write("".join(a+"\0" for a in r["args"]))' "$dir/cases.json" "$i")
    shown="$(printf '%q ' "${args[@]}")"
    if [ "$kind" = ok ]; then
      if [ -z "$out" ]; then echo "!! $c[$i]: run without out" >&2; status=1; continue; fi
      (cd "$dir" && "$AI" "${args[@]}") > "$dir/$out" 2> "$TMP/stderr"
      rc=$?
      if [ $rc -ne 0 ]; then
        echo "!! $c: $shown-> exit $rc (expected 0)"; sed 's/^/     /' "$TMP/stderr" | head -20; status=1
      else
        nwarn="$(grep -c '^\[\(WARNING\|DEPRECATION WARNING\|ERROR\)\]' "$TMP/stderr")"
        if [ "$nwarn" -gt 0 ]; then
          echo "ok $c: $shown-> $out  ($nwarn warning(s): $(grep -m1 '^\[' "$TMP/stderr" | cut -c1-120))"
        else
          echo "ok $c: $shown-> $out"
        fi
      fi
    else
      (cd "$dir" && ANSIBLE_INVENTORY_UNPARSED_FAILED=True ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED=True \
        "$AI" "${args[@]}") > "$TMP/stdout" 2> "$TMP/stderr"
      rc=$?
      msg="$(grep -m3 '^\[\(WARNING\|ERROR\)\]' "$TMP/stderr" | cut -c1-200 | tr '\n' '|')"
      if [ -n "$want_rc" ] && [ "$want_rc" != "$rc" ]; then
        echo "!! $c: $shown-> ansible exit $rc but cases.json says ansible_exit $want_rc: $msg"; status=1
      elif [ $rc -ne 0 ]; then
        echo "ER $c: $shown-> ansible exit $rc: $msg"
      elif grep -q '^\[\(WARNING\|ERROR\)\]' "$TMP/stderr"; then
        echo "ER $c: $shown-> ansible exit 0, WARNS only: $msg"
      else
        echo "!! $c: $shown-> ansible ACCEPTED this input silently (exit 0, no warning)"; status=1
      fi
    fi
  done
done
exit $status
