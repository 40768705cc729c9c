#!/work/blind-prev14/.venv/bin/python
"""Build fixtures under /tmp/bp14fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a /tmp path in an error,
a scenario tool that is in existing_prevention_tools.txt, a category with fewer than 4 scenarios, a
scenario with fewer than 2 learn / 2 repeats / 3 good calls, and an MQ/WS item without recent_calls.
No server is used.

    .venv/bin/python gen.py [--only ID_SUBSTRING] [--show]
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS, PY, FX  # noqa: E402

MASTER = f"{FX}/_master"
CACHE = f"{FX}/_cache"  # pip --target installs of scipy / pandas (kept between runs, deleted at the end)
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore"})
CATS = ["INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION"]


def sh(cmd, cwd=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if r.returncode != 0:
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


def w(path, text, base=None, mode="w"):
    path = os.path.join(base or MASTER, path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="order">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="customer" type="xs:string"/>
        <xs:element name="currency" type="xs:string"/>
        <xs:element name="total" type="xs:decimal"/>
      </xs:sequence>
      <xs:attribute name="id" type="xs:integer" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""


def build_master():
    import msgpack
    import h5py
    import numpy as np
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.ipc as ipc
    import pyarrow.parquet as pq
    import zstandard

    for name in os.listdir(FX) if os.path.isdir(FX) else []:
        if name != "_cache":
            shutil.rmtree(os.path.join(FX, name), ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    for pkg in ("scipy", "pandas"):  # --no-deps: numpy, python-dateutil, tzdata are in the venv
        if not os.path.isdir(f"{CACHE}/{pkg}/{pkg}"):
            sh(f"{os.path.dirname(PY)}/pip install -q --no-deps --target {CACHE}/{pkg} {pkg}")
    os.chdir(MASTER)
    os.makedirs("data")
    # tables: parquet, feather, arrow IPC file + stream, csv, json
    orders = pa.table({"order_id": [10, 11, 12], "customer": ["ann", "bob", "cy"], "total": [4.5, 12.0, 7.25],
                       "created_at": ["2026-12-01", "2026-12-02", "2026-12-03"]})
    customers = pa.table({"id": [1, 2, 3], "name": ["ann", "bob", "cy"], "country": ["IT", "PE", "NO"]})
    pq.write_table(orders, "orders.parquet")
    pq.write_table(customers, "customers.parquet")
    pq.write_table(orders, "data/orders_2026.parquet")
    feather.write_feather(customers, "customers.feather")  # Arrow IPC file format (feather v2)
    with ipc.new_file("orders.arrow", orders.schema) as wr:
        wr.write_table(orders)
    for name, t in (("events.arrows", orders), ("clicks.arrows", customers)):
        with ipc.new_stream(name, t.schema) as wr:  # Arrow IPC *stream* format
            wr.write_table(t)
    w("orders.csv", "order_id,customer,total,created_at\n10,ann,4.5,2026-12-01\n11,bob,12.0,2026-12-02\n")
    w("customers.csv", "id,name,country\n1,ann,IT\n2,bob,PE\n")
    w("events.json", json.dumps([{"id": 1, "type": "click"}, {"id": 2, "type": "view"}]) + "\n")
    w("config.json", json.dumps({"server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": True}},
                                 "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}],
                                 "feature-flags": {"beta": False}}, indent=2) + "\n")
    # msgpack
    w("events.msgpack", msgpack.packb([{"id": 1, "type": "click"}, {"id": 2, "type": "view"}]), mode="wb")
    w("session.mpk", msgpack.packb({"user": "ann", "ttl": 3600}), mode="wb")
    # numpy
    np.save("temps.npy", np.array([12.5, 13.0, 11.75]))
    np.savez("grid.npz", x=np.arange(4), y=np.arange(4) * 2)
    w("temps.csv", "12.5\n13.0\n11.75\n")
    w("readings.txt", "1 2 3\n4 5 6\n")
    # hdf5
    with h5py.File("weather.h5", "w") as f:
        f.create_dataset("temps", data=[12.5, 13.0, 11.75])
        f.create_dataset("humidity", data=[0.61, 0.58, 0.7])
        f.create_dataset("sensors/pressure", data=[1013, 1011, 1009])
    # graphs
    w("routes.edgelist", "rome paris\nparis berlin\nberlin oslo\nrome madrid\nmadrid lisbon\n")
    w("links.edgelist", "home about\nabout home\nhome blog\nblog post1\npost1 home\nblog post2\n")
    # xml schema
    w("order.xsd", XSD)
    # zstd frames
    for name, text in (("part1.zst", b"first chunk of the log\n"), ("part2.zst", b"second chunk of the log\n"),
                       ("report.zst", b"quarterly report body " * 20)):
        w(name, zstandard.ZstdCompressor().compress(text), mode="wb")
    with ipc.new_file("data/orders.arrow", orders.schema) as wr:
        wr.write_table(orders.slice(0, 2))
    w("data/batch.msgpack", msgpack.packb([[1, "a"], [2, "b"]]), mode="wb")
    np.save("data/readings.npy", np.array([[1, 2, 3], [4, 5, 6]]))
    os.chdir(HERE)


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir)
    r = subprocess.run([PY, DRIVERS, sc["tool"], json.dumps(call["params"])], cwd=sdir, env=BASE_ENV,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=60)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems = 0
    for sc in SCENARIOS:
        if len(sc["learn"]) < 2 or len(sc["repeats"]) < 2 or len(sc["good"]) < 3:
            problems += 1
            print(f"PROBLEM {sc['id']}: too few learn/repeats/good")
        if sc["category"] in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
            for part in ("learn", "repeats", "good"):
                if any("recent_calls" not in c for c in sc[part]):
                    problems += 1
                    print(f"PROBLEM {sc['id']} {part}: item without recent_calls")
    counts = {c: sum(1 for s in SCENARIOS if s["category"] == c) for c in CATS}
    for c, n in counts.items():
        if n < 4:
            problems += 1
            print(f"PROBLEM category {c} has {n} scenarios")
    if any(s["category"] not in CATS for s in SCENARIOS):
        problems += 1
        print("PROBLEM unknown category")
    with open(os.path.join(HERE, "existing_prevention_tools.txt")) as f:
        existing = set(f.read().split())
    clash = sorted({s["tool"] for s in SCENARIOS} & existing)
    if clash:
        problems += 1
        print(f"PROBLEM tools already used: {clash}")
    build_master()
    out_lines = []
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            for cmd in sc.get("setup", []):
                sh(cmd, cwd=sdir)
            fail_re = re.compile(sc["fail_re"], re.M)
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
                rec[part] = []
                for i, call in enumerate(sc[part]):
                    rc, out = run_call(sc, call, sdir)
                    if show:
                        print(f"--- {sc['id']} {part}[{i}] rc={rc}\n{out}")
                    tag = f"{sc['id']} {part}[{i}] {json.dumps(call['params'])[:200]}"
                    if part in ("learn", "repeats"):
                        if not fail_re.search(out) or rc == 0:
                            problems += 1
                            print(f"PROBLEM {tag}: expected failure /{sc['fail_re']}/, rc={rc}, got: {out[:300]!r}")
                    elif rc != 0 or fail_re.search(out):
                        problems += 1
                        print(f"PROBLEM {tag}: good call failed rc={rc}: {out[:300]!r}")
                    item = {"params": call["params"]}
                    if part == "learn":
                        err = out.replace(sdir + "/", "").replace(sdir, ".").replace(FX + "/", "")
                        if FX in err or "/tmp/" in err:
                            problems += 1
                            print(f"PROBLEM {tag}: temp path left in error text")
                        item["error"] = err
                    if "recent_calls" in call:
                        item["recent_calls"] = call["recent_calls"]
                    rec[part].append(item)
            for cmd in sc.get("teardown", []):
                sh(cmd, cwd=sdir)
            out_lines.append(json.dumps(rec, ensure_ascii=False))
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        pass
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
