#!/work/blind-prev5/venv/bin/python
"""Blind prevention-scenario generator (bp5). Builds fixtures, runs every call against the
real tool on this machine, and writes scenarios.jsonl. Prints PROBLEM lines on mismatch."""
import json, os, re, shutil, subprocess, sys, gzip, bz2, lzma, traceback, textwrap

BASE = "/work/blind-prev5"
FX = os.path.join(BASE, "fx")
VENV = os.path.join(BASE, "venv")
PY = os.path.join(VENV, "bin", "python")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ENV = dict(os.environ, NO_COLOR="1", TERM="dumb", CARGO_TERM_COLOR="never",
           TF_CLI_CONFIG_FILE=os.path.join(FX, "terraformrc"), TF_IN_AUTOMATION="1",
           PRE_COMMIT_HOME=os.path.join(FX, "pre-commit-cache"))
ENV["PATH"] = os.path.join(VENV, "bin") + ":" + ENV["PATH"]
problems = []


def clean(s):
    s = ANSI.sub("", s).replace("\r", "")
    s = "\n".join(l.rstrip() for l in s.splitlines()).strip()
    return s[:2000]


def run(argv, cwd=None, stdin=None):
    p = subprocess.run(argv, cwd=cwd or FX, env=ENV, capture_output=True, text=True,
                       input=stdin, timeout=120)
    return p.returncode == 0, clean(p.stdout + ("\n" if p.stdout and p.stderr else "") + p.stderr)


def fx(*a):
    return os.path.join(FX, *a)


# ---------------------------------------------------------------- tool adapters
def pg_conn(dbname="test"):
    import psycopg
    return psycopg.connect(host="localhost", user="postgres", dbname=dbname, connect_timeout=5)


def t_psycopg_execute(p):
    import psycopg
    try:
        with pg_conn(p.get("dbname", "test")) as c:
            try:
                cur = c.execute(p["query"], p.get("params"))
                rows = cur.fetchall() if cur.description else []
                return True, json.dumps(rows, default=str)[:500]
            finally:
                c.rollback()
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")


def my_conn(database="test"):
    import pymysql
    return pymysql.connect(host="127.0.0.1", user="root", database=database, connect_timeout=5)


def t_pymysql_execute(p):
    try:
        c = my_conn(p.get("database", "test"))
        try:
            with c.cursor() as cur:
                cur.execute("SET SESSION sql_mode='STRICT_ALL_TABLES'")
                cur.execute(p["query"], p.get("args"))
                rows = cur.fetchall()
            return True, json.dumps(rows, default=str)[:500]
        finally:
            c.rollback(); c.close()
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")


def rds():
    import redis
    return redis.Redis(host="localhost", port=6379, socket_timeout=5)


def t_redis_py_expire(p):
    try:
        return True, str(rds().expire(p["name"], p["time"]))
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")


def t_redis_py_execute_command(p):
    try:
        return True, str(rds().execute_command(*p["args"]))
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")


def t_redis_py_xgroup_create(p):
    try:
        return True, str(rds().xgroup_create(p["name"], p["groupname"], id=p.get("id", "$"),
                                             mkstream=p.get("mkstream", False)))
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")


def pika_ch():
    import pika
    conn = pika.BlockingConnection(pika.ConnectionParameters("localhost", 5672,
                                   credentials=pika.PlainCredentials("guest", "guest")))
    return conn, conn.channel()


def t_pika_queue_declare(p):
    conn = None
    try:
        conn, ch = pika_ch()
        r = ch.queue_declare(**p)
        return True, f"queue={r.method.queue} messages={r.method.message_count}"
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e!r}")
    finally:
        try:
            conn and conn.is_open and conn.close()
        except Exception:
            pass


