"""Scenario definitions for blind set 30. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp30fx"
SHELL = "run_shell"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def C(cmd, history=None, setup=()):
    d = {"params": {"command": cmd}}
    if history is not None:
        d["recent_calls"] = history
    if setup:
        d["_setup"] = list(setup)
    return d


def CH(cmd, *pairs):
    """a shell call whose recent_calls really happened first (hidden _setup runs them)"""
    return C(cmd, [p[0] for p in pairs], [p[1] for p in pairs])


def P(**params):
    return {"params": params}


def SHD(cmd):
    """a run_shell history step that really happens (its output is discarded; it must succeed)"""
    return RC(SHELL, command=cmd), "{ " + cmd + "; } >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path) or '.')} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


BISON = "GNU Bison 3.8.2 (Debian bison 2:3.8.2+dfsg-1+b1)"
SQUASHFS = "squashfs-tools 4.5.1 (mksquashfs / unsquashfs, Debian 1:4.5.1-1)"
WAVPACK = "WavPack 5.6.0 (wavpack / wvunpack, Debian 5.6.0-1)"
GROFF = "GNU groff 1.22.4 (Debian groff-base 1.22.4-10)"
SEGNO = "segno 1.6.6"
RDFLIB = "rdflib 7.6.0"
DATEUTILS = "dateutils 0.4.10 (dateutils.dconv)"
PNGQUANT = "pngquant 2.17.0"
JHEAD = "jhead 3.06.0.1"
ASTROPY = "astropy 8.0.2"
ENCA = "enca 1.19"
GENISO = "genisoimage 1.1.11 (cdrkit, Debian 9:1.1.11-3.4)"
MSCGEN = "mscgen 0.20"
H3 = "h3 4.5.0 (h3-py)"
DARCS = "darcs 2.16.5"
CSCOPE = "cscope 15.9"
SAMTOOLS = "samtools 1.16.1 (htslib 1.16)"
IDUTILS = "GNU idutils 4.6.28 (mkid / lid / gid)"
TABIX = "tabix 1.16 (htslib 1.16) with bcftools 1.16 / bgzip for the history steps"
CABEXTRACT = "cabextract 1.9"
NETCDF = "netCDF 4.9.0 utilities (ncdump / ncgen, Debian netcdf-bin 1:4.9.0-3+b1)"
BIOPYTHON = "biopython 1.88 (Bio.SeqIO)"

LS = NOP("list_dir", path=".")


def DINIT(d):
    return SHD(f"darcs init {d}")


def SORT_BAM(raw, out):
    return SHD(f"samtools sort -o {out} {raw}")


def BGZ(vcf, out):
    return SHD(f"bgzip -c {vcf} > {out}")


def BSORT(vcf, out):
    return SHD(f"bcftools sort -Oz -o {out} {vcf}")


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp30-ip-bison-report-value", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": BISON,
        "fail_re": r"^bison: invalid argument .\S+. for .--report.\nValid arguments are:",
        "learn": [C("bison --report=conflicts -o out/calc.c gram/calc.y"),
                  C("bison --report=verbose -o out/expr.c gram/expr.y")],
        "repeats": [C("bison --report=grammar -o out/list.c gram/list.y"),
                    C("bison -d -r states,lalr -o out/calc.c gram/calc.y"),
                    C("bison --report=full --report-file=out/expr.output -o out/expr.c gram/expr.y")],
        "good": [C("bison --report=states -o out/calc.c gram/calc.y"),
                 C("bison --report=itemsets -o out/expr.c gram/expr.y"),
                 C("bison -d -r states,lookaheads -o out/calc.c gram/calc.y"),
                 C("bison --report=all --report-file=out/expr.output -o out/expr.c gram/expr.y"),
                 C("bison --report=solved -o out/list.c gram/list.y")],
    },
    {
        "id": "bp30-ip-mksquashfs-compressor", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": SQUASHFS,
        "fail_re": r'^mksquashfs: Compressor "[^"]*" is not supported!\nmksquashfs: Compressors available:',
        "learn": [C("mksquashfs site out/site.sqfs -noappend -no-progress -comp lzx"),
                  C("mksquashfs logs out/logs.sqfs -noappend -no-progress -comp bzip2")],
        "repeats": [C("mksquashfs backup out/backup.sqfs -noappend -no-progress -comp zlib"),
                    C("mksquashfs site out/site.sqfs -noappend -no-progress -comp brotli -b 131072"),
                    C("mksquashfs logs out/logs.sqfs -noappend -no-progress -comp zstandard")],
        "good": [C("mksquashfs site out/site.sqfs -noappend -no-progress -comp xz"),
                 C("mksquashfs logs out/logs.sqfs -noappend -no-progress -comp gzip"),
                 C("mksquashfs backup out/backup.sqfs -noappend -no-progress -comp zstd"),
                 C("mksquashfs site out/site.sqfs -noappend -no-progress -comp lz4 -b 131072"),
                 C("mksquashfs logs out/logs.sqfs -noappend -no-progress -comp lzo")],
    },
    {
        "id": "bp30-ip-wavpack-extra-mode", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": WAVPACK,
        "fail_re": r"^extra mode only goes from 0 to 6!",
        "learn": [C("wavpack -q -x9 audio/voice.wav -o out/voice.wv"),
                  C("wavpack -q -hh -x7 audio/tone.wav -o out/tone.wv")],
        "repeats": [C("wavpack -q -x8 audio/chime.wav -o out/chime.wv"),
                    C("wavpack -q -f -x10 audio/voice.wav -o out/voice.wv"),
                    C("wavpack -q -h -x12 audio/tone.wav -o out/tone.wv")],
        "good": [C("wavpack -q -x6 audio/voice.wav -o out/voice.wv"),
                 C("wavpack -q -hh -x4 audio/tone.wav -o out/tone.wv"),
                 C("wavpack -q -x3 audio/chime.wav -o out/chime.wv"),
                 C("wavpack -q -f -x1 audio/voice.wav -o out/voice.wv"),
                 C("wavpack -q -h -x audio/tone.wav -o out/tone.wv")],
    },
    {
        "id": "bp30-ip-groff-output-device", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": GROFF,
        "fail_re": r"^groff: fatal error: invalid device '[^']*'$",
        "learn": [C("groff -man -T html5 man/tool.1 > out/tool.html"), C("groff -man -T txt man/ref.7 > out/ref.txt")],
        "repeats": [C("groff -man -T text man/sync.8 > out/sync.txt"),
                    C("groff -man -T unicode man/tool.1 > out/tool.txt"),
                    C("groff -man -T postscript man/ref.7 > out/ref.ps")],
        "good": [C("groff -man -T utf8 man/tool.1 > out/tool.txt"), C("groff -man -T ascii man/ref.7 > out/ref.txt"),
                 C("groff -man -T latin1 man/sync.8 > out/sync.txt"), C("groff -man -T ps man/ref.7 > out/ref.ps"),
                 C("groff -man -Tutf8 -rLL=60n man/tool.1 > out/tool.txt")],
    },
    {
        "id": "bp30-ip-segno-qr-version", "category": "INCORRECT_PARAMETER", "tool": "segno_make", "source": SEGNO,
        "fail_re": r'^ValueError: Unsupported version "[^"]*"\. Supported: M1, M2, M3, M4 and 1 \.\. 40',
        "learn": [P(content="https://example.org/tickets/8841", version=41),
                  P(content="WIFI:S:office;T:WPA;P:s3cret;;", version="M5")],
        "repeats": [P(content="BEGIN:VCARD\nFN:Ana Lima\nEND:VCARD", version=50, error="L"),
                    P(content="12345", version="M6"),
                    P(content="https://example.org/menu", version=45, error="H")],
        "good": [P(content="https://example.org/tickets/8841", version=40),
                 P(content="12345", version="M4"),
                 P(content="BEGIN:VCARD\nFN:Ana Lima\nEND:VCARD", version=12, error="L"),
                 P(content="https://example.org/menu", error="H"),
                 P(content="WIFI:S:office;T:WPA;P:s3cret;;", version=5)],
    },
    {
        "id": "bp30-ip-rdflib-parser-format", "category": "INCORRECT_PARAMETER", "tool": "rdflib_graph_parse",
        "source": RDFLIB,
        "fail_re": r"^PluginException: No plugin registered for \([^,]*, <class 'rdflib\.parser\.Parser'>\)",
        "learn": [P(source="rdf/people.ttl", format="turtl"), P(source="rdf/org.rdf", format="rdfxml")],
        "repeats": [P(source="rdf/links.nt", format="ntriple"), P(source="rdf/book.jsonld", format="jsonld-1.1"),
                    P(source="rdf/events.nq", format="n-quad")],
        "good": [P(source="rdf/people.ttl", format="turtle"), P(source="rdf/org.rdf", format="xml"),
                 P(source="rdf/links.nt", format="nt"), P(source="rdf/book.jsonld", format="json-ld"),
                 P(source="rdf/people.ttl", format="ttl")],
    },
    # ------------------------------------------------------------------ WRONG_FORMAT
    {
        "id": "bp30-wf-dateutils-dconv-date-layout", "category": "WRONG_FORMAT", "tool": SHELL, "source": DATEUTILS,
        "fail_re": r"^dconv: cannot make sense of `[^']*' using the given input formats",
        "learn": [C("dateutils.dconv 03/04/2024 -f '%A %d %B %Y'"), C("dateutils.dconv 12.05.2024 -f %F")],
        "repeats": [C("dateutils.dconv 'March 3, 2024' -f %j"), C("dateutils.dconv 15-07-2024 -f %u"),
                    C("dateutils.dconv '2024 Jul 15' -f '%d/%m/%Y'")],
        "good": [C("dateutils.dconv 2024-04-03 -f '%A %d %B %Y'"), C("dateutils.dconv -i %d.%m.%Y 12.05.2024 -f %F"),
                 C("dateutils.dconv 2024-03-03 -f %j"), C("dateutils.dconv -i %d-%m-%Y 15-07-2024 -f %u"),
                 C("dateutils.dconv 2024-07-15T09:30:00 -f '%d/%m/%Y %H:%M'")],
    },
    {
        "id": "bp30-wf-pngquant-quality-range", "category": "WRONG_FORMAT", "tool": SHELL, "source": PNGQUANT,
        "fail_re": r"^Quality should be in format min-max where min and max are numbers in range 0-100\.",
        "learn": [C("pngquant --quality 60..90 -o out/chart.png images/chart.png"),
                  C("pngquant --quality 0.6-0.9 -o out/logo.png images/logo.png")],
        "repeats": [C("pngquant --quality 70% -o out/map.png images/map.png"),
                    C("pngquant --quality '65 85' -o out/badge.png images/badge.png"),
                    C("pngquant --speed 3 --quality 50:80 -o out/chart.png images/chart.png")],
        "good": [C("pngquant --quality 60-90 -o out/chart.png images/chart.png"),
                 C("pngquant --quality 60-100 -o out/logo.png images/logo.png"),
                 C("pngquant --quality 70 -o out/map.png images/map.png"),
                 C("pngquant --quality=0-85 -o out/badge.png images/badge.png"),
                 C("pngquant --speed 3 --quality 50-80 -o out/chart.png images/chart.png")],
    },
    {
        "id": "bp30-wf-jhead-exif-date", "category": "WRONG_FORMAT", "tool": SHELL, "source": JHEAD,
        "fail_re": r"^Error : Date must be in format YYYY, YYYY:MM, or YYYY:MM:DD",
        "learn": [C("jhead -ds2024-03-01 photos/beach.jpg"), C("jhead -ds01.03.2024 photos/city.jpg")],
        "repeats": [C("jhead -ds2024/06/15 photos/forest.jpg"), C("jhead -ds15-06-2024 photos/beach.jpg"),
                    C("jhead -ds20240615 photos/city.jpg")],
        "good": [C("jhead -ds2024:03:01 photos/beach.jpg"), C("jhead -ds2024:03 photos/city.jpg"),
                 C("jhead -ds2024 photos/forest.jpg"), C("jhead -ts2024:06:15-09:30:00 photos/beach.jpg"),
                 C("jhead -ds2024:06:15 photos/city.jpg")],
    },
    {
        "id": "bp30-wf-astropy-time-string", "category": "WRONG_FORMAT", "tool": "astropy_time_parse",
        "source": ASTROPY,
        "fail_re": r"^ValueError: Input values did not match any of the formats where the format keyword is optional",
        "learn": [P(value="2024/03/01"), P(value="01-03-2024 12:00", scale="utc")],
        "repeats": [P(value="March 1, 2024"), P(value="2024.03.01 22:15:00", scale="tt"),
                    P(value="15/07/2024")],
        "good": [P(value="2024-03-01"), P(value="2024-03-01 12:00:00", scale="utc"),
                 P(value="2024:061"), P(value="2024-03-01T22:15:00", scale="tt"),
                 P(value=2460370.5, format="jd")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp30-mp-bison-no-grammar", "category": "MISSING_PARAMETER", "tool": SHELL, "source": BISON,
        "fail_re": r"^bison: missing operand\nTry 'bison --help' for more information\.",
        "learn": [C("bison -o out/calc.c"), C("bison -d -Wall --report=all -o out/expr.c")],
        "repeats": [C("bison --defines=out/list.h -o out/list.c"), C("cd gram && bison -d -v"),
                    C("bison -Wcounterexamples --report-file=out/calc.output -o out/calc.c")],
        "good": [C("bison -o out/calc.c gram/calc.y"), C("bison -d -Wall --report=all -o out/expr.c gram/expr.y"),
                 C("bison --defines=out/list.h -o out/list.c gram/list.y"), C("cd gram && bison -d -v calc.y"),
                 C("bison -Wcounterexamples --report-file=out/calc.output -o out/calc.c gram/calc.y")],
    },
    {
        "id": "bp30-mp-enca-language", "category": "MISSING_PARAMETER", "tool": SHELL, "source": ENCA,
        "fail_re": r"^enca: Cannot determine \(or understand\) your language preferences\.\nPlease use `-L language'",
        "learn": [C("enca docs/dopis-cs.txt"), C("enca -x UTF-8 docs/list-pl.txt")],
        "repeats": [C("enca -m docs/pismo-ru.txt"), C("enca -i docs/dopis-cs.txt"),
                    C("enca -c -x UTF-8 docs/list-pl.txt docs/readme.txt")],
        "good": [C("enca -L czech docs/dopis-cs.txt"), C("enca -L polish -x UTF-8 docs/list-pl.txt"),
                 C("enca -L russian -m docs/pismo-ru.txt"), C("enca -L none docs/readme.txt"),
                 C("enca --language=czech -i docs/dopis-cs.txt")],
    },
    {
        "id": "bp30-mp-genisoimage-pathspec", "category": "MISSING_PARAMETER", "tool": SHELL, "source": GENISO,
        "fail_re": r"^genisoimage: Missing pathspec\.",
        "learn": [C("genisoimage -quiet -input-charset utf-8 -o out/site.iso -V SITE -J -R"),
                  C("genisoimage -quiet -input-charset utf-8 -o out/backup.iso -R")],
        "repeats": [C("genisoimage -quiet -input-charset utf-8 -o out/logs.iso -V LOGS"),
                    C("genisoimage -quiet -input-charset utf-8 -J -joliet-long -o out/pkg.iso"),
                    C("genisoimage -quiet -input-charset utf-8 -r -V MEDIA -o out/media.iso")],
        "good": [C("genisoimage -quiet -input-charset utf-8 -o out/site.iso -V SITE -J -R site"),
                 C("genisoimage -quiet -input-charset utf-8 -o out/backup.iso -R backup"),
                 C("genisoimage -quiet -input-charset utf-8 -o out/logs.iso -V LOGS logs"),
                 C("genisoimage -quiet -input-charset utf-8 -J -joliet-long -o out/pkg.iso pkg"),
                 C("genisoimage -quiet -input-charset utf-8 -r -V MEDIA -o out/media.iso audio images")],
    },
    {
        "id": "bp30-mp-mscgen-output-type", "category": "MISSING_PARAMETER", "tool": SHELL, "source": MSCGEN,
        "fail_re": r"-T <type> must be specified on the command line",
        "learn": [C("mscgen -o out/login.png msc/login.msc"), C("mscgen -i msc/checkout.msc -o out/checkout.svg")],
        "repeats": [C("mscgen -o out/sync.eps msc/sync.msc"), C("mscgen -F DejaVuSans -o out/login.png msc/login.msc"),
                    C("mscgen -i msc/sync.msc -o -")],
        "good": [C("mscgen -T png -o out/login.png msc/login.msc"),
                 C("mscgen -T svg -i msc/checkout.msc -o out/checkout.svg"),
                 C("mscgen -T eps -o out/sync.eps msc/sync.msc"), C("mscgen -T svg -i msc/sync.msc -o -"),
                 C("mscgen -T ismap -o out/login.map msc/login.msc")],
    },
    {
        "id": "bp30-mp-h3-resolution", "category": "MISSING_PARAMETER", "tool": "h3_latlng_to_cell", "source": H3,
        "fail_re": r"^TypeError: latlng_to_cell\(\) missing 1 required positional argument: 'res'",
        "learn": [P(lat=41.1496, lng=-8.6109), P(lat=59.9139, lng=10.7522)],
        "repeats": [P(lat=-33.8688, lng=151.2093), P(lat=37.7749, lng=-122.4194), P(lat=0.0, lng=0.0)],
        "good": [P(lat=41.1496, lng=-8.6109, res=9), P(lat=59.9139, lng=10.7522, res=5),
                 P(lat=-33.8688, lng=151.2093, res=0), P(lat=37.7749, lng=-122.4194, res=15),
                 P(lat=0.0, lng=0.0, res=7)],
    },
    {
        "id": "bp30-mp-astropy-angle-unit", "category": "MISSING_PARAMETER", "tool": "astropy_angle", "source": ASTROPY,
        "fail_re": r"^UnitsError: No unit (was )?specified",
        "learn": [P(angle="12:30:45"), P(angle="-33 52 04")],
        "repeats": [P(angle="05:35:17.3"), P(angle="+41 16 09"), P(angle="18 36 56.3")],
        "good": [P(angle="12:30:45", unit="hourangle"), P(angle="-33 52 04", unit="deg"),
                 P(angle="05h35m17.3s"), P(angle="+41d16m09s"), P(angle="18 36 56.3", unit="hourangle")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp30-mq-darcs-not-a-repo", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": DARCS,
        "fail_re": r"^Unable to 'darcs [a-z ]+' here:\nYou need to be in a repository directory to run this command\.",
        "learn": [CH("cd notes && darcs add todo.md", LS),
                  CH("cd notes && darcs record -a -m 'Add ideas'", WF("notes/ideas.md", "# Ideas\n- sail\n"))],
        "repeats": [CH("cd recipes && darcs add soup.txt", DINIT("notes")),
                    CH("cd journal && darcs whatsnew -s", LS),
                    CH("cd notes && darcs show files", NOP("read_file", path="notes/todo.md"))],
        "good": [CH("cd notes && darcs add todo.md", LS, DINIT("notes")),
                 CH("cd notes && darcs add ideas.md && darcs record -a -m 'Add ideas'",
                    WF("notes/ideas.md", "# Ideas\n- sail\n"), DINIT("notes")),
                 CH("cd recipes && darcs add soup.txt", DINIT("notes"), DINIT("recipes")),
                 CH("cd journal && darcs whatsnew -s -l", SHD("cd journal && darcs init")),
                 CH("darcs init notes", LS)],
    },
    {
        "id": "bp30-mq-cscope-no-database", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": CSCOPE,
        "fail_re": r"^cscope: cannot open file cscope\.out",
        "learn": [CH("cd kernel && cscope -d -L -1 add_task", LS),
                  CH("cd kernel && cscope -d -L -3 sched_tick", NOP("read_file", path="kernel/sched.c"))],
        "repeats": [CH("cd drivers && cscope -d -L -0 usb_probe", LS),
                    CH("cd drivers && cscope -d -L -3 usb_probe", SHD("cd kernel && cscope -b -R")),
                    CH("cd kernel && cscope -d -L -2 add_task", NOP("read_file", path="kernel/task.c"))],
        "good": [CH("cd kernel && cscope -d -L -1 add_task", LS, SHD("cd kernel && cscope -b -R")),
                 CH("cd kernel && cscope -d -L -3 sched_tick", SHD("cd kernel && cscope -b -R")),
                 CH("cd drivers && cscope -d -L -0 usb_probe", SHD("cd kernel && cscope -b -R"),
                    SHD("cd drivers && cscope -b -R")),
                 CH("cd drivers && cscope -L -3 usb_probe", LS),
                 CH("cd kernel && cscope -b -R", LS)],
    },
    {
        "id": "bp30-mq-samtools-region-no-index", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": SAMTOOLS,
        "fail_re": r"samtools view: Random alignment retrieval only works for indexed SAM\.gz, BAM or CRAM files\.",
        "learn": [CH("samtools view aln/tumor.bam chr1:100-600", LS),
                  CH("samtools view -c aln/normal.bam chr2", NOP("read_file", path="sam/normal.sam"))],
        "repeats": [CH("samtools view -c aln/trio.bam chr1:1-1000", LS),
                    CH("samtools view aln/normal.bam chr1:50-400", SHD("samtools index aln/tumor.bam")),
                    CH("samtools view -b -o out/tumor-chr2.bam aln/tumor.bam chr2", LS)],
        "good": [CH("samtools view aln/tumor.bam chr1:100-600", LS, SHD("samtools index aln/tumor.bam")),
                 CH("samtools view -c aln/normal.bam chr2", SHD("samtools index aln/normal.bam")),
                 CH("samtools view -c aln/trio.bam chr1:1-1000", SHD("samtools index aln/tumor.bam"),
                    SHD("samtools index aln/trio.bam")),
                 CH("samtools view -c aln/normal.bam", LS),
                 CH("samtools index aln/trio.bam", LS)],
    },
    {
        "id": "bp30-mq-idutils-no-id-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": IDUTILS,
        "fail_re": r"^(lid|gid): can't locate `ID': No such file or directory",
        "learn": [CH("cd src && lid parse_header", LS),
                  CH("cd src && gid net_open", NOP("read_file", path="src/net.c"))],
        "repeats": [CH("cd lib && lid crc32", LS),
                    CH("cd lib && lid -l crc", SHD("cd src && mkid")),
                    CH("cd kernel && gid sched_tick", NOP("read_file", path="kernel/sched.c"))],
        "good": [CH("cd src && lid parse_header", LS, SHD("cd src && mkid")),
                 CH("cd src && gid net_open", SHD("cd src && mkid")),
                 CH("cd lib && lid crc32", SHD("cd src && mkid"), SHD("cd lib && mkid")),
                 CH("cd kernel && gid sched_tick", SHD("cd kernel && mkid")),
                 CH("cd lib && mkid", LS)],
    },
    # ------------------------------------------------------------------ WRONG_SEQUENCE
    {
        "id": "bp30-ws-samtools-index-before-sort", "category": "WRONG_SEQUENCE", "tool": SHELL, "source": SAMTOOLS,
        "fail_re": r'samtools index: failed to create index for "',
        "learn": [CH("samtools index out/tumor.bam", SHD("samtools view -b -o out/tumor.bam sam/tumor.sam")),
                  CH("samtools index aln/raw-normal.bam", LS)],
        "repeats": [CH("samtools index out/trio.bam", SHD("samtools view -b -o out/trio.bam sam/trio.sam")),
                    CH("samtools index aln/raw-tumor.bam", SORT_BAM("aln/raw-normal.bam", "out/normal.sorted.bam")),
                    CH("samtools index -c aln/raw-trio.bam", LS)],
        "good": [CH("samtools index out/tumor.sorted.bam", SHD("samtools view -b -o out/tumor.bam sam/tumor.sam"),
                    SORT_BAM("out/tumor.bam", "out/tumor.sorted.bam")),
                 CH("samtools index out/normal.sorted.bam", SORT_BAM("aln/raw-normal.bam", "out/normal.sorted.bam")),
                 CH("samtools index out/trio.sorted.bam", SORT_BAM("sam/trio.sam", "out/trio.sorted.bam")),
                 CH("samtools index -c out/tumor.sorted.bam", SORT_BAM("aln/raw-tumor.bam", "out/tumor.sorted.bam")),
                 CH("samtools sort -o out/trio.sorted.bam aln/raw-trio.bam", LS)],
    },
    {
        "id": "bp30-ws-tabix-compress-before-sort", "category": "WRONG_SEQUENCE", "tool": SHELL, "source": TABIX,
        "fail_re": r"^\[E::hts_idx_push\] Unsorted positions on sequence #\d+: \d+ followed by \d+\ntbx_index_build failed: ",
        "learn": [CH("tabix -p vcf out/sample1.vcf.gz", BGZ("calls/sample1.vcf", "out/sample1.vcf.gz")),
                  CH("tabix -p vcf out/sample2.vcf.gz", BGZ("calls/sample2.vcf", "out/sample2.vcf.gz"),
                     BSORT("calls/sample1.vcf", "out/sample1.sorted.vcf.gz"))],
        "repeats": [CH("tabix -p vcf out/trio.vcf.gz", BGZ("calls/trio.vcf", "out/trio.vcf.gz")),
                    CH("tabix -f -p vcf out/sample1.vcf.gz", BGZ("calls/sample1.vcf", "out/sample1.vcf.gz"), LS),
                    CH("tabix -C -p vcf out/sample2.vcf.gz", BGZ("calls/sample2.vcf", "out/sample2.vcf.gz"))],
        "good": [CH("tabix -p vcf out/sample1.sorted.vcf.gz", BSORT("calls/sample1.vcf", "out/sample1.sorted.vcf.gz")),
                 CH("tabix -p vcf out/sample2.sorted.vcf.gz", BSORT("calls/sample2.vcf", "out/sample2.sorted.vcf.gz")),
                 CH("tabix -p vcf out/trio.sorted.vcf.gz", BGZ("calls/trio.vcf", "out/trio.vcf.gz"),
                    BSORT("calls/trio.vcf", "out/trio.sorted.vcf.gz")),
                 CH("tabix -C -p vcf out/sample2.sorted.vcf.gz", BSORT("calls/sample2.vcf", "out/sample2.sorted.vcf.gz")),
                 CH("tabix -f -p vcf out/sample1.sorted.vcf.gz", BSORT("calls/sample1.vcf", "out/sample1.sorted.vcf.gz"),
                    SHD("tabix -p vcf out/sample1.sorted.vcf.gz"))],
    },
    {
        "id": "bp30-ws-darcs-init-twice", "category": "WRONG_SEQUENCE", "tool": SHELL, "source": DARCS,
        "fail_re": r'^Unable to "darcs initiali[sz]e" here:\nYou may not run this command in a repository\.',
        "learn": [CH("darcs init notes", DINIT("notes")),
                  CH("cd recipes && darcs init", SHD("cd recipes && darcs init"), LS)],
        "repeats": [CH("darcs init journal", DINIT("journal"), SHD("cd journal && darcs add 2024-03.md")),
                    CH("cd notes && darcs init", DINIT("notes"),
                       SHD("cd notes && darcs add todo.md && darcs record -a -m 'Add todo'")),
                    CH("darcs init --repodir=recipes", DINIT("recipes"))],
        "good": [CH("darcs init notes", LS),
                 CH("darcs init recipes", DINIT("notes")),
                 CH("cd journal && darcs add 2024-03.md", DINIT("journal")),
                 CH("cd notes && darcs record -a -m 'Add todo'", DINIT("notes"), SHD("cd notes && darcs add todo.md")),
                 CH("darcs init --repodir=journal", DINIT("notes"), DINIT("recipes"))],
    },
    {
        "id": "bp30-ws-wavpack-output-exists", "category": "WRONG_SEQUENCE", "tool": SHELL, "source": WAVPACK,
        "fail_re": r"^overwrite \S+ \(yes/no/all\)\?",
        "learn": [CH("wavpack -q audio/voice.wav -o out/voice.wv", SHD("wavpack -q audio/voice.wav -o out/voice.wv")),
                  CH("wvunpack -q out/tone.wv -o out/tone.wav", SHD("wavpack -q audio/tone.wav -o out/tone.wv"),
                     SHD("wvunpack -q out/tone.wv -o out/tone.wav"))],
        "repeats": [CH("wavpack -q -hh audio/chime.wav -o out/chime.wv", LS,
                       SHD("wavpack -q audio/chime.wav -o out/chime.wv")),
                    CH("wavpack -q -x3 audio/tone.wav -o out/tone.wv", SHD("wavpack -q audio/tone.wav -o out/tone.wv")),
                    CH("wvunpack -q out/voice.wv -o out/voice.wav", SHD("wavpack -q audio/voice.wav -o out/voice.wv"),
                       SHD("wvunpack -q out/voice.wv -o out/voice.wav"))],
        "good": [CH("wavpack -q audio/voice.wav -o out/voice.wv", LS),
                 CH("wavpack -q -y audio/voice.wav -o out/voice.wv", SHD("wavpack -q audio/voice.wav -o out/voice.wv")),
                 CH("wvunpack -q out/tone.wv -o out/tone.wav", SHD("wavpack -q audio/tone.wav -o out/tone.wv")),
                 CH("wavpack -q -hh audio/chime.wav -o out/chime-hq.wv", SHD("wavpack -q audio/chime.wav -o out/chime.wv")),
                 CH("wvunpack -q -y out/voice.wv -o out/voice.wav", SHD("wavpack -q audio/voice.wav -o out/voice.wv"),
                    SHD("wvunpack -q out/voice.wv -o out/voice.wav"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL
    {
        "id": "bp30-wt-cabextract-not-a-cabinet", "category": "WRONG_TOOL", "tool": SHELL, "source": CABEXTRACT,
        "fail_re": r"^\S+: no valid cabinets found$",
        "learn": [C("cabextract -d out archives/site.zip"), C("cabextract -l archives/logs.tar.gz")],
        "repeats": [C("cabextract -q -d out pkg/setup.zip"), C("cabextract -l pkg/update.tar"),
                    C("cabextract -d out pkg/readme.txt.gz")],
        "good": [C("cabextract -d out pkg/driver.cab"), C("cabextract -l pkg/fonts.cab"),
                 C("cabextract -q -d out pkg/fonts.cab"), C("cabextract -t pkg/driver.cab"),
                 C("cabextract -d out -F '*.sys' pkg/driver.cab")],
    },
    {
        "id": "bp30-wt-jhead-not-jpeg", "category": "WRONG_TOOL", "tool": SHELL, "source": JHEAD,
        "fail_re": r"^Not JPEG: ",
        "learn": [C("jhead photos/logo.png"), C("jhead -exonly photos/banner.gif")],
        "repeats": [C("jhead photos/scan.tif"), C("jhead -se photos/icon.bmp"), C("jhead -v images/chart.png")],
        "good": [C("jhead photos/beach.jpg"), C("jhead -exonly photos/city.jpg"), C("jhead -se photos/forest.jpg"),
                 C("jhead -v photos/beach.jpg"), C("jhead -c photos/city.jpg")],
    },
    {
        "id": "bp30-wt-ncdump-on-cdl-text", "category": "WRONG_TOOL", "tool": SHELL, "source": NETCDF,
        "fail_re": r"^ncdump: \S+: NetCDF: Unknown file format",
        "learn": [C("ncdump -h cdl/ocean.cdl"), C("ncdump -v pressure cdl/station.cdl")],
        "repeats": [C("ncdump cdl/grid.cdl"), C("ncdump -k data/readings.csv"), C("ncdump -c cdl/station.cdl")],
        "good": [C("ncdump -h nc/ocean.nc"), C("ncdump -v pressure nc/station.nc"), C("ncdump nc/grid.nc"),
                 C("ncdump -k nc/ocean.nc"), C("ncgen -o out/station.nc cdl/station.cdl")],
    },
    {
        "id": "bp30-wt-unsquashfs-not-squashfs", "category": "WRONG_TOOL", "tool": SHELL, "source": SQUASHFS,
        "fail_re": r"^FATAL ERROR: Can't find a valid SQUASHFS superblock on ",
        "learn": [C("unsquashfs -l images/site.iso"), C("unsquashfs -d out/logs archives/logs.tar.gz")],
        "repeats": [C("unsquashfs -s images/backup.iso"), C("unsquashfs -l archives/site.zip"),
                    C("unsquashfs -q -d out/pkg pkg/update.tar")],
        "good": [C("unsquashfs -l images/site.sqfs"), C("unsquashfs -d out/logs images/logs.sqfs"),
                 C("unsquashfs -s images/logs.sqfs"), C("unsquashfs -ll images/site.sqfs"),
                 C("unsquashfs -q -no-progress -d out/site images/site.sqfs")],
    },
    {
        "id": "bp30-wt-biopython-seqio-read-many", "category": "WRONG_TOOL", "tool": "biopython_seqio_read",
        "source": BIOPYTHON,
        "fail_re": r"^ValueError: More than one record found in handle",
        "learn": [P(handle="seqs/genes.fasta", format="fasta"), P(handle="seqs/plasmids.gb", format="genbank")],
        "repeats": [P(handle="seqs/primers.fasta", format="fasta"), P(handle="seqs/reads.fastq", format="fastq"),
                    P(handle="seqs/plasmids.gb", format="gb")],
        "good": [P(handle="seqs/gfp.fasta", format="fasta"), P(handle="seqs/ampr.gb", format="genbank"),
                 P(handle="seqs/lacz.fasta", format="fasta"), P(handle="seqs/read1.fastq", format="fastq"),
                 P(handle="seqs/lacz.gb", format="gb")],
    },
]
