#!/usr/bin/env python
"""Record what the real Ansible templating gives for the cases in inputs.yml.

Run with the oracle's interpreter (ansible-core 2.21 + ansible.utils + netaddr):

    /work/.venv-oracle/bin/python Tests/Fixtures/filters/record.py

It reads inputs.yml (next to this script: a YAML list of {id, desc, template, vars})
and writes cases.json next to it: the same list with an "ansible" field added:

  - the plain string when the template gives a string;
  - "<native T> R" when it gives a native value of Python type T (the builtin
    type, tags stripped) whose repr is R, after Ansible's finalization;
  - "ERR(Class: message)" when templating raises (Class is the exception class
    name, message the first line of str(exception)).

Templates are rendered like the template module renders a file: Templar.template
with escape_backslashes=False (a "\n" in a Jinja string literal is a newline),
trim_blocks on, lstrip_blocks off, fail_on_undefined on.

The script re-executes itself with PYTHONHASHSEED=0 (set operations such as
union/intersect iterate sets of strings, whose order depends on the hash seed),
runs with an empty ansible.cfg, no user collections, TZ=UTC, LANG=C.UTF-8 and the
working directory set to an empty temporary directory, so the output does not
depend on the machine.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs.yml")
OUTPUT = os.path.join(HERE, "cases.json")


def _reexec_if_needed() -> None:
    if os.environ.get("PYTHONHASHSEED") == "0" and os.environ.get("_SWANSIBLE_RECORDER") == "1":
        return
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["_SWANSIBLE_RECORDER"] = "1"
    env["TZ"] = "UTC"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    for k in list(env):
        # no user configuration may leak into the recording
        if k.startswith("ANSIBLE_"):
            del env[k]
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]], env)


_reexec_if_needed()

_tmp = tempfile.mkdtemp(prefix="swansible-rec-")
atexit.register(shutil.rmtree, _tmp, ignore_errors=True)
with open(os.path.join(_tmp, "ansible.cfg"), "w"):
    pass
os.makedirs(os.path.join(_tmp, "collections"))
os.environ["ANSIBLE_CONFIG"] = os.path.join(_tmp, "ansible.cfg")
os.environ["ANSIBLE_HOME"] = os.path.join(_tmp, "home")
os.environ["ANSIBLE_COLLECTIONS_PATH"] = os.path.join(_tmp, "collections")  # only the venv's ansible_collections
os.environ["ANSIBLE_LOCAL_TEMP"] = os.path.join(_tmp, "tmp")
os.environ["ANSIBLE_NOCOLOR"] = "1"
os.environ["ANSIBLE_FORCE_COLOR"] = "0"
os.chdir(_tmp)

import yaml  # noqa: E402

from ansible.plugins.loader import init_plugin_loader  # noqa: E402

init_plugin_loader([])

from ansible.parsing.dataloader import DataLoader  # noqa: E402
from ansible.template import Templar, trust_as_template  # noqa: E402

def plain(value):
    """The value with Ansible's tagged subclasses replaced by the builtin types (repr is unchanged)."""
    if value is None or type(value) in (bool,):
        return value
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(plain(v) for v in value)
    if isinstance(value, frozenset):
        return frozenset(plain(v) for v in value)
    if isinstance(value, set):
        return {plain(v) for v in value}
    for t in (bool, int, float, str, bytes):
        if isinstance(value, t) and type(value) is not t:
            return t(value) if t is not bool else bool(value)
    return value


def builtin_type_name(value) -> str:
    for cls in type(value).__mro__:
        if cls.__module__ == "builtins" and cls is not object:
            return cls.__name__
    return type(value).__name__


def render(template: str, variables: dict) -> str:
    templar = Templar(loader=DataLoader(), variables=variables)
    try:
        # escape_backslashes=False: the mode of the template module (and of ../conformance/ansible-mode.json),
        # where "\n" inside a Jinja string literal is a newline, not a backslash and an n.
        result = templar.template(trust_as_template(template), escape_backslashes=False)
    except Exception as e:  # noqa: BLE001 - any failure is a recorded outcome
        lines = str(e).splitlines() or [""]
        return f"ERR({type(e).__name__}: {lines[0]})"
    if isinstance(result, str):
        return str(result)
    return f"<native {builtin_type_name(result)}> {plain(result)!r}"


def main() -> int:
    with open(INPUTS, encoding="utf-8") as f:
        inputs = yaml.safe_load(f)
    seen = set()
    cases = []
    for item in inputs:
        cid = item["id"]
        if cid in seen:
            raise SystemExit(f"duplicate id {cid}")
        seen.add(cid)
        variables = item.get("vars") or {}
        # the vars must survive a JSON round trip unchanged (no dates, no tuples...)
        if json.loads(json.dumps(variables)) != variables:
            raise SystemExit(f"{cid}: vars are not plain JSON")
        template = item["template"]
        if not isinstance(template, str):
            raise SystemExit(f"{cid}: template is not a string")
        result = render(template, json.loads(json.dumps(variables)))
        try:
            result.encode("utf-8")
        except UnicodeEncodeError:
            raise SystemExit(f"{cid}: the result has lone surrogates (undecodable bytes), not storable as UTF-8 JSON")
        cases.append(
            {
                "id": cid,
                "desc": item.get("desc", ""),
                "template": template,
                "vars": variables,
                "ansible": result,
            }
        )
    text = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
    with open(INPUTS, encoding="utf-8") as f:
        source = f.read()
    for marker in (_tmp, HERE, os.path.expanduser("~"), sys.prefix):
        if len(marker) > 1 and marker in text and marker not in source:
            raise SystemExit(f"a machine path ({marker}) leaked into the output")
    with open(OUTPUT + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(OUTPUT + ".tmp", OUTPUT)
    errors = sum(c["ansible"].startswith("ERR(") for c in cases)
    print(f"{len(cases)} cases ({errors} errors) -> {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
