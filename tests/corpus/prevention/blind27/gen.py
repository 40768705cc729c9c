#!/usr/bin/env python
"""Build fixtures under /tmp/bp27fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing history / setup step,
a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family, a category with fewer than 4 scenarios, a
scenario with fewer than 2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls, fewer than 5
shell-style scenarios, and a total outside 26-30. No server or network is used.

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
from scenarios_def import SCENARIOS, PY, FX, SHELL  # noqa: E402

MASTER = f"{FX}/_master"
DRIVERS = os.path.join(HERE, "drivers.py")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
BASE_ENV = {k: v for k, v in os.environ.items() if k not in ("NODE_PATH", "PYTHONPATH", "LEDGER_FILE", "TASKRC",
                                                             "TASKDATA")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev",
                 "PATH": os.path.dirname(PY) + ":" + os.environ.get("PATH", "")})
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
            "execute_bash "
            # families of blind set 26 (avoided for set 27)
            "datamash units rcs co ci rlog rcsdiff lzip sox optipng roman colour bitstring rapidfuzz shell_exec").split()
PROGRAMS_SEEN = set()


def sh(cmd, cwd=None, env=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


def w(path, data, mode="w"):
    path = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def _wav(path, freq, rate=8000, secs=0.5, shape="sine"):
    import math
    import struct
    import wave
    full = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    n = int(rate * secs)
    frames = []
    for i in range(n):
        x = math.sin(2 * math.pi * freq * i / rate)
        if shape == "square":
            x = 1.0 if x >= 0 else -1.0
        frames.append(struct.pack("<h", int(6000 * x)))
    with wave.open(full, "wb") as wv:
        wv.setnchannels(1)
        wv.setsampwidth(2)
        wv.setframerate(rate)
        wv.writeframes(b"".join(frames))
    return b"".join(frames)


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    # Taskwarrior: HOME is <call dir>/.home, the task data lives in ~/.task (created on first use)
    w(".home/.taskrc", "data.location=~/.task\nconfirmation=off\nnews.version=2.6.2\n")
    # documents: text -> PostScript (enscript) -> PDF (ps2pdf); JPEGs rendered from a PDF by ghostscript
    w("docs/notes.txt", "Release plan\n\nFreeze on Monday.\nShip on Friday.\n")
    w("docs/report.txt", "".join(f"Quarterly report line {i}: revenue up, costs flat.\n" for i in range(150)))
    w("docs/guide.txt", "".join(f"Guide step {i}: open the panel and press start.\n" for i in range(90)))
    w("docs/memo.txt", "Memo\n\nThe office is closed on Friday.\n")
    w("docs/handbook.txt", "".join(f"Handbook rule {i}: be kind, write tests.\n" for i in range(300)))
    for name, text in (("letter", "Dear customer,\nyour order has shipped.\n"),
                       ("minutes", "Minutes\n\n1. budget approved\n2. next meeting in June\n"),
                       ("invoice", "Invoice 2024-117\nTotal: 420.00 EUR\n"),
                       ("agenda", "Agenda\n\n- roadmap\n- hiring\n")):
        w(f"docs/{name}.txt", text)
    w("docs/todo.yaml", "- title: ship release\n  done: false\n- title: write notes\n  done: true\n")
    sh("enscript -q -p docs/notes.ps docs/notes.txt && enscript -q -p docs/manual.ps docs/guide.txt && "
       "for f in report guide memo handbook; do enscript -q -p docs/$f.ps docs/$f.txt && ps2pdf docs/$f.ps docs/$f.pdf "
       "&& rm docs/$f.ps || exit 1; done", cwd=MASTER)
    os.makedirs(f"{MASTER}/images")
    sh("gs -q -sDEVICE=jpeg -r20 -dFirstPage=1 -dLastPage=1 -o images/photo.jpg docs/memo.pdf && "
       "gs -q -sDEVICE=jpeg -r15 -dFirstPage=1 -dLastPage=1 -o images/scan.jpg docs/report.pdf && "
       "gs -q -sDEVICE=jpeg -r12 -dFirstPage=1 -dLastPage=1 -o images/cover.jpg docs/guide.pdf", cwd=MASTER)
    # audio: WAV (Python wave), raw PCM, one FLAC and two Ogg Vorbis files (flac / oggenc CLIs)
    _wav("audio/tone.wav", 440)
    _wav("audio/beep.wav", 880, shape="square", secs=0.3)
    _wav("audio/chime.wav", 660, secs=0.4)
    _wav("audio/voice.wav", 220, rate=16000)
    _wav("audio/interview.wav", 330, secs=0.6)
    w("audio/tone.raw", _wav("_scratch/t.wav", 440), mode="wb")
    w("audio/voice.raw", _wav("_scratch/v.wav", 220, rate=16000), mode="wb")
    w("audio/field.raw", _wav("_scratch/f.wav", 550), mode="wb")
    shutil.rmtree(f"{MASTER}/_scratch")
    _wav("audio/music.wav", 523, secs=0.8)
    _wav("audio/podcast.wav", 300, secs=0.8)
    _wav("audio/jingle.wav", 700, secs=0.5)
    sh("flac -s audio/music.wav && rm audio/music.wav && oggenc -Q -o audio/podcast.ogg audio/podcast.wav && "
       "oggenc -Q -o audio/jingle.ogg audio/jingle.wav && rm audio/podcast.wav audio/jingle.wav", cwd=MASTER)
    # graphviz sources
    w("graphs/deps.dot", "digraph deps {\n  api -> db;\n  api -> cache;\n  web -> api;\n}\n")
    w("graphs/flow.dot", "digraph flow {\n  start -> build -> test -> deploy;\n  test -> build [label=fail];\n}\n")
    w("graphs/org.dot", "graph org {\n  ceo -- cto;\n  ceo -- cfo;\n  cto -- dev;\n}\n")
    # data files for gron / exiftool
    w("data/config.json", json.dumps({"server": {"host": "0.0.0.0", "port": 8080}, "debug": False}, indent=2) + "\n")
    w("data/users.json", json.dumps([{"id": 1, "name": "ana"}, {"id": 2, "name": "bo"}]) + "\n")
    w("data/settings.json", json.dumps({"theme": "dark", "langs": ["en", "de"]}) + "\n")
    w("data/todo.json", json.dumps([{"title": "ship release", "done": False}]) + "\n")
    w("data/config.yaml", "server:\n  host: 0.0.0.0\n  port: 8080\ndebug: false\n")
    w("data/settings.toml", "theme = \"dark\"\nlangs = [\"en\", \"de\"]\n")
    w("data/users.csv", "id,name,email\n1,ana,ana@example.org\n2,bo,bo@example.org\n")
    w("data/app.ini", "[server]\nport = 8080\n")
    # hledger journals
    w("books/2024.journal", "2024-04-28 Opening\n    assets:bank    500 EUR\n    equity:opening\n\n"
      "2024-05-01 Salary\n    assets:bank      2400 EUR\n    income:salary\n\n"
      "2024-05-03 Groceries\n    expenses:food      42.50 EUR\n    assets:bank\n\n"
      "2024-06-02 Rent\n    expenses:rent      900 EUR\n    assets:bank\n")
    w("books/shared.journal", "2024-05-10 Dinner\n    expenses:food    60 EUR\n    assets:cash\n\n"
      "2024-05-20 Cinema\n    expenses:fun    24 EUR\n    assets:cash\n")


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def run_call(sc, call, sdir):
    env = dict(BASE_ENV, HOME=f"{sdir}/.home")  # HOME inside the call's own fixture copy
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir, env=env)
    r = subprocess.run([PY, DRIVERS, sc["tool"], json.dumps(call["params"])], cwd=sdir, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def programs(cmd):
    """first word of every pipeline / list element of a shell command"""
    out = []
    for part in re.split(r"&&|\|\||;|\|", re.sub(r"<<<\s*'[^']*'", "", cmd)):
        words = part.split()
        if words:
            out.append(words[0])
    return out


def static_checks():
    problems = 0
    for sc in SCENARIOS:
        if not (2 <= len(sc["learn"]) <= 3) or len(sc["repeats"]) != 3 or not (4 <= len(sc["good"]) <= 5):
            problems += 1
            print(f"PROBLEM {sc['id']}: want 2-3 learn, 3 repeats, 4-5 good")
        if sc["category"] in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
            for part in ("learn", "repeats", "good"):
                if any("recent_calls" not in c for c in sc[part]):
                    problems += 1
                    print(f"PROBLEM {sc['id']} {part}: item without recent_calls")
        for part in ("learn", "repeats", "good"):
            for c in sc[part]:
                cmds = [c["params"]["command"]] if sc["tool"] == SHELL else []
                cmds += [h["params"]["command"] for h in c.get("recent_calls", [])
                         if isinstance(h, dict) and h.get("tool") == SHELL]
                for cmd in cmds:
                    for prog in programs(cmd):
                        PROGRAMS_SEEN.add(prog)
                        if prog in FAMILIES:
                            problems += 1
                            print(f"PROBLEM {sc['id']}: program {prog!r} is from an avoided family")
    counts = {c: sum(1 for s in SCENARIOS if s["category"] == c) for c in CATS}
    for c, n in counts.items():
        if n < 4:
            problems += 1
            print(f"PROBLEM category {c} has {n} scenarios")
    if any(s["category"] not in CATS for s in SCENARIOS):
        problems += 1
        print("PROBLEM unknown category")
    with open(os.path.join(HERE, "existing_prevention_tools.txt")) as f:
        text = f.read()
    existing = set(text.split()) | {line.strip() for line in text.splitlines() if line.strip()}
    tools = {s["tool"] for s in SCENARIOS}
    clash = sorted(tools & existing)
    if clash:
        problems += 1
        print(f"PROBLEM tools already used: {clash}")
    fam = sorted(t for t in tools if any(t == f or t.startswith(f + "_") for f in FAMILIES))
    if fam:
        problems += 1
        print(f"PROBLEM tools from an avoided family: {fam}")
    if not 26 <= len(SCENARIOS) <= 30:
        problems += 1
        print(f"PROBLEM {len(SCENARIOS)} scenarios, want 26-30")
    shells = sum(1 for s in SCENARIOS if all(set(c["params"]) == {"command"} for p in ("learn", "repeats", "good")
                                            for c in s[p]))
    if shells < 5:
        problems += 1
        print(f"PROBLEM only {shells} shell-style scenarios")
    print(f"{len(SCENARIOS)} defined: {shells} shell-style via {SHELL}, {len(SCENARIOS) - shells} Python-library")
    print("categories: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
    print("tools: " + ", ".join(sorted(tools)))
    print("shell programs: " + ", ".join(sorted(PROGRAMS_SEEN)))
    return problems


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    show = "--show" in sys.argv
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    problems = static_checks()
    build_master()
    out_lines = []
    n_items = {"learn": 0, "repeats": 0, "good": 0}
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
                    n_items[part] += 1
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
    print(f"items: {n_items['learn']} learn, {n_items['repeats']} repeats, {n_items['good']} good")
    counts = {c: sum(1 for s in SCENARIOS if s["category"] == c and (not only or only in s["id"])) for c in CATS}
    print("categories: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
