"""Scenario definitions for blind set 28. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp28fx"
SHELL = "bash_exec"


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
    """a bash_exec history step that really happens (its output is discarded)"""
    return RC(SHELL, command=cmd), cmd + " >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path))} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


GNUPLOT = "gnuplot 5.4 patchlevel 4 (Debian gnuplot-nox 5.4.4+dfsg1-2+b2)"
ASPELL = "GNU Aspell 0.60.8 (aspell-en 2020.12.07)"
RRDTOOL = "RRDtool 1.7.2 (Debian rrdtool)"
DOS2UNIX = "dos2unix 7.4.3"
RECODE = "GNU recode 3.6"
CVS = "Concurrent Versions System (CVS) 1.12.13 (Debian 2:1.12.13+real-28+deb12u1)"
MTOOLS = "GNU mtools 4.0.32"
LAME = "LAME 3.100"
LZOP = "lzop 1.04"
JPEGTRAN = "jpegtran (libjpeg-turbo 2.1.5)"
GIFSICLE = "Gifsicle 1.93"
SHARUTILS = "uudecode (GNU sharutils 4.15.2)"
CWEBP = "cwebp (libwebp 1.2.4)"
ISO4217 = "iso4217 1.16.20260101"
BITMATH = "bitmath 2.1.1"
LANGCODES = "langcodes 3.5.1"
SCHWIFTY = "schwifty 2026.10.1"
HJSON = "hjson 3.1.0"
IJSON = "ijson 3.6.0 (yajl2_c backend)"

LS = NOP("list_dir", path=".")
LS_AUDIO = NOP("list_dir", path="audio")
LS_DB = NOP("list_dir", path="db")
LS_DISK = NOP("list_dir", path="disk")
LS_LOGS = NOP("list_dir", path="logs")
CHECKOUT = "cvs -Q checkout website"  # scenario setup: a working copy of the fixture repository's module


def GP(script):
    return f'gnuplot -e "{script}"'


def RRD_CREATE(path, ds="temp", start=1717200000):
    return SHD(f"rrdtool create {path} --start {start} --step 300 DS:{ds}:GAUGE:600:U:U RRA:AVERAGE:0.5:1:288")


def RRD_UPDATE(path, arg):
    return SHD(f"rrdtool update {path} {arg}")


def LAME_ENC(wav, mp3):
    return SHD(f"lame -S {wav} {mp3}")


def IMPORT(d, module):
    return SHD(f"cd {d} && cvs -Q import -m 'Initial import' {module} acme start")


def MFORMAT(img):
    return SHD(f"mformat -f 1440 -i {img} ::")


def LZOP_RUN(args):
    return SHD(f"lzop {args}")


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp28-ip-gnuplot-terminal-type", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": GNUPLOT,
        "fail_re": r"^line 0: unknown or ambiguous terminal type; type just 'set terminal' for a list",
        "learn": [C(GP("set terminal pngg; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2 with lines")),
                  C(GP("set terminal jpg; set output 'out/sales.jpg'; plot 'data/sales.dat' using 1:2"))],
        "repeats": [C(GP("set terminal html; set output 'out/temps.html'; plot 'data/temps.dat' using 1:2")),
                    C(GP("set terminal ascii; plot sin(x)")),
                    C(GP("set terminal webp; set output 'out/sales.webp'; plot 'data/sales.dat' using 1:2 with boxes"))],
        "good": [C(GP("set terminal png; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2 with lines")),
                 C(GP("set terminal jpeg; set output 'out/sales.jpg'; plot 'data/sales.dat' using 1:2")),
                 C(GP("set terminal svg; set output 'out/temps.svg'; plot 'data/temps.dat' using 1:2")),
                 C(GP("set terminal dumb; plot sin(x)")),
                 C(GP("set terminal pdfcairo; set output 'out/sales.pdf'; plot 'data/sales.dat' using 1:2 with boxes"))],
    },
    {
        "id": "bp28-ip-aspell-language", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": ASPELL,
        "fail_re": r'^Error: No word lists can be found for the language "[^"]*"\.',
        "learn": [C("aspell -l english list < docs/readme.txt"), C("aspell --lang=eng list < docs/notes.txt")],
        "repeats": [C("aspell -l british list < docs/faq.txt"), C("aspell -l us list < docs/changelog.txt"),
                    C("aspell --lang=american --mode=html list < docs/page.html")],
        "good": [C("aspell -l en list < docs/readme.txt"), C("aspell --lang=en_GB list < docs/notes.txt"),
                 C("aspell -l en_US list < docs/faq.txt"), C("aspell -l en_CA list < docs/changelog.txt"),
                 C("aspell --lang=en --mode=html list < docs/page.html")],
    },
    {
        "id": "bp28-ip-rrdtool-ds-type", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": RRDTOOL,
        "fail_re": r"^ERROR: invalid DS type specified \(\w+\)",
        "learn": [C("rrdtool create db/cpu.rrd --step 60 DS:cpu:GAGE:120:0:100 RRA:AVERAGE:0.5:1:1440"),
                  C("rrdtool create db/net.rrd --step 300 DS:rx:RATE:600:0:U RRA:AVERAGE:0.5:1:288")],
        "repeats": [C("rrdtool create db/req.rrd --step 60 DS:hits:COUNTERS:120:0:U RRA:MAX:0.5:1:1440"),
                    C("rrdtool create db/disk.rrd --step 300 DS:used:INTEGER:600:0:U RRA:AVERAGE:0.5:1:288"),
                    C("rrdtool create db/io.rrd --step 60 DS:ops:DELTA:120:0:U RRA:AVERAGE:0.5:1:1440")],
        "good": [C("rrdtool create db/cpu.rrd --step 60 DS:cpu:GAUGE:120:0:100 RRA:AVERAGE:0.5:1:1440"),
                 C("rrdtool create db/net.rrd --step 300 DS:rx:DERIVE:600:0:U RRA:AVERAGE:0.5:1:288"),
                 C("rrdtool create db/req.rrd --step 60 DS:hits:COUNTER:120:0:U RRA:MAX:0.5:1:1440"),
                 C("rrdtool create db/disk.rrd --step 300 DS:used:GAUGE:600:0:U RRA:AVERAGE:0.5:1:288"),
                 C("rrdtool create db/io.rrd --step 60 DS:ops:ABSOLUTE:120:0:U RRA:AVERAGE:0.5:1:1440")],
    },
    {
        "id": "bp28-ip-dos2unix-conversion-mode", "category": "INCORRECT_PARAMETER", "tool": SHELL,
        "source": DOS2UNIX, "fail_re": r"^dos2unix: invalid \S+ conversion mode specified",
        "learn": [C("dos2unix -c utf8 dos/report.txt"), C("dos2unix -c unix dos/todo.txt")],
        "repeats": [C("dos2unix -c dos dos/notes.txt"), C("dos2unix -c latin1 dos/config.ini"),
                    C("dos2unix -c windows -n dos/readme.txt out/readme.txt")],
        "good": [C("dos2unix -c ascii dos/report.txt"), C("dos2unix -c 7bit dos/todo.txt"),
                 C("dos2unix -c iso dos/notes.txt"), C("dos2unix dos/config.ini"),
                 C("dos2unix -c mac -n dos/readme.txt out/readme.txt")],
    },
    {
        "id": "bp28-ip-iso4217-currency-code", "category": "INCORRECT_PARAMETER", "tool": "iso4217_currency",
        "source": ISO4217, "fail_re": r"^ValueError: '[^']*' is not a valid Currency",
        "learn": [P(code="RMB"), P(code="UKP")],
        "repeats": [P(code="NTD"), P(code="SFR"), P(code="BTC")],
        "good": [P(code="CNY"), P(code="GBP"), P(code="TWD"), P(code="CHF"), P(code="JPY")],
    },
    {
        "id": "bp28-ip-bitmath-unit", "category": "INCORRECT_PARAMETER", "tool": "bitmath_parse_string",
        "source": BITMATH, "fail_re": r"^ValueError: The unit \S+ is not a valid bitmath unit",
        "learn": [P(s="10 KB"), P(s="5 gigs")],
        "repeats": [P(s="3 mib"), P(s="8 Mbit"), P(s="64 bytes")],
        "good": [P(s="10 KiB"), P(s="5 GiB"), P(s="3 MiB"), P(s="8 Mb"), P(s="64 B")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp28-pf-recode-request-syntax", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": RECODE,
        "fail_re": r"^recode: Request `[^']*' is erroneous",
        "learn": [C("recode latin1-utf8 text/menu-latin1.txt"), C("recode 'latin1->utf8' text/names-latin1.txt")],
        "repeats": [C("recode 'latin1 utf8' text/prices-latin1.txt"), C("recode latin1/utf8 text/menu-latin1.txt"),
                    C("recode 'iso-8859-1=>utf-8' text/names-latin1.txt")],
        "good": [C("recode latin1..utf8 text/menu-latin1.txt"), C("recode latin1..utf8 text/names-latin1.txt"),
                 C("recode iso-8859-15..utf8 text/prices-latin1.txt"), C("recode utf8..html text/notes-utf8.txt"),
                 C("recode iso-8859-1..utf-8 < text/names-latin1.txt > out/names.txt")],
    },
    {
        "id": "bp28-pf-cvs-tag-name", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": CVS,
        "setup": [CHECKOUT],
        "fail_re": r"^cvs \[tag aborted\]: tag `[^']*' must (start with a letter|not contain the characters)",
        "learn": [C("cd website && cvs -Q tag 1.0"), C("cd website && cvs -Q tag v1.2.0")],
        "repeats": [C("cd website && cvs -Q tag 2024-05-31"), C("cd website && cvs -Q tag release-2.0"),
                    C("cd website && cvs -Q tag -b hotfix:login")],
        "good": [C("cd website && cvs -Q tag v1_0"), C("cd website && cvs -Q tag v1_2_0"),
                 C("cd website && cvs -Q tag REL_2024_05_31"), C("cd website && cvs -Q tag release-2_0"),
                 C("cd website && cvs -Q tag -b hotfix-login")],
    },
    {
        "id": "bp28-pf-rrdtool-update-argument", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": RRDTOOL,
        "fail_re": r"^ERROR: \S+: (expected timestamp not found in data source from|found extra data on update "
                   r"argument:) ",
        "learn": [C("rrdtool update db/temp.rrd 2024-06-01T10:00:21.5"), C("rrdtool update db/temp.rrd 1717236000 21.5")],
        "repeats": [C("rrdtool update db/load.rrd 1717236000,0.42"), C("rrdtool update db/temp.rrd '2024-06-01 10:05:22'"),
                    C("rrdtool update db/load.rrd 1717236300=0.37")],
        "good": [C("rrdtool update db/temp.rrd 1717236000:21.5"), C("rrdtool update db/temp.rrd 1717236300:22"),
                 C("rrdtool update db/load.rrd 1717236000:0.42"),
                 C("rrdtool update db/temp.rrd 1717236000:21.5 1717236300:22.0"),
                 C("rrdtool update db/load.rrd N:0.37")],
    },
    {
        "id": "bp28-pf-langcodes-tag-syntax", "category": "PARAMETER_FORMAT", "tool": "langcodes_standardize_tag",
        "source": LANGCODES, "fail_re": r"^LanguageTagError: Expected 1-8 alphanumeric characters, got '",
        "learn": [P(tag="en us"), P(tag="pt BR")],
        "repeats": [P(tag="de.DE"), P(tag="fr/CA"), P(tag="en@US")],
        "good": [P(tag="en-US"), P(tag="pt-BR"), P(tag="de-DE"), P(tag="fr_CA"), P(tag="zh_Hant_TW")],
    },
    {
        "id": "bp28-pf-schwifty-iban-checksum", "category": "PARAMETER_FORMAT", "tool": "schwifty_iban",
        "source": SCHWIFTY, "fail_re": r"^InvalidChecksumDigits: Invalid checksum digits",
        "learn": [P(iban="DE88 3704 0044 0532 0130 00"), P(iban="GB28 WEST 1234 5698 7654 32")],
        "repeats": [P(iban="NL19ABNA0417164300"), P(iban="DE89 3704 0044 0532 0130 01"),
                    P(iban="GB82 WEST 1234 5698 7654 23")],
        "good": [P(iban="DE89 3704 0044 0532 0130 00"), P(iban="GB82 WEST 1234 5698 7654 32"),
                 P(iban="NL91ABNA0417164300"), P(iban="DE89370400440532013000"), P(iban="gb82west12345698765432")],
    },
    {
        "id": "bp28-pf-hjson-syntax", "category": "PARAMETER_FORMAT", "tool": "hjson_loads", "source": HJSON,
        "fail_re": r"^HjsonDecodeError: Found a punctuator character when expecting a quoteless string",
        "learn": [P(s='{name: "api", ports: [80, 443}'), P(s='{"port": }')],
        "repeats": [P(s="[1, 2,, 3]"), P(s="{retries: , timeout: 30}"), P(s='{"tags": [, "web"]}')],
        "good": [P(s='{name: "api", ports: [80, 443]}'), P(s='{"port": 8080}'), P(s="[1, 2, 3]"),
                 P(s="{\n  retries: 3\n  timeout: 30\n}"), P(s='{"tags": ["api", "web"]}')],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp28-mp-dos2unix-newfile-target", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DOS2UNIX,
        "fail_re": r"^dos2unix: target of file \S+ not specified in new-file mode",
        "learn": [C("dos2unix -n dos/report.txt"), C("dos2unix -q -n dos/todo.txt")],
        "repeats": [C("dos2unix -n dos/notes.txt out/notes.txt dos/config.ini"), C("dos2unix -k -n dos/readme.txt"),
                    C("dos2unix --newfile dos/config.ini")],
        "good": [C("dos2unix -n dos/report.txt out/report.txt"), C("dos2unix -q -n dos/todo.txt out/todo.txt"),
                 C("dos2unix -n dos/notes.txt out/notes.txt dos/config.ini out/config.ini"),
                 C("dos2unix -k dos/readme.txt"), C("dos2unix --newfile dos/config.ini out/config.ini")],
    },
    {
        "id": "bp28-mp-rrdtool-create-ds-rra", "category": "MISSING_PARAMETER", "tool": SHELL, "source": RRDTOOL,
        "fail_re": r"^ERROR: you must define at least one (Round Robin Archive|Data Source)",
        "learn": [C("rrdtool create db/hum.rrd --step 300 DS:hum:GAUGE:600:0:100"),
                  C("rrdtool create db/power.rrd --step 60 RRA:AVERAGE:0.5:1:1440")],
        "repeats": [C("rrdtool create db/cpu.rrd --start 1717200000 --step 60 DS:user:GAUGE:120:0:100 "
                      "DS:sys:GAUGE:120:0:100"),
                    C("rrdtool create db/net.rrd --step 300 RRA:AVERAGE:0.5:1:288 RRA:MAX:0.5:12:168"),
                    C("rrdtool create db/disk.rrd --step 300 DS:used:GAUGE:600:0:U")],
        "good": [C("rrdtool create db/hum.rrd --step 300 DS:hum:GAUGE:600:0:100 RRA:AVERAGE:0.5:1:288"),
                 C("rrdtool create db/power.rrd --step 60 DS:watts:GAUGE:120:0:U RRA:AVERAGE:0.5:1:1440"),
                 C("rrdtool create db/cpu.rrd --start 1717200000 --step 60 DS:user:GAUGE:120:0:100 "
                   "DS:sys:GAUGE:120:0:100 RRA:AVERAGE:0.5:1:1440"),
                 C("rrdtool create db/net.rrd --step 300 DS:rx:DERIVE:600:0:U RRA:AVERAGE:0.5:1:288 "
                   "RRA:MAX:0.5:12:168"),
                 C("rrdtool create db/disk.rrd --step 300 DS:used:GAUGE:600:0:U RRA:LAST:0.5:1:288")],
    },
    {
        "id": "bp28-mp-gnuplot-plot-nothing", "category": "MISSING_PARAMETER", "tool": SHELL, "source": GNUPLOT,
        "fail_re": r"^line 0: function to plot expected",
        "learn": [C(GP("set terminal dumb; plot")), C(GP("set terminal png; set output 'out/temps.png'; plot [0:24]"))],
        "repeats": [C(GP("set terminal dumb; splot")),
                    C(GP("set terminal svg; set output 'out/sales.svg'; set title 'Sales'; plot")),
                    C(GP("set terminal dumb; plot [0:10] [0:40]"))],
        "good": [C(GP("set terminal dumb; plot sin(x)")),
                 C(GP("set terminal png; set output 'out/temps.png'; plot [0:24] 'data/temps.dat' using 1:2")),
                 C(GP("set terminal dumb; splot x*y")),
                 C(GP("set terminal svg; set output 'out/sales.svg'; set title 'Sales'; plot 'data/sales.dat' using 1:2")),
                 C(GP("set terminal dumb; plot [0:10] [0:40] 3*x+2"))],
    },
    {
        "id": "bp28-mp-schwifty-generate-code", "category": "MISSING_PARAMETER", "tool": "schwifty_iban_generate",
        "source": SCHWIFTY,
        "fail_re": r"^TypeError: IBAN\.generate\(\) missing 1 required positional argument: '(bank|account)_code'",
        "learn": [P(country_code="DE", bank_code="37040044"), P(country_code="DE", account_code="532013000")],
        "repeats": [P(country_code="AT", bank_code="19043"), P(country_code="NL", account_code="417164300"),
                    P(country_code="BE", bank_code="539")],
        "good": [P(country_code="DE", bank_code="37040044", account_code="532013000"),
                 P(country_code="DE", bank_code="10010010", account_code="123456789"),
                 P(country_code="AT", bank_code="19043", account_code="23457032"),
                 P(country_code="NL", bank_code="ABNA", account_code="417164300"),
                 P(country_code="BE", bank_code="539", account_code="7547034")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp28-mq-cvs-no-checkout", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": CVS,
        "fail_re": r"^cvs \[\w+ aborted\]: there is no version here; run 'cvs checkout' first",
        "learn": [CH("cd newsite && cvs commit -m 'Update index page'", IMPORT("newsite", "newsite")),
                  CH("cd blog && cvs -q update -d", LS, IMPORT("blog", "blog"))],
        "repeats": [CH("cd shop && cvs diff", IMPORT("shop", "shop")),
                    CH("cd newsite && cvs log", IMPORT("newsite", "newsite"), IMPORT("blog", "blog"),
                       SHD("cvs -Q checkout -d blog-wc blog")),
                    CH("cd blog && cvs commit -m 'First post'", IMPORT("blog", "blog"), LS)],
        "good": [CH("cd newsite-wc && cvs commit -m 'Update index page'", IMPORT("newsite", "newsite"),
                    SHD("cvs -Q checkout -d newsite-wc newsite")),
                 CH("cd blog-wc && cvs -q update -d", LS, IMPORT("blog", "blog"), SHD("cvs -Q checkout -d blog-wc blog")),
                 CH("cd shop-wc && cvs diff", IMPORT("shop", "shop"), SHD("cvs -Q checkout -d shop-wc shop")),
                 CH("cd website && cvs log index.html", SHD("cvs -Q checkout website")),
                 CH("cvs -Q checkout -d newsite-wc newsite", IMPORT("newsite", "newsite"))],
    },
    {
        "id": "bp28-mq-mtools-unformatted-image", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": MTOOLS, "fail_re": r"^init :: non DOS media\nCannot initialize '::'",
        "learn": [CH("mcopy -i disk/usb.img docs/readme.txt ::", LS_DISK),
                  CH("mdir -i disk/backup.img ::", NOP("read_file", path="disk/README"))],
        "repeats": [CH("mmd -i disk/usb.img ::/docs", LS_DISK),
                    CH("mcopy -i disk/spare.img docs/notes.txt ::", MFORMAT("disk/usb.img")),
                    CH("mdir -i disk/backup.img ::/", LS, MFORMAT("disk/spare.img"))],
        "good": [CH("mcopy -i disk/usb.img docs/readme.txt ::", LS_DISK, MFORMAT("disk/usb.img")),
                 CH("mdir -i disk/backup.img ::", MFORMAT("disk/backup.img")),
                 CH("mmd -i disk/usb.img ::/docs", MFORMAT("disk/usb.img")),
                 CH("mcopy -i disk/spare.img docs/notes.txt ::", MFORMAT("disk/usb.img"), MFORMAT("disk/spare.img")),
                 CH("mformat -f 1440 -i disk/backup.img ::", LS_DISK)],
    },
    {
        "id": "bp28-mq-rrdtool-before-create", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": RRDTOOL,
        "fail_re": r"^ERROR: opening '[^']*\.rrd': No such file or directory",
        "learn": [CH("rrdtool update db/cpu.rrd 1717200300:42", LS_DB),
                  CH("rrdtool fetch db/net.rrd AVERAGE --start 1717200000 --end 1717203600",
                     NOP("read_file", path="db/README"))],
        "repeats": [CH("rrdtool update db/disk.rrd 1717200300:61", RRD_CREATE("db/cpu.rrd", "cpu")),
                    CH("rrdtool fetch db/cpu.rrd MAX --start 1717200000 --end 1717203600", LS_DB),
                    CH("rrdtool info db/power.rrd", LS)],
        "good": [CH("rrdtool update db/cpu.rrd 1717200300:42", LS_DB, RRD_CREATE("db/cpu.rrd", "cpu")),
                 CH("rrdtool fetch db/net.rrd AVERAGE --start 1717200000 --end 1717203600",
                    RRD_CREATE("db/net.rrd", "rx")),
                 CH("rrdtool update db/disk.rrd 1717200300:61", RRD_CREATE("db/disk.rrd", "used")),
                 CH("rrdtool fetch db/cpu.rrd AVERAGE --start 1717200000 --end 1717203600", RRD_CREATE("db/cpu.rrd", "cpu"),
                    RRD_UPDATE("db/cpu.rrd", "1717200300:42")),
                 CH("rrdtool info db/temp.rrd", LS_DB)],
    },
    {
        "id": "bp28-mq-lame-decode-before-encode", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": LAME, "fail_re": r"^Could not find \"[^\"]*\.mp3\"\.\nCan't init infile '",
        "learn": [CH("lame -S --decode audio/tone.mp3 out/tone.wav", LS_AUDIO),
                  CH("lame -S --decode audio/chime.mp3 out/chime.wav", LAME_ENC("audio/voice.wav", "audio/voice.mp3"))],
        "repeats": [CH("lame -S --decode audio/podcast.mp3 out/podcast.wav", LS_AUDIO),
                    CH("lame -S --decode audio/voice.mp3 out/voice.wav", LAME_ENC("audio/tone.wav", "audio/tone.mp3")),
                    CH("lame -S --decode audio/tone.mp3", NOP("read_file", path="audio/README"))],
        "good": [CH("lame -S --decode audio/tone.mp3 out/tone.wav", LS_AUDIO, LAME_ENC("audio/tone.wav", "audio/tone.mp3")),
                 CH("lame -S --decode audio/chime.mp3 out/chime.wav", LAME_ENC("audio/chime.wav", "audio/chime.mp3")),
                 CH("lame -S --decode audio/podcast.mp3 out/podcast.wav",
                    LAME_ENC("audio/podcast.wav", "audio/podcast.mp3")),
                 CH("lame -S --decode audio/voice.mp3 out/voice.wav", LAME_ENC("audio/tone.wav", "audio/tone.mp3"),
                    LAME_ENC("audio/voice.wav", "audio/voice.mp3")),
                 CH("lame -S audio/tone.wav audio/tone.mp3", LS_AUDIO)],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp28-ws-lzop-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LZOP,
        "fail_re": r"^lzop: \S+: already exists; not overwritten",
        "learn": [CH("lzop logs/app.log", LZOP_RUN("logs/app.log")),
                  CH("lzop -d logs/db.log.lzo", LS_LOGS, LZOP_RUN("logs/db.log"))],
        "repeats": [CH("lzop -9 logs/web.log", LZOP_RUN("logs/web.log")),
                    CH("lzop -o archive/app.lzo logs/app.log", LZOP_RUN("-o archive/app.lzo logs/app.log")),
                    CH("lzop -d logs/cron.log.lzo", LZOP_RUN("logs/cron.log"), LS_LOGS)],
        "good": [CH("lzop -f logs/app.log", LZOP_RUN("logs/app.log")),
                 CH("lzop -d logs/db.log.lzo", LS_LOGS, LZOP_RUN("-U logs/db.log")),
                 CH("lzop -9 logs/web.log", LS_LOGS),
                 CH("lzop -o archive/app-2.lzo logs/app.log", LZOP_RUN("-o archive/app.lzo logs/app.log")),
                 CH("lzop -d -o archive/cron.log logs/cron.log.lzo", LZOP_RUN("logs/cron.log"))],
    },
    {
        "id": "bp28-ws-cvs-add-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": CVS,
        "setup": [CHECKOUT],
        "fail_re": r"^cvs add: `[^']*' has already been entered",
        "learn": [CH("cd website && cvs add about.html", WF("website/about.html", "<h1>About</h1>\n"),
                     SHD("cd website && cvs add about.html")),
                  CH("cd website && cvs add contact.html", WF("website/contact.html", "<p>Mail us</p>\n"),
                     SHD("cd website && cvs add contact.html"), LS)],
        "repeats": [CH("cd website && cvs add faq.html", WF("website/faq.html", "<h2>FAQ</h2>\n"),
                       SHD("cd website && cvs add faq.html")),
                    CH("cd website && cvs add -kb logo.png", WF("website/logo.png", "PNG-bytes"),
                       SHD("cd website && cvs add -kb logo.png")),
                    CH("cd website && cvs add about.html", WF("website/about.html", "<h1>About</h1>\n"),
                       WF("website/team.html", "<h1>Team</h1>\n"), SHD("cd website && cvs add about.html team.html"))],
        "good": [CH("cd website && cvs commit -m 'Add about page' about.html",
                    WF("website/about.html", "<h1>About</h1>\n"), SHD("cd website && cvs add about.html")),
                 CH("cd website && cvs add contact.html", WF("website/contact.html", "<p>Mail us</p>\n"), LS),
                 CH("cd website && cvs add faq.html", WF("website/faq.html", "<h2>FAQ</h2>\n"),
                    WF("website/about.html", "<h1>About</h1>\n"), SHD("cd website && cvs add about.html")),
                 CH("cd website && cvs add -kb logo.png", WF("website/logo.png", "PNG-bytes")),
                 CH("cd website && cvs commit -m 'Add team and about pages'",
                    WF("website/about.html", "<h1>About</h1>\n"), WF("website/team.html", "<h1>Team</h1>\n"),
                    SHD("cd website && cvs add about.html team.html"))],
    },
    {
        "id": "bp28-ws-rrdtool-update-time", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": RRDTOOL,
        "fail_re": r"^ERROR: \S+: illegal attempt to update using time \d+ when last update time is \d+ "
                   r"\(minimum one second step\)",
        "learn": [CH("rrdtool update db/temp.rrd 1717200300:21.7", RRD_UPDATE("db/temp.rrd", "1717200300:21.5")),
                  CH("rrdtool update db/load.rrd 1717200600:0.40", RRD_UPDATE("db/load.rrd", "1717200600:0.35 "
                                                                                              "1717200900:0.38"))],
        "repeats": [CH("rrdtool update db/temp.rrd 1717200000:20.9", RRD_UPDATE("db/temp.rrd", "1717200300:21.5")),
                    CH("rrdtool update db/load.rrd 1717201200:0.52", LS_DB,
                       RRD_UPDATE("db/load.rrd", "1717201200:0.50")),
                    CH("rrdtool update db/temp.rrd 1717200600:22.1 1717200900:22.4",
                       RRD_UPDATE("db/temp.rrd", "1717200300:21.5 1717200600:22.0 1717200900:22.3"))],
        "good": [CH("rrdtool update db/temp.rrd 1717200600:21.7", RRD_UPDATE("db/temp.rrd", "1717200300:21.5")),
                 CH("rrdtool update db/load.rrd 1717201200:0.40", RRD_UPDATE("db/load.rrd", "1717200600:0.35 "
                                                                                             "1717200900:0.38")),
                 CH("rrdtool update db/temp.rrd 1717200300:20.9", LS_DB),
                 CH("rrdtool update db/load.rrd 1717201500:0.52", RRD_UPDATE("db/load.rrd", "1717201200:0.50")),
                 CH("rrdtool update db/temp.rrd 1717201200:22.1 1717201500:22.4",
                    RRD_UPDATE("db/temp.rrd", "1717200300:21.5 1717200600:22.0 1717200900:22.3"))],
    },
    {
        "id": "bp28-ws-gnuplot-replot-first", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": GNUPLOT,
        "fail_re": r"^line 0: no previous plot",
        "learn": [CH(GP("set terminal png; set output 'out/temps-2.png'; replot"),
                     SHD(GP("set terminal png; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2 with lines"))),
                  CH(GP("set terminal dumb; replot 'data/sales.dat' using 1:2"),
                     SHD(GP("set terminal dumb; plot 'data/temps.dat' using 1:2")))],
        "repeats": [CH(GP("set terminal svg; set output 'out/sales.svg'; replot"),
                       SHD(GP("set terminal svg; set output 'out/sales-1.svg'; plot 'data/sales.dat' using 1:2"))),
                    CH(GP("set terminal dumb; replot cos(x)"), SHD(GP("set terminal dumb; plot sin(x)"))),
                    CH(GP("set terminal png; set output 'out/both.png'; replot 'data/sales.dat' using 1:2 with lines"),
                       SHD(GP("set terminal png; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2")), LS)],
        "good": [CH(GP("set terminal png; set output 'out/temps-2.png'; plot 'data/temps.dat' using 1:2 with lines"),
                    SHD(GP("set terminal png; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2 with lines"))),
                 CH(GP("set terminal dumb; plot 'data/temps.dat' using 1:2; replot 'data/sales.dat' using 1:2"),
                    SHD(GP("set terminal dumb; plot 'data/temps.dat' using 1:2"))),
                 CH(GP("set terminal svg; set output 'out/sales.svg'; plot 'data/sales.dat' using 1:2"), LS),
                 CH(GP("set terminal dumb; plot sin(x); replot cos(x)"), SHD(GP("set terminal dumb; plot sin(x)"))),
                 CH(GP("set terminal png; set output 'out/both.png'; plot 'data/temps.dat' using 1:2, "
                       "'data/sales.dat' using 1:2 with lines"),
                    SHD(GP("set terminal png; set output 'out/temps.png'; plot 'data/temps.dat' using 1:2")))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp28-wt-jpegtran-non-jpeg", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": JPEGTRAN,
        "fail_re": r"^Not a JPEG file: starts with 0x[0-9a-f]{2} 0x[0-9a-f]{2}",
        "learn": [C("jpegtran -rotate 90 -outfile out/chart.jpg images/chart.png"),
                  C("jpegtran -optimize -outfile out/icon.jpg images/icon.gif")],
        "repeats": [C("jpegtran -flip horizontal -outfile out/logo.jpg images/logo.png"),
                    C("jpegtran -grayscale -outfile out/banner.jpg images/banner.gif"),
                    C("jpegtran -rotate 180 -outfile out/cover.jpg images/cover.webp")],
        "good": [C("jpegtran -rotate 90 -outfile out/photo.jpg images/photo.jpg"),
                 C("jpegtran -optimize -outfile out/scan.jpg images/scan.jpg"),
                 C("jpegtran -flip horizontal -outfile out/photo-flip.jpg images/photo.jpg"),
                 C("jpegtran -grayscale -outfile out/scan-gray.jpg images/scan.jpg"),
                 C("jpegtran -progressive -copy none -outfile out/photo-web.jpg images/photo.jpg")],
    },
    {
        "id": "bp28-wt-gifsicle-non-gif", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": GIFSICLE,
        "fail_re": r"^gifsicle:\S+: file not in GIF format",
        "learn": [C("gifsicle -O2 images/chart.png -o out/chart.gif"),
                  C("gifsicle --resize 80x60 images/photo.jpg -o out/photo-small.gif")],
        "repeats": [C("gifsicle --colors 16 images/logo.png -o out/logo.gif"),
                    C("gifsicle -O3 images/cover.webp -o out/cover.gif"),
                    C("gifsicle --resize 40x30 images/scan.jpg -o out/scan-small.gif")],
        "good": [C("gifsicle -O2 images/icon.gif -o out/icon.gif"),
                 C("gifsicle --resize 80x60 images/banner.gif -o out/banner-small.gif"),
                 C("gifsicle --colors 16 images/icon.gif -o out/icon-16.gif"),
                 C("gifsicle -O3 images/banner.gif -o out/banner.gif"),
                 C("gifsicle --rotate-90 images/icon.gif -o out/icon-rot.gif")],
    },
    {
        "id": "bp28-wt-uudecode-not-uuencoded", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": SHARUTILS, "fail_re": r"^uudecode fatal error:\n\S+: Invalid or missing 'begin' line",
        "learn": [C("uudecode -o out/report.pdf mail/report.b64"), C("uudecode mail/invoice.eml")],
        "repeats": [C("uudecode -o out/logo.png mail/logo.b64"), C("uudecode -o out/notes.txt mail/notes.txt"),
                    C("uudecode mail/backup.lzo")],
        "good": [C("uudecode -o out/report.pdf mail/report.uu"), C("uudecode -o out/logo.png mail/logo.uu"),
                 C("uudecode mail/notes.uu"), C("uudecode -o out/notes.txt mail/notes.uu")],
    },
    {
        "id": "bp28-wt-cwebp-unreadable-input", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": CWEBP,
        "fail_re": r"^Error! Could not process file \S+\nError! Cannot read input picture file '",
        "learn": [C("cwebp -quiet -q 80 images/icon.gif -o out/icon.webp"),
                  C("cwebp -quiet -lossless images/banner.gif -o out/banner.webp")],
        "repeats": [C("cwebp -quiet -q 75 docs/readme.txt -o out/readme.webp"),
                    C("cwebp -quiet -q 90 images/diagram.svg -o out/diagram.webp"),
                    C("cwebp -quiet audio/tone.wav -o out/tone.webp")],
        "good": [C("cwebp -quiet -q 80 images/chart.png -o out/chart.webp"),
                 C("cwebp -quiet -lossless images/logo.png -o out/logo.webp"),
                 C("cwebp -quiet -q 75 images/photo.jpg -o out/photo.webp"),
                 C("cwebp -quiet -preset photo -q 90 images/scan.jpg -o out/scan.webp"),
                 C("cwebp -quiet images/cover.webp -o out/cover.webp")],
    },
    {
        "id": "bp28-wt-ijson-non-json", "category": "WRONG_TOOL_SELECTION", "tool": "ijson_items", "source": IJSON,
        "fail_re": r"^IncompleteJSONError: lexical error: invalid char in json text\.",
        "learn": [P(path="data/config.yaml", prefix="server"), P(path="data/users.csv", prefix="item")],
        "repeats": [P(path="data/app.ini", prefix="server"), P(path="data/notes.md", prefix="item"),
                    P(path="data/orders.tsv", prefix="item")],
        "good": [P(path="data/config.json", prefix="server"), P(path="data/users.json", prefix="item"),
                 P(path="data/settings.json", prefix="langs.item"), P(path="data/orders.json", prefix="item.total"),
                 P(path="data/config.json", prefix="")],
    },
]
