#!/work/blind-prev17/venv/bin/python
"""Build fixtures under /tmp/bp17fx, run every learn / repeat / good call of scenarios_def.py
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
            "pyzipper py7zr duckdb lmdb pillow xmltodict zoneinfo dbm pygmentize sqlformat mkdocs sphinx xz").split()


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
    import warnings
    warnings.simplefilter("ignore")
    import aifc
    import bz2
    import gzip
    import lzma
    import wave
    import zipfile
    import bson
    import cbor2
    import polib
    import xlwt
    from mutagen.mp3 import MP3

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    for d in ("out", "state", "search/blog"):
        os.makedirs(d)
    # JSON / YAML / CSV / CBOR / BSON data and JSON schemas (ajv, bson, prettier)
    order = {"id": 1234, "sku": "DESK-OAK", "qty": 2}
    customer = {"name": "Ann Rossi", "email": "ann@example.com"}
    w("data/config.json", json.dumps({"debug": False, "port": 8080}) + "\n")
    w("data/order.json", json.dumps(order, indent=2) + "\n")
    w("data/customer.json", json.dumps(customer, indent=2) + "\n")
    w("data/settings.yaml", "debug: false\nport: 8080\nhosts:\n  - a\n  - b\n")
    w("data/invoices.csv", "id,amount\n1,120.50\n2,80.00\n")
    w("data/order.cbor", cbor2.dumps(order), mode="wb")
    w("data/order.bson", bson.encode(order), mode="wb")
    w("data/customer.bson", bson.encode(customer), mode="wb")
    w("data/events.bson", bson.encode({"e": "login"}) + bson.encode({"e": "logout"}), mode="wb")
    w("schemas/order.schema.json", json.dumps({"type": "object", "required": ["id", "sku", "qty"], "properties": {
        "id": {"type": "integer"}, "sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1}}}) + "\n")
    w("schemas/customer.schema.json", json.dumps({"type": "object", "required": ["name", "email"], "properties": {
        "name": {"type": "string"}, "email": {"type": "string"}}}) + "\n")
    w("schemas/common.schema.json", json.dumps({"$id": "common.json", "definitions": {"sku": {"type": "string"}}}) + "\n")
    # JS / CSS sources (prettier-formatted, eslint-clean)
    w("web/app.js", "const total = 1;\nconsole.log(total);\n")
    w("web/cart.js", "export function addItem(cart, item) {\n  return [...cart, item];\n}\n")
    w("styles/site.css", "body {\n  color: red;\n}\n")
    # gettext catalogs, not compiled
    for lang, dom, pairs in (("it", "shop", {"Cart": "Carrello", "Checkout": "Cassa"}),
                             ("de", "shop", {"Cart": "Warenkorb", "Checkout": "Kasse"}),
                             ("fr", "checkout", {"Pay now": "Payer", "Card number": "Numero de carte"})):
        po = polib.POFile()
        po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
        for k, v in pairs.items():
            po.append(polib.POEntry(msgid=k, msgstr=v))
        os.makedirs(f"locale/{lang}/LC_MESSAGES", exist_ok=True)
        po.save(f"locale/{lang}/LC_MESSAGES/{dom}.po")
    # MP3s: MPEG-1 Layer III 128 kbit/s 44.1 kHz frames of silence, no ID3 tag (one tagged copy)
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
    os.makedirs("music")
    for name, n in (("intro", 60), ("outro", 90), ("jingle", 30), ("tagged", 40)):
        w(f"music/{name}.mp3", frame * n, mode="wb")
    a = MP3("music/tagged.mp3")
    a.add_tags()
    a.save()
    # WAV and AIFF files
    os.makedirs("audio")
    for name, rate in (("doorbell", 8000), ("notify", 16000), ("ring", 22050)):
        with wave.open(f"audio/{name}.wav", "wb") as wf:
            wf.setnchannels(1)
            wf.setsampwidth(2)
            wf.setframerate(rate)
            wf.writeframes(b"\x00" * rate)
    for name in ("alert", "chime"):
        with aifc.open(f"audio/{name}.aiff", "wb") as af:
            af.setnchannels(1)
            af.setsampwidth(2)
            af.setframerate(8000)
            af.writeframes(b"\x00" * 8000)
    # spreadsheets: real .xls (xlwt), xlsx / ods containers (zip)
    os.makedirs("sheets")
    for name in ("report_2025", "budget", "legacy_stock"):
        wb = xlwt.Workbook()
        ws = wb.add_sheet("Sheet1")
        ws.write(0, 0, "id")
        ws.write(0, 1, "amount")
        ws.write(1, 0, 1)
        ws.write(1, 1, 120.5)
        wb.save(f"sheets/{name}.xls")
    for name in ("report_2026", "forecast"):
        with zipfile.ZipFile(f"sheets/{name}.xlsx", "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
            z.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    for name in ("budget", "stock"):
        with zipfile.ZipFile(f"sheets/{name}.ods", "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr("content.xml", "<office:document-content/>")
    # logs and compressed files
    os.makedirs("logs")
    w("logs/web.log", "GET / 200\nGET /sale 200\n")
    w("logs/orders.log", "order 1234 created\n")
    w("logs/payments.log", "payment 77 ok\n")
    w("logs/web.log.gz", gzip.compress(b"GET / 200\n"), mode="wb")
    w("logs/old.log.gz", gzip.compress(b"old entries\n"), mode="wb")
    w("logs/app.log.xz", lzma.compress(b"started\n"), mode="wb")
    w("logs/db.log.bz2", bz2.compress(b"slow query 2.1s\n"), mode="wb")
    w("logs/queue.log.bz2", bz2.compress(b"job 1 done\n"), mode="wb")
    w("logs/cache.log", "hit /home\n")
    sh("zstd -q --rm logs/cache.log -o logs/cache.log.zst")
    os.makedirs("archives")
    with zipfile.ZipFile("archives/backup.zip", "w") as z:
        z.writestr("db.sql", "select 1;\n")
    # INI files
    w("config/app.ini", "[server]\nport = 8080\n\n")
    w("config/worker.ini", "[worker]\nconcurrency = 4\n\n")
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
