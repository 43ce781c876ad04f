#!/usr/bin/env bash
# Records the golden outputs of the real `ansible-playbook` for every case
# directory under cases/ (or only those named as arguments).
#
#   ORACLE=/path/to/venv ./record.sh [NN-case ...]
#
# For each case, a fresh sandbox directory is made, sandbox-init/ (if any) is copied into
# it, and the playbook is run twice on that same sandbox, from the case directory:
#
#   ansible-playbook -i inventory playbook.yml -f 1 -e sandbox=$SANDBOX \
#       -e ansible_python_interpreter=$ORACLE/bin/python $(cat args)
#
# expected/stdout.N, stderr.N, rc.N (N = 1, 2) hold the normalised output of each run and
# expected/tree the sandbox after the second run. See NOTES.md for the format and the
# normalisations. Python (the oracle's) is used only for normalising and listing the tree.
#
# A case directory holding a file named `netns` (its content is ignored) is run in a fresh
# network namespace: `ip netns add swp-$$-NN` (NN = the case number), `ip -n NAME link set
# lo up`, then both runs as `ip netns exec NAME ansible-playbook ...`, and the namespace is
# deleted after the second run (and on any exit, by the EXIT trap). Needs root and `ip`.
# Whatever such a case does to iptables or net.* sysctls stays inside that namespace.
#
# A case directory holding a file named `env` has its KEY=VALUE lines (blank lines and
# `#` comments ignored) exported for both runs, over the isolated environment set below
# (e.g. ANSIBLE_FORCE_COLOR=1 and ANSIBLE_NOCOLOR=0 to record coloured output).
set -u -o pipefail

