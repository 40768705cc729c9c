#!/usr/bin/env python
"""Build fixtures under /tmp/bp31fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing history / setup step,
a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios (or more than 6), a family (source) with more than 2 scenarios, a scenario with fewer than
2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.
The shell tool name (SHELL = "terminal_run", fixed by the brief) is new, so nothing is exempt from the checks.
Set 31: categories use the names of ref/labelling_rules.md; fixtures are built from scratch in build_master().

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
                                                             "BORG_PASSPHRASE", "BLASTDB", "NOTMUCH_CONFIG")}
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
            "ncdump ncgen segno rdflib astropy h3 biopython Bio run_shell").split()
# the shell tool name fixed by the brief ("terminal_run") is not in existing_prevention_tools.txt: no exemption
SHELL_EXEMPT = set()
PROGRAMS_SEEN = set()
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


def _fasta(path, recs, width=70):
    w(path, "".join(f">{i}\n" + "\n".join(s[k:k + width] for k in range(0, len(s), width)) + "\n" for i, s in recs))


def _rasters():
    import random
    r = random.Random(7)
    os.makedirs(f"{MASTER}/rasters/src", exist_ok=True)
    for name, (nc, nr) in (("elev", (8, 6)), ("dem", (10, 8)), ("rain", (6, 6))):
        rows = "\n".join(" ".join(str(r.randint(10, 250)) for _ in range(nc)) for _ in range(nr))
        w(f"rasters/src/{name}.asc", f"ncols {nc}\nnrows {nr}\nxllcorner -8.7\nyllcorner 41.0\ncellsize 0.01\n"
                                     f"NODATA_value -9999\n{rows}\n")
        sh(f"gdal_translate -q -of GTiff -a_srs EPSG:4326 rasters/src/{name}.asc rasters/{name}.tif", cwd=MASTER)


def _vectors():
    def fc(feats):
        return json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": p, "geometry": g} for p, g in feats]}) + "\n"
    w("vectors/parks.geojson", fc([({"name": "Cidade"}, {"type": "Polygon", "coordinates": [
        [[-8.68, 41.17], [-8.66, 41.17], [-8.66, 41.16], [-8.68, 41.16], [-8.68, 41.17]]]}),
        ({"name": "Palacio"}, {"type": "Polygon", "coordinates": [
            [[-8.63, 41.15], [-8.62, 41.15], [-8.62, 41.14], [-8.63, 41.14], [-8.63, 41.15]]]})]))
    w("vectors/roads.geojson", fc([({"ref": "A1"}, {"type": "LineString", "coordinates": [[-8.6, 41.1], [-8.5, 41.3]]}),
                                   ({"ref": "A3"}, {"type": "LineString", "coordinates": [[-8.6, 41.2], [-8.4, 41.6]]})]))
    w("vectors/src/cities.geojson", fc([({"name": n, "pop": p}, {"type": "Point", "coordinates": c}) for n, p, c in (
        ("Porto", 231800, [-8.6109, 41.1496]), ("Lisbon", 545000, [-9.1393, 38.7223]),
        ("Braga", 193300, [-8.4265, 41.5454]))]))
    w("vectors/src/districts.geojson", fc([({"code": "13"}, {"type": "Polygon", "coordinates": [
        [[-8.8, 41.4], [-8.1, 41.4], [-8.1, 40.9], [-8.8, 40.9], [-8.8, 41.4]]]})]))
    sh("ogr2ogr -f 'ESRI Shapefile' vectors/cities.shp vectors/src/cities.geojson && "
       "ogr2ogr -f GML vectors/districts.gml vectors/src/districts.geojson", cwd=MASTER)
    w("vectors/stops.gpx", '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="fixture" '
      'xmlns="http://www.topografix.com/GPX/1/1">\n<wpt lat="41.1456" lon="-8.6106"><name>Aliados</name></wpt>\n'
      '<wpt lat="41.1409" lon="-8.6111"><name>Ribeira</name></wpt>\n</gpx>\n')


def _gps():
    w("gps/porto.gpx", '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="fixture" '
      'xmlns="http://www.topografix.com/GPX/1/1">\n<wpt lat="41.1496" lon="-8.6109"><name>Porto</name></wpt>\n'
      '<wpt lat="41.1579" lon="-8.6291"><name>Boavista</name></wpt>\n<wpt lat="41.1405" lon="-8.6118">'
      '<name>Ribeira</name></wpt>\n</gpx>\n')
    pts = "".join(f'<trkpt lat="{41.1400 + i * 0.0011:.4f}" lon="{-8.6120 + i * 0.0007:.4f}"><ele>{20 + i}</ele>'
                  f'<time>2024-03-01T09:{i:02d}:00Z</time></trkpt>\n' for i in range(12))
    w("gps/walk.gpx", '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="fixture" '
      f'xmlns="http://www.topografix.com/GPX/1/1">\n<trk><name>walk</name><trkseg>\n{pts}</trkseg></trk>\n</gpx>\n')
    w("gps/stops.csv", "Latitude,Longitude,Name\n41.1456,-8.6106,Aliados\n41.1409,-8.6111,Ribeira\n"
      "41.1579,-8.6291,Boavista\n")
    sh("gpsbabel -i gpx -f gps/walk.gpx -o gtrnctr -F gps/ride.tcx && "
       "gpsbabel -i gpx -f gps/walk.gpx -o nmea -F gps/drive.nmea", cwd=MASTER)


def _dts():
    w("dts/board.dts", '/dts-v1/;\n/ {\n\tmodel = "Acme Test Board";\n\tcompatible = "acme,test-board";\n'
      '\t#address-cells = <1>;\n\t#size-cells = <1>;\n\tmemory@80000000 {\n\t\tdevice_type = "memory";\n'
      '\t\treg = <0x80000000 0x10000000>;\n\t};\n};\n')
    w("dts/sensor.dts", '/dts-v1/;\n/ {\n\tcompatible = "acme,sensor-hub";\n\tsensor {\n'
      '\t\tcompatible = "bosch,bme280";\n\t\tlabel = "climate";\n\t};\n};\n')
    w("dts/leds.dts", '/dts-v1/;\n/ {\n\tleds {\n\t\tcompatible = "gpio-leds";\n\t\tstatus {\n'
      '\t\t\tlabel = "status";\n\t\t\tdefault-state = "on";\n\t\t};\n\t};\n};\n')
    os.makedirs(f"{MASTER}/dtb")
    sh("dtc -q -I dts -O dtb -o dtb/board.dtb dts/board.dts", cwd=MASTER)


def _hdl():
    w("hdl/counter.v", "module counter_tb;\n  reg [3:0] c = 0;\n  initial begin\n    repeat (3) c = c + 1;\n"
      '    $display("count=%0d", c);\n    $finish;\n  end\nendmodule\n')
    w("hdl/mux.v", "module mux(input a, input b, input s, output y);\n  assign y = s ? b : a;\nendmodule\n\n"
      "module mux_tb;\n  reg a = 0, b = 1, s = 1;\n  wire y;\n  mux m(a, b, s, y);\n"
      '  initial begin #1 $display("y=%b", y); $finish; end\nendmodule\n')
    w("hdl/adder.v", "module adder(input [3:0] x, input [3:0] y, output [4:0] sum);\n  assign sum = x + y;\nendmodule\n")
    w("hdl/adder_tb.v", "module adder_tb;\n  reg [3:0] x = 5, y = 9;\n  wire [4:0] sum;\n  adder u(x, y, sum);\n"
      '  initial begin #1 $display("sum=%0d", sum); $finish; end\nendmodule\n')
    w("hdl/files.f", "hdl/adder.v\nhdl/adder_tb.v\n")


def _audio():
    import numpy as np
    import soundfile as sf
    from PIL import Image
    os.makedirs(f"{MASTER}/audio")
    for name, freq, sr, kw in (("voice.wav", 220, 16000, {}), ("chime.flac", 660, 22050, {}),
                               ("beep.ogg", 880, 8000, {"subtype": "VORBIS"}), ("tone.aiff", 440, 11025, {})):
        t = np.arange(int(sr * 0.25)) / sr
        sf.write(f"{MASTER}/audio/{name}", 0.3 * np.sin(2 * np.pi * freq * t), sr, **kw)
    # a standard MIDI file (format 0, one track, two notes)
    trk = bytes([0x00, 0x90, 60, 64, 0x60, 0x80, 60, 0, 0x00, 0x90, 64, 64, 0x60, 0x80, 64, 0, 0x00, 0xFF, 0x2F, 0x00])
    w("audio/song.mid", b"MThd" + (6).to_bytes(4, "big") + bytes([0, 0, 0, 1, 0, 96]) + b"MTrk" +
      len(trk).to_bytes(4, "big") + trk, "wb")
    w("audio/levels.csv", "t,level\n" + "".join(f"{i / 100:.2f},{0.3 * (i % 7) / 7:.3f}\n" for i in range(50)))
    Image.new("RGB", (32, 32), (180, 40, 90)).save(f"{MASTER}/audio/cover.png")
    w("audio/lyrics.txt", "la la la\nthe tide comes in\n")
    w("audio/playlist.m3u", "#EXTM3U\nvoice.wav\nchime.flac\nbeep.ogg\n")


def _photos():
    from PIL import Image
    os.makedirs(f"{MASTER}/photos")
    for name, col, when in (("beach", (240, 200, 120), "2023:07:14 16:20:00"),
                            ("city", (90, 90, 110), "2023:09:02 08:45:00"),
                            ("forest", (30, 120, 40), "2024:04:21 11:05:00")):
        ex = Image.Exif()
        ex[306] = when
        ex[0x8769] = {36867: when, 36868: when}
        Image.new("RGB", (60, 40), col).save(f"{MASTER}/photos/{name}.jpg", exif=ex, quality=85)


def _ppm(path, wd, ht, seed):
    data = bytearray()
    for y in range(ht):
        for x in range(wd):
            data += bytes(((x * 4 + seed) % 256, (y * 5 + seed * 3) % 256, (x * y + seed) % 256))
    w(path, b"P6 %d %d 255\n" % (wd, ht) + bytes(data), "wb")


def _pdf(path, text):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>"]
    stream = f"BT /F1 12 Tf 20 50 Td ({text}) Tj ET"
    objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    w(path, out)


def _djvu():
    from PIL import Image
    for name, (wd, ht, seed) in (("scan", (64, 48, 1)), ("page", (80, 60, 2)), ("map", (48, 48, 3))):
        _ppm(f"djvu/src/{name}.ppm", wd, ht, seed)
    _ppm("images/scan.ppm", 64, 48, 5)
    Image.new("RGB", (40, 30), (20, 90, 160)).save(f"{MASTER}/images/cover.png")
    _pdf("docs/report.pdf", "Quarterly report")
    _pdf("docs/manual.pdf", "User manual")
    sh("for n in scan page map; do c44 djvu/src/$n.ppm djvu/$n.djvu || exit 1; done && "
       "djvm -c djvu/book.djvu djvu/page.djvu djvu/scan.djvu djvu/map.djvu && rm -r djvu/src", cwd=MASTER)


def _bio():
    w("bed/genes.bed", "chr1\t100\t500\tgeneA\nchr1\t800\t1200\tgeneB\nchr2\t50\t300\tgeneC\n")
    w("bed/peaks.bed", "chr1\t400\t900\tpeak1\nchr2\t100\t200\tpeak2\nchr2\t600\t700\tpeak3\n")
    w("bed/exons.bed", "chr1\t150\t250\tex1\t0\t+\nchr1\t900\t1000\tex2\t0\t-\nchr2\t60\t120\tex3\t0\t+\n")
    w("bed/hg.genome", "chr1\t2000\nchr2\t1000\n")
    genes = [(f"gene{i}", _rng_seq(10 + i, 400)) for i in range(1, 5)]
    _fasta("seqs/genes.fa", genes)
    _fasta("seqs/plasmids.fa", [("pAcme1", _rng_seq(21, 900)), ("pAcme2", _rng_seq(22, 700))])
    _fasta("seqs/proteins.fa", [(f"prot{i}", _rng_seq(30 + i, 120, "ACDEFGHIKLMNPQRSTVWY")) for i in range(1, 4)])
    _fasta("seqs/query.fa", [("q1", genes[1][1][50:150])])
    _fasta("seqs/primer.fa", [("fwd", genes[0][1][20:40]), ("rev", _rng_seq(23, 900)[300:320])])
    refs = {"phage": _rng_seq(41, 2000), "plasmid": _rng_seq(42, 3000), "ecoli": _rng_seq(43, 5000)}
    for k, v in refs.items():
        _fasta(f"ref/{k}.fa", [(k, v)])

    def fq(src, starts):
        return "".join(f"@r{i}\n{src[s:s + 70]}\n+\n{'I' * 70}\n" for i, s in enumerate(starts, 1))
    w("reads/s1.fq", fq(refs["phage"], [10, 300, 777, 1200, 1800]))
    w("reads/s2.fq", fq(refs["plasmid"], [5, 450, 1600, 2500]))
    # HMMER profiles built from small Stockholm alignments
    fams = {"kinase": "MKVLAAGIVGLLLAAQPAMA", "globin": "VLSPADKTNVKAAWGKVGAH", "zinc": "CPECGKSFSQSSNLQKHQRT",
            "sh3": "ALYDYEARTEDDLSFHKGEK"}
    import random
    r = random.Random(5)
    for name, core in fams.items():
        rows = []
        for k in range(4):
            s = list(core)
            for _ in range(2):
                s[r.randrange(len(s))] = r.choice("ACDEFGHIKLMNPQRSTVWY")
            rows.append(f"{name}{k} {''.join(s)}")
        w(f"hmm/src/{name}.sto", "# STOCKHOLM 1.0\n" + "\n".join(rows) + "\n//\n")
    sh("for n in kinase globin zinc sh3; do hmmbuild -n $n -o /dev/null hmm/$n.hmm hmm/src/$n.sto || exit 1; done && "
       "cat hmm/kinase.hmm hmm/globin.hmm > hmm/mini.hmm && rm -r hmm/src", cwd=MASTER)
    _fasta("prot/query.fa", [("p1", "MKVLAAGIVGLLLAAQPAMA"), ("p2", "GSVLSPADKTNVKAAWGKVGAHAG")])


def _backup_and_archives():
    import gzip
    import tarfile
    import zipfile
    w("projects/site/index.html", "<h1>Acme</h1>\n")
    w("projects/site/about.html", "<p>About</p>\n")
    w("projects/docs/readme.md", "# Docs\nSee the site.\n")
    w("keys/restic.pw", "correct horse battery staple\n")
    os.makedirs(f"{MASTER}/backups")
    w("logs/app.log", "".join(f"2024-03-0{i % 9 + 1} INFO request {i} served in {i % 37} ms\n" for i in range(1500)))
    w("logs/access.log", "".join(f"10.0.0.{i % 250} - - [01/Mar/2024] \"GET /p/{i % 40}\" 200\n" for i in range(1500)))
    w("logs/db.dump", "".join(f"INSERT INTO t VALUES ({i}, 'row {i}');\n" for i in range(1500)))
    os.makedirs(f"{MASTER}/archives")
    with zipfile.ZipFile(f"{MASTER}/archives/site.zip", "w") as z:
        z.write(f"{MASTER}/projects/site/index.html", "index.html")
    with tarfile.open(f"{MASTER}/archives/logs.tar.gz", "w:gz") as t:
        t.add(f"{MASTER}/projects/docs", "docs")
    with tarfile.open(f"{MASTER}/archives/pkg.tar", "w") as t:
        t.add(f"{MASTER}/projects/site", "site")
    with gzip.open(f"{MASTER}/archives/notes.txt.gz", "wb") as g:
        g.write(b"notes\n")
    os.makedirs(f"{MASTER}/arj")
    sh("arj a -y arj/docs.arj projects/docs/readme.md && arj a -y arj/logs.arj projects/docs/readme.md "
       "projects/site/about.html && arj a -y arj/site.arj projects/site/index.html", cwd=MASTER)


SPEC = """Name: {name}
Version: {ver}
Release: 1
Summary: {name} test package
License: MIT
BuildArch: noarch
{req}
%description
A {name} test package.
%pre
echo installing {name}
%install
mkdir -p %{{buildroot}}/usr/share/doc/{name}
echo {name} > %{{buildroot}}/usr/share/doc/{name}/README
%files
/usr/share/doc/{name}/README
"""


def _packages():
    import tarfile
    os.makedirs(f"{MASTER}/packages")
    top = f"{FX}/_rpm"
    for name, ver, req in (("hello", "1.0", ""), ("tools", "2.1", "Requires: hello >= 1.0")):
        base = f"{FX}/_deb/{name}"
        os.makedirs(f"{base}/DEBIAN")
        os.makedirs(f"{base}/usr/share/doc/{name}")
        with open(f"{base}/DEBIAN/control", "w") as f:
            f.write(f"Package: {name}\nVersion: {ver}\nArchitecture: all\nMaintainer: Dev <dev@example.org>\n"
                    f"Description: {name} test package\n")
        with open(f"{base}/usr/share/doc/{name}/README", "w") as f:
            f.write(name + "\n")
        spec = f"{FX}/_rpm_{name}.spec"
        with open(spec, "w") as f:
            f.write(SPEC.format(name=name, ver=ver, req=req))
        sh(f"dpkg-deb --root-owner-group --build {base} packages/{name}_{ver}_all.deb >/dev/null && "
           f"rpmbuild -bb --quiet --define '_topdir {top}' --define '_build_id_links none' {spec} >/dev/null && "
           f"cp {top}/RPMS/noarch/{name}-{ver}-1.noarch.rpm packages/", cwd=MASTER, env=call_env(f"{FX}/_home"))
    with tarfile.open(f"{MASTER}/packages/tools-2.1.tar.gz", "w:gz") as t:
        t.add(f"{FX}/_deb/tools/usr", "tools-2.1")


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home/.home")
    os.makedirs(f"{FX}/_home/.tmp")
    for d in ("out", ".home", ".tmp", "images", "docs", "db"):
        os.makedirs(f"{MASTER}/{d}")
    _rasters()
    _vectors()
    _gps()
    _dts()
    _hdl()
    _audio()
    _photos()
    _djvu()
    _bio()
    _backup_and_archives()
    _packages()

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
    problems += len(SETUP_PROBLEMS)
    print(f"{len(out_lines)} scenarios, {problems} problems")


if __name__ == "__main__":
    main()
