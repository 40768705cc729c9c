#!/work/blind-prev23/venv/bin/python
"""Build fixtures under /tmp/bp23fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "PDM_CHECK_UPDATE": "false", "PATH": os.path.dirname(PY) + ":" + ":"
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
            # families of blind set 23
            "logging aniso8601 cronsim typedload fs pdfminer fonttools piexif yapf flask poetry scons doit hatch "
            "esbuild rollup chown dd link ionice taskset dpkg-deb nm").split()


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



def make_wav(path, seconds, rate=8000, channels=1):
    import wave
    with wave.open(os.path.join(MASTER, path), "wb") as f:
        f.setnchannels(channels)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(b"\x00\x00" * int(rate * seconds) * channels)


def build_master():
    import ezdxf
    from PIL import Image

    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.makedirs(".home")
    # text data for uniq / csplit / age
    w("logs/access.log", "".join(f"GET /{p}\n" for p in ["a", "a", "b", "c", "c", "c", "d"]))
    w("logs/errors.log", "disk full\ndisk full\ntimeout\ntimeout\noom\n")
    w("data/hosts.txt", "db1\ndb1\nweb1\nweb2\nweb2\n")
    w("data/book.md", "# Book\n\n## Intro\ntext\n\n## Usage\nmore\n\n## FAQ\nq\n")
    w("data/changelog.md", "# Changes\n\n## 1.1\nfix\n\n## 1.0\nfirst\n")
    w("data/server.log", "boot\n---\nrun 1\n---\nrun 2\n")
    w("secrets.env", "API_KEY=abc123\n")
    w("config/db.yaml", "password: hunter2\n")
    w("backup/dump.sql", "CREATE TABLE t(id int);\n")
    # python sources for bandit (no findings for the tests used)
    w("src/app.py", "import os\n\n\ndef main():\n    return os.getcwd()\n")
    w("src/util.py", "def add(a, b):\n    return a + b\n")
    w("src/models.py", "class User:\n    name = 'x'\n")
    # ELF files, a static library and non-ELF files for ar / strip
    w("csrc/hello.c", "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n")
    w("csrc/util.c", "int util(int x){return x*2;}\n")
    w("csrc/calc.c", "int mul(int a,int b){return a*b;}\nint main(void){return mul(2,3)-6;}\n")
    sh("mkdir -p bin lib build && gcc -g -o bin/hello csrc/hello.c && gcc -g -o bin/calc csrc/calc.c && "
       "gcc -c -o build/util.o csrc/util.c && gcc -c -o build/calc.o csrc/calc.c && "
       "ar rcs lib/libutil.a build/util.o && ar rcs lib/libcalc.a build/calc.o build/util.o && "
       "gcc -shared -fPIC -o lib/libutil.so csrc/util.c", cwd=MASTER)
    w("scripts/deploy.sh", "#!/bin/sh\necho deploying\n")
    w("scripts/build.sh", "#!/bin/sh\necho building\n")
    w("scripts/serve.py", "#!/usr/bin/env python3\nprint('serve')\n")
    sh("tar czf lib/vendor.tar.gz -C csrc . && cp csrc/util.c lib/util.c", cwd=MASTER)
    # directories for rmdir: non-empty and empty
    w("cache/pip/x.whl", "x")
    w("dist/app-1.0.tar.gz", "x")
    w("old_build/obj/a.o", "x")
    w("tmp/session1/data", "x")
    for d in ("empty/logs", "empty/cache", "empty/out", "empty/tmp"):
        os.makedirs(d)
    # audio files (wav) and other files for tinytag
    os.makedirs("media")
    make_wav("media/intro.wav", 1.5)
    make_wav("media/beep.wav", 0.25, rate=16000)
    make_wav("media/voice.wav", 2.0, rate=22050, channels=2)
    w("media/lyrics.txt", "la la la\n")
    w("media/playlist.m3u", "#EXTM3U\nintro.wav\n")
    w("media/notes.csv", "track,len\nintro,1.5\n")
    Image.new("RGB", (20, 20), "white").save("media/cover.png")
    # drawings: DXF made with ezdxf, and SVG / fake DWG / PDF-like / PNG files
    os.makedirs("cad")
    for name, n in (("floor.dxf", 2), ("site.dxf", 1), ("bracket.dxf", 3)):
        doc = ezdxf.new("R2010")
        for i in range(n):
            doc.modelspace().add_line((0, i), (10, i))
        doc.saveas(f"cad/{name}")
    w("cad/floor.svg", '<svg xmlns="http://www.w3.org/2000/svg"><line x1="0" y1="0" x2="10" y2="0"/></svg>\n')
    w("cad/part.dwg", "AC1032" + "\x00" * 64)
    w("cad/drawing.pdf", "%PDF-1.4\n%%EOF\n")
    Image.new("RGB", (20, 20), "white").save("cad/sketch.png")
    w("cad/plan.step", "ISO-10303-21;\nHEADER;\nENDSEC;\n")
    # keys for age: an identity and a recipients file
    sh("mkdir -p keys && age-keygen -o keys/deploy.txt 2>/dev/null && age-keygen -y keys/deploy.txt > keys/team.pub",
       cwd=MASTER)
    # project dirs without their setup yet (behave / pdm / scrapy)
    w("checkout/features/cart.feature", "Feature: cart\n  Scenario: add item\n    Given an empty cart\n"
      "    When I add a book\n    Then the cart has 1 item\n")
    w("login/features/login.feature", "Feature: login\n  Scenario: ok\n    Given a user alice\n"
      "    Then alice can log in\n")
    w("svc/README.md", "service\n")
    w("etl/README.md", "etl jobs\n")
    w("etl/main.py", "print('etl')\n")
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
