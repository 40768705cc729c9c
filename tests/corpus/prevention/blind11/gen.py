#!/usr/bin/env python3
"""Build fixtures under /tmp/bp11fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re.

    python3 gen.py [--only ID_SUBSTRING] [--show]
"""
import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS  # noqa: E402

FX = "/tmp/bp11fx"
MASTER = f"{FX}/_master"
PY = "/work/blind-prev11/.venv/bin/python"
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "SYSTEMD_PAGER": "", "SYSTEMD_COLORS": "0"})
CLI_TOOLS = {}


def cli(fn):
    CLI_TOOLS[fn.__name__[2:]] = fn
    return fn


@cli
def r_file_type(p):
    a = ["file"]
    if p.get("brief"):
        a.append("-b")
    if p.get("mime_type"):
        a.append("--mime-type")
    return a + list(p.get("files", []))


@cli
def r_systemd_analyze_calendar(p):
    a = ["systemd-analyze", "--no-pager", "calendar"]
    if "iterations" in p:
        a.append(f"--iterations={p['iterations']}")
    return a + list(p.get("specs", []))


def argv_for(tool, params):
    if tool in CLI_TOOLS:
        return CLI_TOOLS[tool](params)
    return [PY, DRIVERS, tool, json.dumps(params)]


# ----------------------------------------------------------------------------- NATS state
async def _nats_ops(ops):
    import nats
    from nats.js.errors import NotFoundError
    nc = await nats.connect("nats://127.0.0.1:4222", connect_timeout=3)
    js = nc.jetstream()
    try:
        for op in ops:
            kind = op[0]
            if kind == "stream":
                await js.add_stream(name=op[1], subjects=op[2])
            elif kind == "bucket":
                await js.create_key_value(bucket=op[1], history=op[2] if len(op) > 2 else 1)
            elif kind == "kv_put":
                kv = await js.key_value(op[1])
                await kv.put(op[2], op[3].encode())
            elif kind == "delete":
                await js.delete_stream(op[1])
            elif kind == "reset":  # delete every bp11 stream / bucket (KV buckets are streams KV_<name>)
                for si in await js.streams_info():
                    n = si.config.name
                    if n.startswith("BP11_") or n.startswith("KV_bp11_"):
                        try:
                            await js.delete_stream(n)
                        except NotFoundError:
                            pass
    finally:
        await nc.close()


def nats_ops(ops):
    try:
        asyncio.run(_nats_ops(ops))
    except Exception as e:
        print(f"PROBLEM nats setup {ops!r}: {type(e).__name__}: {e}")


def services_reset():
    nats_ops([["reset"]])


