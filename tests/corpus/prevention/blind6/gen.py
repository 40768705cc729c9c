#!/usr/bin/env python3
"""Blind prevention-scenario generator (bp6). Builds fixtures under /tmp/bp6fx, runs every call
against the real tool, writes scenarios.jsonl. Prints PROBLEM lines for unexpected outcomes."""
import json, os, re, shutil, subprocess, sys, threading, sqlite3, urllib.request, urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
FX = "/tmp/bp6fx"
PORT = 18766
PG = ["psql", "-h", "localhost", "-U", "postgres", "-X", "-v", "ON_ERROR_STOP=1"]
MY = ["mariadb", "-h", "127.0.0.1", "-uroot"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PROBLEMS = []

def sh(cmd, cwd=None, check=True):
    r = subprocess.run(cmd, shell=isinstance(cmd, str), cwd=cwd, capture_output=True, text=True)
    if check and r.returncode:
        raise RuntimeError(f"fixture failed: {cmd}: {r.stderr}")
    return r

def run(argv, cwd=None, stdin=None):
    env = dict(os.environ, GIT_CEILING_DIRECTORIES="/tmp", NO_COLOR="1", LC_ALL="C")
    r = subprocess.run(argv, cwd=cwd, input=stdin, capture_output=True, text=True, env=env, timeout=60)
    out = ANSI.sub("", (r.stdout or "") + (r.stderr or "")).strip()
    return r.returncode != 0, out[:2000]

# ---------------- fake REST service ----------------
STATE = {"projects": {"billing", "search-api", "mobile-app"}, "orders": {"1001", "1002", "1003", "1004"}}
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def send(self, code, body):
        b = json.dumps(body).encode()
        self.send_response(code); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(b))); self.end_headers(); self.wfile.write(b)
    def do_GET(self):
        m = re.fullmatch(r"/api/v1/orders/([^/]+)", self.path)
        if m:
            if m.group(1) in STATE["orders"]:
                return self.send(200, {"id": m.group(1), "status": "paid"})
            return self.send(404, {"error": "not_found", "message": f"Order {m.group(1)} not found"})
        if self.path.startswith("/health"):
            return self.send(200, {"ok": True})
        self.send(404, {"error": "not_found", "message": "No route"})
    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        try: data = json.loads(self.rfile.read(n) or b"{}")
        except Exception: return self.send(400, {"error": "invalid JSON"})
        if self.path == "/api/v1/orders":
            errs = []
            q = data.get("quantity")
            if not isinstance(q, int) or isinstance(q, bool):
                errs.append({"loc": ["body", "quantity"], "msg": "value is not a valid integer", "type": "type_error.integer"})
            if errs: return self.send(422, {"detail": errs})
            return self.send(201, {"id": "2001", "sku": data.get("sku"), "quantity": q})
        if self.path == "/api/v1/customers":
            errs = {k: ["can't be blank"] for k in ("name", "email") if not data.get(k)}
            if errs: return self.send(422, {"errors": errs})
            return self.send(201, {"id": 77, **data})
        if self.path == "/api/v1/projects":
            name = data.get("name")
            if name in STATE["projects"]:
                return self.send(409, {"error": "conflict", "message": f"Project '{name}' already exists"})
            STATE["projects"].add(name)
            return self.send(201, {"name": name})
        self.send(404, {"error": "not_found"})

