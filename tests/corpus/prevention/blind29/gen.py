#!/usr/bin/env python
"""Build fixtures under /tmp/bp29fx, run every learn / repeat / good call of scenarios_def.py
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
                                                             "TASKDATA", "BRZ_EMAIL", "BZR_EMAIL")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev",
                 "BRZ_EMAIL": "Dev <dev@example.org>",
                 "PATH": os.environ.get("PATH", "") + ":/usr/sbin:/sbin"})
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
            "furl quantities construct deepdiff shapely isoweek parse yarl console_exec "
            # families of blind set 28
            "aspell cvs cwebp webp dos2unix unix2dos gifsicle gnuplot jpegtran lame lzop mtools mcopy mdir mformat mmd "
            "recode rrdtool uudecode uuencode iso4217 bitmath langcodes schwifty hjson ijson bash_exec timewarrior timew bc").split()
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


def _wav(path, freq, rate=16000, secs=0.5):
    import math
    import struct
    import wave
    full = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    frames = b"".join(struct.pack("<h", int(6000 * math.sin(2 * math.pi * freq * i / rate)))
                      for i in range(int(rate * secs)))
    with wave.open(full, "wb") as wv:
        wv.setnchannels(1)
        wv.setsampwidth(2)
        wv.setframerate(rate)
        wv.writeframes(frames)
    return frames


def _aiff(path, freq, rate=16000, secs=0.5):
    import aifc
    import math
    import struct
    full = os.path.join(MASTER, path)
    a = aifc.open(full, "wb")
    a.setnchannels(1)
    a.setsampwidth(2)
    a.setframerate(rate)
    a.writeframes(b"".join(struct.pack(">h", int(6000 * math.sin(2 * math.pi * freq * i / rate)))
                           for i in range(int(rate * secs))))
    a.close()


def _dicom(path, patient, modality, date):
    import pydicom  # noqa: F401
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.PatientName = "Doe^Jane"
    ds.PatientID = patient
    ds.Modality = modality
    ds.StudyDate = date
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.save_as(os.path.join(MASTER, path), enforce_file_format=True)


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    for d in ("out", ".home", "images", "disk", "patches", "deltas", "scans"):
        os.makedirs(f"{MASTER}/{d}")
    # assembly sources for nasm
    w("src/hello.asm", "section .text\nglobal _start\n_start:\n    mov eax, 60\n    xor edi, edi\n    syscall\n")
    w("src/win.asm", "section .text\nglobal main\nmain:\n    xor eax, eax\n    ret\n")
    w("src/math.asm", "section .text\nglobal add3\nadd3:\n    mov eax, 1\n    add eax, 2\n    ret\n")
    w("src/boot.asm", "org 0x7c00\nbits 16\n    jmp $\ntimes 510-($-$$) db 0\ndw 0xaa55\n")
    # sources for ctags
    w("src/app.py", "def greet(name):\n    return 'hi ' + name\n\n\nclass App:\n    pass\n")
    w("src/main.go", "package main\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() {}\n")
    w("src/util.js", "function slug(s) { return s.toLowerCase(); }\nclass Cart {}\n")
    w("src/build.sh", "#!/bin/sh\nbuild() {\n  echo building\n}\nbuild\n")
    w("src/config.yaml", "server:\n  host: 0.0.0.0\n  port: 8080\n")
    # audio: WAV / AIFF / raw PCM (Python), Opus and Matroska made from them
    _wav("audio/voice.wav", 220)
    _wav("audio/tone.wav", 440)
    _aiff("audio/chime.aiff", 660)
    w("audio/tone.pcm", _wav("audio/_tmp.wav", 440), mode="wb")
    os.remove(f"{MASTER}/audio/_tmp.wav")
    sh("opusenc --quiet audio/voice.wav audio/intro.opus && opusenc --quiet audio/tone.wav audio/theme.opus && "
       "mkvmerge -q -o audio/clip.mkv audio/tone.wav && mkvmerge -q -o audio/voice.mka audio/voice.wav", cwd=MASTER)
    # images (netpbm)
    sh("ppmmake rgb:ff/80/00 48 32 > images/_o.ppm && ppmmake rgb:20/60/c0 32 32 > images/_b.ppm && "
       "pnmtopng images/_o.ppm > images/chart.png && pnmtopng images/_b.ppm > images/logo.png && "
       "pnmtopng images/_b.ppm > images/icon.png && pnmtopng images/_o.ppm > images/banner.png && "
       "pnmtojpeg images/_o.ppm > images/photo.jpg && "
       "ppmquant 16 images/_b.ppm 2>/dev/null | ppmtogif > images/logo.gif 2>/dev/null && "
       "ppmquant 16 images/_o.ppm 2>/dev/null | ppmtogif > images/banner.gif 2>/dev/null && "
       "pnmtotiff images/_o.ppm > images/scan.tif 2>/dev/null && pnmtotiff images/_b.ppm > images/fax.tif 2>/dev/null && "
       "pnmtotiff images/_o.ppm > images/page.tiff 2>/dev/null && ppmtobmp images/_b.ppm > images/icon.bmp 2>/dev/null && "
       "pnmtops images/_o.ppm > images/poster.eps 2>/dev/null && rm images/_o.ppm images/_b.ppm", cwd=MASTER)
    # disk images are made by the scenarios' setup (IMAGES); here only a readme
    w("disk/README", "Blank images for the USB stick, the backup drive and the data volume.\n")
    # jsonnet configs
    w("conf/deploy.jsonnet", '{\n  env: std.extVar("env"),\n  replicas: std.parseInt(std.extVar("replicas")),\n}\n')
    w("conf/service.jsonnet", '{\n  name: "api",\n  region: std.extVar("region"),\n}\n')
    w("conf/static.jsonnet", '{\n  name: "api",\n  ports: [80, 443],\n}\n')
    # recutils databases: two with several record types, one with a single type
    w("data/library.rec", "%rec: Book\n%key: Id\n\nId: 1\nTitle: SICP\nYear: 1996\nAuthor: Abelson\n\n"
      "Id: 2\nTitle: TAOCP\nYear: 1968\nAuthor: Knuth\n\n%rec: Member\n%key: Id\n\nId: 10\nName: Ana\nCity: Porto\n\n"
      "Id: 11\nName: Bo\nCity: Oslo\n")
    w("data/shop.rec", "%rec: Customer\n\nName: Ana\nCity: Porto\n\nName: Bo\nCity: Oslo\n\n"
      "%rec: Order\n\nId: 7\nName: Ana\nTotal: 42.5\n\nId: 8\nName: Bo\nTotal: 19\n")
    w("data/books.rec", "%rec: Book\n\nTitle: The C Programming Language\nYear: 1988\n\nTitle: SICP\nYear: 1996\n")
    # project directories for brz (never initialised)
    w("site/index.html", "<h1>Welcome</h1>\n")
    w("site/style.css", "body { margin: 0 }\n")
    w("docs/intro.md", "# Intro\n")
    w("blog/post.md", "# First post\n")
    # SCCS: project dirs without an SCCS directory, and app/ which has one
    w("calc/main.c", "int main(void) { return 0; }\n")
    w("calc/calc.h", "int add(int a, int b);\n")
    w("lib/list.c", "struct node { int v; struct node *next; };\n")
    w("tools/gen.c", "int gen(void) { return 42; }\n")
    w("app/main.c", "int main(void) { return 0; }\n")
    w("app/util.c", "int twice(int x) { return x * 2; }\n")
    os.makedirs(f"{MASTER}/app/SCCS")
    # sources for GNU GLOBAL (no GTAGS yet)
    w("code/util.c", "int add(int a, int b) { return a + b; }\nint mul(int a, int b) { return a * b; }\n"
      "int sq(int a) { return mul(a, a); }\n")
    w("code/net.c", "int connect_to(const char *host) { return host != 0; }\n")
    w("vendor/lib.c", "int lib_init(void) { return 0; }\nint lib_free(void) { return 0; }\n")
    # xdelta3: three releases, real VCDIFF patches, and patch files of other kinds
    w("rel/app-1.0.txt", "".join(f"line {i}: value {i * 7}\n" for i in range(400)))
    w("rel/app-1.1.txt", "".join(f"line {i}: value {i * 7 if i % 50 else 'changed'}\n" for i in range(420)))
    w("rel/app-1.2.txt", "".join(f"line {i}: value {i * 7 if i % 40 else 'changed again'}\n" for i in range(450)))
    sh("xdelta3 -e -s rel/app-1.0.txt rel/app-1.1.txt patches/1.0-1.1.vcdiff && "
       "xdelta3 -e -s rel/app-1.1.txt rel/app-1.2.txt patches/1.1-1.2.vcdiff && "
       "xdelta3 -e -s rel/app-1.0.txt rel/app-1.2.txt patches/1.0-1.2.vcdiff && "
       "(diff -u rel/app-1.0.txt rel/app-1.1.txt > patches/fix.diff; diff -e rel/app-1.0.txt rel/app-1.1.txt "
       "> patches/update.ed; true)", cwd=MASTER)
    w("patches/hotfix.patch", "From 1a2b3c Mon Sep 17 00:00:00 2001\nSubject: [PATCH] Fix line 50\n\n"
      "--- a/app.txt\n+++ b/app.txt\n@@ -51 +51 @@\n-line 50: value 350\n+line 50: value changed\n")
    w("patches/changes.txt", "1.2: lines 40, 80, 120 changed again\n")
    # par2 inputs
    w("backup/db.dump", "".join(f"INSERT INTO t VALUES ({i}, 'row {i}');\n" for i in range(300)))
    w("backup/notes.txt", "Backup notes: run weekly.\n" * 20)
    w("backup/photos.dat", "".join(chr(65 + i % 26) for i in range(6000)))
    # DICOM files (pydicom) and files of other kinds
    _dicom("scans/ct-001.dcm", "P001", "CT", "20240601")
    _dicom("scans/mr-002.dcm", "P002", "MR", "20240602")
    _dicom("scans/xr-003.dcm", "P003", "DX", "20240603")
    w("scans/report.pdf", "%PDF-1.4\n% fake radiology report\n")
    w("scans/series.json", json.dumps({"series": ["ct-001", "mr-002"], "patient": "P001"}) + "\n")


# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def call_env(sdir):
    """HOME inside the call's own fixture copy"""
    return dict(BASE_ENV, HOME=f"{sdir}/.home")


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
