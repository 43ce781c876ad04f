"""Records how Ansible's YAML loader (ansible.parsing.utils.yaml.from_yaml, as DataLoader uses
it) reads each document of inputs.json: Python repr() of the loaded value, after turning Ansible's
tagged types into plain ones, or the error.  Run with the oracle's Python:
    .venv-oracle/bin/python Tests/Fixtures/yaml/record.py
"""
import json, os, sys
from ansible.parsing.utils.yaml import from_yaml
from ansible.parsing.vault import EncryptedString
from ansible.module_utils._internal._datatag import AnsibleTagHelper
import datetime

here = os.path.dirname(os.path.abspath(__file__))

def plain(v):
    if isinstance(v, EncryptedString):
        return "<vault>" + v._ciphertext
    v = AnsibleTagHelper.as_native_type(v) if hasattr(AnsibleTagHelper, "as_native_type") else v
    if isinstance(v, bool): return bool(v)
    if isinstance(v, int): return int(v)
    if isinstance(v, float): return float(v)
    if isinstance(v, str): return str(v)
    if isinstance(v, datetime.datetime): return v
    if isinstance(v, datetime.date): return v
    if isinstance(v, dict): return {plain(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)): return [plain(x) for x in v]
    if isinstance(v, set): return [plain(x) for x in v]
    return v

inputs = json.load(open(os.path.join(here, "inputs.json")))
out = []
for text in inputs:
    try:
        value = from_yaml(text, file_name="/doc.yml")
        out.append({"yaml": text, "repr": repr(plain(value))})
    except Exception as e:
        out.append({"yaml": text, "error": type(e).__name__})
json.dump(out, open(os.path.join(here, "expected.json"), "w"), indent=1, ensure_ascii=False)
print(f"{len(out)} documents recorded")
