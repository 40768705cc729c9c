#!/work/blind-prev26/venv/bin/python
"""Build fixtures under /tmp/bp26fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev", "PATH": os.path.dirname(PY) + ":" + ":"
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
            "expand fmt iconv dotenv dvc minisign towncrier "
            # families of blind set 25 (avoided for set 26)
            "humanize num2words slugify python-slugify ftfy tabulate xxd cpio objcopy awk gawk m4 split pr zstd quilt "
            "execute_bash").split()


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



def _png(w, h, rgb):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def ch(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + ch(b"IDAT", zlib.compress(raw)) + ch(b"IEND", b""))


def _bmp(w, h, rgb):
    import struct
    row = bytes(rgb[::-1]) * w
    row += b"\x00" * ((4 - len(row) % 4) % 4)
    pix = row * h
    return (b"BM" + struct.pack("<IHHI", 54 + len(pix), 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, w, h, 1, 24, 0, len(pix), 2835, 2835, 0, 0) + pix)


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
    # text / log / csv / tsv files (datamash, lzip)
    w("docs/notes.txt", "Release plan\n\nFreeze on Monday.\nShip on Friday.\n")
    w("docs/readme.txt", "This tool converts files. It reads input from disk and writes the converted output "
      "next to it, keeping the original file untouched.\n" * 20)
    w("docs/manual.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    w("logs/app.log", "".join(f"2024-05-0{i % 9 + 1} INFO request {i} ok\n" for i in range(400)))
    w("logs/access.log", "".join(f"10.0.0.{i % 250} GET /api/items/{i} 200\n" for i in range(500)))
    w("logs/error.log", "".join(f"2024-05-0{i % 9 + 1} ERROR db timeout {i}\n" for i in range(80)))
    w("logs/debug.log", "".join(f"debug line {i}\n" for i in range(300)))
    w("data/sales.csv", "region,product,amount\neast,plum,150\nnorth,apple,120\nnorth,fig,40\n"
      "south,pear,80\nwest,fig,95\nwest,plum,60\n")
    w("data/temps.csv", "city,day,temp\noslo,mon,4.5\noslo,tue,6.0\nrome,mon,18.5\nrome,tue,21.0\n")
    w("data/latency.tsv", "endpoint\tms\n/login\t120\n/login\t95\n/search\t310\n/search\t280\n")
    w("data/users.csv", "id,name,email\n1,ana,ana@example.org\n2,bo,bo@example.org\n")
    w("data/big.csv", "id,value\n" + "".join(f"{i},{i * 7 % 1000}\n" for i in range(4000)))
    # RCS work dirs (RCS/ subdir present, nothing checked in yet)
    for d, files in (("etc", ("app.ini", "nginx.conf", "hosts.txt", "cron.txt", "db.ini")),
                     ("site", ("index.html", "style.css", "about.html")),
                     ("scripts", ("deploy.sh", "backup.sh", "rotate.sh"))):
        os.makedirs(f"{d}/RCS")
        for f in files:
            w(f"{d}/{f}", f"# {f}\nsetting = 1\n")
    # audio (sox) and images (optipng)
    os.makedirs("audio")
    sh("sox -n audio/tone.wav synth 0.5 sine 440 && sox -n -r 8000 audio/beep.wav synth 0.3 square 880 && "
       "sox -n audio/chime.wav synth 0.4 sine 660 && sox -n -r 16000 audio/voice.wav synth 0.5 pinknoise vol 0.3",
       cwd=MASTER)
    w("audio/song.mid", b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk\x00\x00\x00\x04\x00\xff\x2f\x00",
      mode="wb")
    w("images/logo.png", _png(16, 16, (200, 30, 30)), mode="wb")
    w("images/banner.png", _png(64, 8, (30, 30, 200)), mode="wb")
    w("images/icon.bmp", _bmp(8, 8, (10, 200, 10)), mode="wb")
    w("images/frame.pnm", b"P6\n4 4\n255\n" + bytes((90, 90, 90)) * 16, mode="wb")
    w("images/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
      + bytes(range(256)) + b"\xff\xd9", mode="wb")
    w("images/hero.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + bytes(24), mode="wb")
    w("images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" '
      'height="16" fill="red"/></svg>\n')
    # compressed files: lzip (real) and other formats
    os.makedirs("archives")
    text = open("docs/readme.txt", "rb").read()
    with open("archives/app.log.gz", "wb") as f:
        f.write(gzip.compress(open("logs/app.log", "rb").read()))
    with open("archives/notes.txt.bz2", "wb") as f:
        f.write(bz2.compress(text))
    with open("archives/data.csv.xz", "wb") as f:
        f.write(lzma.compress(open("data/big.csv", "rb").read()))
    with zipfile.ZipFile("archives/bundle.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("README.txt", "packaged file\n" * 20)
    sh("cp docs/readme.txt archives/notes.txt && lzip archives/notes.txt && "
       "cp logs/access.log archives/access.log && lzip archives/access.log", cwd=MASTER)
    os.makedirs("units")
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
