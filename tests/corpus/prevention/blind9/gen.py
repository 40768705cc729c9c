#!/usr/bin/env python3
"""Build fixtures under /tmp/bp9fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re.

    python3 gen.py [--only ID_SUBSTRING] [--show]
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS  # noqa: E402

FX = "/tmp/bp9fx"
MASTER = f"{FX}/_master"
VENV = "/work/blind-prev9/.venv/bin"
PY = f"{VENV}/python"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HGRCPATH": "", "HGPLAIN": "1",
                 "HGUSER": "bp9 <bp9@example.invalid>", "HGENCODING": "utf-8"})
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1", "-q"]
REDIS = ["redis-cli", "-n", "9"]


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, capture_output=True, text=True)
    if check and r.returncode != 0:
        print(f"PROBLEM setup failed: {cmd!r} rc={r.returncode}: {(r.stderr or r.stdout).strip()[:300]}")
    return r


# ----------------------------------------------------------------------------- runners
# Each wrapper tool turns params into one real command line (argv, run in the scenario dir), or
# {"argv", "cwd"?, "stdin"?, "redis"?} or ("sdk",) for a Python SDK call in sdk.py.

def _hg(p, *args):
    return ["hg", "--cwd", p.get("cwd", "repo")] + list(args)


def r_hg_update(p, rc):
    return _hg(p, "update", p["rev"])


def r_hg_log(p, rc):
    return _hg(p, "log", "-T", "{rev}:{node|short} {desc|firstline}\n", "-r", p["rev"])


def r_hg_tag(p, rc):
    a = ["tag"]
    if "message" in p:
        a += ["-m", p["message"]]
    if "rev" in p:
        a += ["-r", p["rev"]]
    return _hg(p, *a, *p.get("names", []))


def r_hg_status(p, rc):
    return _hg(p, "status")


def r_hg_push(p, rc):
    return _hg(p, "push", *([p["dest"]] if "dest" in p else []))


def r_hg_commit(p, rc):
    return _hg(p, "commit", *(["-A"] if p.get("addremove") else []), "-m", p["message"])


def r_hg_merge(p, rc):
    return _hg(p, "merge", p["rev"])


def r_hg_command(p, rc):
    return _hg(p, *p["args"])


def r_black_format(p, rc):
    a = [f"{VENV}/black", "-q"]
    if p.get("check"):
        a.append("--check")
    if "target_version" in p:
        a += ["--target-version", p["target_version"]]
    if "line_length" in p:
        a += ["--line-length", str(p["line_length"])]
    return a + list(p.get("paths", []))


def r_sqlite_utils_rows(p, rc):
    a = [f"{VENV}/sqlite-utils", "rows", p["db"], p["table"]]
    if "limit" in p:
        a += ["--limit", str(p["limit"])]
    return a


def r_sqlite_utils_insert(p, rc):
    a = [f"{VENV}/sqlite-utils", "insert", p["db"], p["table"]]
    if "file" in p:
        a.append(p["file"])
    if p.get("csv"):
        a.append("--csv")
    if "pk" in p:
        a += ["--pk", p["pk"]]
    return a


def r_sqlite3_tables(p, rc):
    return ["sqlite3", p["db"], ".tables"]


def r_zstd_decompress(p, rc):
    return ["zstd", "-q", "-d", "-f", p["input"], "-o", p["output"]]


def r_redis_cli_setex(p, rc):
    return {"argv": REDIS + ["SETEX", p["key"], str(p["seconds"]), p["value"]], "redis": True}


def r_redis_cli_sadd(p, rc):
    return {"argv": REDIS + ["SADD", p["key"]] + list(p.get("members", [])), "redis": True}


def r_redis_cli_lpush(p, rc):
    return {"argv": REDIS + ["LPUSH", p["key"]] + list(p["values"]), "redis": True}


def r_mariadb_query(p, rc):
    return ["mariadb", "-D", p["database"], "-e", p["sql"]]


def r_mariadb_create_database(p, rc):
    return ["mariadb", "-e", f"CREATE DATABASE {p['name']}"]


def r_mariadb_source_file(p, rc):
    return {"argv": ["mariadb"], "stdin": p["file"]}


def r_psql_create_table(p, rc):
    return PSQL + ["-c", f"CREATE TABLE {p['table']} ({p['columns']})"]


def r_psql_create_schema(p, rc):
    return PSQL + ["-c", f"CREATE SCHEMA {p['name']}"]


def r_semver_bump(p, rc):
    return ("sdk",)


r_dateutil_parse = r_packaging_specifier_contains = r_jinja2_render = r_semver_bump

RUNNERS = {k[2:]: v for k, v in list(globals().items()) if k.startswith("r_")}


# ----------------------------------------------------------------------------- fixtures
def w(path, text):
    path = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


HG_REPO = """set -e
hg init repo && cd repo
printf 'alpha\\n' > a.txt && hg add -q a.txt && hg commit -qm 'initial import'
hg bookmark -q release && hg bookmark -qi
hg tag -q v1.0
printf 'beta\\n' > b.txt && hg add -q b.txt && hg commit -qm 'add b'
hg branch -q dev && printf 'dev\\n' > d.txt && hg add -q d.txt && hg commit -qm 'dev work'
hg update -q default
"""

HG_MERGE = """set -e
hg init mrepo && cd mrepo
printf 'base\\n' > a.txt && hg add -q a.txt && hg commit -qm base
for b in feature hotfix release-2 experiment ui-refresh; do
  hg update -q 0 && hg branch -q $b && printf "$b\\n" > $b.txt && hg add -q $b.txt && hg commit -qm "$b work"
