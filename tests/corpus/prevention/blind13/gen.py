#!/work/blind-prev13/.venv/bin/python
"""Build fixtures under /tmp/bp13fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a scenario tool that is
in existing_prevention_tools.txt, and RabbitMQ state (bp13.*) left behind.

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
from scenarios_def import SCENARIOS, PY  # noqa: E402

FX = "/tmp/bp13fx"
MASTER = f"{FX}/_master"
DRIVERS = os.path.join(HERE, "drivers.py")
AMQP = "amqp://guest:guest@127.0.0.1:5672//"
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = dict(os.environ)
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore"})


def sh(cmd, cwd=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if r.returncode != 0:
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


# ----------------------------------------------------------------------------- RabbitMQ state (bp13.* only)
def amqp_names():
    qs, xs = set(), set()
    for sc in SCENARIOS:
        if sc["tool"] != "kombu_bind_queue":
            continue
        for part in ("learn", "repeats", "good"):
            for c in sc[part]:
                qs.add(c["params"]["queue"])
                if c["params"]["exchange"].startswith("bp13."):
                    xs.add(c["params"]["exchange"])
    return sorted(qs), sorted(xs)


def amqp_reset():
    """Delete every bp13.* queue / exchange the scenarios can create; return those still present."""
    from kombu import Connection
    qs, xs = amqp_names()
    left = []
    with Connection(AMQP, connect_timeout=5) as conn:
        ch = conn.channel()
        for q in qs:
            ch.queue_delete(q)
        for x in xs:
            ch.exchange_delete(x)
        for kind, names in (("queue", qs), ("exchange", xs)):
            for n in names:
                ch = conn.channel()
                try:
                    if kind == "queue":
                        ch.queue_declare(n, passive=True)
                    else:
                        ch.exchange_declare(n, "direct", passive=True)
                    left.append(n)
                except Exception:  # 404 NOT_FOUND = gone
                    pass
    return left


# ----------------------------------------------------------------------------- fixtures
def w(path, text, base=MASTER, mode="w"):
    path = os.path.join(base, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


PO = {"de": ("Hallo", "Auf Wiedersehen"), "fr": ("Bonjour", "Au revoir"), "es": ("Hola", "Adiós")}


def build_master():
    import base64
    import datetime
    import openpyxl
    import docx
    import py7zr
    from cryptography import x509
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    # spreadsheets
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Orders"
    for r in (["id", "total"], [10, 4.5], [11, 12.0]):
        ws.append(r)
    cs = wb.create_sheet("Customers")
    for r in (["id", "name"], [1, "ann"], [2, "bob"]):
        cs.append(r)
    wb.save("sales.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Inventory"
    wb.active.append(["sku", "qty"])
    wb.active.append(["A1", 3])
    wb.create_sheet("Suppliers").append(["id", "name"])
    wb.save("stock.xlsx")
    for name in ("template.xltx", "budget.xltx"):
        wb = openpyxl.Workbook()
        wb.active.append(["month", "amount"])
        wb.template = True
        wb.save(name)
    os.makedirs("legacy")
    for name in ("budget2019.xls", "payroll.xls", "inventory_2003.xls"):  # OLE2 magic + padding
        w(f"legacy/{name}", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, mode="wb")
    # word documents
    for name, text in (("report.docx", "Quarterly report"), ("memo.docx", "Memo: office closed Friday"),
                       ("letter.docx", "Dear customer,")):
        d = docx.Document()
        d.add_paragraph(text)
        d.save(name)
    # csv
    w("customers.csv", "id,name,city\n1,ann,Rome\n2,bob,Lima\n3,cy,Oslo\n")
    w("orders.csv", "id,customer_id,total,created_at\n10,1,4.5,2026-12-01\n11,2,12.0,2026-12-02\n")
    # archives
    w("notes.txt", "alpha beta\n")
    subprocess.run(["zip", "-q", "site.zip", "notes.txt", "customers.csv"], check=True)
    subprocess.run(["zip", "-q", "docs.zip", "report.docx"], check=True)
    subprocess.run(["tar", "czf", "backup.tar.gz", "notes.txt", "orders.csv"], check=True)
    subprocess.run(["tar", "cjf", "logs.tar.bz2", "notes.txt"], check=True)
    for name, files in (("bundle.7z", ["notes.txt", "customers.csv"]), ("photos.7z", ["report.docx"]),
                        ("logs.7z", ["notes.txt"])):
        with py7zr.SevenZipFile(name, "w") as z:
            for f in files:
                z.write(f)
    # html
    w("index.html", "<html><head><title>Shop</title></head><body><h1>Shop</h1></body></html>\n")
    w("blog.html", "<html><head><title>Blog</title></head><body><h2>One</h2><h2>Two</h2></body></html>\n")
    w("page.html", "<p><a href='/a'>A</a> <a href='/b'>B</a></p>\n")
    # toml
    w("pyproject.toml", '[project]\nname = "shop"\nversion = "1.0"\ndependencies = ["requests>=2"]\n')
    w("config.toml", '[server]\nhost = "0.0.0.0"\nport = 8080\n\n[log]\nlevel = "info"\n')
    w("Cargo.toml", '[package]\nname = "shop"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n')
    w("bad/server.toml", '[server]\nhost = "0.0.0.0"\nport = 80 80\n')
    w("bad/app.toml", '[app]\nname = shop\n')
    w("bad/deps.toml", '[dependencies]\nserde = { version = "1", features = ["derive"] \n')
    w("bad/tool.toml", '[tool.black]\nline-length = 100,\n')
    # regex input
    w("access.log", "10.0.0.1 GET /api/users status=200 user=ann file=users.json\n"
      "10.0.0.2 GET /api/orders status=404 user=bob file=orders.json\n")
    # schemas
    w("user.schema.json", json.dumps({"type": "object", "required": ["name", "email"],
                                      "properties": {"name": {"type": "string"}, "email": {"type": "string"},
                                                     "age": {"type": "integer"}}}))
    w("order.schema.json", json.dumps({"type": "object", "required": ["order_id", "currency", "items"],
                                       "properties": {"order_id": {"type": "integer"},
                                                      "currency": {"type": "string"},
                                                      "items": {"type": "array"}}}))
    w("item.cerberus.json", json.dumps({"name": {"type": "string", "required": True},
                                        "qty": {"type": "integer", "required": True},
                                        "note": {"type": "string"}}))
    w("address.cerberus.json", json.dumps({"street": {"type": "string", "required": True},
                                           "city": {"type": "string", "required": True},
                                           "country": {"type": "string", "required": True}}))
    # Fernet keys: three valid (generated, throwaway), four malformed
    os.makedirs("keys")
    for name in ("app.key", "backup.key", "session.key"):
        w(f"keys/{name}", Fernet.generate_key(), mode="wb")
    w("keys/hex.key", os.urandom(32).hex() + "\n")
    w("keys/passphrase.key", "correct horse battery staple\n")
    w("keys/short.key", base64.urlsafe_b64encode(os.urandom(16)).decode() + "\n")
    w("keys/std-b64-24.key", base64.b64encode(os.urandom(24)).decode() + "\n")
    # PKI: a throwaway EC key for x509_build_cert; CSRs, public keys and self-signed certs for x509_load_cert
    key = ec.generate_private_key(ec.SECP256R1())
    w("ca.key", key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()), mode="wb")
    os.makedirs("pki")
    now = datetime.datetime(2026, 12, 3, tzinfo=datetime.timezone.utc)
    for cn in ("ca", "shop", "api"):
        k = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{cn}.test")])
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now)
                .not_valid_after(now + datetime.timedelta(days=30)).sign(k, hashes.SHA256()))
        w(f"pki/{cn}.crt", cert.public_bytes(serialization.Encoding.PEM), mode="wb")
        w(f"pki/{cn}.pub", k.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo), mode="wb")
        csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(k, hashes.SHA256())
        w(f"pki/{cn}.csr", csr.public_bytes(serialization.Encoding.PEM), mode="wb")
    # gettext catalogs (.po only; msgfmt is the missing step)
    for lang, (hello, bye) in PO.items():
        w(f"locale/{lang}/LC_MESSAGES/messages.po",
          f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          f'msgid "Hello"\nmsgstr "{hello}"\n\nmsgid "Goodbye"\nmsgstr "{bye}"\n')
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
    with open(os.path.join(HERE, "existing_prevention_tools.txt")) as f:
        existing = set(f.read().split())
    clash = sorted({s["tool"] for s in SCENARIOS} & existing)
    if clash:
        problems += 1
        print(f"PROBLEM tools already used: {clash}")
    amqp_reset()
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
        left = amqp_reset()
        if left:
            problems += 1
            print(f"PROBLEM RabbitMQ state left: {left}")
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
