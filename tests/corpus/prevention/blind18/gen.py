#!/work/blind-prev18/venv/bin/python
"""Build fixtures under /tmp/bp18fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a /tmp path in an error,
a scenario tool that is in existing_prevention_tools.txt or from an avoided family, a category with fewer
than 4 scenarios, a scenario with fewer than 2 learn / 2 repeats / 3 good calls, and an MQ/WS item
without recent_calls. No server is used.

    venv/bin/python gen.py [--only ID_SUBSTRING] [--show] [--keep]
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
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("NODE_PATH", "PYTHONPATH")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "PATH": os.path.dirname(PY) + ":" + os.path.join(HERE, "node_modules", ".bin") + ":"
                 + os.environ.get("PATH", "")})
CATS = ["INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION"]
FAMILIES = ("git hg svn gpg cargo pg psql npm go rabbitmq pandas openssl mariadb fossil uv sqlalchemy peewee "
            "alembic sqlite pika paho keytool ansible amqplib kombu openpyxl polars docx pyjwt x509 marshmallow "
            "cerberus jsonschema pydantic arrow babel numpy pyarrow pendulum h5py networkx sqlglot xmlschema "
            "zstandard msgpack protobuf jsonpointer rrule iso8601 pycountry redis terraform nats kubectl bcrypt "
            "brotli cryptography csv dulwich fpdf icalendar jmespath jsonpath markdown moneyed paramiko pypdf "
            "qrcode barcode schema scipy semantic semver sympy voluptuous yaml json toml tomlkit requests httpx "
            "docker tar zip unzip jq pint jinja2 lxml croniter dateutil email pyotp phonenumbers itsdangerous "
            "pyzipper py7zr duckdb lmdb pillow xmltodict zoneinfo dbm pygmentize sqlformat mkdocs sphinx xz pytz "
            "holidays regex mako netaddr isodate base58 ruamel attrs feedgen vobject whoosh mutagen xlrd bson "
            "gettext polib configparser shelve wave prettier ajv eslint bzip2").split()


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


def build_master():
    import bz2
    import gzip
    import lzma
    import plistlib
    import zlib

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    for d in ("out", "dist", "mail"):
        os.makedirs(d)
    os.symlink(os.path.join(HERE, "node_modules"), "node_modules")  # project-local npm packages (sass, postcss)
    # config / data files: plists (XML and binary) and the same settings in other formats
    settings = {"debug": False, "port": 8080, "hosts": ["a", "b"]}
    w("data/settings.plist", plistlib.dumps(settings), mode="wb")
    w("data/prefs.plist", plistlib.dumps({"theme": "dark", "fontSize": 13}, fmt=plistlib.FMT_BINARY), mode="wb")
    w("data/com.example.agent.plist", plistlib.dumps({"Label": "com.example.agent", "RunAtLoad": True,
                                                       "ProgramArguments": ["/usr/local/bin/agent"]}), mode="wb")
    w("data/config.json", json.dumps(settings) + "\n")
    w("data/settings.yaml", "debug: false\nport: 8080\nhosts:\n  - a\n  - b\n")
    w("data/prefs.toml", 'theme = "dark"\nfontSize = 13\n')
    w("config/app.ini", "[server]\nport = 8080\n")
    w("config/prod.env", "API_URL=https://api.example.com\n")
    w("config/staging.env", "API_URL=https://staging.example.com\n")
    w("config/dev.env", "API_URL=http://localhost:8000\n")
    # logs: plain, gzip, bzip2, xz and raw zlib streams
    for name, text in (("web", b"GET / 200\nGET /sale 200\n"), ("orders", b"order 1234 created\n"),
                       ("payments", b"payment 77 ok\n"), ("cache", b"hit /home\n")):
        w(f"logs/{name}.log", text, mode="wb")
    w("logs/web.log.gz", gzip.compress(b"GET / 200\n"), mode="wb")
    w("logs/old.log.gz", gzip.compress(b"old entries\n"), mode="wb")
    w("logs/app.log.xz", lzma.compress(b"started\n"), mode="wb")
    w("logs/cache.log.xz", lzma.compress(b"hit /home\n"), mode="wb")
    w("logs/db.log.bz2", bz2.compress(b"slow query 2.1s\n"), mode="wb")
    w("logs/queue.log.bz2", bz2.compress(b"job 1 done\n"), mode="wb")
    w("logs/web.log.zz", zlib.compress(b"GET / 200\n"), mode="wb")
    w("logs/orders.log.zz", zlib.compress(b"order 1234 created\n"), mode="wb")
    w("data/blob.zlib", zlib.compress(json.dumps(settings).encode()), mode="wb")
    # C (preprocessed, no #include), C++ and TypeScript / JavaScript sources
    w("src/add.c", "int add(int a, int b) { return a + b; }\n")
    w("src/util.c", "static int clamp(int v, int lo, int hi) {\n  return v < lo ? lo : (v > hi ? hi : v);\n}\n")
    w("src/list.c", "struct node { int value; struct node *next; };\n"
      "int length(struct node *n) { int k = 0; while (n) { k++; n = n->next; } return k; }\n")
    w("src/main.cpp", "int main() { std::cout << 1; return 0; }\n")
    w("src/shape.hpp", "class Shape {\npublic:\n  virtual double area() const = 0;\n};\n")
    w("src/vec.cpp", "template <typename T> T first(const std::vector<T>& v) { return v[0]; }\n")
    w("src/app.cc", "namespace app { int run() { return 0; } }\n")
    w("web/app.js", "const total = 1;\nconsole.log(total);\n")
    w("web/util.js", "function sum(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\n")
    w("web/cart.js", "export function addItem(cart, item) {\n  return [...cart, item];\n}\n")
    w("web/types.ts", "let total: number = 1;\n")
    w("web/api.ts", "interface Order { id: number; sku: string }\n")
    w("web/store.ts", "let items: string[] = [];\n")
    w("web/models.ts", "type Id = string | number;\n")
    # stylesheets
    w("styles/site.scss", "$brand: #336699;\nbody {\n  color: $brand;\n}\n")
    w("styles/theme.scss", "$radius: 4px;\n.card {\n  border-radius: $radius;\n}\n")
    w("styles/site.css", "body {\n  color: #336699;\n}\n")
    w("styles/theme.css", ".card {\n  border-radius: 4px;\n}\n")
    w("web/widget.css", ".widget {\n  margin: 0;\n}\n")
    # zipapp sources: app/ has a main() but no __main__.py, tool/ has a __main__.py
    w("app/cli.py", "def main():\n    print('hello')\n")
    w("jobs/runner.py", "def run():\n    print('jobs')\n")
    w("tool/__main__.py", "print('tool')\n")
    # assets to copy
    w("assets/logo.svg", "<svg/>\n")
    w("assets/site.css", "body{}\n")
    w("templates/base.html", "<html></html>\n")
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
    fam = sorted(s["tool"] for s in SCENARIOS if any(s["tool"] == f or s["tool"].startswith(f + "_") for f in FAMILIES))
    if fam:
        problems += 1
        print(f"PROBLEM tools from an avoided family: {fam}")
    if not 26 <= len(SCENARIOS) <= 30:
        problems += 1
        print(f"PROBLEM {len(SCENARIOS)} scenarios, want 26-30")
    shells = sum(1 for s in SCENARIOS if all(set(c["params"]) == {"command"} for p in ("learn", "repeats", "good")
                                            for c in s[p]))
    if shells < 4:
        problems += 1
        print(f"PROBLEM only {shells} shell-style scenarios")
    print("categories: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
    build_master()
    out_lines = []
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            fail_re = re.compile(sc["fail_re"], re.M)
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
                rec[part] = []
                for i, call in enumerate(sc[part]):
                    sdir = f"{FX}/{sc['id']}/{part}{i}"  # a fresh copy of the fixtures for every call
                    shutil.copytree(MASTER, sdir, symlinks=True)
                    for cmd in sc.get("setup", []):
                        sh(cmd, cwd=sdir)
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
            line = json.dumps(rec, ensure_ascii=False)
            if "/tmp/" in line or FX in line:
                problems += 1
                print(f"PROBLEM {sc['id']}: temp path in the JSONL record")
            out_lines.append(line)
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        if not only and "--keep" not in sys.argv:
            shutil.rmtree(FX, ignore_errors=True)
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
