#!/usr/bin/env python
"""Build fixtures under /tmp/bp30fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing history / setup step,
a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios, a scenario with fewer than 2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.
The shell tool name itself (SHELL = "run_shell", fixed by the brief) is exempt from the tool-name check.
Set 30: categories use the names of ref/labelling_rules.md; fixtures are built from scratch in build_master().

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
                                                             "DARCS_EMAIL", "TMPDIR", "LANG", "LANGUAGE")}
BASE_ENV.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1", "HOME": f"{FX}/_home", "TZ": "UTC",
                 "PYTHONWARNINGS": "ignore", "LOGNAME": "dev", "USER": "dev",
                 "DARCS_EMAIL": "Dev <dev@example.org>",
                 "PATH": os.environ.get("PATH", "") + ":/usr/sbin:/sbin"})
CATS = ["INCORRECT_PARAMETER", "WRONG_FORMAT", "MISSING_PARAMETER", "MISSING_PREREQUISITE",
        "WRONG_SEQUENCE", "WRONG_TOOL"]
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
            "brz bzr ctags mke2fs tune2fs e2label dumpe2fs e2fsprogs global gtags jsonnet mkvmerge nasm opusenc par2 pngcheck recsel recutils sccs tiffinfo xdelta3 pyproj utm chess fastavro pydicom sh_run").split()
# the shell tool name is fixed by the brief ("run_shell") although an earlier set listed it as a tool name
SHELL_EXEMPT = {SHELL}
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


def _images():
    from PIL import Image
    os.makedirs(f"{MASTER}/images", exist_ok=True)
    os.makedirs(f"{MASTER}/photos", exist_ok=True)

    def grad(w_, h_, c1, c2):
        im = Image.new("RGB", (w_, h_))
        for x in range(w_):
            for y in range(h_):
                t = (x + y) / (w_ + h_)
                im.putpixel((x, y), tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))
        return im
    grad(64, 48, (255, 128, 0), (20, 60, 200)).save(f"{MASTER}/images/chart.png")
    grad(32, 32, (20, 160, 90), (240, 240, 240)).save(f"{MASTER}/images/logo.png")
    grad(80, 40, (90, 20, 120), (250, 200, 40)).save(f"{MASTER}/images/map.png")
    grad(48, 48, (200, 30, 30), (30, 30, 200)).save(f"{MASTER}/images/badge.png")
    for name, col, when in (("beach", (240, 200, 120), "2023:07:14 16:20:00"),
                            ("city", (90, 90, 110), "2023:09:02 08:45:00"),
                            ("forest", (30, 120, 40), "2024:04:21 11:05:00")):
        ex = Image.Exif()
        ex[306] = when
        grad(60, 40, col, (255, 255, 255)).save(f"{MASTER}/photos/{name}.jpg", exif=ex, quality=85)
    im = grad(40, 30, (10, 90, 200), (250, 250, 250))
    im.save(f"{MASTER}/photos/logo.png")
    im.convert("P").save(f"{MASTER}/photos/banner.gif")
    im.save(f"{MASTER}/photos/scan.tif")
    im.save(f"{MASTER}/photos/icon.bmp")
    im.save(f"{MASTER}/photos/poster.webp") if "WEBP" in Image.SAVE else None


def _archives():
    import gzip
    import tarfile
    import zipfile
    os.makedirs(f"{MASTER}/archives", exist_ok=True)
    os.makedirs(f"{MASTER}/pkg", exist_ok=True)
    with zipfile.ZipFile(f"{MASTER}/archives/site.zip", "w") as z:
        z.write(f"{MASTER}/site/index.html", "index.html")
    with zipfile.ZipFile(f"{MASTER}/pkg/setup.zip", "w") as z:
        z.write(f"{MASTER}/pkg/readme.txt", "readme.txt")
    with tarfile.open(f"{MASTER}/archives/logs.tar.gz", "w:gz") as t:
        t.add(f"{MASTER}/logs", "logs")
    with tarfile.open(f"{MASTER}/pkg/update.tar", "w") as t:
        t.add(f"{MASTER}/pkg/readme.txt", "readme.txt")
    with open(f"{MASTER}/pkg/readme.txt", "rb") as f, gzip.open(f"{MASTER}/pkg/readme.txt.gz", "wb") as g:
        g.write(f.read())
    with open(f"{MASTER}/logs/app.log", "rb") as f, gzip.open(f"{MASTER}/archives/app.log.gz", "wb") as g:
        g.write(f.read())


def _seqs():
    from Bio.Seq import Seq
    from Bio.SeqIO import write
    from Bio.SeqRecord import SeqRecord
    os.makedirs(f"{MASTER}/seqs", exist_ok=True)

    def rec(i, s, d):
        r = SeqRecord(Seq(s), id=i, name=i, description=d)
        r.annotations["molecule_type"] = "DNA"
        return r
    g1 = rec("gfp", "ATGAGTAAAGGAGAAGAACTTTTCACTGGAGTTGTCCCAATTCTTGTTGAATTAGATGGTGATGTTAATGGG", "green fluorescent protein")
    g2 = rec("lacZ", "ATGACCATGATTACGGATTCACTGGCCGTCGTTTTACAACGTCGTGACTGGGAAAACCCTGGCG", "beta-galactosidase")
    g3 = rec("ampR", "ATGAGTATTCAACATTTCCGTGTCGCCCTTATTCCCTTTTTTGCGGCATTTTGCCTTCCTGTTTTTGCT", "beta-lactamase")
    p1 = rec("M13F", "GTAAAACGACGGCCAGT", "forward primer")
    p2 = rec("M13R", "CAGGAAACAGCTATGAC", "reverse primer")
    p3 = rec("T7", "TAATACGACTCACTATAGGG", "T7 promoter primer")
    write([g1, g2, g3], f"{MASTER}/seqs/genes.fasta", "fasta")
    write([p1, p2, p3], f"{MASTER}/seqs/primers.fasta", "fasta")
    write([g1, g2], f"{MASTER}/seqs/plasmids.gb", "genbank")
    write([g1], f"{MASTER}/seqs/gfp.fasta", "fasta")
    write([g2], f"{MASTER}/seqs/lacz.fasta", "fasta")
    write([g3], f"{MASTER}/seqs/ampr.gb", "genbank")
    write([g2], f"{MASTER}/seqs/lacz.gb", "genbank")
    w("seqs/reads.fastq", "@r1\nACGTACGTAC\n+\nIIIIIIIIII\n@r2\nTTGACCATGA\n+\nIIIIIIIIII\n")
    w("seqs/read1.fastq", "@r1\nACGTACGTAC\n+\nIIIIIIIIII\n")


SAM_HDR = "@HD\tVN:1.6\n@SQ\tSN:chr1\tLN:2000\n@SQ\tSN:chr2\tLN:2000\n"


def _sam(name, rows):
    body = "".join(f"{r}\t0\t{c}\t{p}\t60\t8M\t*\t0\t0\tACGTACGT\tIIIIIIII\n" for r, c, p in rows)
    w(f"sam/{name}.sam", SAM_HDR + body)


def _vcf(name, rows):
    hdr = ("##fileformat=VCFv4.2\n##contig=<ID=chr1,length=2000>\n##contig=<ID=chr2,length=2000>\n"
           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n")
    w(f"calls/{name}.vcf", hdr + "".join(f"{c}\t{p}\t.\t{r}\t{a}\t50\tPASS\t.\n" for c, p, r, a in rows))


CDL = {
    "ocean": "netcdf ocean {\ndimensions:\n  depth = 4 ;\nvariables:\n  float temp(depth) ;\n    temp:units = \"degC\" ;\n"
             "  float salinity(depth) ;\ndata:\n  temp = 18.5, 16.2, 12.0, 8.4 ;\n  salinity = 35.1, 35.2, 35.0, 34.9 ;\n}\n",
    "station": "netcdf station {\ndimensions:\n  time = 3 ;\nvariables:\n  double time(time) ;\n"
               "    time:units = \"hours since 2024-01-01\" ;\n  float pressure(time) ;\ndata:\n  time = 0, 1, 2 ;\n"
               "  pressure = 1013.2, 1012.8, 1011.9 ;\n}\n",
    "grid": "netcdf grid {\ndimensions:\n  lat = 2 ;\n  lon = 3 ;\nvariables:\n  float elev(lat, lon) ;\ndata:\n"
            "  elev = 10, 20, 30, 40, 50, 60 ;\n}\n",
}

BISON = {
    "calc": "%token NUM\n%left '+' '-'\n%left '*' '/'\n%%\nexp: NUM | exp '+' exp | exp '-' exp | exp '*' exp | exp '/' exp;\n%%\n",
    "expr": "%token ID NUM\n%%\nexpr: term | expr '+' term;\nterm: factor | term '*' factor;\nfactor: ID | NUM | '(' expr ')';\n%%\n",
    "list": "%token ITEM\n%%\nlist: %empty | list ITEM;\n%%\n",
}

MSC = {
    "login": 'msc {\n  client, server;\n  client -> server [label="POST /login"];\n  server -> client [label="200 OK"];\n}\n',
    "checkout": 'msc {\n  cart, pay, bank;\n  cart -> pay [label="charge"];\n  pay -> bank [label="authorise"];\n'
                '  bank -> pay [label="ok"];\n}\n',
    "sync": 'msc {\n  a, b;\n  a => b [label="push"];\n  b >> a [label="ack"];\n}\n',
}


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home")
    for d in ("out", ".home", ".tmp", "nc"):
        os.makedirs(f"{MASTER}/{d}")
    # bison grammars
    for k, v in BISON.items():
        w(f"gram/{k}.y", v)
    # directories for mksquashfs / genisoimage, and files for the archive readers
    w("site/index.html", "<h1>Welcome</h1>\n")
    w("site/about.html", "<p>About us</p>\n")
    w("logs/app.log", "".join(f"2024-03-0{i % 9 + 1} INFO request {i}\n" for i in range(200)))
    w("logs/err.log", "2024-03-02 ERROR disk slow\n")
    w("backup/db.dump", "".join(f"INSERT INTO t VALUES ({i});\n" for i in range(300)))
    w("pkg/readme.txt", "Driver package, version 2.1\n")
    w("pkg/driver.inf", "[Version]\nSignature=\"$Windows NT$\"\n")
    w("pkg/driver.sys", "MZ fake driver binary\n" * 20)
    w("pkg/font.ttf", "fake font data\n" * 10)
    _archives()
    _images()
    sh("gcab -c pkg/driver.cab pkg/driver.inf pkg/driver.sys && gcab -c -z pkg/fonts.cab pkg/font.ttf pkg/readme.txt && "
       "mksquashfs site images/site.sqfs -quiet -no-progress -noappend >/dev/null && "
       "mksquashfs logs images/logs.sqfs -quiet -no-progress -noappend -comp xz >/dev/null && "
       "genisoimage -quiet -input-charset utf-8 -o images/site.iso -R site && "
       "genisoimage -quiet -input-charset utf-8 -o images/backup.iso -R backup", cwd=MASTER)
    # audio for wavpack
    _wav("audio/voice.wav", 220)
    _wav("audio/tone.wav", 440)
    _wav("audio/chime.wav", 660)
    # man pages for groff
    w("man/tool.1", ".TH TOOL 1 2024-03-01\n.SH NAME\ntool \\- do things\n.SH SYNOPSIS\n.B tool\n[\\-v]\n"
      ".SH DESCRIPTION\nTool does things.\n")
    w("man/ref.7", ".TH REF 7\n.SH NAME\nref \\- reference\n.SH DESCRIPTION\nA reference page.\n")
    w("man/sync.8", ".TH SYNC 8\n.SH NAME\nsync \\- sync data\n.SH OPTIONS\n.TP\n.B \\-n\ndry run\n")
    # texts in legacy 8-bit encodings for enca
    w("docs/dopis-cs.txt", "Vážený pane, děkujeme za objednávku. Zboží odešleme příští týden.\n".encode("iso-8859-2"), "wb")
    w("docs/list-pl.txt", "Szanowni Państwo, dziękujemy za zamówienie. Przesyłka wyjdzie w środę.\n".encode("cp1250"), "wb")
    w("docs/pismo-ru.txt", "Уважаемые коллеги, спасибо за заказ. Доставка будет в пятницу.\n".encode("koi8-r"), "wb")
    w("docs/readme.txt", "Plain ASCII readme.\n")
    # mscgen sources
    for k, v in MSC.items():
        w(f"msc/{k}.msc", v)
    # darcs: project dirs never initialised
    w("notes/todo.md", "- buy milk\n")
    w("notes/ideas.md", "# Ideas\n")
    w("recipes/soup.txt", "Tomato soup: tomatoes, salt.\n")
    w("journal/2024-03.md", "# March\n")
    # cscope / idutils sources
    w("kernel/sched.c", "int sched_tick(int n) { return n + 1; }\nvoid add_task(int id) { sched_tick(id); }\n")
    w("kernel/task.c", "struct task { int id; };\nint task_count(void) { return 0; }\n")
    w("drivers/usb.c", "int usb_probe(int port) { return port > 0; }\nint usb_reset(void) { return usb_probe(1); }\n")
    w("src/parse.c", "int parse_header(const char *s) { return s != 0; }\nint parse_body(void) { return 1; }\n")
    w("src/net.c", "int net_open(int p) { return parse_header(0) + p; }\nint net_close(void) { return 0; }\n")
    w("lib/crc.c", "unsigned crc32(const char *p) { return p ? 1u : 0u; }\n")
    # alignments: unsorted SAM, sorted BAMs (no index), unsorted BAMs
    _sam("tumor", [("t2", "chr1", 900), ("t1", "chr1", 120), ("t3", "chr2", 40), ("t4", "chr1", 450)])
    _sam("normal", [("n2", "chr2", 700), ("n1", "chr1", 300), ("n3", "chr1", 60)])
    _sam("trio", [("c1", "chr1", 1500), ("c2", "chr1", 20), ("c3", "chr2", 900), ("c4", "chr2", 100)])
    sh("mkdir -p aln && for s in tumor normal trio; do samtools sort -o aln/$s.bam sam/$s.sam && "
       "samtools view -b -o aln/raw-$s.bam sam/$s.sam || exit 1; done", cwd=MASTER, env=call_env(MASTER))
    # variant calls, unsorted
    _vcf("sample1", [("chr1", 800, "A", "G"), ("chr1", 150, "C", "T"), ("chr2", 40, "G", "A")])
    _vcf("sample2", [("chr2", 1200, "T", "C"), ("chr1", 600, "A", "C"), ("chr1", 90, "G", "T")])
    _vcf("trio", [("chr1", 1900, "C", "A"), ("chr1", 20, "T", "G"), ("chr2", 300, "A", "T"), ("chr2", 30, "C", "G")])
    # netCDF: CDL text sources, and the binary files made from them
    for k, v in CDL.items():
        w(f"cdl/{k}.cdl", v)
    sh("for k in ocean station grid; do ncgen -o nc/$k.nc cdl/$k.cdl || exit 1; done", cwd=MASTER)
    w("data/readings.csv", "time,pressure\n0,1013.2\n1,1012.8\n")
    # sequences and RDF data
    _seqs()
    w("rdf/people.ttl", "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<http://ex.org/ana> foaf:name \"Ana\" ;\n"
      "  foaf:knows <http://ex.org/bo> .\n<http://ex.org/bo> foaf:name \"Bo\" .\n")
    w("rdf/org.rdf", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <rdf:Description rdf:about="http://ex.org/acme">\n'
      '    <dc:title>Acme</dc:title>\n  </rdf:Description>\n</rdf:RDF>\n')
    w("rdf/links.nt", "<http://ex.org/a> <http://ex.org/linksTo> <http://ex.org/b> .\n"
      "<http://ex.org/b> <http://ex.org/linksTo> <http://ex.org/c> .\n")
    w("rdf/book.jsonld", json.dumps({"@context": {"title": "http://purl.org/dc/terms/title"},
                                     "@id": "http://ex.org/book1", "title": "Dune"}) + "\n")
    w("rdf/events.nq", "<http://ex.org/e1> <http://ex.org/at> \"2024\" <http://ex.org/g1> .\n")


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
        if sc["category"] in ("MISSING_PREREQUISITE", "WRONG_SEQUENCE"):
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