def t_pika_basic_publish(p):
    conn = None
    try:
        conn, ch = pika_ch()
        ch.basic_publish(**p)
        return True, "published"
    except Exception as e:
        return False, clean(f"{type(e).__module__}.{type(e).__name__}: {e}")
    finally:
        try:
            conn and conn.is_open and conn.close()
        except Exception:
            pass


KUBECONFIG_TMPL = {
    "with-current": """apiVersion: v1
kind: Config
clusters:
- name: local
  cluster: {server: "https://127.0.0.1:6443"}
users:
- name: dev-user
  user: {token: bp5-fake-token}
contexts:
- name: dev
  context: {cluster: local, user: dev-user, namespace: default}
- name: prod
  context: {cluster: local, user: dev-user, namespace: prod}
- name: ci
  context: {cluster: local, user: dev-user, namespace: ci}
current-context: dev
""",
}
KUBECONFIG_TMPL["no-current"] = KUBECONFIG_TMPL["with-current"].replace("current-context: dev\n", "")
KUBECONFIG_TMPL["blank-current"] = KUBECONFIG_TMPL["with-current"].replace("current-context: dev", 'current-context: ""')
KUBECONFIG_TMPL["prod-current"] = KUBECONFIG_TMPL["with-current"].replace("current-context: dev", "current-context: prod")


def reset_kube():
    os.makedirs(fx("kube"), exist_ok=True)
    for k, v in KUBECONFIG_TMPL.items():
        open(fx("kube", k + ".yaml"), "w").write(v)


def kube(args, p):
    reset_kube()
    return run(["kubectl", "config"] + args + ["--kubeconfig", p["kubeconfig"]])


def t_kubectl_config_use_context(p):
    return kube(["use-context"] + ([p["context"]] if p.get("context") else []), p)


def t_kubectl_config_view(p):
    return kube(["view", "-o", p["output"]], p)


def t_kubectl_config_current_context(p):
    return kube(["current-context"], p)


def t_kubectl_config_rename_context(p):
    return kube(["rename-context", p["old_name"], p["new_name"]], p)


def t_rustc_compile(p):
    argv = ["rustc"]
    if p.get("edition"): argv += ["--edition", p["edition"]]
    if p.get("opt_level") is not None: argv += ["-C", f"opt-level={p['opt_level']}"]
    argv += ["--out-dir", fx("rust-out")]
    if p.get("input"): argv.append(p["input"])
    return run(argv, cwd=fx("rust"))


def t_ruff_check(p):
    argv = ["ruff", "check", "--no-cache", "--isolated"]
    if p.get("select"): argv += ["--select", ",".join(p["select"])]
    if p.get("line_length") is not None: argv.append("--line-length=" + str(p["line_length"]))
    argv += p.get("paths", ["."])
    return run(argv, cwd=fx("pyproj"))


def t_yq_eval(p):
    argv = ["yq"] + (["-y"] if p.get("yaml_output") else [])
    if p.get("expression") is not None: argv.append(p["expression"])
    argv += p.get("files", [])
    return run(argv, cwd=fx("data"))


def t_tomlq_query(p):
    return run(["tomlq", p["expression"], p["file"]], cwd=fx("data"))


def t_mypy_check(p):
    argv = ["mypy", "--no-incremental", "--cache-dir=/dev/null"]
    if p.get("python_version"): argv += ["--python-version", p["python_version"]]
    if p.get("strict"): argv.append("--strict")
    if p.get("ignore_missing_imports"): argv.append("--ignore-missing-imports")
    argv += p.get("files", [])
    return run(argv, cwd=fx("pyproj"))


def t_twine_check(p):
    argv = ["twine", "check"] + (["--strict"] if p.get("strict") else []) + p.get("dists", [])
    return run(argv, cwd=p.get("cwd", fx("pkg")))


def t_cargo_metadata(p):
    argv = ["cargo", "metadata", "--offline", "--no-deps", "--format-version", str(p.get("format_version", 1))]
    return run(argv, cwd=p["cwd"])


