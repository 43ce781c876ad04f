# Sourced by the record scripts here: the oracle's Ansible with no configuration of the user's.
# Unsets every ANSIBLE_* variable, makes a scratch directory $TMP (its real path; the caller
# removes it, in its own EXIT trap) with an empty ansible.cfg and an ANSIBLE_HOME, and fixes the
# hash seed, locale and colours so that recordings do not depend on the machine.
for v in $(env | sed -n 's/^\(ANSIBLE_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
TMP="$(mktemp -d)"
TMP="$(cd "$TMP" && pwd -P)"
: > "$TMP/ansible.cfg"
mkdir -p "$TMP/home/tmp" "$TMP/cwd"
export ANSIBLE_CONFIG="$TMP/ansible.cfg"
export ANSIBLE_HOME="$TMP/home"
export ANSIBLE_LOCAL_TEMP="$TMP/home/tmp"
export ANSIBLE_NOCOLOR=1
export ANSIBLE_FORCE_COLOR=0
export PYTHONHASHSEED="${PYTHONHASHSEED:-0}"   # fixed unless given; goldens must not depend on it
export LC_ALL=C.UTF-8