# ----------------------------------------------------------------------------- fixtures
def w(path, text, base=MASTER):
    path = os.path.join(base, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    w("people.csv", "id,name,city,age\n1,ann,Rome,34\n2,bob,Lima,27\n3,cy,Oslo,41\n")
    w("orders.csv", "order_id,item,qty,price\n10,pen,3,1.5\n11,cup,1,4.0\n12,ink,2,2.25\n")
    w("events.csv", "ts,user,action\n2026-12-01T10:00:00,ann,login\n2026-12-01T10:05:00,bob,logout\n")
    w("notes.txt", "alpha beta gamma\n")
    w("README.md", "# Title\n\nSome text here.\n")
    w("report.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    w("dump.sql", "CREATE TABLE people (id INTEGER, name TEXT);\nINSERT INTO people VALUES (1, 'ann');\n")
    w("user.json", json.dumps({"name": "ann", "tags": ["a", "b"], "meta": {"v": 1, "color": None}}) + "\n")
    w("user2.json", json.dumps({"id": 7, "name": "bob", "settings": {"lang": "en"}}) + "\n")
    w("records.json", json.dumps([{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]) + "\n")
    w("users.json", json.dumps([{"user": "cy", "age": 41}, {"user": "di", "age": 29}]) + "\n")
    w("events.jsonl", '{"ts": "2026-12-01", "action": "login"}\n{"ts": "2026-12-02", "action": "logout"}\n')
    w("columns.json", json.dumps({"id": {"0": 1, "1": 2}, "city": {"0": "Rome", "1": "Lima"}}) + "\n")
    w("package.json", json.dumps({"name": "web", "version": "1.0.0", "scripts": {"build": "tsc"}}, indent=2) + "\n")
    w("tsconfig.json", json.dumps({"compilerOptions": {"strict": True}}, indent=2) + "\n")
    w("data.json", json.dumps({"items": [1, 2]}) + "\n")
    w("config.yaml", "image: nginx:1.25\nports:\n  - 80:80\n")
    w("docker-compose.yml", "services:\n  web:\n    image: nginx\n")
    w(".env", "DEBUG=true\nPORT=8080\n")
    w("pyproject.toml", '[project]\nname = "shop"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n')
    w("Cargo.toml", '[package]\nname = "cli"\nversion = "0.2.0"\nedition = "2021"\n')
    w("config.toml", 'title = "svc"\n[server]\nport = 8080\nhosts = ["a", "b"]\n')
    w("netlify.toml", '[build]\ncommand = "npm run build"\npublish = "dist"\n')
    w("settings.toml", '[db]\nurl = "sqlite:///x.db"\n')
    sh_py = ("from PIL import Image\n"
             "Image.new('RGB', (8, 8), 'red').save('logo.png')\n"
             "Image.new('RGB', (16, 9), 'blue').save('photo.jpg')\n"
             "Image.new('P', (4, 4)).save('icon.gif')\n"
             "Image.new('L', (5, 5), 200).save('scan.bmp')\n"
             "Image.new('RGBA', (6, 6), (0, 0, 0, 0)).save('badge.webp')\n")
    subprocess.run([PY, "-c", sh_py], cwd=MASTER, check=True)
    subprocess.run(["zip", "-q", "archive.zip", "notes.txt"], cwd=MASTER, check=True)
    import sqlite3
    con = sqlite3.connect(f"{MASTER}/shop.db")
    con.executescript("CREATE TABLE people (id INTEGER, name TEXT, city TEXT);"
                      "INSERT INTO people VALUES (1,'ann','Rome'),(2,'bob','Lima');"
                      "CREATE TABLE orders (order_id INTEGER, item TEXT, qty INTEGER);"
                      "INSERT INTO orders VALUES (10,'pen',3),(11,'cup',1);")
    con.commit()
    con.close()


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    if call.get("_nats"):
        nats_ops(call["_nats"])
    for cmd in call.get("_setup", []):
        subprocess.run(cmd, shell=True, cwd=sdir, env=BASE_ENV, check=True)
    r = subprocess.run(argv_for(sc["tool"], call["params"]), cwd=sdir, env=BASE_ENV, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=60)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def start_responder(subjects, sdir):
    p = subprocess.Popen([PY, DRIVERS, "_responder", json.dumps({"subjects": subjects})], cwd=sdir,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = p.stdout.readline()
    if "ready" not in line:
        print(f"PROBLEM responder did not start: {line!r}")
    return p


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    services_reset()
    build_master()
    out_lines, problems = [], 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            if sc.get("nats"):
                nats_ops(sc["nats"])
            for cmd in sc.get("setup", []):
                subprocess.run(cmd, shell=True, cwd=sdir, env=BASE_ENV, check=True)
            fail_re = re.compile(sc["fail_re"])
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            responder = None
            try:
                for part in ("learn", "repeats", "good"):
                    if part == "good" and sc.get("responders"):
                        responder = start_responder(sc["responders"], sdir)
                    rec[part] = []
                    for i, call in enumerate(sc[part]):
                        rc, out = run_call(sc, call, sdir)
                        if show:
                            print(f"--- {sc['id']} {part}[{i}] rc={rc}\n{out}")
                        tag = f"{sc['id']} {part}[{i}] {json.dumps(call['params'])}"
                        if part in ("learn", "repeats"):
                            if not fail_re.search(out) or rc == 0:
                                problems += 1
                                print(f"PROBLEM {tag}: expected failure /{sc['fail_re']}/, rc={rc}, got: {out[:300]!r}")
                        elif rc != 0 or fail_re.search(out):
                            problems += 1
                            print(f"PROBLEM {tag}: good call failed rc={rc}: {out[:300]!r}")
                        item = {"params": call["params"]}
                        if part == "learn":
                            item["error"] = out.replace(sdir + "/", "").replace(sdir, ".")
                        if "recent_calls" in call:
                            item["recent_calls"] = call["recent_calls"]
                        rec[part].append(item)
            finally:
                if responder is not None:
                    os.kill(responder.pid, signal.SIGTERM)
                    responder.wait()
            out_lines.append(json.dumps(rec, ensure_ascii=False))
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        services_reset()
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
