#!/usr/bin/env python3
"""Build fixtures under /tmp/bp12fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re.

    python3 gen.py [--only ID_SUBSTRING] [--show]
"""
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

FX = "/tmp/bp12fx"
MASTER = f"{FX}/_master"
PY = "/work/blind-prev12/.venv/bin/python"
DRIVERS = os.path.join(HERE, "drivers.py")
HTTP_PORT = 18712
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC"})
BASE_ENV.pop("PGPASSWORD", None)
CLI_TOOLS = {}


def cli(fn):
    CLI_TOOLS[fn.__name__[2:]] = fn
    return fn


@cli
def r_invoicectl(p):  # a click app of mine (fixture invoicectl.py)
    return [PY, "invoicectl.py"] + list(p.get("args", []))


def argv_for(tool, params):
    if tool in CLI_TOOLS:
        return CLI_TOOLS[tool](params)
    return [PY, DRIVERS, tool, json.dumps(params)]


# ----------------------------------------------------------------------------- service state (bp12 only)
PSQL = "psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
MYSQL = "mysql -h127.0.0.1 -uroot"
RCLI = "redis-cli -h 127.0.0.1 -p 6379 -n 13"


def sh(cmd, cwd=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if r.returncode != 0:
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


def services_reset():
    dbs = sh(f"{PSQL} -d postgres -Atc \"SELECT datname FROM pg_database WHERE datname LIKE 'bp12\\_%'\"").split()
    for d in dbs:
        sh(f"{PSQL} -d postgres -c 'DROP DATABASE IF EXISTS \"{d}\" WITH (FORCE)'")
    mdbs = sh(f"{MYSQL} -N -e \"SHOW DATABASES LIKE 'bp12\\_%'\"").split()
    for d in mdbs:
        sh(f"{MYSQL} -e 'DROP DATABASE `{d}`'")
    keys = sh(f"{RCLI} --scan --pattern 'bp12:*'").split()
    for k in keys:
        sh(f"{RCLI} DEL '{k}'")


def services_left():
    left = sh(f"{PSQL} -d postgres -Atc \"SELECT datname FROM pg_database WHERE datname LIKE 'bp12\\_%'\"").split()
    left += sh(f"{MYSQL} -N -e \"SHOW DATABASES LIKE 'bp12\\_%'\"").split()
    left += sh(f"{RCLI} --scan --pattern 'bp12:*'").split()
    return left


# ----------------------------------------------------------------------------- fixtures
def w(path, text, base=MASTER):
    path = os.path.join(base, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


INVOICECTL = '''import click


@click.group()
def cli():
    """Create and list invoices."""


@cli.command()
@click.option("--customer", required=True, help="customer id")
@click.option("--amount", required=True, type=float, help="total amount")
@click.option("--currency", default="EUR", show_default=True)
def create(customer, amount, currency):
    """Create an invoice."""
    click.echo(f"created invoice for {customer}: {amount:.2f} {currency}")


@cli.command()
@click.argument("invoice_id")
@click.option("--email", required=True, help="recipient address")
def send(invoice_id, email):
    """Send an invoice by email."""
    click.echo(f"queued invoice {invoice_id} to {email}")


@cli.command(name="list")
@click.option("--status", type=click.Choice(["draft", "sent", "paid"]), default=None)
def list_(status):
    """List invoices."""
    click.echo(f"0 invoices (status={status or 'any'})")


if __name__ == "__main__":
    cli(prog_name="invoicectl")
'''


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    w("invoicectl.py", INVOICECTL)
    w("catalog.xml", '<?xml version="1.0"?>\n<catalog>\n  <book id="b1"><title>Dune</title><price>9.5</price></book>\n'
      '  <book id="b2"><title>Emma</title><price>4.0</price></book>\n</catalog>\n')
    w("feed.xml", '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
      'xmlns:media="http://search.yahoo.com/mrss/">\n  <title>News</title>\n'
      '  <entry><title>One</title><media:thumbnail url="a.png"/></entry>\n'
      '  <entry><title>Two</title></entry>\n</feed>\n')
    w("pom.xml", '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <groupId>org.ex</groupId>\n'
      '  <artifactId>app</artifactId>\n  <version>1.0</version>\n</project>\n')
    w("config.yaml", "server:\n  host: 0.0.0.0\n  port: 8080\nlog_level: info\n")
    w("compose.yml", "services:\n  web:\n    image: nginx:1.25\n    ports:\n      - \"80:80\"\n")
    w("values.yaml", "replicaCount: 2\nimage:\n  repository: app\n  tag: \"1.4\"\n")
    w("k8s.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\n"
      "kind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: shop\ndata:\n  mode: blue\n")
    w("docs.yaml", "title: Guide\n---\ntitle: Reference\n---\ntitle: FAQ\n")
    w("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: v1\n"
      "kind: Service\nmetadata:\n  name: web\n")
    w("events.yaml", "- id: 1\n  type: login\n---\n- id: 2\n  type: logout\n")
    w("README.md", "# Shop\n\n- [x] cart\n- [ ] checkout\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```\n")
    w("CHANGELOG.md", "## 1.2.0\n\n* Added export\n\n!!! note\n    Breaking change\n")
    w("notes.txt", "alpha beta\n")
    w("data.csv", "id,name\n1,ann\n")
    # archives
    subprocess.run(["zip", "-q", "site.zip", "notes.txt", "data.csv"], cwd=MASTER, check=True)
    subprocess.run(["zip", "-q", "docs.zip", "README.md"], cwd=MASTER, check=True)
    subprocess.run(["tar", "czf", "backup.tar.gz", "notes.txt", "data.csv"], cwd=MASTER, check=True)
    subprocess.run(["tar", "cjf", "logs.tar.bz2", "notes.txt"], cwd=MASTER, check=True)
    subprocess.run(["tar", "cf", "release.tar", "README.md"], cwd=MASTER, check=True)
    subprocess.run(["cp", "site.zip", "bundle.jar"], cwd=MASTER, check=True)
    subprocess.run(["cp", "docs.zip", "report.docx"], cwd=MASTER, check=True)
    subprocess.run(["cp", "backup.tar.gz", "src.tgz"], cwd=MASTER, check=True)
    # web root for the local http.server
    www = f"{FX}/_www"
    w("index.html", "<h1>shop</h1>\n", base=www)
    w("api/users.json", json.dumps([{"id": 1, "name": "ann"}]) + "\n", base=www)
    w("api/orders.json", json.dumps([{"id": 10, "total": 4.5}]) + "\n", base=www)
    w("static/app.js", "console.log(1);\n", base=www)


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir)
    r = subprocess.run(argv_for(sc["tool"], call["params"]), cwd=sdir, env=BASE_ENV, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=60)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def start_http():
    p = subprocess.Popen([PY, "-m", "http.server", str(HTTP_PORT), "--bind", "127.0.0.1", "--directory",
                          f"{FX}/_www"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import socket
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", HTTP_PORT), 0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return p


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    services_reset()
    build_master()
    http = start_http()
    out_lines, problems = [], 0
    try:
        for sc in SCENARIOS:
            if only and only not in sc["id"]:
                continue
            sdir = f"{FX}/{sc['id']}"
            shutil.copytree(MASTER, sdir, symlinks=True)
            for cmd in sc.get("setup", []):
                sh(cmd, cwd=sdir)
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
                        item["error"] = out.replace(sdir + "/", "").replace(sdir, ".").replace(FX + "/", "")
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
        os.kill(http.pid, signal.SIGTERM)
        http.wait()
        services_reset()
        left = services_left()
        if left:
            problems += 1
            print(f"PROBLEM service state left: {left}")
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
