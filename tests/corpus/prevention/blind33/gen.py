#!/usr/bin/env python
"""Build fixtures under /tmp/bp33fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing fixture / setup / history
step, a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios (or more than 6), a family (source) with more than 2 scenarios, a scenario with fewer than
2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.
The shell tool name (SHELL = "exec_command", fixed by the brief) is new, so nothing is exempt from the checks.
Set 33: fixtures are built from scratch in build_master(); gen.py was adapted from set 32's generator.

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
                                                             "TASKDATA", "BRZ_EMAIL", "BZR_EMAIL",
                                                             "DARCS_EMAIL", "TMPDIR", "LANG", "LANGUAGE",
                                                             "RESTIC_PASSWORD", "RESTIC_REPOSITORY", "BORG_REPO",
                                                             "BORG_PASSPHRASE", "BLASTDB", "NOTMUCH_CONFIG",
                                                             "DICTIONARY", "DICPATH", "STOW_DIR", "PKG_CONFIG_PATH",
                                                             "BUP_DIR", "EMBOSS_DATA", "EMBOSSRC",
                                                             "GOCRYPTFS_PASSWORD", "DAR_DCF_PATH")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev",
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
            "recode rrdtool uudecode uuencode iso4217 bitmath langcodes schwifty hjson ijson bash_exec timewarrior timew bc "
            # families of blind set 29
            "brz bzr ctags mke2fs tune2fs e2label dumpe2fs e2fsprogs global gtags jsonnet mkvmerge nasm opusenc par2 pngcheck recsel recutils sccs tiffinfo xdelta3 pyproj utm chess fastavro pydicom sh_run "
            # families of blind set 30
            "bison squashfs mksquashfs unsquashfs wavpack wvunpack groff dateutils dateutils.dconv pngquant jhead enca "
            "genisoimage mscgen darcs cscope samtools idutils mkid lid gid tabix bgzip bcftools htslib cabextract netcdf "
            "ncdump ncgen segno rdflib astropy h3 biopython Bio run_shell "
            # families of blind set 31 (avoided for set 32)
            "gdal gdal_translate gdalinfo ogrinfo ogr2ogr gpsbabel dtc iverilog vvp exiv2 GeoConvert geographiclib "
            "ddjvu djvulibre c44 djvm djvused bedtools makeblastdb blastn blastp blast bwa hmmscan hmmpress hmmsearch "
            "hmmbuild hmmer parted restic borg lrzip mkfs.fat dosfstools arj rpm rpmbuild soundfile uncertainties mgrs "
            "sgp4 terminal_run texinfo makeinfo notmuch "
            # families of blind set 32 (avoided for set 33), plus the packages it probed but dropped
            "qemu-img qemu minimap2 hunspell reprepro potrace ipv6calc glpsol glpk mutool mupdf named-compilezone "
            "named-checkconf named-checkzone named bind certtool gnutls seqkit aptly autoconf aclocal autoreconf "
            "automake signify signify-openbsd btrfs mkfs.btrfs fpack funpack cfitsio stow midicsv csvmidi ephem "
            "molmass intelhex cmd_exec steghide rzip ncompress compress certutil nss").split()
# the shell tool name fixed by the brief ("exec_command") is not in existing_prevention_tools.txt: no exemption
SHELL_EXEMPT = set()
PROGRAMS_SEEN = set()
STRIPPED = []  # learn errors whose fixture-copy prefix was removed
SETUP_PROBLEMS = []  # fixture-building, scenario-setup or history steps that failed
with open(os.path.join(HERE, "existing_prevention_tools.txt")) as _f:
    OLD_PROGRAMS = {line.split(":", 1)[1].strip() for line in _f if line.startswith("shell program:")}


def sh(cmd, cwd=None, env=None):
    r = subprocess.run(cmd, shell=True, cwd=cwd, env=env or BASE_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        SETUP_PROBLEMS.append(cmd)
        print(f"PROBLEM setup {cmd!r}: {r.stdout.strip()[:300]}")
    return r.stdout


def w(path, data, mode="w"):
    path = os.path.join(MASTER, path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, mode) as f:
        f.write(data)



def _rng_seq(seed, n, alphabet="ACGT"):
    import random
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def _pic():
    for name, extra in (("blink", "        nop\n"), ("timer", "        nop\n        nop\n"),
                        ("uart", ""), ("adc", "        nop\n        nop\n        nop\n")):
        w(f"pic/{name}.asm", f"; {name}\n        org 0\nstart\n{extra}        goto start\n        end\n")


def _dns():
    for zone, ip in (("example.com", "192.0.2"), ("example.org", "198.51.100"), ("shop.test", "203.0.113")):
        w(f"dns/{zone}.zone", f"$ORIGIN {zone}.\n$TTL 3600\n"
                              f"@ IN SOA ns1.{zone}. hostmaster.{zone}. 2024010101 7200 3600 1209600 3600\n"
                              f"@ IN NS ns1.{zone}.\nns1 IN A {ip}.1\nwww IN A {ip}.10\nmail IN A {ip}.25\n"
                              f"@ IN MX 10 mail.{zone}.\n")
    os.makedirs(f"{MASTER}/dns/keys")
    # keys under stable base names (ldns-keygen's own names carry a random key tag)
    for zone, alg in (("example.com", "ECDSAP256SHA256"), ("example.org", "ED25519"), ("shop.test", "ECDSAP256SHA256")):
        out = sh(f"ldns-keygen -a {alg} {zone}", cwd=f"{MASTER}/.tmp").strip()
        for ext in ("key", "private", "ds"):
            if os.path.exists(f"{MASTER}/.tmp/{out}.{ext}"):
                shutil.move(f"{MASTER}/.tmp/{out}.{ext}", f"{MASTER}/dns/keys/K{zone}.zsk.{ext}")


def _cobol():
    for name, text in (("hello", "HELLO, WORLD"), ("report", "MONTHLY REPORT"), ("payroll", "PAYROLL RUN"),
                       ("invoice", "INVOICE 42")):
        w(f"cobol/{name}.cob", "       IDENTIFICATION DIVISION.\n"
                               f"       PROGRAM-ID. {name.upper()}.\n"
                               "       PROCEDURE DIVISION.\n"
                               f"           DISPLAY \"{text}\".\n"
                               "           STOP RUN.\n")


def _seqs():
    for name, n, seed in (("genes", 3, 1), ("orfs", 2, 2), ("plasmid", 1, 3)):
        recs = [f">{name}_{i + 1}\n" + "ATG" + _rng_seq(seed * 10 + i, 117) + "TAA\n" for i in range(n)]
        w(f"seq/{name}.fa", "".join(recs))


def _art():
    w("art/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
                      '<rect x="2" y="2" width="30" height="20" fill="red"/></svg>\n')
    w("art/badge.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32">'
                       '<circle cx="16" cy="16" r="12" fill="navy"/></svg>\n')
    w("art/chart.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40">'
                       '<polyline points="0,40 20,10 40,25 60,0" stroke="green" fill="none"/></svg>\n')
    sh("rsvg-convert -f png -b white -o art/logo.png art/logo.svg && rsvg-convert -f png -b white -o art/badge.png "
       "art/badge.svg && pngtopnm art/logo.png > .tmp/logo.ppm && pngtopnm art/badge.png > .tmp/badge.ppm"
       " && pnmtojpeg .tmp/logo.ppm > art/photo.jpg && pnmtojpeg .tmp/badge.ppm > art/badge.jpg"
       " && ppmtogif .tmp/badge.ppm > art/icon.gif 2>/dev/null && ppmtobmp .tmp/logo.ppm > art/logo.bmp 2>/dev/null"
       " && pamtotiff .tmp/badge.ppm > art/scan.tif 2>/dev/null && rm -f .tmp/*.ppm", cwd=MASTER)


def _site():
    w("site/index.html", "<h1>shop</h1>\n")
    w("site/about.html", "<p>about</p>\n")
    w("site/css/main.css", "body { margin: 0 }\n")
    w("docs/guide.txt", "guide\n")
    w("docs/api/v1.txt", "api v1\n")
    w("photos/2024/a.txt", "photo a\n")
    for d in ("backups", "archives", "restore", "ssh", "vaults/docs", "vaults/photos", "vaults/work", "vaults/music"):
        os.makedirs(f"{MASTER}/{d}", exist_ok=True)
    sh("rdiff-backup backup site backups/site >/dev/null && rdiff-backup backup docs backups/docs >/dev/null",
       cwd=MASTER)
    w("secrets/vault.pw", "correct horse battery\n")


def _wg():
    import base64
    import hashlib
    for name in ("alice", "bob", "carol", "dave", "erin"):
        raw = hashlib.sha256(name.encode()).digest()
        w(f"wg/{name}.key", base64.b64encode(raw).decode() + "\n")
        w(f"wg/{name}.nopad", base64.b64encode(raw).decode().rstrip("=") + "\n")  # padding stripped
        w(f"wg/{name}.b64url", base64.urlsafe_b64encode(raw).decode().rstrip("=") + "\n")  # URL-safe, no padding


def _db():
    w("data/users.txt", "alice\n1001\nbob\n1002\ncarol\n1003\n")
    w("data/hosts.txt", "web1\n10.0.0.11\nweb2\n10.0.0.12\ndb1\n10.0.0.21\n")
    w("data/ports.txt", "http\n80\nhttps\n443\nssh\n22\n")
    w("data/groups.txt", "admin\nalice\nstaff\nbob\n")


def _fbs():
    w("schemas/monster.fbs", "namespace Game;\ntable Monster { name:string; hp:short = 100; }\nroot_type Monster;\n")
    w("schemas/order.fbs", "namespace Shop;\ntable Order { id:ulong; total:double; }\nroot_type Order;\n")
    w("schemas/sensor.fbs", "namespace Iot;\ntable Reading { sensor:string; value:float; }\nroot_type Reading;\n")
    w("schemas/user.fbs", "namespace Acct;\ntable User { login:string; uid:uint; }\nroot_type User;\n")


def _cc65():
    w("src/main.s", "        lda #$01\n        sta $0200\n        rts\n")
    w("src/irq.s", "        pha\n        pla\n        rti\n")
    w("src/boot.s", "        ldx #$ff\n        txs\n        rts\n")
    w("cfg/rom.cfg", "MEMORY { ROM: start = $8000, size = $8000, fill = yes; }\n"
                     "SEGMENTS { CODE: load = ROM, type = ro; }\n")
    os.makedirs(f"{MASTER}/obj")
    sh("for f in main irq boot; do ca65 -o obj/$f.o src/$f.s || exit 1; done", cwd=MASTER)


def _kc():
    sh("kchashmgr create data/sessions.kch && kchashmgr set data/sessions.kch s1 alice"
       " && kchashmgr create data/users.kch && kchashmgr set data/users.kch alice 1001"
       " && kctreemgr create data/index.kct && kctreemgr set data/index.kct a 1", cwd=MASTER)


def _music():
    for name, meter, key, notes in (("reel", "4/4", "D", "DEFG ABcd|"), ("jig", "6/8", "G", "GAB cde|"),
                                    ("waltz", "3/4", "A", "A2B c2d|")):
        w(f"music/{name}.abc", f"X:1\nT:{name}\nM:{meter}\nL:1/8\nK:{key}\n{notes}{notes}\n")
    sh("for n in reel jig waltz; do abc2midi music/$n.abc -o music/$n.mid >/dev/null || exit 1; done", cwd=MASTER)
    import wave
    with wave.open(f"{MASTER}/music/theme.wav", "wb") as wf:
        wf.setnchannels(1)
        wf.setsampwidth(2)
        wf.setframerate(8000)
        wf.writeframes(bytes(1600))
    w("music/score.musicxml", '<?xml version="1.0"?>\n<score-partwise version="3.1"><part-list/></score-partwise>\n')


def _hocon():
    w("conf/app.conf", 'app {\n  name = "shop"\n  http { port = 8080, host = "0.0.0.0" }\n'
                       '  db { url = "postgres://db/shop", pool = 10 }\n  features = [search, cart]\n}\n')
    w("conf/worker.conf", 'worker {\n  queue = "jobs"\n  concurrency = 4\n  retry { max = 5, backoff = 2s }\n}\n'
                          'metrics.statsd { host = "127.0.0.1", port = 8125 }\n')


def _pcaps():
    import dpkt
    import gzip

    def pkt(sport, dport, data):
        return bytes(dpkt.ethernet.Ethernet(src=b"\x02" * 6, dst=b"\x04" * 6, data=dpkt.ip.IP(
            src=b"\x0a\x00\x00\x01", dst=b"\x0a\x00\x00\x02", p=17,
            data=dpkt.udp.UDP(sport=sport, dport=dport, data=data))))
    os.makedirs(f"{MASTER}/caps")
    for name, n in (("web", 3), ("dns", 2), ("voip", 4), ("backup", 1)):
        with open(f"{MASTER}/caps/{name}.pcap", "wb") as f:
            wr = dpkt.pcap.Writer(f)
            for i in range(n):
                wr.writepkt(pkt(1000 + i, 53, b"q%d" % i), ts=1700000000.0 + i)
    for name, n in (("lab", 2), ("office", 3), ("wifi", 2), ("edge", 1), ("core", 2)):
        with open(f"{MASTER}/caps/{name}.pcapng", "wb") as f:
            wr = dpkt.pcapng.Writer(f)
            for i in range(n):
                wr.writepkt(pkt(2000 + i, 123, b"n%d" % i), ts=1700000000.0 + i)
    with open(f"{MASTER}/caps/web.pcap", "rb") as f, gzip.open(f"{MASTER}/caps/archive.pcap.gz", "wb") as g:
        g.write(f.read())


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home/.home")
    os.makedirs(f"{FX}/_home/.tmp")
    for d in ("out", ".home", ".tmp", "disks"):
        os.makedirs(f"{MASTER}/{d}")
    _pic()
    _dns()
    _cobol()
    _seqs()
    _art()
    _site()
    _wg()
    _db()
    _fbs()
    _cc65()
    _kc()
    _music()
    _hocon()
    _pcaps()

# ----------------------------------------------------------------------------- running
def _norm(out):
    out = ANSI.sub("", out)
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines()).strip()[:2000]


def call_env(sdir):
    """HOME and TMPDIR inside the call's own fixture copy"""
    return dict(BASE_ENV, HOME=f"{sdir}/.home", TMPDIR=f"{sdir}/.tmp")


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
    per_source = {}
    for sc in SCENARIOS:
        per_source.setdefault(sc["source"], []).append(sc["id"])
    for src, ids in per_source.items():
        if len(ids) > 2:
            problems += 1
            print(f"PROBLEM family {src!r} has {len(ids)} scenarios (max 2)")
    counts = {c: sum(1 for s in SCENARIOS if s["category"] == c) for c in CATS}
    for c, n in counts.items():
        if n > 6:
            problems += 1
            print(f"PROBLEM category {c} has {n} scenarios (max 6)")
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
    clash = sorted((tools & existing) - SHELL_EXEMPT)
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
                        if err != out:
                            STRIPPED.append(tag[:120])
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
    for t in STRIPPED:
        print(f"note: fixture-copy prefix stripped from the learn error of {t}")
    problems += len(SETUP_PROBLEMS)
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
