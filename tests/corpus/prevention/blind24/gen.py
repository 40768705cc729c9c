#!/work/blind-prev24/venv/bin/python
"""Build fixtures under /tmp/bp24fx, run every learn / repeat / good call of scenarios_def.py
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
                 "PYTHONWARNINGS": "ignore", "DVC_NO_ANALYTICS": "1", "DVC_NO_UPDATER": "1", "DVC_SITE_CACHE_DIR": f"{FX}/_dvc_site", "PATH": os.path.dirname(PY) + ":" + ":"
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
            "behave pdm ar strip").split()


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



def make_wav(path, seconds, rate=8000):
    import wave
    with wave.open(os.path.join(MASTER, path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(b"\x00\x00" * int(rate * seconds))


def make_midi(path, notes, tempo=500000):
    import mido
    mid = mido.MidiFile(type=0)
    tr = mido.MidiTrack()
    mid.tracks.append(tr)
    tr.append(mido.MetaMessage("set_tempo", tempo=tempo))
    for n in notes:
        tr.append(mido.Message("note_on", note=n, velocity=64, time=0))
        tr.append(mido.Message("note_off", note=n, velocity=64, time=240))
    mid.save(os.path.join(MASTER, path))


def make_nb(path, cells):
    import nbformat
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) if not c.startswith("#") else nbformat.v4.new_markdown_cell(c)
                for c in cells]
    os.makedirs(os.path.dirname(os.path.join(MASTER, path)), exist_ok=True)
    nbformat.write(nb, os.path.join(MASTER, path))


PGP_SIG = ("-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE3kq9vK1mZ0S2u1r8Qm0+Xc7l2a8FAmV0c2wACgkQQm0+Xc7l\n"
           "2a9x4Qf/VJd1c5rK0hP2m\n=Qm0X\n-----END PGP SIGNATURE-----\n")


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    os.chdir(MASTER)
    os.makedirs(".home")
    # text files for nl / fmt / expand / cksum
    w("docs/notes.txt", "Release plan\n\nFreeze on Monday.\nShip on Friday.\n")
    w("docs/readme.txt", "This tool converts files. It reads input from disk and writes the converted output "
      "next to it, keeping the original file untouched.\n\nUse --help for options.\n")
    w("docs/todo.txt", "- fix login\n- update docs\n- tag release\n")
    w("docs/table.tsv", "name\tqty\tprice\napple\t3\t0.50\npear\t10\t0.25\n")
    w("src/Makefile", "all:\n\tgcc -o app main.c\nclean:\n\trm -f app\n")
    w("src/main.go", "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n")
    # legacy Latin-1 / CP1252 files for iconv
    w("legacy/customers.csv", "name;city\nJos\xe9;M\xfcnchen\nRen\xe9e;Gen\xe8ve\n".encode("latin-1"), mode="wb")
    w("legacy/menu.txt", "Caf\xe9 cr\xe8me 2,50 \u20ac\n".encode("cp1252"), mode="wb")
    w("legacy/names.txt", "Bj\xf6rn\nZo\xeb\nFran\xe7ois\n".encode("latin-1"), mode="wb")
    w("legacy/report.txt", "Umsatz \xfcber Plan: 12 %\n".encode("latin-1"), mode="wb")
    w("legacy/utf8.txt", "Caf\xe9 M\xfcnchen\n")
    # JSON Lines: valid and broken files
    w("logs/events.jsonl", '{"event": "login", "user": "ana"}\n{"event": "logout", "user": "ana"}\n')
    w("logs/orders.jsonl", '{"id": 1, "total": 9.5}\n{"id": 2, "total": 12.0}\n{"id": 3, "total": 4.25}\n')
    w("logs/metrics.jsonl", '{"cpu": 0.4}\n')
    w("logs/users_py.jsonl", "{'id': 1, 'name': 'ana'}\n{'id': 2, 'name': 'bo'}\n")
    w("logs/trailing.jsonl", '{"id": 1, "tags": ["a", "b",]}\n')
    w("logs/unquoted.jsonl", '{"ok": true}\n{level: "warn", msg: "disk"}\n')
    w("logs/truncated.jsonl", '{"id": 1}\n{"id": 2, "note": "cut\n')
    w("logs/bools.jsonl", '{"id": 1, "active": True}\n')
    # notebooks and non-notebooks for nbformat
    make_nb("nb/analysis.ipynb", ["# Analysis", "import math\nprint(math.pi)"])
    make_nb("nb/report.ipynb", ["# Report", "x = 1", "x + 1"])
    make_nb("nb/empty.ipynb", [])
    w("nb/analysis.py", "# %%\nimport math\nprint(math.pi)\n")
    w("nb/README.md", "# Notebooks\n\nRun them in order.\n")
    w("nb/results.csv", "run,score\n1,0.91\n2,0.93\n")
    w("nb/report.html", "<html><body><h1>Report</h1></body></html>\n")
    w("nb/train.R", "x <- c(1, 2, 3)\nmean(x)\n")
    # ELF and non-ELF files for pyelftools
    w("csrc/hello.c", "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n")
    w("csrc/util.c", "int util(int x){return x*2;}\n")
    sh("mkdir -p bin lib build && gcc -o bin/hello csrc/hello.c && gcc -c -o build/util.o csrc/util.c && "
       "gcc -shared -fPIC -o lib/libutil.so csrc/util.c", cwd=MASTER)
    w("scripts/deploy.sh", "#!/bin/sh\necho deploying\n")
    w("scripts/serve.py", "#!/usr/bin/env python3\nprint('serve')\n")
    w("scripts/Dockerfile", "FROM debian:12\nCMD [\"true\"]\n")
    sh("tar czf lib/vendor.tar.gz -C csrc .", cwd=MASTER)
    # MIDI and non-MIDI files for mido
    os.makedirs("midi")
    make_midi("midi/theme.mid", [60, 64, 67, 72])
    make_midi("midi/scale.mid", list(range(60, 73)))
    make_midi("midi/drums.mid", [36, 38, 42, 42], tempo=400000)
    make_wav("midi/theme.wav", 1.0)
    w("midi/theme.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64, mode="wb")
    w("midi/score.musicxml", '<?xml version="1.0"?>\n<score-partwise version="3.1"><part-list/></score-partwise>\n')
    w("midi/notes.txt", "C E G C - arpeggio for the theme, 120 bpm\n")
    w("midi/song.abc", "X:1\nT:Theme\nK:C\nCEGc|\n")
    # minisign: a password-less release key pair, files to sign, PGP signatures
    w("dist/app-1.0.tar.gz", b"\x1f\x8b" + b"app" * 40, mode="wb")
    w("dist/app-1.0-py3-none-any.whl", b"PK\x03\x04" + b"whl" * 40, mode="wb")
    w("dist/checksums.txt", "abc  app-1.0.tar.gz\n")
    w("dist/app-1.0.zip", b"PK\x03\x04" + b"zip" * 40, mode="wb")
    for f in ("dist/app-1.0.tar.gz.asc", "dist/app-1.0-py3-none-any.whl.sig", "dist/checksums.txt.asc",
              "dist/app-1.0.zip.sig"):
        w(f, PGP_SIG)
    sh("mkdir -p keys && minisign -G -W -p keys/release.pub -s keys/release.key >/dev/null", cwd=MASTER)
    # projects without their setup yet (dvc / towncrier / dotenv)
    for proj in ("ml", "etl", "vision", "nlp"):
        w(f"{proj}/data/raw.csv", "id,value\n1,10\n2,20\n")
        w(f"{proj}/data/labels.csv", "id,label\n1,a\n2,b\n")
        w(f"{proj}/corpus.txt", "some text\n")
        w(f"{proj}/prepare.py", "import shutil\nshutil.copy('data/raw.csv', 'data/clean.csv')\n")
    os.makedirs("storage")
    os.makedirs("backup_store")
    for proj in ("webapp", "cli"):
        w(f"{proj}/README.md", f"{proj}\n")
        w(f"{proj}/src/{proj}.py", "print('x')\n")
    for proj in ("app", "worker"):
        w(f"{proj}/main.py", "import os\nprint(os.environ.get('API_KEY'))\n")
    os.makedirs("app/config")
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