done
hg update -q default && printf 'main\\n' >> a.txt && hg commit -qm 'main work'
"""


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    m = MASTER
    sh(HG_REPO, m)
    sh(HG_MERGE, m)
    for d in ("project", "docs", "site", "tools", "notes"):
        w(f"{d}/README.md", f"# {d}\n")
    w("app.py", 'def main():\n    return "hi"\n')
    w("util.py", "def add(a, b):\n    return a + b\n")
    w("models.py", "class Item:\n    name: str\n    price: int\n")
    w("stubs.pyi", "def add(a: int, b: int) -> int: ...\n")
    w("deploy.sh", "#!/bin/sh\necho deploy\n")
    w("config.yaml", "image: nginx:1.25\nports:\n  - 80:80\n")
    w("compose.yml", "services:\n  web:\n    image: redis:7-alpine\n")
    w("README.md", "# Title\n\nSome text here.\n")
    w("notes.txt", "alpha beta gamma\n")
    w("people.csv", "id,name,city\n1,ann,Rome\n2,bob,Lima\n")
    w("items.json", '[{"id": 1, "name": "pen"}, {"id": 2, "name": "cup"}]\n')
    w("orders.json", '[{"id": 10, "item_id": 1, "qty": 3}]\n')
    w("more_items.json", '[{"id": 3, "name": "ink"}]\n')
    sh(f"{VENV}/sqlite-utils insert shop.db items items.json --pk id && "
       f"{VENV}/sqlite-utils insert shop.db orders orders.json --pk id && "
       f"{VENV}/sqlite-utils insert shop.db customers people.csv --csv --pk id && "
       f"{VENV}/sqlite-utils insert app.sqlite users people.csv --csv --pk id && : > empty.db", m)
    sh("tar cf docs.tar notes.txt people.csv && zip -q notes.zip notes.txt && cp notes.zip app.jar && "
       "bzip2 -k notes.txt && zstd -q notes.txt -o notes.txt.zst && zstd -q people.csv -o people.csv.zst && "
       "gzip -k people.csv && xz -k items.json && tar cf - notes.txt | zstd -q -o backup.tar.zst", m)
    w("templates/email.html", "<p>Hello {{ name }}</p>\n")
    w("templates/report.txt", "Total: {{ total }}\n")
    w("templates/welcome.html", "<h1>Welcome {{ user }} to {{ site }}</h1>\n")
    w("templates/page.html", "{% include 'partials/header.html' %}<main>page</main>\n")
    w("templates/invoice.html", "{% include 'partials/footer.html' %}<p>invoice</p>\n")
    w("templates/blog.html", "{% include 'partials/nav.html' %}<article>blog</article>\n")
    w("templates/about.html", "{% include 'partials/sidebar.html' %}<p>about</p>\n")
    w("templates/home.html", "{% include 'partials/site_header.html' %}<p>home</p>\n")
    w("templates/partials/site_header.html", "<header>site</header>\n")
    w("sql/blog.sql", "USE bp9_blog;\nCREATE TABLE IF NOT EXISTS posts (id INT PRIMARY KEY, title VARCHAR(80));\n")
    w("sql/crm.sql", "USE bp9_crm;\nCREATE TABLE IF NOT EXISTS contacts (id INT PRIMARY KEY, email VARCHAR(80));\n")
    w("sql/hr.sql", "USE bp9_hr;\nCREATE TABLE IF NOT EXISTS staff (id INT PRIMARY KEY, name VARCHAR(80));\n")
    w("sql/wiki.sql", "USE bp9_wiki;\nCREATE TABLE IF NOT EXISTS pages (id INT PRIMARY KEY, slug VARCHAR(80));\n")
    w("sql/shop_seed.sql", "USE bp9_shop;\nINSERT IGNORE INTO products VALUES (3, 'ink');\n")
    w("sql/select_only.sql", "SELECT 1 AS ok;\n")


MARIA_DBS = ["bp9_shop", "bp9_shop_archive", "bp9_crm", "bp9_hr", "bp9_blog", "bp9_wiki", "bp9_new1",
             "bp9_reports", "bp9_shop2", "bp9_metrics", "bp9_sales"]


def services_reset():
    for db in MARIA_DBS:
        sh(f"mariadb -e 'DROP DATABASE IF EXISTS {db}'", check=False)
    sh(" ".join(PSQL) + " -c \"DROP SCHEMA IF EXISTS bp9_app, bp9_core, bp9_sales, bp9_audit, bp9_billing, "
       "bp9_crm, bp9_ops, bp9_stage, bp9_reporting, bp9_sales_v2, bp9_tmp, bp9_archive, bp9_analytics CASCADE; "
       "DROP TABLE IF EXISTS bp9_items_plain, bp9_events, bp9_jobs\"", check=False)
    keys = sh("redis-cli -n 9 --scan --pattern 'bp9:*'", check=False).stdout.split()
    if keys:
        subprocess.run(REDIS + ["DEL"] + keys, capture_output=True)


def services_setup():
    sh("mariadb -e 'CREATE DATABASE bp9_shop; CREATE DATABASE bp9_shop_archive; "
       "CREATE TABLE bp9_shop.products (id INT PRIMARY KEY, name VARCHAR(40)); "
       "INSERT INTO bp9_shop.products VALUES (1, \"pen\"), (2, \"cup\")'")
    for cmd in (["HSET", "bp9:user", "name", "ann"], ["HSET", "bp9:prefs", "theme", "dark"],
                ["SADD", "bp9:cart", "pen"], ["SET", "bp9:counter", "7"], ["SET", "bp9:session", "x"],
                ["RPUSH", "bp9:queue", "job1"]):
        subprocess.run(REDIS + cmd, capture_output=True)


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


REDIS_ERR = re.compile(r"^(ERR|WRONGTYPE|NOPERM|BUSY|LOADING)\b")


def run_call(sc, call, sdir):
    env = dict(BASE_ENV)
    for cmd in call.get("_setup", []):
        sh(cmd, sdir, env=env)
    recent = call.get("recent_calls", [])
    spec = RUNNERS[sc["tool"]](call["params"], recent)
    if isinstance(spec, tuple) and spec[0] == "sdk":
        spec = [PY, f"{HERE}/sdk.py", sc["tool"], json.dumps(call["params"]), json.dumps(recent)]
    if not isinstance(spec, dict):
        spec = {"argv": spec}
    stdin = open(os.path.join(sdir, spec["stdin"])) if "stdin" in spec else subprocess.DEVNULL
    r = subprocess.run(spec["argv"], cwd=sdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=stdin, timeout=120)
    out = _norm(r.stdout.decode("utf-8", "replace"))
    rc = r.returncode
    if spec.get("redis") and REDIS_ERR.match(out):
        rc = 1  # redis-cli exits 0 on a server error reply; the wrapper reports it as a failure
    return rc, out


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    services_reset()
    services_setup()
    build_master()
    out_lines, problems = [], 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            for cmd in sc.get("setup", []):
                sh(cmd, sdir)
            fail_re = re.compile(sc["fail_re"])
            rec = {k: sc[k] for k in ("id", "category", "tool", "source")}
            for part in ("learn", "repeats", "good"):
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
            out_lines.append(json.dumps(rec, ensure_ascii=False))
            if not only:  # incremental: partial work stays usable
                with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
                    f.write("\n".join(out_lines) + "\n")
    finally:
        services_reset()
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