def t_cargo_init(p):
    os.makedirs(p["path"], exist_ok=True)
    argv = ["cargo", "init", "--vcs", "none", "--name", p.get("name", "bp5crate")]
    if p.get("lib"): argv.append("--lib")
    argv.append(p["path"])
    return run(argv)


def t_terraform_state_list(p):
    return run(["terraform", "state", "list"], cwd=p["dir"])


def t_terraform_workspace_new(p):
    return run(["terraform", "workspace", "new", p["name"]], cwd=p["dir"])


def t_mvn_validate(p):
    return run(["mvn", "-o", "-B", "-q", "validate"], cwd=p["dir"])


def t_python_run_module(p):
    return run([PY, "-m", p["module"]] + p.get("args", []), cwd=fx("pyproj"))


def t_python_run_script(p):
    return run([PY, p["script"]] + p.get("args", []), cwd=fx("scripts"))


def t_pre_commit_run(p):
    argv = ["pre-commit", "run"] + (["--all-files"] if p.get("all_files") else [])
    if p.get("hook"): argv.insert(2, p["hook"])
    return run(argv, cwd=p["repo"])


def t_xz_decompress(p):
    return run(["xz", "-d", "-c", p["file"]], cwd=fx("arch"))


def t_bzip2_decompress(p):
    return run(["bzip2", "-d", "-c", p["file"]], cwd=fx("arch"))


def t_gzip_decompress(p):
    return run(["gzip", "-d", "-c", p["file"]], cwd=fx("arch"))


def t_openssl_pkey_inspect(p):
    return run(["openssl", "pkey", "-in", p["in"], "-noout", "-text_pub"], cwd=fx("tls"))


def t_terraform_fmt_check(p):
    return run(["terraform", "fmt", "-check", "-diff", p["path"]], cwd=fx("tf-fmt"))


TOOLS = {k[2:]: v for k, v in globals().items() if k.startswith("t_")}