ORACLE="${ORACLE:-/work/.venv-oracle}"
AP="$ORACLE/bin/ansible-playbook"
PY="$ORACLE/bin/python"
[ -x "$AP" ] || { echo "ansible-playbook not found at $AP (set ORACLE)" >&2; exit 2; }
[ -x "$PY" ] || { echo "python not found at $PY (set ORACLE)" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# --- isolated Ansible environment -------------------------------------------
. "$HERE/../oracle-env.sh"
NETNS=""   # the network namespace of the running case, if any (deleted on exit)
cleanup() {
  if [ -n "$NETNS" ]; then ip netns del "$NETNS" 2>/dev/null; NETNS=""; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export ANSIBLE_REMOTE_TEMP="$TMP/home/remote_tmp"
export ANSIBLE_RETRY_FILES_ENABLED=0
export ANSIBLE_DEPRECATION_WARNINGS=0
export PYTHONHASHSEED=0
export COLUMNS=200
export TZ=UTC
umask 022

# normalise FILE in place: absolute paths -> stable tokens (see NOTES.md)
normalise() {
  "$PY" - "$1" "$SANDBOX" "$dir" "$TMP" "$ORACLE" <<'PYEOF'
import re, sys
path, sandbox, case, tmp, oracle = sys.argv[1:6]
s = open(path, encoding="utf-8", errors="surrogateescape").read()
s = s.replace(sandbox, "@SANDBOX@")
s = s.replace(case, "@CASE@")
# controller-side temp dirs (template --diff prints "+++ after: <local tmp>/x.j2")
s = re.sub(re.escape(tmp) + r"/home/tmp/ansible-local-[0-9]+[A-Za-z0-9_]+/tmp[A-Za-z0-9_]+", "@LOCAL_TMP@", s)
s = s.replace(tmp + "/home", "@ANSIBLE_HOME@")
s = s.replace(tmp, "@TMP@")
s = s.replace(oracle + "/bin/python", "@PYTHON@")
s = s.replace(oracle, "@ORACLE@")
s = re.sub(r"ansible-tmp-[0-9.]+-[0-9]+-[0-9]+", "ansible-tmp-@ID@", s)
# command/shell results: run time and duration
s = re.sub(r'"(start|end)": "\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"', r'"\1": "@DATETIME@"', s)
s = re.sub(r'"delta": "\d+:\d\d:\d\d\.\d{6}"', '"delta": "@DELTA@"', s)
open(path, "w", encoding="utf-8", errors="surrogateescape").write(s)
PYEOF
}

# list the sandbox: "relpath TYPE MODE SHA1|target|-", sorted by path (bytewise)
tree() {
  "$PY" - "$SANDBOX" <<'PYEOF'
import hashlib, os, stat, sys
root = sys.argv[1]
rows = []
for d, dirs, files in os.walk(root):
    for n in dirs + files:
        p = os.path.join(d, n)
        rel = os.path.relpath(p, root)
        st = os.lstat(p)
        mode = "%04o" % stat.S_IMODE(st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            t, last = "l", os.readlink(p).replace(root, "@SANDBOX@")
        elif stat.S_ISDIR(st.st_mode):
            t, last = "d", "-"
        else:
            t = "f"
            last = hashlib.sha1(open(p, "rb").read()).hexdigest()
        rows.append((rel.encode("utf-8", "surrogateescape"), "%s %s %s %s" % (rel, t, mode, last)))
for _, line in sorted(rows):
    print(line)
PYEOF
}

if [ $# -gt 0 ]; then
  cases=("$@")
else
  cases=()
  for d in "$HERE"/cases/[0-9][0-9]-*/; do cases+=("$(basename "$d")"); done
fi

status=0
for c in "${cases[@]}"; do
  c="${c%/}"; c="$(basename "$c")"
  dir="$HERE/cases/$c"
  if [ ! -f "$dir/playbook.yml" ] || [ ! -f "$dir/inventory" ]; then
    echo "!! $c: no playbook.yml or inventory" >&2; status=1; continue
  fi
  SANDBOX="$(mktemp -d "$TMP/sandbox.XXXXXXXX")"
  if [ -d "$dir/sandbox-init" ]; then
    cp -R "$dir/sandbox-init/." "$SANDBOX/"
    # git keeps no modes: start every case from 0644 files and 0755 directories
    find "$SANDBOX" -mindepth 1 -type d -exec chmod 0755 {} +
    find "$SANDBOX" -mindepth 1 -type f -exec chmod 0644 {} +
  fi
  args=()
  if [ -f "$dir/args" ]; then
    while IFS= read -r a || [ -n "$a" ]; do
      [ -z "$a" ] && continue
      args+=("${a//@SANDBOX@/$SANDBOX}")
    done < "$dir/args"
  fi
  # optional `env`: KEY=VALUE lines exported for both runs, after (so over) the isolated
  # environment above; VALUE is literal (no quotes removed, no expansion) except @SANDBOX@
  envs=()
  if [ -f "$dir/env" ]; then
    bad=""
    while IFS= read -r a || [ -n "$a" ]; do
      case "$a" in ''|'#'*) continue ;; esac
      if [[ ! "$a" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then bad="$a"; break; fi
      envs+=("${a//@SANDBOX@/$SANDBOX}")
    done < "$dir/env"
    if [ -n "$bad" ]; then
      echo "!! $c: bad line in env (want KEY=VALUE): $bad" >&2
      status=1; rm -rf "$SANDBOX"; continue
    fi
  fi
  # optional `netns` marker: both runs inside a fresh network namespace with only lo (up)
  runner=()
  if [ -f "$dir/netns" ]; then
    NETNS="swp-$$-${c%%-*}"
    if ! ip netns add "$NETNS"; then
      echo "!! $c: cannot create network namespace $NETNS" >&2
      NETNS=""; status=1; rm -rf "$SANDBOX"; continue
    fi
    if ! ip -n "$NETNS" link set lo up; then
      echo "!! $c: cannot bring lo up in $NETNS" >&2
      ip netns del "$NETNS"; NETNS=""; status=1; rm -rf "$SANDBOX"; continue
    fi
    runner=(ip netns exec "$NETNS")
  fi
  rm -rf "$dir/expected"; mkdir -p "$dir/expected"
  line="$c:"
  for n in 1 2; do
    (for kv in "${envs[@]}"; do export "$kv"; done
     cd "$dir" && "${runner[@]}" "$AP" -i inventory playbook.yml -f 1 -e "sandbox=$SANDBOX" \
        -e "ansible_python_interpreter=$ORACLE/bin/python" "${args[@]}") \
        > "$dir/expected/stdout.$n" 2> "$dir/expected/stderr.$n" < /dev/null
    echo $? > "$dir/expected/rc.$n"
    normalise "$dir/expected/stdout.$n"
    normalise "$dir/expected/stderr.$n"
    line="$line rc$n=$(cat "$dir/expected/rc.$n")"
  done
  if [ -n "$NETNS" ]; then ip netns del "$NETNS"; NETNS=""; line="$line netns"; fi
  tree > "$dir/expected/tree"
  echo "$line"
  rm -rf "$SANDBOX"
done
exit $status
