#!/usr/bin/env bash
# Records what the real ansible-lint prints for every case under cases/ (or those named):
#
#   ORACLE=/path/to/venv ./record.sh [NN-case ...]
#
# Each case's project/ is copied to a fresh directory outside any git repository and linted
# there with `ansible-lint -f pep8 --nocolor --offline`; expected/stdout and expected/rc keep
# its output and exit code, the project's directory written @PROJECT@ and HOME @HOME@.
set -u -o pipefail
ORACLE="${ORACLE:-/work/.venv-oracle}"
AL="$ORACLE/bin/ansible-lint"
[ -x "$AL" ] || { echo "ansible-lint not found at $AL (set ORACLE)" >&2; exit 2; }
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export PATH="$ORACLE/bin:$PATH" HOME="$TMP/home" ANSIBLE_HOME="$TMP/home/.ansible" NO_COLOR=1
mkdir -p "$HOME"
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=($(cd "$HERE/cases" && ls))
for c in "${cases[@]}"; do
  dir="$HERE/cases/$c"
  work="$TMP/$c"
  rm -rf "$work" && cp -r "$dir/project" "$work"
  mkdir -p "$dir/expected"
  (cd "$work" && "$AL" -f pep8 --nocolor --offline >"$dir/expected/stdout" 2>"$TMP/stderr"; echo $? >"$dir/expected/rc")
  # absolute paths in messages (role search paths): the project and HOME become tokens
  sed -i -e "s|$work|@PROJECT@|g" -e "s|$HOME|@HOME@|g" "$dir/expected/stdout"
  echo "$c: rc=$(cat "$dir/expected/rc") $(wc -l <"$dir/expected/stdout") lines"
done
