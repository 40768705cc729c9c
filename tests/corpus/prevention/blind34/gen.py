#!/usr/bin/env python
"""Build fixtures under /tmp/bp34fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing fixture / setup / history
step, a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios (or more than 6), a family (source) with more than 2 scenarios, a scenario with fewer than
2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.
The shell tool name (SHELL = "console_run", fixed by the brief) is new, so nothing is exempt from the checks.
Set 34: fixtures are built from scratch in build_master(); gen.py was adapted from set 33's generator (ref/gen.py).

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
                                                             "GOCRYPTFS_PASSWORD", "DAR_DCF_PATH", "CONAN_HOME",
                                                             "HUGO_ENVIRONMENT", "LUA_PATH", "LUA_INIT")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev",
                 "PATH": HERE + "/venv/bin:" + os.environ.get("PATH", "") + ":/usr/sbin:/sbin"})
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
            "molmass intelhex cmd_exec steghide rzip ncompress compress certutil nss "
            # families of blind set 33 (avoided for set 34), plus the packages it probed but dropped
            "gpasm gputils ldns ldns-keygen ldns-signzone cobc gnucobol transeq emboss rsvg-convert librsvg rdiff-backup "
            "wg wireguard db5.3_load flatc flatbuffers ld65 ca65 cc65 dropbearkey dropbear bup udfinfo udflabel mkudffs "
            "udftools kchashmgr kctreemgr kcpolymgr kyotocabinet mkfs.xfs xfs_admin xfsprogs gocryptfs dar netpbm "
            "pngtopnm pngtopam midi2abc abc2midi abcmidi pyhocon openlocationcode mnemonic dpkt exec_command obabel "
            "openbabel seqtk capnp capnproto tidy easyrsa easy-rsa convertdate mercantile pyfaidx").split()
# the shell tool name fixed by the brief ("console_run") is not in existing_prevention_tools.txt: no exemption
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



def _asm():
    for name, body in (("boot", " mov eax, 1\n ret\n"), ("math", " add eax, ebx\n ret\n"),
                       ("io", " xor eax, eax\n ret\n"), ("start", " nop\n nop\n ret\n")):
        w(f"asm/{name}.asm", f"; {name}\nsection .text\n{name}_entry:\n{body}")


def _trees():
    w("site/index.html", "<h1>shop</h1>\n")
    w("site/about.html", "<p>about</p>\n")
    w("site/css/main.css", "body { margin: 0 }\n")
    w("docs/guide.txt", "guide\n")
    w("docs/api/v1.txt", "api v1\n")
    w("photos/2024/a.txt", "photo a\n")
    for d in ("out", "backup", "archives", "build", "pkgs", "restore"):
        os.makedirs(f"{MASTER}/{d}", exist_ok=True)


def _ini():
    w("conf/app.ini", "[db]\nhost = localhost\nport = 5432\n\n[web]\nport = 8080\nworkers = 4\n\n"
                      "[cache]\nttl = 300\n")
    w("conf/worker.ini", "[queue]\nname = jobs\nconcurrency = 4\n\n[log]\nlevel = info\n")


def _ssss():
    for name, text in (("db", "hunter2-db-password"), ("api", "sk-live-0123456789"), ("root", "correct-horse-9"),
                       ("backup", "tape-key-2024")):
        w(f"secrets/{name}.txt", text + "\n")
        out = sh(f"ssss-split -t 2 -n 3 -q < secrets/{name}.txt", cwd=MASTER)
        lines = [ln for ln in out.splitlines() if ln.strip()]
        w(f"shares/{name}.txt", "\n".join(lines[:2]) + "\n")          # two good shares
        w(f"shares/{name}-colon.txt", "\n".join(ln.replace("-", ":", 1) for ln in lines[:2]) + "\n")
        w(f"shares/{name}-space.txt", "\n".join(ln.replace("-", " ", 1) for ln in lines[:2]) + "\n")
        w(f"shares/{name}-eq.txt", "\n".join(ln.replace("-", "=", 1) for ln in lines[:2]) + "\n")


def _cdb():
    rows = {"users": [("alice", "101"), ("bob", "102"), ("carol", "103")],
            "hosts": [("web1", "10.0.0.11"), ("db1", "10.0.0.21")],
            "ports": [("http", "80"), ("https", "443"), ("ssh", "22")],
            "groups": [("admin", "alice"), ("staff", "bob")]}
    for name, kv in rows.items():
        w(f"data/{name}.txt", "".join(f"{k} {v}\n" for k, v in kv))
        w(f"data/{name}.csv", "".join(f"{k},{v}\n" for k, v in kv))
        w(f"data/{name}.kv", "".join(f"{k}={v}\n" for k, v in kv))
        w(f"data/{name}.cdbin", "".join(f"+{len(k)},{len(v)}:{k}->{v}\n" for k, v in kv) + "\n")


def _gis():
    os.makedirs(f"{MASTER}/gis")
    sh("dbfcreate gis/wells -s name 20 -n depth 8 2 && dbfcreate gis/sites -s code 10 -s owner 20 -n area 10 2"
       " && dbfcreate gis/lakes -s name 30 -n area 12 2 -n depth 8 1", cwd=MASTER)
    import shapefile
    with shapefile.Writer(f"{MASTER}/gis/zones", shapeType=shapefile.POINT) as sw:
        sw.field("name", "C", size=40)
        for x, y, n in ((1, 2, "north"), (3, 4, "south")):
            sw.point(x, y)
            sw.record(n)


def _lua():
    w("lua/src/app.lua", 'local util = {}\nfunction util.greet(n) return "hello " .. n end\nprint(util.greet("app"))\n')
    w("lua/src/report.lua", 'local total = 0\nfor i = 1, 10 do total = total + i end\nprint("total", total)\n')
    w("lua/src/config.lua", 'local cfg = { port = 8080 }\nprint(cfg.port)\n')
    w("lua/src/stats.lua", 'local t = {3, 1, 2}\ntable.sort(t)\nprint(table.concat(t, ","))\n')
    w("scripts/report.py", "import sys\nprint(sys.argv)\n")
    w("scripts/stats.py", "import statistics\nprint(statistics.mean([1, 2, 3]))\n")
    w("scripts/deploy.sh", "#!/bin/sh\nset -e\necho deploying\n")
    w("scripts/clean.rb", "class Cleaner\n  def run\n    Dir.glob('tmp/*').each { |f| File.delete(f) }\n  end\nend\n")
    w("scripts/build.js", "const fs = require('fs');\nconsole.log(fs.existsSync('x'));\n")


def _archives():
    import gzip
    import zipfile
    sh("zpaq a archives/docs.zpaq docs >/dev/null && zpaq a archives/site.zpaq site >/dev/null"
       " && zpaq a archives/photos.zpaq photos >/dev/null"
       " && pax -w -x ustar -f archives/site.tar site && pax -w -x cpio -f archives/docs.cpio docs", cwd=MASTER)
    with zipfile.ZipFile(f"{MASTER}/archives/docs.zip", "w") as z:
        z.writestr("docs/guide.txt", "guide\n")
    with open(f"{MASTER}/archives/site.tar", "rb") as f, gzip.open(f"{MASTER}/archives/site.tar.gz", "wb") as g:
        g.write(f.read())
    with gzip.open(f"{MASTER}/archives/notes.gz", "wb") as g:
        g.write(b"notes\n")


def _ccrypt():
    for name in ("notes", "plan", "budget", "contacts", "todo"):
        w(f"notes/{name}.txt", f"{name}\n")
        w(f"vault/{name}.txt", f"secret {name}\n")
    sh("ccrypt -e -K s3cret vault/notes.txt vault/plan.txt vault/budget.txt vault/contacts.txt vault/todo.txt",
       cwd=MASTER)


def _icons():
    from PIL import Image
    os.makedirs(f"{MASTER}/art")
    for name, size, col in (("logo16", 16, (255, 0, 0, 255)), ("logo32", 32, (0, 0, 255, 255)),
                            ("tray16", 16, (0, 128, 0, 255)), ("tray48", 48, (0, 0, 0, 255))):
        Image.new("RGBA", (size, size), col).save(f"{MASTER}/art/{name}.png")
    Image.new("RGB", (24, 24), (200, 100, 0)).save(f"{MASTER}/art/banner.bmp")
    Image.new("RGB", (24, 24), (20, 100, 200)).save(f"{MASTER}/art/photo.jpg")
    Image.new("RGB", (24, 24), (20, 200, 100)).save(f"{MASTER}/art/splash.gif")
    os.makedirs(f"{MASTER}/icons")
    sh("icotool -c -o icons/app.ico art/logo16.png art/logo32.png && icotool -c -o icons/tray.ico art/tray16.png"
       " art/tray48.png", cwd=MASTER)


def _desktop():
    for name, exe in (("shop", "shop"), ("editor", "edit --new"), ("viewer", "view %f"), ("notes", "notes")):
        w(f"desktop/{name}.desktop", f"[Desktop Entry]\nType=Application\nName={name.title()}\nExec={exe}\n")
    w("units/shop.service", "[Unit]\nDescription=Shop\n\n[Service]\nExecStart=/usr/bin/shop\n")
    w("units/backup.timer", "[Unit]\nDescription=Backup\n\n[Timer]\nOnCalendar=daily\n")
    w("desktop/editor.ini", "[Desktop Entry]\nType=Application\nName=Editor\nExec=edit\n")
    w("desktop/viewer.conf", "[Desktop Entry]\nType=Application\nName=Viewer\nExec=view\n")


def _hugo():
    sh("hugo new site sites/blog >/dev/null && cd sites/blog && hugo new posts/welcome.md >/dev/null", cwd=MASTER)


def _conan():
    sh("conan new cmake_lib -d name=demo -d version=1.0 -o pkgs/demo >/dev/null"
       " && conan new header_lib -d name=geom -d version=1.0 -o pkgs/geom >/dev/null", cwd=MASTER)


def _whisper():
    os.makedirs(f"{MASTER}/metrics")
    sh("whisper-create.py metrics/disk.wsp 60:1440 >/dev/null && whisper-create.py metrics/load.wsp 1m:1d >/dev/null",
       cwd=MASTER)


def _keys():
    from Crypto.PublicKey import RSA
    import base64
    import json as _json
    for name in ("deploy", "ops", "ci"):
        k = RSA.generate(1024)
        pub_pem = k.publickey().export_key("PEM")
        w(f"keys/{name}_pub.pem", pub_pem.decode())
        w(f"keys/{name}.pem", k.export_key("PEM").decode())
        w(f"keys/{name}_pub.der", k.publickey().export_key("DER"), "wb")
        w(f"keys/{name}.ssh", k.publickey().export_key("OpenSSH").decode() + "\n")
        body = b"".join(ln for ln in pub_pem.splitlines() if not ln.startswith(b"-----"))
        w(f"keys/{name}_pub.b64", body.decode() + "\n")                          # PEM body without armour lines
        w(f"keys/{name}_pub.hex", k.publickey().export_key("DER").hex() + "\n")  # DER as a hex string
        w(f"keys/{name}_pub.jwk", _json.dumps({"kty": "RSA", "n": base64.urlsafe_b64encode(
            k.n.to_bytes(128, "big")).decode().rstrip("="), "e": "AQAB"}) + "\n")  # JWK JSON


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home/.home")
    os.makedirs(f"{FX}/_home/.tmp")
    for d in (".home", ".tmp"):
        os.makedirs(f"{MASTER}/{d}")
    _asm()
    _trees()
    _ini()
    _ssss()
    _cdb()
    _gis()
    _lua()
    _archives()
    _ccrypt()
    _icons()
    _desktop()
    _hugo()
    _whisper()
    _conan()
    _keys()

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
