"""In-process render time of a template with Jinja2 and with minijinja's Python binding, on the
same variables (groups and hostvars as plain dicts, as the engines would get them).
usage: python template_engines.py TEMPLATE INVENTORY HOST N  -> prints "jinja2_us minijinja_us" """
import sys, time, yaml
import jinja2, minijinja

template_path, inventory_path, host, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
inv = yaml.safe_load(open(inventory_path))
hostvars, groups = {}, {"all": [], "ungrouped": []}
top = inv["all"]
common = dict(top.get("vars") or {})
for gname, g in (top.get("children") or {}).items():
    groups[gname] = []
    for h, hv in ((g or {}).get("hosts") or {}).items():
        groups[gname].append(h)
        groups["all"].append(h)
        hostvars[h] = {**common, **(hv or {}), "inventory_hostname": h}
vars_ = {**hostvars[host], "groups": groups, "hostvars": hostvars, "ansible_managed": "Ansible managed"}
source = open(template_path).read()

env = jinja2.Environment(trim_blocks=True, keep_trailing_newline=True)
t = env.from_string(source)
t.render(vars_)
start = time.perf_counter()
for _ in range(n):
    out_j = t.render(vars_)
jinja_us = (time.perf_counter() - start) / n * 1e6

menv = minijinja.Environment(trim_blocks=True, keep_trailing_newline=True)
menv.add_template("t", source)
menv.render_template("t", **vars_)
start = time.perf_counter()
for _ in range(n):
    out_m = menv.render_template("t", **vars_)
mini_us = (time.perf_counter() - start) / n * 1e6
print(f"{jinja_us:.1f} {mini_us:.1f}")