# ---------------------------------------------------------------- fixtures
def setup():
    if os.path.isdir(FX):
        shutil.rmtree(FX)
    os.makedirs(FX)
    open(fx("terraformrc"), "w").write("")
    reset_kube()
    # python project
    os.makedirs(fx("pyproj", "app"))
    open(fx("pyproj", "app", "__init__.py"), "w").write("")
    open(fx("pyproj", "app", "core.py"), "w").write(
        "\n\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\n"
        "def greet(name: str) -> str:\n    return 'hi ' + name\n")
    open(fx("pyproj", "app", "util.py"), "w").write("def double(x: int) -> int:\n    return x * 2\n")
    open(fx("pyproj", "data.json"), "w").write('{"a": 1}\n')
    # rust
    os.makedirs(fx("rust")); os.makedirs(fx("rust-out"))
    open(fx("rust", "main.rs"), "w").write('fn main() { println!("bp5"); }\n')
    open(fx("rust", "lib_ok.rs"), "w").write('fn main() { let v = vec![1, 2, 3]; println!("{}", v.len()); }\n')
    # data files
    os.makedirs(fx("data"))
    open(fx("data", "deploy.yaml"), "w").write(
        "name: web\nreplicas: 3\nitems:\n  - id: 1\n    tag: a\n  - id: 2\n    tag: b\n")
    open(fx("data", "values.yaml"), "w").write("image:\n  repository: nginx\n  tag: '1.27'\nname: values\nitems: [x, y]\n")
    open(fx("data", "pyproject.toml"), "w").write(
        '[project]\nname = "bp5demo"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n')
    open(fx("data", "Cargo.toml"), "w").write('[package]\nname = "bp5crate"\nversion = "0.2.0"\nedition = "2021"\n')
    open(fx("data", "docker-compose.yml"), "w").write("services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n")
    open(fx("data", "config.yml"), "w").write("server:\n  port: 8080\n  host: 0.0.0.0\n")
    # packaging fixture: build a wheel with pip (offline, no isolation)
    os.makedirs(fx("pkgsrc", "bp5demo"))
    open(fx("pkgsrc", "bp5demo", "__init__.py"), "w").write("__version__ = '0.1.0'\n")
    open(fx("pkgsrc", "setup.py"), "w").write(
        "from setuptools import setup\nsetup(name='bp5demo', version='0.1.0', packages=['bp5demo'],"
        " description='bp5 demo', long_description='bp5 demo package', long_description_content_type='text/plain')\n")
    os.makedirs(fx("pkg", "dist")); os.makedirs(fx("pkg-nobuild"))
    ok, out = run([PY, "setup.py", "-q", "bdist_wheel", "-d", fx("pkg", "dist")], cwd=fx("pkgsrc"))
    if not ok:
        problems.append("fixture wheel build failed: " + out[:300])
    ok, out = run([PY, "setup.py", "-q", "sdist", "-d", fx("pkg", "dist")], cwd=fx("pkgsrc"))
    # cargo crate
    ok, out = run(["cargo", "init", "--vcs", "none", "--name", "bp5crate", fx("crate")])
    ok, out = run(["cargo", "init", "--vcs", "none", "--lib", "--name", "bp5lib", fx("crate2")])
    os.makedirs(fx("notcrate")); open(fx("notcrate", "README.md"), "w").write("docs only\n")
    os.makedirs(fx("newcrates"))
    # terraform
    for d in ("tf-empty", "tf-empty2", "tf-applied", "tf-applied2", "tf-ws"):
        os.makedirs(fx(d))
        open(fx(d, "main.tf"), "w").write('output "greeting" {\n  value = "bp5"\n}\n')
    ok, out = run(["terraform", "init", "-input=false"], cwd=fx("tf-applied"))
    ok2, out2 = run(["terraform", "apply", "-auto-approve", "-input=false"], cwd=fx("tf-applied"))
    run(["terraform", "init", "-input=false"], cwd=fx("tf-applied2"))
    run(["terraform", "apply", "-auto-approve", "-input=false"], cwd=fx("tf-applied2"))
    run(["terraform", "init", "-input=false"], cwd=fx("tf-empty2"))
    if not (ok and ok2):
        problems.append("fixture terraform apply failed: " + out2[:300])
    run(["terraform", "init", "-input=false"], cwd=fx("tf-ws"))
    for ws in ("staging", "prod"):
        run(["terraform", "workspace", "new", ws], cwd=fx("tf-ws"))
    run(["terraform", "workspace", "select", "default"], cwd=fx("tf-ws"))
    # maven
    os.makedirs(fx("mvn-proj")); os.makedirs(fx("mvn-noproj", "src"))
    open(fx("mvn-proj", "pom.xml"), "w").write(textwrap.dedent("""\
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.bp5</groupId><artifactId>demo</artifactId><version>0.1.0</version>
          <packaging>pom</packaging>
        </project>
        """))
    open(fx("mvn-noproj", "src", "App.java"), "w").write("class App {}\n")
    for d, pk in (("mvn-proj2", "jar"), ("mvn-proj3", "pom")):
        os.makedirs(fx(d))
        open(fx(d, "pom.xml"), "w").write(open(fx("mvn-proj", "pom.xml")).read()
            .replace("<artifactId>demo</artifactId>", f"<artifactId>{d}</artifactId>")
            .replace("<packaging>pom</packaging>", f"<packaging>{pk}</packaging>"))
    # scripts
    os.makedirs(fx("scripts"))
    open(fx("scripts", "deploy.sh"), "w").write("#!/usr/bin/env bash\nset -euo pipefail\necho \"deploying $1\"\n")
    open(fx("scripts", "setup_env.sh"), "w").write("export APP_ENV=dev\nif [ -f .env ]; then source .env; fi\n")
    open(fx("scripts", "backup.bash"), "w").write("#!/bin/bash\nfor f in *.db; do cp \"$f\" \"$f.bak\"; done\n")
    open(fx("scripts", "report.py"), "w").write("import sys\nprint('report', sys.argv[1:])\n")
    open(fx("scripts", "migrate.py"), "w").write("print('migrate ok')\n")
    open(fx("scripts", "check_env.py"), "w").write("import os\nprint(os.environ.get('APP_ENV', 'unset'))\n")
    # pre-commit repos
    for d in ("pc-noconfig", "pc-repo"):
        os.makedirs(fx(d))
        run(["git", "init", "-q"], cwd=fx(d))
        open(fx(d, "hello.txt"), "w").write("hello\n")
        run(["git", "-c", "user.email=bp5@example.invalid", "-c", "user.name=bp5", "add", "."], cwd=fx(d))
    open(fx("pc-repo", ".pre-commit-config.yaml"), "w").write(textwrap.dedent("""\
        repos:
        - repo: local
          hooks:
          - id: no-tabs
            name: no tabs
            entry: "\\t"
            language: pygrep
            types: [text]
          - id: true-check
            name: always ok
            entry: "true"
            language: system
            pass_filenames: false
        """))
    run(["git", "add", "."], cwd=fx("pc-repo"))
    # archives
    os.makedirs(fx("arch"))
    payload = b"bp5 archive payload\n" * 20
    open(fx("arch", "logs.gz"), "wb").write(gzip.compress(payload))
    open(fx("arch", "dump.sql.gz"), "wb").write(gzip.compress(b"select 1;\n"))
    open(fx("arch", "data.bz2"), "wb").write(bz2.compress(payload))
    open(fx("arch", "backup.tar.bz2"), "wb").write(bz2.compress(payload))
    open(fx("arch", "data.xz"), "wb").write(lzma.compress(payload))
    open(fx("arch", "release.tar.xz"), "wb").write(lzma.compress(payload))
    open(fx("arch", "notes.txt.xz"), "wb").write(lzma.compress(b"notes\n"))
    open(fx("arch", "app.log.bz2"), "wb").write(bz2.compress(b"log\n"))
    open(fx("arch", "events.gz"), "wb").write(gzip.compress(b"ev\n"))
    # tls
    os.makedirs(fx("tls"))
    for name in ("server", "client"):
        run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
             "-out", f"{name}.crt", "-days", "2", "-subj", f"/CN=bp5-{name}"], cwd=fx("tls"))
    run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", "signing.key"], cwd=fx("tls"))
    run(["openssl", "req", "-new", "-key", "server.key", "-out", "server.csr", "-subj", "/CN=bp5-csr"], cwd=fx("tls"))
    # terraform fmt
    os.makedirs(fx("tf-fmt"))
    open(fx("tf-fmt", "main.tf"), "w").write('variable "region" {\n  default = "eu-west-1"\n}\n')
    open(fx("tf-fmt", "outputs.tf"), "w").write('output "region" {\n  value = var.region\n}\n')
    # databases
    with pg_conn() as c:
        c.execute("DROP TABLE IF EXISTS bp5_orders, bp5_customers")
        c.execute("CREATE TABLE bp5_customers (id int primary key, name text)")
        c.execute("CREATE TABLE bp5_orders (id int primary key, customer_id int, total numeric)")
        c.execute("INSERT INTO bp5_customers VALUES (1,'ada'),(2,'bob')")
        c.execute("INSERT INTO bp5_orders VALUES (1,1,9.5),(2,2,3),(3,1,12)")
        c.commit()
    c = my_conn()
    with c.cursor() as cur:
        for t in MY_TABLES:
            cur.execute(f"DROP TABLE IF EXISTS {t}")
        cur.execute("CREATE TABLE bp5_users (id int primary key, name varchar(50), email varchar(100), signup_date date)")
        cur.execute("INSERT INTO bp5_users VALUES (1,'ada','ada@example.invalid','2024-01-02'),(2,'bob','bob@example.invalid','2024-03-04')")
        cur.execute("CREATE TABLE bp5_events (id int auto_increment primary key, happened_on date)")
    c.commit(); c.close()
    r = rds()
    for k in r.scan_iter("bp5:*"):
        r.delete(k)
    r.set("bp5:session", "x"); r.set("bp5:cache:home", "y"); r.set("bp5:token", "z")
    r.xadd("bp5:orders-stream", {"o": "1"}); r.xgroup_create("bp5:orders-stream", "billing", id="0")
    r.xgroup_create("bp5:orders-stream", "shipping", id="0")
    r.xadd("bp5:audit-stream", {"a": "1"}); r.xgroup_create("bp5:audit-stream", "indexer", id="0")
    conn, ch = pika_ch()
    for q in ("bp5_jobs", "bp5_emails"):
        ch.queue_declare(q, durable=False)
    conn.close()


