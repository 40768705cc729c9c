#!/work/blind-prev16/venv/bin/python
"""Build fixtures under /tmp/bp16fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "PATH": os.path.dirname(PY) + ":" + os.environ.get("PATH", "")})
CATS = ["INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION"]
FAMILIES = ("git hg svn gpg cargo pg psql npm go rabbitmq pandas openssl mariadb fossil uv sqlalchemy peewee "
            "alembic sqlite pika paho keytool ansible amqplib kombu openpyxl polars docx pyjwt x509 marshmallow "
            "cerberus jsonschema pydantic arrow babel numpy pyarrow pendulum h5py networkx sqlglot xmlschema "
            "zstandard msgpack protobuf jsonpointer rrule iso8601 pycountry redis terraform nats kubectl bcrypt "
            "brotli cryptography csv dulwich fpdf icalendar jmespath jsonpath markdown moneyed paramiko pypdf "
            "qrcode barcode schema scipy semantic semver sympy voluptuous yaml json toml requests httpx docker "
            "tar zip unzip jq").split()


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
    import tarfile
    import zipfile
    import py7zr
    import pyzipper
    from PIL import Image

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.makedirs("out")
    os.makedirs("cache")
    os.makedirs("state")
    # source files for pygmentize / sqlformat / xml / non-xml
    w("config/deploy.yaml", "service: web\nreplicas: 3\nimage: shop/web:1.4\n")
    w("web/App.jsx", "export default function App() {\n  return <h1>Shop</h1>;\n}\n")
    w("src/app.py", "def main():\n    print('hello')\n\n\nif __name__ == '__main__':\n    main()\n")
    w("app.py", "import dbm\n")
    w("pyproject.toml", "[project]\nname = \"report-tool\"\nversion = \"0.3.1\"\n")
    w("Dockerfile", "FROM python:3.11-slim\nCOPY . /app\nCMD [\"python\", \"/app/src/app.py\"]\n")
    w("queries/report.sql", "select id, total from orders where total > 100 order by total desc;\n")
    w("queries/cleanup.sql", "delete from sessions where expires < now(); vacuum;\n")
    w("data/feed.xml", "<rss><channel><title>  Shop   news </title>"
      "<item><title>Winter sale</title><category>News</category><link>https://example.com/sale</link></item>"
      "<item><title>Price list</title><category>Docs</category><link>https://example.com/prices.pdf</link></item>"
      "</channel></rss>\n")
    w("data/catalog.xml", "<catalog><book isbn=\"9780156453806\"><title>Invisible Cities</title><author>Calvino</author>"
      "</book><book isbn=\"0151446474\"><title>The Name of the Rose</title><author>Eco</author></book></catalog>\n")
    w("data/sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<url><loc>https://example.com/</loc></url></urlset>\n")
    w("data/pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>shop</artifactId></project>\n")
    w("data/config.json", json.dumps({"debug": False, "port": 8080, "hosts": ["a", "b"]}) + "\n")
    w("data/package.json", json.dumps({"name": "shop-web", "version": "1.4.0", "private": True}, indent=2) + "\n")
    w("data/settings.yaml", "debug: false\nport: 8080\nhosts:\n  - a\n  - b\n")
    w("data/setup.ini", "[metadata]\nname = report-tool\nversion = 0.3.1\n")
    w("data/invoices.csv", "id,amount\n1,120.50\n2,80.00\n")
    w("data/clicks.csv", "ts,page\n2026-12-03 10:00:00,/home\n2026-12-03 10:01:00,/sale\n")
    # images and non-raster files
    os.makedirs("img")
    Image.new("RGB", (64, 32), (20, 120, 200)).save("img/logo.png")
    Image.new("RGB", (80, 60), (200, 180, 40)).save("img/photo.jpg")
    Image.new("RGB", (120, 30), (10, 10, 10)).save("img/banner.webp")
    Image.new("P", (16, 16)).save("img/spinner.gif")
    w("img/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"7\"/></svg>\n")
    w("img/diagram.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
      "<rect width=\"100\" height=\"50\" fill=\"#eee\"/></svg>\n")
    w("img/slides.html", "<!doctype html><html><body><img src=\"logo.png\"></body></html>\n")
    os.makedirs("docs")
    Image.new("RGB", (200, 280), (255, 255, 255)).save("docs/manual.pdf")  # a real PDF (Pillow writes PDF)
    Image.new("RGB", (200, 280), (250, 250, 250)).save("docs/invoice.pdf")
    # encrypted and plain zips (pyzipper)
    for name, pw, files in (("payroll.zip", "Payroll#2026", {"march.csv": "id,amount\n1,2000\n"}),
                            ("keys.zip", "k3ys-vault", {"deploy.key": "not-a-real-key\n"}),
                            ("contracts.zip", "legal-77", {"acme.txt": "contract\n", "globex.txt": "contract\n"}),
                            ("public.zip", None, {"README.txt": "public files\n"})):
        os.makedirs("secure", exist_ok=True)
        with pyzipper.AESZipFile(f"secure/{name}", "w", compression=pyzipper.ZIP_DEFLATED,
                                 encryption=pyzipper.WZ_AES if pw else None) as z:
            if pw:
                z.setpassword(pw.encode())
            for n, t in files.items():
                z.writestr(n, t)
    # archives and compressed logs
    os.makedirs("archives")
    with zipfile.ZipFile("archives/backup.zip", "w") as z:
        z.writestr("db.sql", "select 1;\n")
    with tarfile.open("archives/site.tar.gz", "w:gz") as t:
        t.add("data/feed.xml")
    with tarfile.open("archives/legacy.tar.bz2", "w:bz2") as t:
        t.add("data/catalog.xml")
    for name, files in (("data.7z", ["data/invoices.csv"]), ("release.7z", ["src/app.py", "pyproject.toml"]),
                        ("photos.7z", ["img/logo.png", "img/photo.jpg"])):
        with py7zr.SevenZipFile(f"archives/{name}", "w") as z:
            for f in files:
                z.write(f)
    os.makedirs("logs")
    w("logs/web.log.gz", gzip.compress(b"GET / 200\nGET /sale 200\n"), mode="wb")
    w("logs/db.log.bz2", bz2.compress(b"slow query 2.1s\n"), mode="wb")
    w("logs/app.log.xz", lzma.compress(b"started\nready\n"), mode="wb")
    w("logs/old.log.xz", lzma.compress(b"old entries\n"), mode="wb")
    w("logs/legacy.log.lzma", lzma.compress(b"legacy\n", format=lzma.FORMAT_ALONE), mode="wb")
    w("logs/cache.log", "hit /home\nmiss /sale\n")
    sh("zstd -q --rm logs/cache.log -o logs/cache.log.zst")
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
