#!/work/blind-prev19/venv/bin/python
"""Build fixtures under /tmp/bp19fx, run every learn / repeat / good call of scenarios_def.py
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
            "gettext polib configparser shelve wave prettier ajv eslint bzip2 hashlib codecs fractions hmac struct uuid "
            "zipapp mailbox importlib zlib shutil plistlib cssselect lark idna ulid nacl pycparser esprima sass "
            "stylelint node base64 gzip zcat ln").split()


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
    import pickle
    import zipfile

    import rsa
    from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
    from odf.table import Table, TableCell, TableRow
    from odf.text import P as OdfP

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.symlink(os.path.join(HERE, "node_modules"), "node_modules")  # project-local npm packages (less, terser)
    # stylesheets (Less and SCSS) and scripts (JS and TypeScript)
    w("styles/site.less", "@brand: #336699;\nbody {\n  color: @brand;\n}\n")
    w("styles/theme.less", "@radius: 4px;\n.card {\n  border-radius: @radius;\n}\n")
    w("styles/buttons.less", ".btn {\n  padding: 4px 8px;\n  &:hover { color: red; }\n}\n")
    w("styles/site.scss", "$brand: #336699;\nbody {\n  color: $brand;\n}\n")
    w("styles/theme.scss", "$radius: 4px;\n.card {\n  border-radius: $radius;\n}\n")
    w("styles/_vars.scss", "$gap: 8px;\n.grid {\n  gap: $gap;\n}\n")
    w("styles/forms.sass", "$pad: 4px\n.field\n  padding: $pad\n")
    w("web/app.js", "const total = 1;\nconsole.log(total);\n")
    w("web/util.js", "function sum(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\nconsole.log(sum([1, 2]));\n")
    w("web/cart.js", "export function addItem(cart, item) {\n  return [...cart, item];\n}\n")
    w("web/types.ts", "let total: number = 1;\nconsole.log(total);\n")
    w("web/api.ts", "export const total: number = 1;\nexport function add(a: number, b: number): number { return a + b; }\n")
    w("web/store.ts", "let items: string[] = [];\nexport default items;\n")
    w("web/models.ts", "const ids: Array<number> = [1];\nexport default ids;\n")
    # tabular text for sort / fold / join
    w("data/customers.txt", "c3 Carol\nc1 Alice\nc2 Bob\n")
    w("data/orders.txt", "c2 o-17\nc1 o-11\nc3 o-31\n")
    w("data/regions.txt", "c2 north\nc3 south\nc1 west\n")
    w("data/prices.txt", "banana 0.25\napple 1.20\ncherry 3.00\n")
    w("data/versions.txt", "1.10.0\n1.2.0\n1.9.3\n")
    w("data/sizes.txt", "2K\n1M\n512\n")
    w("docs/notes.txt", "This is a fairly long line of release notes that an agent may want to wrap for the terminal.\n")
    # release files for sha256sum
    w("dist/app-1.0.tar.gz", gzip.compress(b"app 1.0\n"), mode="wb")
    w("dist/app-1.0.zip.sha", "placeholder\n")
    w("dist/cli-2.3.tar.gz", gzip.compress(b"cli 2.3\n"), mode="wb")
    # patches (p0 and p1 styles) for docs/README.md and src/config.py
    w("docs/README.md", "# App\n\nRun with pyhton 3.\n")
    w("src/config.py", "DEBUG = True\nPORT = 8000\n")
    w("src/limits.py", "MAX_ITEMS = 10\n")
    w("patches/fix-typo.patch", "--- docs/README.md\n+++ docs/README.md\n@@ -1,3 +1,3 @@\n # App\n \n-Run with pyhton 3.\n"
      "+Run with python 3.\n")
    w("patches/prod-config.patch", "--- a/src/config.py\n+++ b/src/config.py\n@@ -1,2 +1,2 @@\n-DEBUG = True\n+DEBUG = False\n"
      " PORT = 8000\n")
    w("patches/limits.patch", "--- src/limits.py\n+++ src/limits.py\n@@ -1 +1 @@\n-MAX_ITEMS = 10\n+MAX_ITEMS = 50\n")
    # keys: an RSA private key (PKCS#1 PEM) for rsa_sign_message; no ECDSA keys (generated in histories)
    _pub, priv = rsa.newkeys(1024)
    w("keys/signing.pem", priv.save_pkcs1(), mode="wb")
    w("keys/deploy.pem", priv.save_pkcs1(), mode="wb")
    w("release/notes.txt", "release 1.0\n")
    w("release/app.bin", bytes(range(64)), mode="wb")
    # pickles, and JSON / INI / CSV / YAML that are not pickles
    w("cache/session.pkl", pickle.dumps({"user": "ann", "cart": [1, 2]}), mode="wb")
    w("cache/model.pickle", pickle.dumps([0.1, 0.2, 0.7]), mode="wb")
    w("cache/index.pkl", pickle.dumps({"a": 1}, protocol=2), mode="wb")
    w("cache/session.json", json.dumps({"user": "ann", "cart": [1, 2]}) + "\n")
    w("cache/settings.ini", "[cache]\nttl = 60\n")
    w("cache/model.json", "[0.1, 0.2, 0.7]\n")
    w("cache/index.csv", "key,value\na,1\n")
    # compressed files: xz / raw lzma-alone (.lzma) and gzip / bzip2 / zip that are not xz
    w("logs/app.log.xz", lzma.compress(b"started\n"), mode="wb")
    w("logs/cache.log.xz", lzma.compress(b"hit /home\n"), mode="wb")
    w("logs/old.log.lzma", lzma.compress(b"old entries\n", format=lzma.FORMAT_ALONE), mode="wb")
    w("logs/web.log.gz", gzip.compress(b"GET / 200\n"), mode="wb")
    w("logs/db.log.bz2", bz2.compress(b"slow query 2.1s\n"), mode="wb")
    w("logs/queue.log.bz2", bz2.compress(b"job 1 done\n"), mode="wb")
    with zipfile.ZipFile("logs/archive.zip", "w") as z:
        z.writestr("old.log", "old entries\n")
    # office documents: ODF made with odfpy, OOXML (.docx/.xlsx) zips and a PDF-ish / text file that are not ODF
    os.makedirs("docs/office")
    for name in ("report.odt", "letter.odt"):
        d = OpenDocumentText()
        d.text.addElement(OdfP(text=name))
        d.save(f"docs/office/{name}")
    s = OpenDocumentSpreadsheet()
    t = Table(name="Q1")
    tr = TableRow()
    tc = TableCell()
    tc.addElement(OdfP(text="42"))
    tr.addElement(tc)
    t.addElement(tr)
    s.spreadsheet.addElement(t)
    s.save("docs/office/budget.ods")
    for name, part in (("report.docx", "word/document.xml"), ("budget.xlsx", "xl/workbook.xml"),
                       ("slides.pptx", "ppt/presentation.xml")):
        with zipfile.ZipFile(f"docs/office/{name}", "w") as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
            z.writestr(part, '<?xml version="1.0"?><doc/>')
    w("docs/office/report.rtf", "{\\rtf1\\ansi Report}\n")
    w("docs/office/notes.md", "# Notes\n")
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