MY_TABLES = ["bp5_users", "bp5_events", "bp5_audit_log", "bp5_sessions", "bp5_tags"]


def teardown():
    with pg_conn() as c:
        c.execute("DROP TABLE IF EXISTS bp5_orders, bp5_customers"); c.commit()
    c = my_conn()
    with c.cursor() as cur:
        for t in MY_TABLES:
            cur.execute(f"DROP TABLE IF EXISTS {t}")
    c.commit(); c.close()
    r = rds()
    for k in r.scan_iter("bp5:*"):
        r.delete(k)
    conn, ch = pika_ch()
    for q in ("bp5_jobs", "bp5_emails", "bp5_reports"):
        ch.queue_delete(q)
    conn.close()


from scenarios_def import SCENARIOS  # noqa: E402


def main():
    setup()
    out = []
    counts = {}
    try:
        for s in SCENARIOS:
            sid = s["id"]
            tool = TOOLS[s["tool"]]
            expect = s.get("expect")
            learn = []
            for it in s["learn"]:
                ok, msg = tool(it["params"])
                if ok:
                    problems.append(f"{sid}: learn succeeded: {it['params']}")
                elif expect and not re.search(expect, msg):
                    problems.append(f"{sid}: learn error lacks /{expect}/: {msg[:200]}")
                d = {"params": it["params"], "error": msg}
                if it.get("recent_calls"): d["recent_calls"] = it["recent_calls"]
                learn.append(d)
            for kind in ("repeats", "good"):
                for it in s[kind]:
                    ok, msg = tool(it["params"])
                    if kind == "repeats":
                        if ok:
                            problems.append(f"{sid}: repeat succeeded: {it['params']}")
                        elif expect and not re.search(expect, msg):
                            problems.append(f"{sid}: repeat other error: {it['params']} -> {msg[:200]}")
                    else:
                        if not ok:
                            problems.append(f"{sid}: good failed: {it['params']} -> {msg[:300]}")
            row = {"id": sid, "category": s["category"], "tool": s["tool"], "source": s["source"],
                   "learn": learn,
                   "repeats": [{k: v for k, v in it.items() if k in ("params", "recent_calls")} for it in s["repeats"]],
                   "good": [{k: v for k, v in it.items() if k in ("params", "recent_calls")} for it in s["good"]]}
            out.append(row)
            counts[s["category"]] = counts.get(s["category"], 0) + 1
    finally:
        teardown()
    with open(os.path.join(BASE, "scenarios.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    used = set(open(os.path.join(BASE, "tools_already_used.txt")).read().split())
    clash = sorted({r["tool"] for r in out} & used)
    if clash:
        problems.append(f"tool names already used: {clash}")
    for p in problems:
        print("PROBLEM", p)
    print(json.dumps(counts, sort_keys=True), "total", len(out), "tools", len({r['tool'] for r in out}))


if __name__ == "__main__":
    sys.path.insert(0, BASE)
    main()
