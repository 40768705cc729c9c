#!/work/blind-prev25/venv/bin/python
"""Build fixtures under /tmp/bp25fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "QUILT_PATCHES": "patches", "PATH": os.path.dirname(PY) + ":" + ":"
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
            "rarfile "
            # families of blind set 24
            "logging aniso8601 cronsim typedload fs pdfminer fonttools piexif yapf flask poetry scons doit hatch "
            "esbuild rollup chown dd link ionice taskset dpkg-deb nm "
            # families of blind set 23 (avoided for set 24)
            "rich psutil faker srt tinytag ezdxf uniq shuf mktemp factor csplit rmdir bandit age age-keygen scrapy "
            "behave pdm ar strip "
            # families of blind set 24 (avoided for set 25)
            "pyfiglet mido cron-descriptor cron_descriptor xlsxwriter jsonlines nbformat pyelftools elftools nl cksum "
            "expand fmt iconv dotenv dvc minisign towncrier").split()


def sh(cmd, cwd=None, env=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
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
    import zipfile
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.makedirs(".home")
    # text / log / csv files
    w("docs/notes.txt", "Release plan\n\nFreeze on Monday.\nShip on Friday.\n")
    w("docs/readme.txt", "This tool converts files. It reads input from disk and writes the converted output "
      "next to it, keeping the original file untouched.\n\nUse --help for options.\n")
    w("docs/todo.txt", "- fix login\n- update docs\n- tag release\n")
    w("docs/changelog.txt", "1.1: faster export\n1.0: first release\n")
    w("logs/app.log", "".join(f"2024-05-0{i % 9 + 1} INFO request {i} ok\n" for i in range(200)))
    w("logs/access.log", "".join(f"10.0.0.{i % 250} GET /api/items/{i} 200\n" for i in range(300)))
    w("logs/error.log", "2024-05-01 ERROR db timeout\n2024-05-02 ERROR disk slow\n")
    w("logs/debug.log", "".join(f"debug line {i}\n" for i in range(100)))
    w("data/sales.csv", "region,product,amount\nnorth,apple,120\nsouth,pear,80\neast,plum,150\nwest,fig,95\n")
    w("data/users.csv", "id,name,email\n1,ana,ana@example.org\n2,bo,bo@example.org\n")
    w("data/big.csv", "id,value\n" + "".join(f"{i},{i * 7 % 1000}\n" for i in range(3000)))
    # ELF and non-ELF files for objcopy / xxd
    w("csrc/hello.c", "#include <stdio.h>\nint counter = 3;\nconst char msg[] = \"hi\";\n"
      "int main(void){puts(msg);return counter - 3;}\n")
    w("csrc/util.c", "int util(int x){return x*2;}\n")
    sh("mkdir -p bin lib build && gcc -o bin/hello csrc/hello.c && gcc -c -o build/util.o csrc/util.c && "
       "gcc -shared -fPIC -o lib/libutil.so csrc/util.c", cwd=MASTER)
    w("scripts/deploy.sh", "#!/bin/sh\necho deploying\n")
    w("scripts/serve.py", "#!/usr/bin/env python3\nprint('serve')\n")
    # zip-based files (for cpio / objcopy / zstd wrong-tool calls)
    os.makedirs("dist")
    for name in ("dist/app-1.0-py3-none-any.whl", "dist/app.jar", "dist/report.xlsx", "dist/bundle.zip"):
        with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("README.txt", "packaged file\n" * 20)
            z.writestr("data/values.txt", "1 2 3\n" * 30)
    # compressed files: formats zstd reads (.zst .gz .xz) and does not (.bz2 .7z .rar .zip)
    os.makedirs("archives")
    text = open("docs/readme.txt", "rb").read() * 5
    with open("archives/notes.txt.bz2", "wb") as f:
        f.write(bz2.compress(text))
    with open("archives/logs.tar.bz2", "wb") as f:
        f.write(bz2.compress(open("logs/app.log", "rb").read()))
    with open("archives/app.log.gz", "wb") as f:
        f.write(gzip.compress(open("logs/app.log", "rb").read()))
    with open("archives/notes.txt.xz", "wb") as f:
        f.write(lzma.compress(text))
    w("archives/backup.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + os.urandom(200), mode="wb")
    w("archives/photos.rar", b"Rar!\x1a\x07\x01\x00" + os.urandom(200), mode="wb")
    sh("zstd -q -o archives/notes.txt.zst docs/readme.txt && zstd -q -o archives/access.log.zst logs/access.log",
       cwd=MASTER)
    # real cpio archives (newc and a tar, which cpio also reads)
    sh("find docs -type f | cpio -o -H newc -F archives/docs.cpio 2>/dev/null && "
       "find logs -type f | cpio -o -H crc -F archives/logs.cpio 2>/dev/null && "
       "find csrc -type f | cpio -o -H ustar -F archives/src.tar 2>/dev/null", cwd=MASTER)
    # m4 templates that include a macro file not written yet
    for tpl, inc in (("page", "macros"), ("nginx.conf", "defs"), ("email", "signature"), ("readme", "vars"),
                     ("index", "site")):
        w(f"templates/{tpl}.m4", f"include(`{inc}.m4')dnl\nTITLE\n")
    w("templates/plain.m4", "define(`NAME', `web')dnl\nservice NAME\n")
    # awk programs that include a library file not written yet
    for prog, lib in (("report", "fmt"), ("summary", "count"), ("users", "mail"), ("totals", "sum"),
                      ("top", "rank")):
        w(f"awk/{prog}.awk", f'@include "awk/{lib}.awk"\n{{ n++ }}\nEND {{ print n }}\n')
    # quilt projects (no patches yet)
    for proj, src in (("webapp", "login.py"), ("api", "routes.py"), ("cli", "main.c"), ("corelib", "util.c"),
                      ("site", "index.html")):
        w(f"{proj}/{src}", f"// {proj} source\nline one\nline two\n")
        w(f"{proj}/README", f"{proj}\n")
    os.chdir(HERE)


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    env = dict(BASE_ENV, HOME=f"{sdir}/.home")  # HOME inside the call's own fixture copy
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir, env=env)
    r = subprocess.run([PY, DRIVERS, sc["tool"], json.dumps(call["params"])], cwd=sdir, env=env,
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
