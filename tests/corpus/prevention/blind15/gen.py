#!/work/blind-prev15/.venv/bin/python
"""Build fixtures under /tmp/bp15fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a /tmp path in an error,
a scenario tool that is in existing_prevention_tools.txt, a category with fewer than 4 scenarios, a
scenario with fewer than 2 learn / 2 repeats / 3 good calls, and an MQ/WS item without recent_calls.
No server is used.

    .venv/bin/python gen.py [--only ID_SUBSTRING] [--show]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios_def import SCENARIOS, PY, FX  # noqa: E402

MASTER = f"{FX}/_master"
CACHE = f"{FX}/_cache"  # pip --target install of mdit-py-plugins (deleted at the end)
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("NODE_PATH", "PYTHONPATH")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore"})
CATS = ["INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION"]


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
    import brotli
    import bz2
    import gzip
    import numpy as np
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from dulwich import porcelain
    from fpdf import FPDF
    from PIL import Image
    from scipy.io import savemat

    for name in os.listdir(FX) if os.path.isdir(FX) else []:
        if name != "_cache":
            shutil.rmtree(os.path.join(FX, name), ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    if not os.path.isdir(f"{CACHE}/mdit/mdit_py_plugins"):  # --no-deps: markdown-it-py is in the venv
        sh(f"{os.path.dirname(PY)}/pip install -q --no-deps --target {CACHE}/mdit mdit-py-plugins")
    os.chdir(MASTER)
    # ssh keys (OpenSSH format) made with ssh-keygen
    os.makedirs("keys")
    sh("ssh-keygen -q -t ed25519 -N '' -C ci@build -f keys/id_ed25519")
    sh("ssh-keygen -q -t rsa -b 2048 -N '' -C ops@web -f keys/id_rsa")
    sh("ssh-keygen -q -t rsa -b 2048 -N 'hunter2-deploy' -C deploy@web -f keys/deploy_rsa")
    sh("ssh-keygen -q -t ecdsa -b 256 -N 'backup-pass-77' -C backup@nas -f keys/backup_ecdsa")
    sh("ssh-keygen -q -t ed25519 -N 'ci-secret-9' -C ci@runner -f keys/runner_ed25519")
    # PEM keys made with cryptography
    eck = ec.generate_private_key(ec.SECP256R1())
    rk = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    w("pki/signing.pem", eck.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption()), mode="wb")
    w("pki/signing.pub.pem", eck.public_key().public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo),
      mode="wb")
    w("pki/legacy_rsa.pem", rk.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL,
                                             ser.NoEncryption()), mode="wb")
    w("pki/vault.pem", rk.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8,
                                        ser.BestAvailableEncryption(b"vault-pass-1")), mode="wb")
    w("pki/api_rsa.pub.pem", rk.public_key().public_bytes(ser.Encoding.PEM, ser.PublicFormat.PKCS1), mode="wb")
    # PDFs (fpdf2) and non-PDF files
    for name, lines in (("invoice.pdf", ["Invoice 2026-114", "Total: 120.00 EUR"]),
                        ("docs/report.pdf", ["Quarterly report", "Revenue up 4%"])):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        for line in lines:
            pdf.cell(text=line)
            pdf.ln()
        os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
        pdf.output(name)
    w("invoice.html", "<!doctype html><html><body><h1>Invoice 2026-114</h1><p>Total: 120.00 EUR</p></body></html>\n")
    w("docs/report.md", "# Quarterly report\n\nRevenue up 4%\n")
    with zipfile.ZipFile("docs/contract.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Contract</w:t></w:r></w:p></w:body></w:document>")
    Image.new("RGB", (40, 20), (200, 30, 30)).save("scan.png")
    # brotli files and others
    w("static/app.js.br", brotli.compress(b"console.log('hello from app');\n" * 5), mode="wb")
    w("static/index.html.br", brotli.compress(b"<html><body>home</body></html>\n"), mode="wb")
    w("static/style.css.br", brotli.compress(b"body { margin: 0 }\n"), mode="wb")
    w("logs/access.log.gz", gzip.compress(b"GET / 200\nGET /about 200\n"), mode="wb")
    w("logs/error.log.bz2", bz2.compress(b"ERROR timeout\n"), mode="wb")
    with zipfile.ZipFile("static/assets.zip", "w") as z:
        z.writestr("app.js", "console.log(1)\n")
    # MATLAB files (scipy) and numpy files
    os.makedirs("mat")
    savemat("mat/results.mat", {"temps": np.array([12.5, 13.0]), "ids": np.arange(3)})
    savemat("mat/legacy_v4.mat", {"signal": np.arange(5.0)}, format="4")
    np.save("mat/weights.npy", np.ones((2, 2)))
    np.savez("mat/features.npz", a=np.arange(3))
    w("mat/readings.csv", "t,v\n0,1.5\n1,1.7\n")
    # dulwich: one repo, plain dirs
    w("site/index.html", "<h1>site</h1>\n")
    porcelain.init("site")
    w("webapp/app.py", "print('hi')\n")
    w("webapp/README.md", "# webapp\n")
    w("docs/guide.md", "# guide\n")
    # node scripts
    w("report.js", "const dayjs = require('dayjs');\nconsole.log(dayjs('2026-12-03').add(1, 'day').format('YYYY-MM-DD'));\n")
    w("export.js", "const {stringify} = require('csv-stringify/sync');\nconsole.log(stringify([['id','name'],[1,'ann']]));\n")
    w("week.js", "const dayjs = require('dayjs');\nconst w = require('dayjs/plugin/weekOfYear');\ndayjs.extend(w);\nconsole.log(dayjs('2026-12-03').week());\n")
    os.makedirs("out")
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
    families = ("git hg svn gpg cargo pg psql npm go rabbitmq pandas openssl mariadb fossil uv sqlalchemy peewee "
                "alembic sqlite pika paho keytool ansible amqplib kombu openpyxl polars docx pyjwt x509 marshmallow "
                "cerberus jsonschema pydantic arrow babel numpy pyarrow pendulum h5py networkx sqlglot xmlschema "
                "zstandard msgpack protobuf jsonpointer rrule iso8601 pycountry redis terraform nats kubectl").split()
    fam = sorted(s["tool"] for s in SCENARIOS if any(s["tool"] == f or s["tool"].startswith(f + "_") for f in families))
    if fam:
        problems += 1
        print(f"PROBLEM tools from an avoided family: {fam}")
    if len({s["tool"] for s in SCENARIOS}) < 18:
        problems += 1
        print("PROBLEM fewer than 18 tool names")
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
        if not only and "--keep" not in sys.argv:
            shutil.rmtree(FX, ignore_errors=True)
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
