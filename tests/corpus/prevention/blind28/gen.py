#!/usr/bin/env python
"""Build fixtures under /tmp/bp28fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing history / setup step,
a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios, a scenario with fewer than 2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.

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
            "datamash units rcs co ci rlog rcsdiff lzip sox optipng roman colour bitstring rapidfuzz shell_exec "
            # families of blind set 27
            "dot graphviz flac task taskwarrior hledger qpdf pdftotext poppler oggdec vorbis gron exiftool enscript ps2pdf "
            "furl quantities construct deepdiff shapely isoweek parse yarl console_exec").split()
PROGRAMS_SEEN = set()
with open(os.path.join(HERE, "existing_prevention_tools.txt")) as _f:
    OLD_PROGRAMS = {line.split(":", 1)[1].strip() for line in _f if line.startswith("shell program:")}


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
    for d in ("out", "archive", ".home", "images", "mail", "db"):
        os.makedirs(f"{MASTER}/{d}")
    # text documents for aspell (with misspellings) and mtools
    w("docs/readme.txt", "Installation\n\nRun the instaler and folow the steps.\n")
    w("docs/notes.txt", "Release notes: fixed the calender widget and the serch box.\n")
    w("docs/faq.txt", "Q: How do I reset my pasword?\nA: Use the recieve link in the mail.\n")
    w("docs/changelog.txt", "v1.2: improoved startup time, removed depricated flags.\n")
    w("docs/page.html", "<html><body><p>Wellcome to our <b>webside</b>.</p></body></html>\n")
    # Latin-1 text for recode
    w("text/menu-latin1.txt", "Caf\xe9 cr\xe8me\nCr\xeape sucr\xe9e\n".encode("latin-1"), mode="wb")
    w("text/names-latin1.txt", "J\xfcrgen M\xfcller\nFran\xe7oise\n".encode("latin-1"), mode="wb")
    w("text/prices-latin1.txt", "Total: 12,50 \xa4\nR\xe9duction: 10 %\n".encode("latin-1"), mode="wb")
    w("text/notes-utf8.txt", "Ship on Friday & celebrate <3\n")
    # CRLF files for dos2unix
    for name, text in (("report.txt", "Q2 report\r\nrevenue up\r\n"), ("todo.txt", "- ship\r\n- test\r\n"),
                       ("notes.txt", "meeting at 10\r\n"), ("config.ini", "[server]\r\nport = 8080\r\n"),
                       ("readme.txt", "Read me first.\r\n")):
        w(f"dos/{name}", text.encode(), mode="wb")
    # gnuplot data
    w("data/temps.dat", "".join(f"{h} {12 + (h % 12) * 1.5:.1f}\n" for h in range(24)))
    w("data/sales.dat", "".join(f"{m} {100 + m * 17 % 60}\n" for m in range(1, 13)))
    # data files for ijson
    w("data/config.json", json.dumps({"server": {"host": "0.0.0.0", "port": 8080}, "debug": False}, indent=2) + "\n")
    w("data/users.json", json.dumps([{"id": 1, "name": "ana"}, {"id": 2, "name": "bo"}]) + "\n")
    w("data/settings.json", json.dumps({"theme": "dark", "langs": ["en", "de"]}) + "\n")
    w("data/orders.json", json.dumps([{"id": 7, "total": 42.5}, {"id": 8, "total": 19.0}]) + "\n")
    w("data/config.yaml", "server:\n  host: 0.0.0.0\n  port: 8080\ndebug: false\n")
    w("data/settings.yaml", "theme: dark\nlangs:\n  - en\n  - de\n")
    w("data/users.csv", "id,name,email\n1,ana,ana@example.org\n2,bo,bo@example.org\n")
    w("data/orders.tsv", "id\ttotal\n7\t42.5\n8\t19.0\n")
    w("data/app.ini", "[server]\nport = 8080\n")
    w("data/notes.md", "# Notes\n\n- ship on Friday\n")
    # images rendered by gnuplot (PNG, GIF, JPEG, SVG) and one WebP made by cwebp
    for name, term, fn in (("chart.png", "png", "sin(x)"), ("logo.png", "png", "x**2"), ("icon.gif", "gif", "cos(x)"),
                           ("banner.gif", "gif", "tan(x)"), ("photo.jpg", "jpeg", "exp(-x**2)"),
                           ("scan.jpg", "jpeg", "log(x)"), ("diagram.svg", "svg", "abs(x)")):
        sh(f"gnuplot -e \"set terminal {term} size 160,120; set output 'images/{name}'; plot {fn}\" 2>/dev/null",
           cwd=MASTER)
    sh("cwebp -quiet images/logo.png -o images/cover.webp", cwd=MASTER)
    # audio (Python wave) for lame
    _wav("audio/tone.wav", 440)
    _wav("audio/voice.wav", 220, rate=16000)
    _wav("audio/chime.wav", 660, secs=0.4)
    _wav("audio/podcast.wav", 300, secs=0.8)
    # logs for lzop
    for name in ("app", "db", "web", "cron"):
        w(f"logs/{name}.log", "".join(f"2024-06-01T10:{i:02d}:00 {name} event {i}\n" for i in range(40)))
    # mail attachments: uuencoded (uuencode), base64 (Python), a MIME mail, an lzop file
    w("mail/notes-src.txt", "Meeting moved to Tuesday.\n")
    sh("cp images/chart.png mail/logo-src.png && printf '%%PDF-1.4 fake report\\n' > mail/report-src.pdf && "
       "uuencode mail/report-src.pdf report.pdf > mail/report.uu && uuencode mail/logo-src.png logo.png > mail/logo.uu "
       "&& uuencode mail/notes-src.txt notes.txt > mail/notes.uu && lzop -o mail/backup.lzo logs/app.log", cwd=MASTER)
    import base64
    with open(f"{MASTER}/mail/report-src.pdf", "rb") as f:
        w("mail/report.b64", base64.encodebytes(f.read()).decode())
    with open(f"{MASTER}/mail/logo-src.png", "rb") as f:
        w("mail/logo.b64", base64.encodebytes(f.read()).decode())
    w("mail/notes.txt", "Meeting moved to Tuesday.\n")
    w("mail/invoice.eml", "From: billing@example.com\nSubject: Invoice\nMIME-Version: 1.0\n"
      "Content-Type: application/pdf; name=invoice.pdf\nContent-Transfer-Encoding: base64\n\n"
      "JVBERi0xLjQgZmFrZSBpbnZvaWNlCg==\n")
    for f in ("notes-src.txt", "logo-src.png", "report-src.pdf"):
        os.remove(f"{MASTER}/mail/{f}")
    # blank (unformatted) floppy images for mtools
    for name in ("usb", "backup", "spare"):
        w(f"disk/{name}.img", bytes(1474560), mode="wb")
    # RRDtool databases (no updates yet)
    sh("rrdtool create db/temp.rrd --start 1717200000 --step 300 DS:temp:GAUGE:600:U:U RRA:AVERAGE:0.5:1:288 && "
       "rrdtool create db/load.rrd --start 1717200000 --step 300 DS:load:GAUGE:600:0:U RRA:AVERAGE:0.5:1:288",
       cwd=MASTER)
    # CVS: a repository (cvsroot) with the module `website` imported; unimported project dirs
    w("_import/index.html", "<h1>Welcome</h1>\n")
    w("_import/style.css", "body { margin: 0 }\n")
    cvs_env = dict(BASE_ENV, CVSROOT=f"{MASTER}/cvsroot")
    sh("cvs -Q init && cd _import && cvs -Q import -m 'Initial import' website acme start", cwd=MASTER, env=cvs_env)
    shutil.rmtree(f"{MASTER}/_import")
    w("newsite/index.html", "<h1>New site</h1>\n")
    w("newsite/about.html", "<p>About us</p>\n")
    w("blog/first-post.md", "# Hello\n")
    w("shop/cart.html", "<div id=cart></div>\n")


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def call_env(sdir):
    """HOME inside the call's own fixture copy; CVSROOT is the copy's own repository (the session's setting)"""
    return dict(BASE_ENV, HOME=f"{sdir}/.home", CVSROOT=f"{sdir}/cvsroot")


def run_call(sc, call, sdir):
    env = call_env(sdir)
    for cmd in call.get("_setup", []):
        sh(cmd, cwd=sdir, env=env)
    r = subprocess.run([PY, DRIVERS, sc["tool"], json.dumps(call["params"])], cwd=sdir, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
    return r.returncode, _norm(r.stdout.decode("utf-8", "replace"))


def programs(cmd):
    """first word of every pipeline / list element of a shell command (quoted text is not split)"""
    out = []
    cmd = re.sub(r"'[^']*'", "Q", re.sub(r'"[^"]*"', "Q", cmd))
    for part in re.split(r"&&|\|\||;|\|", cmd):
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
                        if prog in OLD_PROGRAMS and prog not in ("cd",):
                            problems += 1
                            print(f"PROBLEM {sc['id']}: program {prog!r} was used by an earlier set")
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
    if shells < 18:
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
                        sh(cmd, cwd=sdir, env=call_env(sdir))
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