def http(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            return False, f"HTTP {r.status} {r.reason}\n{r.read().decode()}"
    except urllib.error.HTTPError as e:
        return True, f"HTTP {e.code} {e.reason}\n{e.read().decode()}"

# ---------------- python sqlite wrapper ----------------
def py_sqlite(database, sql):
    try:
        con = sqlite3.connect(database)
        rows = con.execute(sql).fetchall(); con.commit(); con.close()
        return False, json.dumps(rows)
    except Exception as e:
        return True, f"{type(e).__module__}.{type(e).__name__}: {e}"

# ---------------- fixtures ----------------
def git(repo, *a): sh(["git", "-C", repo, *a])
def mkrepo(path, remote=None):
    os.makedirs(path, exist_ok=True)
    sh(["git", "init", "-q", "-b", "main", path])
    git(path, "config", "user.email", "bp6@example.com"); git(path, "config", "user.name", "bp6")
    os.makedirs(f"{path}/src", exist_ok=True); os.makedirs(f"{path}/docs", exist_ok=True)
    for f, t in {"README.md": "# demo\n", "src/app.py": "print('hi')\n", "src/util.py": "X = 1\n",
                 "docs/guide.md": "guide\n", "Makefile": "all:\n\techo ok\n"}.items():
        open(f"{path}/{f}", "w").write(t)
    git(path, "add", "."); git(path, "commit", "-qm", "init")
    open(f"{path}/src/util.py", "a").write("Y = 2\n"); git(path, "commit", "-qam", "second")
    if remote:
        sh(["git", "init", "-q", "--bare", remote]); git(path, "remote", "add", "origin", remote)
        git(path, "push", "-q", "-u", "origin", "main")

def fixtures():
    shutil.rmtree(FX, ignore_errors=True); os.makedirs(FX)
    mkrepo(f"{FX}/repo", f"{FX}/remote.git")
    for b in ("dev", "release"):
        git(f"{FX}/repo", "branch", b); git(f"{FX}/repo", "push", "-q", "-u", "origin", b)
    for b in ("feature", "topic", "wip"):
        git(f"{FX}/repo", "branch", b)
    for r in ("r1", "r2", "r3", "r4"):
        git(f"{FX}/repo", "remote", "add", r, f"{FX}/remote.git")
    mkrepo(f"{FX}/remrepo", f"{FX}/remote2.git")
    for r in ("upstream", "mirror", "fork"):
        git(f"{FX}/remrepo", "remote", "add", r, f"{FX}/remote2.git")
    for i in range(1, 5):
        mkrepo(f"{FX}/stash{i}"); open(f"{FX}/stash{i}/README.md", "a").write("wip\n"); git(f"{FX}/stash{i}", "stash", "-q")
        mkrepo(f"{FX}/nostash{i}")
    for i in range(1, 4): mkrepo(f"{FX}/repo{i}")
    for d in ("plain1", "plain2", "plain3", "plain4", "wt_exists", "wt_exists2", "wt_exists3", "out",
              "data", "data/logs", "assets", "build", "empty1", "empty2", "empty3", "empty4"):
        os.makedirs(f"{FX}/{d}", exist_ok=True)
    open(f"{FX}/wt_exists/keep", "w").write("x"); open(f"{FX}/wt_exists2/keep", "w").write("x"); open(f"{FX}/wt_exists3/keep", "w").write("x")
    for d in ("web1", "web2", "web3", "web4"):
        os.makedirs(f"{FX}/{d}"); json.dump({"name": d, "version": "1.0.0", "private": True}, open(f"{FX}/{d}/package.json", "w"))
    for f, t in {"notes.txt": "alpha\nbeta\nfoo(bar)\n", "report.csv": "id,name\n1,a\n2,b\n",
                 "config.yaml": "a: 1\n", "a.txt": "a\n", "b.txt": "b\n", "c.txt": "c\n",
                 "data/app.log": "ERROR x\nINFO y\n", "assets/logo.svg": "<svg/>\n"}.items():
        open(f"{FX}/{f}", "w").write(t)
    sh(["tar", "-czf", f"{FX}/bundle.tar.gz", "-C", FX, "a.txt", "b.txt"])
    sh(["tar", "-cf", f"{FX}/plain.tar", "-C", FX, "c.txt"])
    sh(["tar", "-cjf", f"{FX}/logs.tar.bz2", "-C", FX, "data"])
    sh(f"cd {FX} && zip -q release.zip a.txt b.txt && zip -q site.zip c.txt && zip -q docs.zip notes.txt")
    for db in ("app.db", "inventory.db", "users.db"):
        con = sqlite3.connect(f"{FX}/{db}"); con.execute("create table bp6_items(id integer primary key, name text)")
        con.execute("insert into bp6_items(name) values ('x')"); con.commit(); con.close()
    sh(PG + ["-d", "test", "-c", "DROP TABLE IF EXISTS bp6_users; CREATE TABLE bp6_users(id serial primary key, name text, email text, created_at timestamptz default now()); INSERT INTO bp6_users(name,email) VALUES ('ann','a@x'),('bob','b@x');"])
    sh(MY + ["test", "-e", "DROP TABLE IF EXISTS bp6_orders, bp6_invoices, bp6_events, bp6_new1, bp6_new2, bp6_new3, bp6_new4; CREATE TABLE bp6_orders(id INT PRIMARY KEY); CREATE TABLE bp6_invoices(id INT PRIMARY KEY); CREATE TABLE bp6_events(id INT PRIMARY KEY);"])

def cleanup():
    sh(PG + ["-d", "test", "-c", "DROP TABLE IF EXISTS bp6_users;"])
    sh(MY + ["test", "-e", "DROP TABLE IF EXISTS bp6_orders, bp6_invoices, bp6_events, bp6_new1, bp6_new2, bp6_new3, bp6_new4;"])
    left_pg = sh(PG + ["-d", "test", "-tAc", "select count(*) from pg_tables where tablename like 'bp6%'"]).stdout.strip()
    left_my = sh(MY + ["-N", "-e", "select count(*) from information_schema.tables where table_name like 'bp6%'"]).stdout.strip()
    shutil.rmtree(FX, ignore_errors=True)
    print(f"cleanup: pg bp6 tables left={left_pg}, mariadb bp6 tables left={left_my}, fixtures removed={not os.path.exists(FX)}")

# ---------------- executor ----------------
def execute(tool, p):
    g = lambda *a: run(["git", "-C", p["repo"], *a])
    if tool == "git_restore": return g("restore", "--", *p["paths"])
    if tool == "git_diff": return g("diff", "--stat", p["base"], p["head"])
    if tool == "git_remote_remove": return g("remote", "remove", p["name"])
    if tool == "git_remote_add": return g("remote", "add", *[x for x in (p.get("name"), p.get("url")) if x])
    if tool == "git_remote_set_url": return g("remote", "set-url", *[x for x in (p.get("name"), p.get("url")) if x])
    if tool == "git_config_set": return g("config", p["key"], p["value"])
    if tool == "git_status": return g("status", "--short", "--branch")
    if tool == "git_rev_parse": return g("rev-parse", "--abbrev-ref", p["rev"])
    if tool == "git_stash_pop": return g("stash", "pop")
    if tool == "git_worktree_add": return g("worktree", "add", "-b", p["new_branch"], p["path"], p.get("commitish", "HEAD"))
    if tool == "git_exec": return g(*p["args"])
    if tool == "openssl_dgst": return run(["openssl", "dgst", "-" + p["algorithm"], p["file"]])
    if tool == "psql_command": return run(PG + ["-d", p["database"], "-c", p["command"]])
    if tool == "psql_list_tables": return run(PG + ["-d", p["database"], "-c", "\\dt"])
    if tool == "mariadb_execute": return run(MY + [p["database"], "-e", p["query"]])
    if tool == "mariadb_create_table": return run(MY + [p["database"], "-e", p["statement"]])
    if tool == "orders_api_get_order": return http("GET", f"/api/v1/orders/{p['order_id']}")
    if tool == "orders_api_create_order": return http("POST", "/api/v1/orders", p)
    if tool == "customers_api_create_customer": return http("POST", "/api/v1/customers", p)
    if tool == "projects_api_create_project": return http("POST", "/api/v1/projects", p)
    if tool in ("python_sqlite3_execute", "sqlite_py_create_table", "python_sqlite3_query"):
        return py_sqlite(p["database"], p["sql"])
    if tool == "curl_fetch": return run(["curl", "-sS", "-f", "-o", "/dev/null", p["url"]])
    if tool == "date_parse": return run(["date", "-u", "-d", p["date"], "+" + p.get("format", "%Y-%m-%dT%H:%M:%SZ")])
    if tool == "grep_search": return run(["grep", "-E", "-n", p["pattern"], p["path"]] if True else [])
    if tool == "mkdir_create": return run(["mkdir"] + (["-p"] if p.get("parents") else []) + (["-m", p["mode"]] if p.get("mode") else []) + p.get("paths", []))
    if tool == "cp_copy": return run(["cp"] + [x for x in (p.get("source"), p.get("destination")) if x])
    if tool == "tar_create": return run(["tar", "-czf", p["archive"]] + (["-C", p["cwd"]] if p.get("cwd") else []) + p.get("files", []))
    if tool == "npm_install": return run(["npm", "install", "--no-audit", "--no-fund", "--offline"], cwd=p["cwd"])
    if tool == "node_eval": return run(["node", "-e", p["code"]], cwd=FX)
    if tool == "wc_count": return run(["wc", "-l", p["path"]])
    if tool == "head_read": return run(["head", "-n", str(p.get("lines", 10)), p["path"]])
    if tool == "tar_list": return run(["tar", "-tf", p["archive"]])
    raise KeyError(tool)

def main():
    sys.path.insert(0, HERE)
    from scenarios_def import SCENARIOS
    fixtures()
    srv = ThreadingHTTPServer(("127.0.0.1", PORT), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    out = []
    try:
        for s in SCENARIOS:
            learn = []
            for it in s["learn"]:
                failed, msg = execute(s["tool"], it["params"])
                if not failed: print(f"PROBLEM {s['id']}: learn did not fail: {it['params']}")
                learn.append({**it, "error": msg})
            for it in s["repeats"]:
                failed, msg = execute(s["tool"], it["params"])
                if not failed: print(f"PROBLEM {s['id']}: repeat did not fail: {it['params']}")
                elif s.get("expect") and not re.search(s["expect"], msg):
                    print(f"PROBLEM {s['id']}: repeat failed differently: {msg[:200]}")
            for it in s["good"]:
                failed, msg = execute(s["tool"], it["params"])
                if failed: print(f"PROBLEM {s['id']}: good failed: {it['params']}: {msg[:300]}")
            if s.get("expect") and not all(re.search(s["expect"], l["error"]) for l in learn):
                print(f"PROBLEM {s['id']}: learn message lacks /{s['expect']}/")
            out.append({"id": s["id"], "category": s["category"], "tool": s["tool"], "source": s["source"],
                        "learn": learn, "repeats": s["repeats"], "good": s["good"]})
    finally:
        srv.shutdown(); cleanup()
    with open(os.path.join(HERE, "scenarios.jsonl"), "w") as f:
        for o in out: f.write(json.dumps(o) + "\n")
    from collections import Counter
    print(f"wrote {len(out)} scenarios:", dict(Counter(o["category"] for o in out)))

if __name__ == "__main__":
    main()
