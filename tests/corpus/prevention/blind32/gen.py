#!/usr/bin/env python
"""Build fixtures under /tmp/bp32fx, run every learn / repeat / good call of scenarios_def.py
for real, check them, and write scenarios.jsonl with the real error output of each learn call.

Prints PROBLEM lines for: a learn or repeat call that succeeds or whose output does not show the
scenario's failure message (fail_re), a good call that fails or shows fail_re, a failing history / setup step,
a /tmp path in an error or record, a scenario tool that is in existing_prevention_tools.txt or from an avoided
family, a shell command whose program is from an avoided family or is a program an earlier set used (the
`shell program:` lines of existing_prevention_tools.txt; only `cd` is allowed), a category with fewer than 4
scenarios (or more than 6), a family (source) with more than 2 scenarios, a scenario with fewer than
2 learn / 3 repeats / 4 good calls, an MQ/WS item without recent_calls,
fewer than 18 shell-style scenarios, and a total outside 26-30. No server or network is used.
The shell tool name (SHELL = "cmd_exec", fixed by the brief) is new, so nothing is exempt from the checks.
Set 32: categories use the names of ref/labelling_rules.md; fixtures are built from scratch in build_master().

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
                                                             "DICTIONARY", "DICPATH", "STOW_DIR", "PKG_CONFIG_PATH")}
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
            "sgp4 terminal_run texinfo makeinfo notmuch").split()
# the shell tool name fixed by the brief ("cmd_exec") is not in existing_prevention_tools.txt: no exemption
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


def _fastq(path, recs):
    w(path, "".join(f"@{i}\n{s}\n+\n{'I' * len(s)}\n" for i, s in recs))


def _qemu():
    os.makedirs(f"{MASTER}/images")
    sh("qemu-img create -q -f qcow2 images/base.qcow2 64M && qemu-img create -q -f qcow2 images/web.qcow2 64M",
       cwd=MASTER)


def _genomes():
    lam, pla = _rng_seq(101, 6000), _rng_seq(102, 4000)
    _fasta("ref/lambda.fa", [("lambda", lam)])
    _fasta("ref/plasmid.fa", [("pAcme", pla)])
    _fastq("reads/ont.fq", [(f"ont{i}", lam[s:s + 800]) for i, s in enumerate((0, 900, 2100, 3300, 4700), 1)])
    _fastq("reads/pb.fq", [(f"pb{i}", pla[s:s + 1000]) for i, s in enumerate((50, 1200, 2500), 1)])
    _fastq("reads/ill.fq", [(f"ill{i}", lam[s:s + 150]) for i, s in enumerate(range(100, 5000, 450), 1)])
    _fasta("asm/contigs.fa", [("ctg1", lam[0:2500]), ("ctg2", lam[2400:6000])])
    genes = [(f"gene{i}", _rng_seq(200 + i, 300)) for i in range(1, 5)]
    _fasta("seqs/genes.fa", genes)
    _fasta("seqs/contigs.fa", [("contig1", _rng_seq(211, 1500) + "GATTACA" + _rng_seq(212, 500)),
                               ("contig2", _rng_seq(213, 1200))])
    _fastq("seqs/reads.fq", [(f"r{i}", _rng_seq(300 + i, 100)) for i in range(1, 21)])


def _texts():
    w("docs/readme.txt", "The Widgetron frobnicates your data in real time.\nInstall it with the Acme installer.\n")
    w("docs/letter.txt", "Dear customer,\nthank you for chosing Acme. Your Widgetron ships tomorow.\n")
    w("docs/release-notes.txt", "Release 2.1\n- faster frobnicate step\n- fixed a crash on startup\n")
    w("dicts/acme.aff", "SET UTF-8\n")
    w("dicts/acme.dic", "3\nAcme\nWidgetron\nfrobnicate/S\n")


def _debs():
    os.makedirs(f"{MASTER}/packages")
    for name, ver in (("hello", "1.0"), ("tools", "2.1"), ("libacme", "0.3"), ("acme-base", "1.2")):
        base = f"{FX}/_deb/{name}"
        os.makedirs(f"{base}/DEBIAN")
        os.makedirs(f"{base}/usr/share/doc/{name}")
        with open(f"{base}/DEBIAN/control", "w") as f:
            f.write(f"Package: {name}\nVersion: {ver}\nSection: utils\nPriority: optional\nArchitecture: all\n"
                    f"Maintainer: Dev <dev@example.org>\nDescription: {name} test package\n")
        with open(f"{base}/usr/share/doc/{name}/README", "w") as f:
            f.write(name + "\n")
        sh(f"dpkg-deb --root-owner-group --build {base} packages/{name}_{ver}_all.deb >/dev/null", cwd=MASTER)
    w("repos/main/conf/distributions", "Codename: bookworm\nSuite: stable\nComponents: main contrib\n"
                                       "Architectures: amd64 i386\n")
    os.makedirs(f"{MASTER}/repos/staging")
    # the main repository already holds one package (so it has a database: list / export / remove do real work)
    sh("reprepro -b repos/main includedeb bookworm packages/acme-base_1.2_all.deb >/dev/null", cwd=MASTER)
    # aptly: a config in HOME with a root directory relative to the call's copy (no absolute path in messages)
    w(".home/.aptly.conf", '{"rootDir": "aptly-root"}\n')


CONFIGURE_AC = """AC_INIT([{name}], [1.0])
AM_INIT_AUTOMAKE([foreign])
AC_PROG_CC
AC_CONFIG_FILES([Makefile])
AC_OUTPUT
"""


def _autotools():
    for name in ("hello", "greet", "calc"):
        w(f"proj/{name}/configure.ac", CONFIGURE_AC.format(name=name))
        w(f"proj/{name}/Makefile.am", f"bin_PROGRAMS = {name}\n{name}_SOURCES = {name}.c\n")
        w(f"proj/{name}/{name}.c", '#include <stdio.h>\nint main(void) { puts("%s"); return 0; }\n' % name)


def _release_files():
    import random
    r = random.Random(9)
    os.makedirs(f"{MASTER}/keys")
    for n in ("app-1.0.tar.gz", "app-1.1.tar.gz", "tool-2.0.zip"):
        w(f"dist/{n}", bytes(r.randrange(256) for _ in range(2048)), "wb")
    os.makedirs(f"{MASTER}/disks")


def _fits():
    import random
    import struct

    def card(k, v=None):
        if v is None:
            return k.ljust(80)
        vs = ("T" if v else "F") if isinstance(v, bool) else (f"'{v}'" if isinstance(v, str) else str(v))
        return f"{k:<8}= {vs:>20}".ljust(80)

    for name, (wd, ht, seed, obj) in (("m31", (64, 64, 1, "M31")), ("m42", (50, 40, 2, "M42")),
                                      ("ngc1300", (48, 48, 3, "NGC1300"))):
        r = random.Random(seed)
        hdr = "".join([card("SIMPLE", True), card("BITPIX", 16), card("NAXIS", 2), card("NAXIS1", wd),
                       card("NAXIS2", ht), card("OBJECT", obj), card("END")])
        hdr = hdr.ljust((len(hdr) + 2879) // 2880 * 2880)
        data = b"".join(struct.pack(">h", 1000 + r.randrange(60)) for _ in range(wd * ht))
        data += b"\0" * ((-len(data)) % 2880)
        w(f"fits/{name}.fits", hdr.encode() + data, "wb")


def _stow():
    for pkg, files in (("tools-1.0", {"bin/tool": "v1"}), ("tools-2.0", {"bin/tool": "v2"}),
                       ("editor-1.0", {"bin/edit": "e1", "share/editor/help.txt": "help 1"}),
                       ("editor-2.0", {"bin/edit": "e2", "share/editor/help.txt": "help 2"}),
                       ("node-18", {"bin/node": "18", "lib/node/VERSION": "18"}),
                       ("node-20", {"bin/node": "20", "lib/node/VERSION": "20"})):
        for f, c in files.items():
            w(f"pkgs/{pkg}/{f}", c + "\n")
    os.makedirs(f"{MASTER}/local")


def _midi():
    import struct
    import wave

    def smf(notes):
        trk = b""
        for n in notes:
            trk += bytes([0x00, 0x90, n, 64, 0x60, 0x80, n, 0])
        trk += bytes([0x00, 0xFF, 0x2F, 0x00])
        return b"MThd" + (6).to_bytes(4, "big") + bytes([0, 0, 0, 1, 0, 96]) + b"MTrk" + len(trk).to_bytes(4, "big") + trk
    w("midi/theme.mid", smf([60, 64, 67, 72]), "wb")
    w("midi/intro.mid", smf([57, 60, 64]), "wb")
    sh("midicsv midi/theme.mid midi/theme.csv", cwd=MASTER)
    w("midi/loop.csv", "0, 0, Header, 0, 1, 96\n1, 0, Start_track\n1, 0, Note_on_c, 9, 36, 100\n"
                       "1, 48, Note_off_c, 9, 36, 0\n1, 48, Note_on_c, 9, 38, 100\n1, 96, Note_off_c, 9, 38, 0\n"
                       "1, 96, End_track\n0, 0, End_of_file\n")
    w("midi/tune.abc", "X:1\nT:Loop\nM:4/4\nK:C\nCDEF GABc|\n")
    os.makedirs(f"{MASTER}/audio")
    wf = wave.open(f"{MASTER}/audio/voice.wav", "wb")
    wf.setnchannels(1)
    wf.setsampwidth(2)
    wf.setframerate(8000)
    wf.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000 - 1000) for i in range(4000)))
    wf.close()


def _pdf(path, text, pages=1):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{3 + 2 * i} 0 R" for i in range(pages)), pages)]
    for i in range(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {3 + 2 * pages} 0 R >> >> >>")
        stream = f"BT /F1 12 Tf 20 50 Td ({text} page {i + 1}) Tj ET"
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


def _pdfs():
    _pdf("pdf/src/contract.pdf", "Service contract", 2)
    _pdf("pdf/src/invoice.pdf", "Invoice 2024-117", 1)
    _pdf("pdf/src/payslip.pdf", "Payslip March", 1)
    _pdf("pdf/report.pdf", "Annual report", 3)
    sh("qpdf --encrypt s3cret owner-c 256 -- pdf/src/contract.pdf pdf/contract.pdf && "
       "qpdf --encrypt acme2024 owner-i 256 -- pdf/src/invoice.pdf pdf/invoice.pdf && "
       "qpdf --encrypt pay-0324 owner-p 256 -- pdf/src/payslip.pdf pdf/payslip.pdf && rm -r pdf/src", cwd=MASTER)


def _zones():
    soa = "@ IN SOA ns1.{z}. hostmaster.{z}. ( 2024030101 7200 900 1209600 300 )\n"
    w("zones/example.com.zone", "$TTL 3600\n" + soa.format(z="example.com") +
      "  IN NS ns1.example.com.\nns1 IN A 192.0.2.53\nwww IN A 192.0.2.80\nmail IN A 192.0.2.25\n")
    w("zones/example.org.zone", "$TTL 1h\n" + soa.format(z="example.org") +
      "  IN NS ns1.example.org.\nns1 IN A 198.51.100.53\n@ IN MX 10 mail.example.org.\n"
      "mail IN A 198.51.100.25\n")
    w("zones/example.net.zone", "$ORIGIN example.net.\n$TTL 7200\n" + soa.format(z="example.net") +
      "  IN NS ns1.example.net.\nns1 IN A 203.0.113.53\nshop IN CNAME www.example.com.\n")
    w("zones/2.0.192.in-addr.arpa.zone", "$TTL 3600\n" + soa.format(z="example.com") +
      "  IN NS ns1.example.com.\n53 IN PTR ns1.example.com.\n80 IN PTR www.example.com.\n")
    w("conf/named.conf", 'options {\n    directory "zones";\n    recursion no;\n};\n'
      'zone "example.com" {\n    type primary;\n    file "example.com.zone";\n};\n'
      'zone "example.org" {\n    type primary;\n    file "example.org.zone";\n};\n'
      'zone "2.0.192.in-addr.arpa" {\n    type primary;\n    file "2.0.192.in-addr.arpa.zone";\n};\n')


def _pki():
    w("pki/web.tmpl", 'cn = "www.example.com"\ndns_name = "www.example.com"\nexpiration_days = 365\n'
                      'tls_www_server\nsigning_key\n')
    w("pki/mail.tmpl", 'cn = "mail.example.com"\nexpiration_days = 365\ntls_www_server\nsigning_key\n')
    w("pki/ca.tmpl", 'cn = "Acme Test CA"\nca\ncert_signing_key\ncrl_signing_key\nexpiration_days = 3650\n')
    w("pki/crl.tmpl", "crl_next_update = 30\ncrl_number = 7\n")
    sh("for k in web mail ca; do certtool --generate-privkey --key-type=ecdsa --outfile pki/$k.key || exit 1; done"
       " && certtool --generate-self-signed --load-privkey pki/ca.key --template pki/ca.tmpl --outfile pki/ca.crt"
       " && certtool --generate-request --load-privkey pki/web.key --template pki/web.tmpl --outfile pki/web.csr"
       " && certtool --generate-request --load-privkey pki/mail.key --template pki/mail.tmpl --outfile pki/mail.csr"
       " && certtool --generate-certificate --load-request pki/web.csr --load-ca-certificate pki/ca.crt"
       " --load-ca-privkey pki/ca.key --template pki/web.tmpl --outfile pki/web.crt", cwd=MASTER)


def _lp():
    w("lp/diet.mod", "var x >= 0;\nvar y >= 0;\nmaximize profit: 3*x + 2*y;\ns.t. c1: x + y <= 4;\n"
                     "s.t. c2: x + 3*y <= 6;\nsolve;\ndisplay x, y;\nend;\n")
    w("lp/transport.mod", "set I;\nset J;\nparam a{I};\nparam b{J};\nparam c{I,J};\nvar x{I,J} >= 0;\n"
                          "minimize cost: sum{i in I, j in J} c[i,j]*x[i,j];\n"
                          "s.t. supply{i in I}: sum{j in J} x[i,j] <= a[i];\n"
                          "s.t. demand{j in J}: sum{i in I} x[i,j] >= b[j];\nsolve;\nend;\n")
    w("lp/transport.dat", "data;\nset I := porto lisbon;\nset J := braga faro coimbra;\n"
                          "param a := porto 350 lisbon 600;\nparam b := braga 325 faro 300 coimbra 275;\n"
                          "param c : braga faro coimbra :=\n  porto 2.5 1.7 1.8\n  lisbon 2.5 1.8 1.4;\nend;\n")
    w("lp/plan.lp", "Maximize\n obj: 3 x + 2 y\nSubject To\n c1: x + y <= 4\n c2: x + 3 y <= 6\nEnd\n")
    w("lp/blend.lp", "Minimize\n cost: 0.12 a + 0.09 b\nSubject To\n protein: 0.3 a + 0.2 b >= 6\n"
                     " total: a + b = 25\nBounds\n a <= 20\nEnd\n")
    sh("glpsol --lp lp/plan.lp --wfreemps lp/plan.mps >/dev/null", cwd=MASTER)


def _art_and_fw():
    from PIL import Image, ImageDraw
    from intelhex import IntelHex
    for name, shape, size in (("logo", "ellipse", (60, 40)), ("badge", "rectangle", (40, 40)),
                              ("stamp", "ellipse", (50, 30))):
        im = Image.new("L", size, 255)
        getattr(ImageDraw.Draw(im), shape)((5, 5, size[0] - 6, size[1] - 6), fill=0)
        os.makedirs(f"{MASTER}/art", exist_ok=True)
        if name == "logo":
            im.convert("1").save(f"{MASTER}/art/logo.pbm")
        elif name == "badge":
            im.convert("RGB").save(f"{MASTER}/art/badge.bmp")
        else:
            im.save(f"{MASTER}/art/stamp.pgm")
    os.makedirs(f"{MASTER}/fw")
    for name, off, n, seed in (("boot", 0x0000, 64, 1), ("app", 0x0800, 200, 2), ("loader", 0x7C00, 96, 3),
                               ("eeprom", 0x0000, 32, 4)):
        data = bytes((i * 7 + seed) % 256 for i in range(n))
        ih = IntelHex()
        ih.frombytes(data, offset=off)
        ih.write_hex_file(f"{MASTER}/fw/{name}.hex")
        if name in ("boot", "loader"):
            w(f"fw/{name}.bin", data, "wb")
    shutil.copy(f"{MASTER}/fw/app.hex", f"{MASTER}/fw/app.ihx")
    w("fw/app.srec", "S00F000068656C6C6F202020202000003C\n"
                     "S11F00007C0802A6900100049421FFF07C6C1B787C8C23783C6000003863000026\nS9030000FC\n")
    w("fw/bootloader.s19", "S0030000FC\nS1130000285F245F2212226A000424290008237C2A\nS9030000FC\n")
    w("fw/app.elf", b"\x7fELF\x01\x01\x01" + bytes(57), "wb")


def build_master():
    shutil.rmtree(FX, ignore_errors=True)
    os.makedirs(MASTER)
    os.makedirs(f"{FX}/_home/.home")
    os.makedirs(f"{FX}/_home/.tmp")
    for d in ("out", ".home", ".tmp"):
        os.makedirs(f"{MASTER}/{d}")
    _qemu()
    _genomes()
    _texts()
    _debs()
    _autotools()
    _release_files()
    _fits()
    _stow()
    _midi()
    _pdfs()
    _zones()
    _pki()
    _lp()
    _art_and_fw()

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
