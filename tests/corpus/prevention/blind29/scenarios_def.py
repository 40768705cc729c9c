"""Scenario definitions for blind set 29. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp29fx"
SHELL = "sh_run"


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
    """an sh_run history step that really happens (its output is discarded)"""
    return RC(SHELL, command=cmd), cmd + " >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path))} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def MKD(path):
    """a create_directory history step that really happens"""
    return RC("create_directory", path=path), f"mkdir -p {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


NASM = "NASM 2.16.01 (Debian nasm 2.16.01-1)"
CTAGS = "Universal Ctags 5.9.20210829.0 (Debian universal-ctags)"
OPUSENC = "opusenc (opus-tools 0.2, Debian 0.2-1+b1)"
E2FS = "e2fsprogs 1.47.0 (mke2fs / tune2fs / e2label / dumpe2fs)"
JSONNET = "Jsonnet commandline interpreter v0.18.0 (Debian jsonnet 0.18.0+ds-3+b2)"
RECUTILS = "GNU recutils 1.9 (recsel)"
MKVMERGE = "mkvmerge v74.0.0 (MKVToolNix, Debian 74.0.0-1+deb12u1)"
BRZ = "Breezy (brz) 3.3.2"
CSSC = "GNU CSSC 1.4.1 (sccs front end)"
GLOBAL = "GNU GLOBAL 6.6.9 (global / gtags)"
XDELTA3 = "xdelta3 3.0.11"
PAR2 = "par2cmdline 0.8.1"
PNGCHECK = "pngcheck 3.0.3"
TIFFINFO = "tiffinfo (libtiff-tools 4.5.0)"
PYPROJ = "pyproj 3.7.2 (bundled PROJ)"
UTM = "utm 0.9.0"
CHESS = "python-chess (chess) 1.11.2"
FASTAVRO = "fastavro 1.13.1"
PYDICOM = "pydicom 3.0.2"

LS = NOP("list_dir", path=".")
LS_DISK = NOP("list_dir", path="disk")
IMAGES = "truncate -s 2M disk/data.img disk/backup.img disk/usb.img"  # scenario setup: blank disk images


def MKE2FS(img):
    return SHD(f"mke2fs -q {img}")


def SCCS_CREATE(d, f):
    return SHD(f"cd {d} && sccs create {f}")


def SCCS_EDIT(d, f):
    return SHD(f"cd {d} && sccs edit {f}")


def SCCS_DELTA(d, f, msg):
    return SHD(f"cd {d} && sccs delta -y'{msg}' {f}")


def XD_ENC(a, b, out, extra=""):
    return SHD(f"xdelta3 -e {extra}-s {a} {b} {out}")


START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp29-ip-nasm-output-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": NASM,
        "fail_re": r"^nasm: fatal: unrecognised output format `[^']*' - use -hf for a list",
        "learn": [C("nasm -f elf_x86_64 src/hello.asm -o out/hello.o"), C("nasm -f pe src/win.asm -o out/win.obj")],
        "repeats": [C("nasm -f x86-64 src/math.asm -o out/math.o"), C("nasm -f mach-o src/hello.asm -o out/hello.o"),
                    C("nasm -f elf32-i386 -l out/math.lst src/math.asm -o out/math.o")],
        "good": [C("nasm -f elf64 src/hello.asm -o out/hello.o"), C("nasm -f win64 src/win.asm -o out/win.obj"),
                 C("nasm -f elf32 -l out/math.lst src/math.asm -o out/math.o"),
                 C("nasm -f macho64 src/hello.asm -o out/hello.o"), C("nasm -f bin src/boot.asm -o out/boot.bin")],
    },
    {
        "id": "bp29-ip-ctags-language-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": CTAGS,
        "fail_re": r'^ctags: Unknown language "[^"]*" in "language-force" option',
        "learn": [C("ctags --language-force=py -f out/tags src/app.py"),
                  C("ctags --language-force=golang -f out/tags src/main.go")],
        "repeats": [C("ctags --language-force=js -f - src/util.js"), C("ctags --language-force=bash -f out/tags src/build.sh"),
                    C("ctags --language-force=yml -f - src/config.yaml")],
        "good": [C("ctags --language-force=Python -f out/tags src/app.py"),
                 C("ctags --language-force=Go -f out/tags src/main.go"),
                 C("ctags --language-force=JavaScript -f - src/util.js"),
                 C("ctags --language-force=Sh -f out/tags src/build.sh"),
                 C("ctags --language-force=Yaml -f - src/config.yaml")],
    },
    {
        "id": "bp29-ip-opusenc-framesize", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": OPUSENC,
        "fail_re": r"^Invalid framesize: \S+\nValue is in milliseconds and must be 2\.5, 5, 10, 20, 40, or 60\.",
        "learn": [C("opusenc --quiet --framesize 30 audio/voice.wav out/voice.opus"),
                  C("opusenc --quiet --framesize 25 audio/tone.wav out/tone.opus")],
        "repeats": [C("opusenc --quiet --framesize 100 audio/chime.aiff out/chime.opus"),
                    C("opusenc --quiet --speech --framesize 15 audio/voice.wav out/voice.opus"),
                    C("opusenc --quiet --bitrate 64 --framesize 80 audio/tone.wav out/tone.opus")],
        "good": [C("opusenc --quiet --framesize 20 audio/voice.wav out/voice.opus"),
                 C("opusenc --quiet --framesize 40 audio/tone.wav out/tone.opus"),
                 C("opusenc --quiet --framesize 60 audio/chime.aiff out/chime.opus"),
                 C("opusenc --quiet --speech --framesize 10 audio/voice.wav out/voice.opus"),
                 C("opusenc --quiet --bitrate 64 --framesize 2.5 audio/tone.wav out/tone.opus")],
    },
    {
        "id": "bp29-ip-pyproj-crs-code", "category": "INCORRECT_PARAMETER", "tool": "pyproj_crs_from_user_input",
        "source": PYPROJ,
        "fail_re": r"^CRSError: Invalid projection: \S+: \(Internal Proj Error: proj_create: crs not found: ",
        "learn": [P(value="EPSG:54030"), P(value="EPSG:32699")],
        "repeats": [P(value="EPSG:102008"), P(value="EPSG:326330"), P(value="EPSG:54009")],
        "good": [P(value="ESRI:54030"), P(value="EPSG:32633"), P(value="ESRI:102008"), P(value="EPSG:27700"),
                 P(value="ESRI:54009")],
    },
    {
        "id": "bp29-ip-utm-out-of-range", "category": "INCORRECT_PARAMETER", "tool": "utm_from_latlon", "source": UTM,
        "fail_re": r"^OutOfRangeError: (latitude|longitude|zone number) out of range \(must be between ",
        "learn": [P(latitude=85.5, longitude=10.0), P(latitude=51.5, longitude=200.0)],
        "repeats": [P(latitude=-82.5, longitude=166.7), P(latitude=40.7, longitude=-190.0),
                    P(latitude=48.1, longitude=11.6, force_zone_number=61)],
        "good": [P(latitude=78.2, longitude=15.6), P(latitude=51.5, longitude=-0.12), P(latitude=-77.8, longitude=166.7),
                 P(latitude=40.7, longitude=-74.0), P(latitude=48.1, longitude=11.6, force_zone_number=33)],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp29-pf-mke2fs-uuid", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": E2FS,
        "setup": [IMAGES], "fail_re": r"^\S+: could not parse UUID: ",
        "learn": [C("mke2fs -q -U 6f1c2e6a2c3b4e0a9f4e1a2b3c4d5e6f disk/data.img"),
                  C("mke2fs -q -t ext4 -U '{0b3d2f4e-91a7-4c55-8e0d-7f3a9c1b2d4e}' disk/backup.img")],
        "repeats": [C("mke2fs -q -L usb -U 9a8b7c6d-5e4f-4a3b disk/usb.img"),
                    C("mke2fs -q -U urn:uuid:3e2d1c0b-aaaa-4bbb-8ccc-123456789abc disk/data.img"),
                    C("mke2fs -q -t ext4 -U 0b3d2f4e_91a7_4c55_8e0d_7f3a9c1b2d4e disk/backup.img")],
        "good": [C("mke2fs -q -U 6f1c2e6a-2c3b-4e0a-9f4e-1a2b3c4d5e6f disk/data.img"),
                 C("mke2fs -q -t ext4 -U 0b3d2f4e-91a7-4c55-8e0d-7f3a9c1b2d4e disk/backup.img"),
                 C("mke2fs -q -L usb -U random disk/usb.img"),
                 C("mke2fs -q -U 3E2D1C0B-AAAA-4BBB-8CCC-123456789ABC disk/data.img"),
                 C("mke2fs -q -t ext4 -U time disk/backup.img")],
    },
    {
        "id": "bp29-pf-opusenc-comment-tag", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": OPUSENC,
        "fail_re": r"^Invalid comment: .*\nComments must be of the form name=value",
        "learn": [C("opusenc --quiet --comment 'Recorded in Lisbon' audio/voice.wav out/voice.opus"),
                  C("opusenc --quiet --comment LANGUAGE:en audio/tone.wav out/tone.opus")],
        "repeats": [C("opusenc --quiet --title Chime --comment 'COPYRIGHT 2024 Acme' audio/chime.aiff out/chime.opus"),
                    C("opusenc --quiet --comment 'ENCODER->opusenc' audio/voice.wav out/voice.opus"),
                    C("opusenc --quiet --comment LICENSE audio/tone.wav out/tone.opus")],
        "good": [C("opusenc --quiet --comment LOCATION=Lisbon audio/voice.wav out/voice.opus"),
                 C("opusenc --quiet --comment LANGUAGE=en audio/tone.wav out/tone.opus"),
                 C("opusenc --quiet --title Chime --comment 'COPYRIGHT=2024 Acme' audio/chime.aiff out/chime.opus"),
                 C("opusenc --quiet --title Intro --artist Acme audio/voice.wav out/voice.opus"),
                 C("opusenc --quiet --comment LICENSE=CC-BY-4.0 --comment ENCODER=opusenc audio/tone.wav out/tone.opus")],
    },
    {
        "id": "bp29-pf-jsonnet-missing-comma", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": JSONNET,
        "fail_re": r"^STATIC ERROR: <cmdline>:\S+: expected a comma before next (field|array element)\.",
        "learn": [C("jsonnet -e '{name: \"api\" port: 8080}'"), C("jsonnet -e '{replicas: 3, ports: [80 443]}'")],
        "repeats": [C("jsonnet -e '{env: \"prod\" region: \"eu-west-1\"}'"), C("jsonnet -e '[1, 2 3]'"),
                    C("jsonnet -e '{tags: [\"web\" \"api\"], tier: 1}'")],
        "good": [C("jsonnet -e '{name: \"api\", port: 8080}'"), C("jsonnet -e '{replicas: 3, ports: [80, 443]}'"),
                 C("jsonnet -e '{env: \"prod\", region: \"eu-west-1\",}'"), C("jsonnet -e '[1, 2, 3]'"),
                 C("jsonnet conf/static.jsonnet")],
    },
    {
        "id": "bp29-pf-mkvmerge-split-spec", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": MKVMERGE,
        "fail_re": r"^Error: Invalid (time for '--split'|split size|format for '--split') in '--split ",
        "learn": [C("mkvmerge -q -o out/talk.mkv --split duration:1h30m audio/voice.wav"),
                  C("mkvmerge -q -o out/tone.mkv --split size:700MB audio/tone.wav")],
        "repeats": [C("mkvmerge -q -o out/voice.mkv --split 10min audio/voice.wav"),
                    C("mkvmerge -q -o out/intro.mka --split size:1.5G audio/intro.opus"),
                    C("mkvmerge -q -o out/tone.mkv --split duration:2hours audio/tone.wav")],
        "good": [C("mkvmerge -q -o out/talk.mkv --split duration:01:30:00 audio/voice.wav"),
                 C("mkvmerge -q -o out/tone.mkv --split size:700M audio/tone.wav"),
                 C("mkvmerge -q -o out/voice.mkv --split 600s audio/voice.wav"),
                 C("mkvmerge -q -o out/intro.mka --split size:1500M audio/intro.opus"),
                 C("mkvmerge -q -o out/tone.mkv --split timestamps:00:00:01,00:00:02 audio/tone.wav")],
    },
    {
        "id": "bp29-pf-chess-fen-position", "category": "PARAMETER_FORMAT", "tool": "chess_board_from_fen",
        "source": CHESS,
        "fail_re": r"^ValueError: (expected 8 rows|invalid character|expected 8 columns per row) in position part of fen: ",
        "learn": [P(fen="rnbqkbnr/pppppppp/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"),
                  P(fen="rnbqkbnr/pppppppp/9/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1")],
        "repeats": [P(fen="rnbqkbnr/pppp1ppp/8/4x3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2"),
                    P(fen="8/8/8/8/8/8/8/8/K6k w - - 0 1"),
                    P(fen="rnbqkbnr-pppppppp-8-8-8-8-PPPPPPPP-RNBQKBNR w KQkq - 0 1")],
        "good": [P(fen=START), P(fen="rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1"),
                 P(fen="rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2"),
                 P(fen="8/8/8/8/8/8/8/K6k w - - 0 1"), P(fen="rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp29-mp-recsel-record-type", "category": "MISSING_PARAMETER", "tool": SHELL, "source": RECUTILS,
        "fail_re": r"^recsel: error: several record types found\.  Please use -t to specify one\.",
        "learn": [C("recsel -p Title data/library.rec"), C("recsel -e 'Year > 1990' data/library.rec")],
        "repeats": [C("recsel -q Knuth data/library.rec"), C("recsel -c data/shop.rec"),
                    C("recsel -P Name -n 0 data/shop.rec")],
        "good": [C("recsel -t Book -p Title data/library.rec"),
                 C("recsel -t Member -e \"City = 'Oslo'\" -P Name data/library.rec"),
                 C("recsel -t Customer -c data/shop.rec"), C("recsel -p Title data/books.rec"),
                 C("recsel -t Order -n 0 data/shop.rec")],
    },
    {
        "id": "bp29-mp-jsonnet-ext-var", "category": "MISSING_PARAMETER", "tool": SHELL, "source": JSONNET,
        "fail_re": r"^RUNTIME ERROR: undefined external variable: \w+",
        "learn": [C("jsonnet conf/deploy.jsonnet"), C("jsonnet --ext-str env=prod conf/deploy.jsonnet")],
        "repeats": [C("jsonnet conf/service.jsonnet"),
                    C("jsonnet -V replicas=2 -o out/deploy.json conf/deploy.jsonnet"),
                    C("jsonnet -e 'std.extVar(\"team\")'")],
        "good": [C("jsonnet -V env=prod -V replicas=3 conf/deploy.jsonnet"),
                 C("jsonnet --ext-str env=dev --ext-str replicas=1 -o out/deploy.json conf/deploy.jsonnet"),
                 C("jsonnet -V region=eu-west-1 conf/service.jsonnet"),
                 C("jsonnet -V team=payments -e 'std.extVar(\"team\")'"), C("jsonnet conf/static.jsonnet")],
    },
    {
        "id": "bp29-mp-mkvmerge-no-source", "category": "MISSING_PARAMETER", "tool": SHELL, "source": MKVMERGE,
        "fail_re": r"^Error: No source files were given\.",
        "learn": [C("mkvmerge -o out/talk.mkv"), C("mkvmerge -o out/tone.mkv --title 'Test tone'")],
        "repeats": [C("mkvmerge -o out/voice.mkv --language 0:eng"), C("mkvmerge --split 10s -o out/parts.mkv"),
                    C("mkvmerge -q --title Intro -o out/intro.mka")],
        "good": [C("mkvmerge -q -o out/talk.mkv audio/voice.wav"),
                 C("mkvmerge -q -o out/tone.mkv --title 'Test tone' audio/tone.wav"),
                 C("mkvmerge -q -o out/voice.mkv --language 0:eng audio/voice.wav"),
                 C("mkvmerge -q --title Intro -o out/intro.mka audio/intro.opus"),
                 C("mkvmerge -q -o out/both.mkv audio/voice.wav audio/intro.opus")],
    },
    {
        "id": "bp29-mp-nasm-no-input", "category": "MISSING_PARAMETER", "tool": SHELL, "source": NASM,
        "fail_re": r"fatal: no input file specified",
        "learn": [C("nasm -f elf64 -o out/hello.o"), C("nasm -f win64 -l out/win.lst -o out/win.obj")],
        "repeats": [C("nasm -f elf32 -l out/math.lst"), C("nasm -f bin -o out/boot.bin"),
                    C("nasm -f macho64 -g -o out/hello.o")],
        "good": [C("nasm -f elf64 -o out/hello.o src/hello.asm"), C("nasm -f win64 -l out/win.lst -o out/win.obj src/win.asm"),
                 C("nasm -f elf32 -l out/math.lst src/math.asm"), C("nasm -f bin -o out/boot.bin src/boot.asm"),
                 C("nasm -f macho64 -g -o out/hello.o src/hello.asm")],
    },
    {
        "id": "bp29-mp-fastavro-schema-name", "category": "MISSING_PARAMETER", "tool": "fastavro_parse_schema",
        "source": FASTAVRO,
        "fail_re": r"^SchemaParseException: (\"name\" is a required field missing from the schema|Record field is "
                   r"missing 'name'): ",
        "learn": [P(schema={"type": "record", "fields": [{"name": "id", "type": "long"}, {"name": "email", "type": "string"}]}),
                  P(schema={"type": "record", "name": "Order", "fields": [{"name": "id", "type": "long"},
                                                                         {"type": "double"}]})],
        "repeats": [P(schema={"type": "enum", "symbols": ["RED", "GREEN", "BLUE"]}),
                    P(schema={"type": "fixed", "size": 16}),
                    P(schema={"type": "record", "name": "Invoice", "fields": [
                        {"name": "customer", "type": {"type": "record", "fields": [{"name": "id", "type": "int"}]}}]})],
        "good": [P(schema={"type": "record", "name": "User", "fields": [{"name": "id", "type": "long"},
                                                                      {"name": "email", "type": "string"}]}),
                 P(schema={"type": "record", "name": "Order", "fields": [{"name": "id", "type": "long"},
                                                                        {"name": "total", "type": "double"}]}),
                 P(schema={"type": "enum", "name": "Color", "symbols": ["RED", "GREEN", "BLUE"]}),
                 P(schema={"type": "fixed", "name": "Md5", "size": 16}),
                 P(schema={"type": "record", "name": "Invoice", "fields": [
                     {"name": "customer", "type": {"type": "record", "name": "Customer",
                                                   "fields": [{"name": "id", "type": "int"}]}}]})],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp29-mq-brz-not-a-branch", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": BRZ,
        "fail_re": r'^brz: ERROR: Not a branch: "',
        "learn": [CH("cd site && brz add index.html", LS),
                  CH("cd docs && brz commit -m 'Add guide'", WF("docs/guide.md", "# Guide\n"))],
        "repeats": [CH("cd blog && brz add post.md", SHD("brz init site")),
                    CH("cd docs && brz status", LS),
                    CH("cd site && brz diff", NOP("read_file", path="site/index.html"))],
        "good": [CH("cd site && brz add index.html", LS, SHD("brz init site")),
                 CH("cd docs && brz add -q && brz commit -q -m 'Add guide'", WF("docs/guide.md", "# Guide\n"),
                    SHD("brz init docs")),
                 CH("cd blog && brz add post.md", SHD("brz init site"), SHD("brz init blog")),
                 CH("cd docs && brz status", LS, SHD("brz init docs")),
                 CH("brz init site", LS)],
    },
    {
        "id": "bp29-mq-sccs-no-sccs-dir", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": CSSC,
        "fail_re": r"^admin: SCCS/z\.\S+: Can't create lock file : No such file or directory",
        "learn": [CH("cd calc && sccs create main.c", LS),
                  CH("cd lib && sccs create list.c", NOP("read_file", path="lib/list.c"))],
        "repeats": [CH("cd tools && sccs create gen.c", LS),
                    CH("cd calc && sccs create calc.h", MKD("lib/SCCS")),
                    CH("cd lib && sccs create list.c", MKD("calc/SCCS"), SCCS_CREATE("calc", "main.c"))],
        "good": [CH("cd calc && sccs create main.c", LS, MKD("calc/SCCS")),
                 CH("cd lib && sccs create list.c", MKD("lib/SCCS")),
                 CH("cd tools && sccs create gen.c", MKD("tools/SCCS")),
                 CH("cd calc && sccs create calc.h", MKD("calc/SCCS"), SCCS_CREATE("calc", "main.c")),
                 CH("cd app && sccs create util.c", LS)],
    },
    {
        "id": "bp29-mq-global-no-gtags", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": GLOBAL,
        "fail_re": r"^global: GTAGS not found\.",
        "learn": [CH("cd code && global -x add", LS),
                  CH("cd code && global -r mul", NOP("read_file", path="code/util.c"))],
        "repeats": [CH("cd code && global -f net.c", LS),
                    CH("cd code && global -x connect_to", SHD("cd vendor && gtags")),
                    CH("cd vendor && global -c lib", NOP("read_file", path="vendor/lib.c"))],
        "good": [CH("cd code && global -x add", LS, SHD("cd code && gtags")),
                 CH("cd code && global -r mul", SHD("cd code && gtags")),
                 CH("cd code && global -f net.c", SHD("cd vendor && gtags"), SHD("cd code && gtags")),
                 CH("cd vendor && global -c lib", SHD("cd vendor && gtags")),
                 CH("cd code && gtags", LS)],
    },
    {
        "id": "bp29-mq-e2fs-unformatted-image", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": E2FS,
        "setup": [IMAGES],
        "fail_re": r"^(tune2fs|e2label|dumpe2fs): Bad magic number in super-block while trying to open ",
        "learn": [CH("tune2fs -L data disk/data.img", LS_DISK),
                  CH("tune2fs -c 20 -i 2w disk/backup.img", NOP("read_file", path="disk/README"))],
        "repeats": [CH("e2label disk/usb.img", LS_DISK),
                    CH("tune2fs -L backup disk/backup.img", MKE2FS("disk/data.img")),
                    CH("dumpe2fs -h disk/data.img", LS)],
        "good": [CH("tune2fs -L data disk/data.img", LS_DISK, MKE2FS("disk/data.img")),
                 CH("tune2fs -c 20 -i 2w disk/backup.img", MKE2FS("disk/backup.img")),
                 CH("e2label disk/usb.img", MKE2FS("disk/usb.img")),
                 CH("tune2fs -L backup disk/backup.img", MKE2FS("disk/data.img"), MKE2FS("disk/backup.img")),
                 CH("mke2fs -q -L data disk/data.img", LS_DISK)],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp29-ws-brz-init-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": BRZ,
        "fail_re": r'^brz: ERROR: Already a branch: "',
        "learn": [CH("brz init site", SHD("brz init site")),
                  CH("cd docs && brz init", SHD("brz init docs"), LS)],
        "repeats": [CH("brz init blog", SHD("brz init blog"), SHD("cd blog && brz add -q post.md")),
                    CH("brz branch site site-dev", SHD("brz init site"), SHD("cd site && brz add -q && brz commit -q -m init"),
                       SHD("brz branch site site-dev")),
                    CH("cd site && brz init .", SHD("brz init site"))],
        "good": [CH("brz init site", LS),
                 CH("brz init docs", SHD("brz init site")),
                 CH("brz branch site site-v2", SHD("brz init site"), SHD("cd site && brz add -q && brz commit -q -m init"),
                    SHD("brz branch site site-dev")),
                 CH("cd blog && brz add post.md", SHD("brz init blog")),
                 CH("brz init blog", SHD("brz init docs"), SHD("brz init site"))],
    },
    {
        "id": "bp29-ws-sccs-delta-without-edit", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": CSSC,
        "fail_re": r"^delta: SCCS/s\.\S+: You have no edits outstanding\.",
        "learn": [CH("cd app && sccs delta -y'Fix overflow' main.c", SCCS_CREATE("app", "main.c"),
                     WF("app/main.c", "int main(void) { return 1; }\n")),
                  CH("cd app && sccs delta -y'Second pass' util.c", SCCS_CREATE("app", "util.c"), SCCS_EDIT("app", "util.c"),
                     WF("app/util.c", "int twice(int x) { return 2 * x; }\n"), SCCS_DELTA("app", "util.c", "First pass"))],
        "repeats": [CH("cd app && sccs delta -y'Tidy' util.c", SCCS_CREATE("app", "util.c"), LS),
                    CH("cd app && sccs delta -y'Bump' main.c", SCCS_CREATE("app", "main.c"), SCCS_EDIT("app", "main.c"),
                       WF("app/main.c", "int main(void) { return 2; }\n"), SCCS_DELTA("app", "main.c", "Return 2"),
                       WF("app/main.c", "int main(void) { return 3; }\n")),
                    CH("cd app && sccs delta -y'Docs' util.c", SCCS_CREATE("app", "main.c"), SCCS_CREATE("app", "util.c"),
                       SCCS_EDIT("app", "main.c"))],
        "good": [CH("cd app && sccs delta -y'Fix overflow' main.c", SCCS_CREATE("app", "main.c"), SCCS_EDIT("app", "main.c"),
                    WF("app/main.c", "int main(void) { return 1; }\n")),
                 CH("cd app && sccs delta -y'Second pass' util.c", SCCS_CREATE("app", "util.c"), SCCS_EDIT("app", "util.c"),
                    WF("app/util.c", "int twice(int x) { return 2 * x; }\n"), SCCS_DELTA("app", "util.c", "First pass"),
                    SCCS_EDIT("app", "util.c"), WF("app/util.c", "int twice(int x) { return x + x; }\n")),
                 CH("cd app && sccs edit util.c", SCCS_CREATE("app", "util.c"), LS),
                 CH("cd app && sccs delta -y'Docs' util.c", SCCS_CREATE("app", "main.c"), SCCS_CREATE("app", "util.c"),
                    SCCS_EDIT("app", "util.c"), WF("app/util.c", "/* helpers */\nint twice(int x) { return 2 * x; }\n")),
                 CH("cd app && sccs create main.c", LS)],
    },
    {
        "id": "bp29-ws-xdelta3-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": XDELTA3,
        "fail_re": r"^xdelta3: to overwrite output file specify -f: ",
        "learn": [CH("xdelta3 -e -s rel/app-1.0.txt rel/app-1.1.txt deltas/1.0-1.1.vcdiff",
                     XD_ENC("rel/app-1.0.txt", "rel/app-1.1.txt", "deltas/1.0-1.1.vcdiff")),
                  CH("xdelta3 -d -s rel/app-1.0.txt deltas/1.0-1.1.vcdiff out/app-1.1.txt",
                     XD_ENC("rel/app-1.0.txt", "rel/app-1.1.txt", "deltas/1.0-1.1.vcdiff"),
                     SHD("xdelta3 -d -s rel/app-1.0.txt deltas/1.0-1.1.vcdiff out/app-1.1.txt"))],
        "repeats": [CH("xdelta3 -e -s rel/app-1.1.txt rel/app-1.2.txt deltas/1.1-1.2.vcdiff", LS,
                       XD_ENC("rel/app-1.1.txt", "rel/app-1.2.txt", "deltas/1.1-1.2.vcdiff")),
                    CH("xdelta3 -e -9 -s rel/app-1.0.txt rel/app-1.2.txt deltas/1.0-1.2.vcdiff",
                       XD_ENC("rel/app-1.0.txt", "rel/app-1.2.txt", "deltas/1.0-1.2.vcdiff")),
                    CH("xdelta3 -d -s rel/app-1.1.txt deltas/1.1-1.2.vcdiff out/app-1.2.txt",
                       XD_ENC("rel/app-1.1.txt", "rel/app-1.2.txt", "deltas/1.1-1.2.vcdiff"),
                       SHD("xdelta3 -d -s rel/app-1.1.txt deltas/1.1-1.2.vcdiff out/app-1.2.txt"))],
        "good": [CH("xdelta3 -e -s rel/app-1.0.txt rel/app-1.1.txt deltas/1.0-1.1.vcdiff", LS),
                 CH("xdelta3 -f -e -s rel/app-1.0.txt rel/app-1.1.txt deltas/1.0-1.1.vcdiff",
                    XD_ENC("rel/app-1.0.txt", "rel/app-1.1.txt", "deltas/1.0-1.1.vcdiff")),
                 CH("xdelta3 -e -9 -s rel/app-1.0.txt rel/app-1.2.txt deltas/1.0-1.2-best.vcdiff",
                    XD_ENC("rel/app-1.0.txt", "rel/app-1.2.txt", "deltas/1.0-1.2.vcdiff")),
                 CH("xdelta3 -d -s rel/app-1.0.txt deltas/1.0-1.1.vcdiff out/app-1.1.txt",
                    XD_ENC("rel/app-1.0.txt", "rel/app-1.1.txt", "deltas/1.0-1.1.vcdiff")),
                 CH("xdelta3 -f -d -s rel/app-1.1.txt deltas/1.1-1.2.vcdiff out/app-1.2.txt",
                    XD_ENC("rel/app-1.1.txt", "rel/app-1.2.txt", "deltas/1.1-1.2.vcdiff"),
                    SHD("xdelta3 -d -s rel/app-1.1.txt deltas/1.1-1.2.vcdiff out/app-1.2.txt"))],
    },
    {
        "id": "bp29-ws-par2-create-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": PAR2,
        "fail_re": r'^Could not create "[^"]*\.par2": File already exists\.',
        "learn": [CH("par2 create -q -r10 -n1 backup/db backup/db.dump", SHD("par2 create -q -r10 -n1 backup/db backup/db.dump")),
                  CH("par2 create -q -r5 -n1 backup/all backup/db.dump backup/notes.txt",
                     SHD("par2 create -q -n1 backup/all backup/db.dump"))],
        "repeats": [CH("par2 create -q -n1 backup/photos backup/photos.dat", LS,
                       SHD("par2 create -q -n1 backup/photos backup/photos.dat")),
                    CH("par2 create -q -r20 -n1 backup/notes.par2 backup/notes.txt",
                       SHD("par2 create -q -n1 backup/notes backup/notes.txt")),
                    CH("par2 create -q -r10 -n1 backup/db backup/db.dump backup/photos.dat",
                       SHD("par2 create -q -r10 -n1 backup/db backup/db.dump"), SHD("par2 verify -q backup/db.par2"))],
        "good": [CH("par2 create -q -r10 -n1 backup/db backup/db.dump", LS),
                 CH("par2 create -q -r5 -n1 backup/all backup/db.dump backup/notes.txt",
                    SHD("par2 create -q -n1 backup/db backup/db.dump")),
                 CH("par2 verify -q backup/photos.par2", SHD("par2 create -q -n1 backup/photos backup/photos.dat")),
                 CH("par2 create -q -r20 -n1 backup/notes-v2 backup/notes.txt",
                    SHD("par2 create -q -n1 backup/notes backup/notes.txt")),
                 CH("par2 create -q -r10 -n1 backup/db-photos backup/db.dump backup/photos.dat",
                    SHD("par2 create -q -r10 -n1 backup/db backup/db.dump"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp29-wt-pngcheck-not-png", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": PNGCHECK,
        "fail_re": r"^\S+  this is neither a PNG or JNG image nor a MNG stream",
        "learn": [C("pngcheck images/photo.jpg"), C("pngcheck -p images/logo.gif")],
        "repeats": [C("pngcheck images/scan.tif"), C("pngcheck -q images/icon.bmp"), C("pngcheck -t images/banner.gif")],
        "good": [C("pngcheck images/chart.png"), C("pngcheck -v images/logo.png"), C("pngcheck images/icon.png"),
                 C("pngcheck -q images/chart.png images/logo.png"), C("pngcheck -t images/banner.png")],
    },
    {
        "id": "bp29-wt-tiffinfo-not-tiff", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": TIFFINFO,
        "fail_re": r"^\S+: Not a TIFF or MDI file, bad magic number \d+ \(0x[0-9a-f]+\)\.",
        "learn": [C("tiffinfo images/chart.png"), C("tiffinfo -s images/photo.jpg")],
        "repeats": [C("tiffinfo images/icon.bmp"), C("tiffinfo -c images/logo.gif"), C("tiffinfo -s images/poster.eps")],
        "good": [C("tiffinfo images/scan.tif"), C("tiffinfo -s images/fax.tif"), C("tiffinfo images/page.tiff"),
                 C("tiffinfo -c images/scan.tif"), C("tiffinfo -s images/page.tiff")],
    },
    {
        "id": "bp29-wt-opusenc-input-kind", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": OPUSENC,
        "fail_re": r"^Error: unsupported input file: ",
        "learn": [C("opusenc --quiet audio/intro.opus out/intro-64k.opus"), C("opusenc --quiet audio/clip.mkv out/clip.opus")],
        "repeats": [C("opusenc --quiet --bitrate 48 audio/theme.opus out/theme.opus"),
                    C("opusenc --quiet audio/voice.mka out/voice.opus"),
                    C("opusenc --quiet --title Cover images/chart.png out/cover.opus")],
        "good": [C("opusenc --quiet audio/voice.wav out/voice.opus"), C("opusenc --quiet audio/chime.aiff out/chime.opus"),
                 C("opusenc --quiet --bitrate 48 audio/tone.wav out/tone.opus"),
                 C("opusenc --quiet --raw --raw-rate 16000 --raw-chan 1 audio/tone.pcm out/tone.opus"),
                 C("opusenc --quiet --title Cover --picture images/chart.png audio/voice.wav out/voice.opus")],
    },
    {
        "id": "bp29-wt-xdelta3-not-vcdiff", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": XDELTA3,
        "fail_re": r"^xdelta3: not a VCDIFF input: XD3_INVALID_INPUT",
        "learn": [C("xdelta3 -d -s rel/app-1.0.txt patches/fix.diff out/app.txt"),
                  C("xdelta3 -d -s rel/app-1.1.txt patches/hotfix.patch out/app.txt")],
        "repeats": [C("xdelta3 -d -s rel/app-1.0.txt patches/update.ed out/app.txt"),
                    C("xdelta3 -d -s rel/app-1.0.txt rel/app-1.1.txt out/app.txt"),
                    C("xdelta3 -d -s rel/app-1.1.txt patches/changes.txt out/app-1.2.txt")],
        "good": [C("xdelta3 -d -s rel/app-1.0.txt patches/1.0-1.1.vcdiff out/app.txt"),
                 C("xdelta3 -d -s rel/app-1.1.txt patches/1.1-1.2.vcdiff out/app.txt"),
                 C("xdelta3 -e -s rel/app-1.0.txt rel/app-1.2.txt out/1.0-1.2.vcdiff"),
                 C("xdelta3 printhdr patches/1.0-1.1.vcdiff"),
                 C("xdelta3 -d -s rel/app-1.0.txt patches/1.0-1.2.vcdiff out/app-1.2.txt")],
    },
    {
        "id": "bp29-wt-pydicom-not-dicom", "category": "WRONG_TOOL_SELECTION", "tool": "pydicom_dcmread",
        "source": PYDICOM,
        "fail_re": r"^InvalidDicomError: File is missing DICOM File Meta Information header or the 'DICM' prefix is "
                   r"missing from the header\.",
        "learn": [P(fp="images/chart.png"), P(fp="scans/report.pdf")],
        "repeats": [P(fp="images/scan.tif"), P(fp="scans/series.json", stop_before_pixels=True), P(fp="images/photo.jpg")],
        "good": [P(fp="scans/ct-001.dcm"), P(fp="scans/mr-002.dcm"), P(fp="scans/ct-001.dcm", stop_before_pixels=True),
                 P(fp="scans/xr-003.dcm", specific_tags=["PatientID", "Modality"]), P(fp="scans/mr-002.dcm", force=True)],
    },
]
