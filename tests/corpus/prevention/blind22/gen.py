#!/work/blind-prev22/venv/bin/python
"""Build fixtures under /tmp/bp22fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "PATH": os.path.dirname(PY) + ":" + ":"
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
            "stylelint node base64 gzip zcat ln "
            # families of blind set 19
            "simpleeval decimal passlib bitarray binascii packaging hashids rsa calendar cattrs ecdsa tinydb lzma odfpy "
            "pickle sort fold tr join sha256sum mkdir patch lessc terser "
            # families of blind set 20
            "webcolors glom transitions pptx unicodedata array datetime shlex textwrap string pathlib graphlib etree xml "
            "cookiejar od truncate seq comm mv base32 diff make tsc typescript ssh-keygen readelf "
            # families of blind set 21
            "astral dateparser ciso8601 stdnum socket dacite msgspec sklearn scikit statemachine pefile aifc netrc gpxpy "
            "timeout df sleep tail install mkfifo find meson ninja django nox cookiecutter ldd humanfriendly olefile "
            "rarfile").split()


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



PDF_TEMPLATE = ("%PDF-1.4\n", "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
                "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n",
                "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Contents 4 0 R"
                "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n",
                None, "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n")


def make_pdf(path, text):
    """a small one-page text PDF with a correct xref table"""
    stream = f"BT /F1 12 Tf 20 150 Td ({text}) Tj ET"
    parts = list(PDF_TEMPLATE)
    parts[4] = f"4 0 obj<</Length {len(stream)}>>stream\n{stream}\nendstream endobj\n"
    out, offs = "", []
    for i, part in enumerate(parts):
        if i:
            offs.append(len(out.encode()))
        out += part
    xref = len(out.encode())
    out += f"xref\n0 {len(offs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer<</Size {len(offs) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"
    w(path, out)


def make_font(path, family, style):
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "A"])
    fb.setupCharacterMap({65: "A"})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)); pen.lineTo((500, 700)); pen.lineTo((900, 0)); pen.closePath()
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "A": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (500, 0), "A": (1000, 100)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": family, "styleName": style})
    fb.setupOS2()
    fb.setupPost()
    fb.save(os.path.join(MASTER, path))


def build_master():
    import zipfile
    from PIL import Image

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    # files for chown / dd / ionice / taskset / link
    w("www/index.html", "<h1>hi</h1>\n")
    w("www/static/app.css", "body{margin:0}\n")
    os.makedirs("uploads")
    w("logs/app.log", "".join(f"2024-06-01 12:{i % 60:02d} INFO request {i}\n" for i in range(2000)))
    w("logs/worker.log", "".join(f"job {i} done\n" for i in range(1000)))
    w("data/notes.txt", "alpha\nbeta\n")
    w("config/app.conf", "port=8080\n")
    w("scripts/bench.py", "print(sum(range(100000)))\n")
    w("scripts/deploy.sh", "#!/bin/sh\necho deploying\n")
    w("scripts/build.sh", "#!/bin/sh\necho building\n")
    w("tools/server.py", "#!/usr/bin/env python3\nprint('serve')\n")
    # python sources for yapf
    w("src/app.py", "import os\ndef main( ):\n  x=[1,2 ,3]\n  return x\n")
    w("src/util.py", "def add(a,b):\n    return a+b\n")
    w("src/models.py", "class User :\n  name='x'\n")
    # JS for esbuild / rollup
    w("web/src/util.js", "export function greet(n) { return `hi ${n}`; }\n")
    w("web/src/main.js", "import { greet } from './util.js';\nconsole.log(greet('web'));\nexport const version = '1.0';\n")
    w("lib/index.js", "export function add(a, b) { return a + b; }\nexport const name = 'mathlib';\n")
    w("lib/format.js", "export default function fmt(x) { return String(x); }\n")
    # ELF files (gcc) and non-ELF files for nm
    w("csrc/hello.c", "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n")
    w("csrc/greet.c", "int greet(int x){return x+1;}\n")
    w("csrc/calc.c", "int mul(int a,int b){return a*b;}\nint main(void){return mul(2,3)-6;}\n")
    sh("mkdir -p bin lib build && gcc -o bin/hello csrc/hello.c && gcc -o bin/calc csrc/calc.c && "
       "gcc -c -o build/greet.o csrc/greet.c && gcc -shared -fPIC -o lib/libgreet.so csrc/greet.c", cwd=MASTER)
    with zipfile.ZipFile("bin/cli.jar", "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Cli\n")
    # Debian packages made with dpkg-deb, and archives that are not .deb
    for name, ver in (("hello", "1.0"), ("agent", "2.3.1")):
        w(f"pkg/{name}/DEBIAN/control", f"Package: {name}\nVersion: {ver}\nArchitecture: all\n"
          f"Maintainer: Dev <dev@example.com>\nDescription: {name} package\n")
        w(f"pkg/{name}/usr/share/doc/{name}/README", f"{name}\n")
        sh(f"mkdir -p dist && dpkg-deb --root-owner-group -b pkg/{name} dist/{name}_{ver}_all.deb >/dev/null",
           cwd=MASTER)
    sh("tar czf dist/hello-1.0.tar.gz -C pkg hello && tar cJf dist/agent-2.3.1.tar.xz -C pkg agent", cwd=MASTER)
    with zipfile.ZipFile("dist/agent-2.3.1-py3-none-any.whl", "w") as z:
        z.writestr("agent/__init__.py", "")
        z.writestr("agent-2.3.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: agent\nVersion: 2.3.1\n")
    with zipfile.ZipFile("dist/hello-1.0.zip", "w") as z:
        z.writestr("hello/README", "hello\n")
    # documents: real PDFs, and HTML / DOCX-like zip / PNG / Markdown files that are not PDF
    make_pdf("docs/report.pdf", "Quarterly report 2024")
    make_pdf("docs/invoice-1042.pdf", "Invoice 1042 total 99.50 EUR")
    make_pdf("docs/manual.pdf", "Installation manual")
    w("docs/report.html", "<html><body><h1>Quarterly report</h1></body></html>\n")
    with zipfile.ZipFile("docs/contract.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>Contract</w:p></w:body></w:document>")
    w("docs/notes.md", "# Notes\n\n- item\n")
    Image.new("RGB", (40, 20), "white").save("docs/scan.png")
    # fonts made with fontTools, and web assets that are not fonts
    os.makedirs("fonts")
    make_font("fonts/Inter-Regular.ttf", "Inter", "Regular")
    make_font("fonts/Inter-Bold.ttf", "Inter", "Bold")
    make_font("fonts/Mono.ttf", "Mono", "Regular")
    w("fonts/icons.svg", '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n')
    w("fonts/fonts.css", "@font-face { font-family: Inter; src: url(Inter-Regular.ttf); }\n")
    Image.new("RGB", (16, 16), "black").save("fonts/preview.png")
    w("fonts/LICENSE.txt", "SIL Open Font License\n")
    # photos: JPEG / TIFF made with Pillow (with EXIF), and PNG / GIF / BMP images
    os.makedirs("photos")
    exif = Image.Exif()
    exif[0x010F] = "ACME"
    exif[0x0110] = "Cam 1"
    for name in ("beach.jpg", "city.jpeg"):
        Image.new("RGB", (32, 24), "blue").save(f"photos/{name}", exif=exif)
    Image.new("RGB", (32, 24), "green").save("photos/scan.tif", exif=exif)
    Image.new("RGB", (32, 24), "red").save("photos/screenshot.png")
    Image.new("RGB", (32, 24), "red").save("photos/diagram.png")
    Image.new("P", (32, 24)).save("photos/anim.gif")
    Image.new("RGB", (32, 24)).save("photos/icon.bmp")
    # project dirs without their config files yet (flask / scons / doit / poetry)
    w("api/requirements.txt", "flask\n")
    w("dash/README.md", "dashboard\n")
    w("cproj/main.c", "int main(void){return 0;}\n")
    w("cproj/util.c", "int util(void){return 1;}\n")
    w("tasks/README.md", "task runner\n")
    w("svc/README.md", "service\n")
    w("worker/README.md", "worker\n")
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
