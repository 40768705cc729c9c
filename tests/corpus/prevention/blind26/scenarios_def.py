"""Scenario definitions for blind set 26. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp26fx"
SHELL = "shell_exec"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def SH(cmd):
    return {"tool": SHELL, "params": {"command": cmd}}


def C(cmd, history=None, setup=()):
    d = {"params": {"command": cmd}}
    if history is not None:
        d["recent_calls"] = history
    if setup:
        d["_setup"] = list(setup)
    return d


def CH(cmd, *pairs):
    """a shell call whose recent_calls really happened first (hidden _setup runs them)"""
    return C(cmd, hist(*pairs), setup(*pairs))


def P(**params):
    return {"params": params}


def SHD(cmd):
    return SH(cmd), cmd + " >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path))} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


DATAMASH = "GNU datamash 1.7"
UNITS = "GNU units 2.22"
RCS = "GNU RCS 5.10.1"
LZIP = "lzip 1.23"
SOX = "SoX v14.4.2 (Debian 14.4.2+git20190427-3.5)"
OPTIPNG = "OptiPNG 0.7.7"
ROMAN = "roman 5.2"
COLOUR = "colour 0.1.5"
BITSTRING = "bitstring 5.0.0"
RAPIDFUZZ = "RapidFuzz 3.14.6"

LS = NOP("list_dir", path=".")
LS_ETC = NOP("list_dir", path="etc")
LS_LOGS = NOP("list_dir", path="logs")
LS_AUDIO = NOP("list_dir", path="audio")
RD_APP = NOP("read_file", path="etc/app.ini")

# RCS: every file checked in (revision 1.1, symbolic name v1) - scenario-level setup for IP / MP
RCS_INIT = ["for f in etc/app.ini etc/nginx.conf etc/hosts.txt etc/db.ini site/index.html site/style.css "
            "scripts/deploy.sh scripts/backup.sh; do ci -q -u -t-initial -m'initial revision' -nv1 $f || exit 1; done"]


def CI(f, msg="initial revision"):
    return SHD(f"ci -u -t-'{os.path.basename(f)}' -m'{msg}' {f}")


def CO_L(f):
    return SHD(f"co -l {f}")


def EDIT(f, line):
    return SHD(f"echo '{line}' >> {f}")


def RCS_I(f):
    return SHD(f"rcs -i -t-'{os.path.basename(f)}' {f}")


def LZK(f):
    return SHD(f"lzip -k {f}")


def LZ(f):
    return SHD(f"lzip {f}")


def SYNTH(f, wave="sine 440", dur="0.5"):
    return SHD(f"sox -n {f} synth {dur} {wave}")


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp26-ip-datamash-operation-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": DATAMASH,
        "fail_re": r"^datamash: invalid operation ‘[^’]*’",
        "learn": [C("datamash -t, --header-in average 3 < data/sales.csv"),
                  C("datamash -t, -s --header-in -g 1 total 3 < data/sales.csv")],
        "repeats": [C("datamash -t, --header-in stddev 3 < data/temps.csv"),
                    C("datamash -W --header-in -g 1 avg 2 < data/latency.tsv"),
                    C("datamash -t, --header-in maximum 3 < data/temps.csv")],
        "good": [C("datamash -t, --header-in mean 3 < data/sales.csv"),
                 C("datamash -t, -s --header-in -g 1 sum 3 < data/sales.csv"),
                 C("datamash -t, --header-in sstdev 3 < data/temps.csv"),
                 C("datamash -W --header-in -g 1 mean 2 < data/latency.tsv"),
                 C("datamash -t, --header-in max 3 min 3 < data/temps.csv")],
    },
    {
        "id": "bp26-ip-units-unknown-unit", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": UNITS,
        "fail_re": r"^Unknown unit '[^']*'",
        "learn": [C("units -1 -t '12 parsek' 'ly'"), C("units -1 -t '70 knotz' 'km/hr'")],
        "repeats": [C("units -1 -t '3 stonez' 'kg'"), C("units -1 -t '100 fathom' 'meterz'"),
                    C("units -1 -t '2 cupz' 'ml'")],
        "good": [C("units -1 -t '12 parsec' 'ly'"), C("units -1 -t '70 knot' 'km/hr'"), C("units -1 -t '3 stone' 'kg'"),
                 C("units -1 -t '100 fathom' 'm'"), C("units -1 -t '2 cup' 'ml'")],
    },
    {
        "id": "bp26-ip-lzip-option-limits", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": LZIP,
        "fail_re": r"^lzip: Numerical argument out of limits \[[^]]*\] in option '-[msS]'",
        "learn": [C("lzip -k -m 300 logs/app.log"), C("lzip -k -s 1024 data/big.csv")],
        "repeats": [C("lzip -k -s 1GiB logs/access.log"), C("lzip -k -m 4 logs/debug.log"),
                    C("lzip -k -S 500 logs/error.log")],
        "good": [C("lzip -k -m 273 logs/app.log"), C("lzip -k -s 4KiB data/big.csv"), C("lzip -k -s 64MiB logs/access.log"),
                 C("lzip -k -m 5 logs/debug.log"), C("lzip -k -S 1MiB logs/error.log")],
    },
    {
        "id": "bp26-ip-rcs-undefined-symbolic-name", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": RCS,
        "setup": RCS_INIT,
        "fail_re": r"^co: \S+,v: Symbolic name `[^']*' is undefined\.",
        "learn": [C("co -rstable etc/app.ini"), C("co -p -rrelease site/index.html")],
        "repeats": [C("co -rprod etc/nginx.conf"), C("co -p -rv2 scripts/deploy.sh"), C("co -rlatest etc/db.ini")],
        "good": [C("co -rv1 etc/app.ini"), C("co -p -rv1 site/index.html"), C("co -r1.1 etc/nginx.conf"),
                 C("co -p -r1.1 scripts/deploy.sh"), C("co etc/db.ini")],
    },
    {
        "id": "bp26-ip-roman-out-of-range", "category": "INCORRECT_PARAMETER", "tool": "roman_to_numeral",
        "source": ROMAN, "fail_re": r"^OutOfRangeError: number out of range \(must be 0\.\.4999\)",
        "learn": [P(n=5000), P(n=12000)],
        "repeats": [P(n=-4), P(n=7500), P(n=1000000)],
        "good": [P(n=4999), P(n=1999), P(n=2024), P(n=14), P(n=0)],
    },
    {
        "id": "bp26-ip-colour-unknown-name", "category": "INCORRECT_PARAMETER", "tool": "colour_color_parse",
        "source": COLOUR, "fail_re": r"^ValueError: '[^']*' is not a recognized color\.",
        "learn": [P(color="bluish"), P(color="light grey")],
        "repeats": [P(color="skyblu"), P(color="darkbeige"), P(color="navy-blue")],
        "good": [P(color="blue"), P(color="lightgrey"), P(color="SkyBlue"), P(color="beige"), P(color="navy")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp26-pf-datamash-format-directive", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": DATAMASH,
        "fail_re": r"^datamash: format ‘[^’]*’ has unknown/invalid type %\w directive",
        "learn": [C("datamash -t, --header-in --format '%d' sum 3 < data/sales.csv"),
                  C("datamash -t, --header-in --format '%.2z' mean 3 < data/temps.csv")],
        "repeats": [C("datamash -W --header-in --format '%s' median 2 < data/latency.tsv"),
                    C("datamash -t, --header-in --format '%5.1i' max 3 < data/sales.csv")],
        "good": [C("datamash -t, --header-in --format '%.0f' sum 3 < data/sales.csv"),
                 C("datamash -t, --header-in --format '%.2f' mean 3 < data/temps.csv"),
                 C("datamash -W --header-in --format '%g' median 2 < data/latency.tsv"),
                 C("datamash -t, --header-in --format '%08.3e' max 3 < data/sales.csv")],
    },
    {
        "id": "bp26-pf-units-expression-syntax", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": UNITS,
        "fail_re": r"^Error in '[^']*': (Parse error|Malformed number)",
        "learn": [C("units -1 -t '10 m/s/' 'mph'"), C("units -1 -t '12,5 kg' 'lb'")],
        "repeats": [C("units -1 -t '(3 ft' 'cm'"), C("units -1 -t '5 km h)' 'mi'"), C("units -1 -t '2,5 l' 'gallon'")],
        "good": [C("units -1 -t '10 m/s' 'mph'"), C("units -1 -t '12.5 kg' 'lb'"), C("units -1 -t '(3 ft)' 'cm'"),
                 C("units -1 -t '5 km/hr' 'mi/hr'"), C("units -1 -t '2.5 l' 'gallon'")],
    },
    {
        "id": "bp26-pf-lzip-size-multiplier", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": LZIP,
        "fail_re": r"^lzip: Bad multiplier in numerical argument of option '-[bsS]'",
        "learn": [C("lzip -k -b 1.5M logs/app.log"), C("lzip -k -s 1K data/big.csv")],
        "repeats": [C("lzip -k -S 1m logs/access.log"), C("lzip -k -b 2XiB logs/debug.log"),
                    C("lzip -k -s 8Kb logs/error.log")],
        "good": [C("lzip -k -b 10MB logs/app.log"), C("lzip -k -s 64KiB data/big.csv"), C("lzip -k -S 1MiB logs/access.log"),
                 C("lzip -k -b 2GiB logs/debug.log"), C("lzip -k -s 8k logs/error.log")],
    },
    {
        "id": "bp26-pf-bitstring-invalid-digit", "category": "PARAMETER_FORMAT", "tool": "bitstring_build",
        "source": BITSTRING, "fail_re": r"^ValueError: Cannot convert from (bin|hex|oct) '[^']*': Invalid character",
        "learn": [P(bin="0120"), P(hex="0xzz10")],
        "repeats": [P(oct="0o789"), P(bin="1101 001a"), P(hex="g00d")],
        "good": [P(bin="0110"), P(hex="0xff10"), P(oct="0o17"), P(bin="1101_0010"), P(hex="c0de")],
    },
    {
        "id": "bp26-pf-colour-hex-digits", "category": "PARAMETER_FORMAT", "tool": "colour_color_parse",
        "source": COLOUR, "fail_re": r"^AttributeError: '[^']*' is not in web format\. Need 3 or 6 hex digit\.",
        "learn": [P(color="#12"), P(color="#ggg")],
        "repeats": [P(color="#12345"), P(color="#abcd"), P(color="#3366zz")],
        "good": [P(color="#123"), P(color="#abc"), P(color="#123456"), P(color="#3366cc"), P(color="#ABCDEF")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp26-mp-datamash-operation-field", "category": "MISSING_PARAMETER", "tool": SHELL, "source": DATAMASH,
        "fail_re": r"^datamash: missing field for operation ‘[^’]*’",
        "learn": [C("datamash -t, --header-in sum < data/sales.csv"), C("datamash -W --header-in mean < data/latency.tsv")],
        "repeats": [C("datamash -t, -s --header-in -g 1 count < data/sales.csv"),
                    C("datamash -t, --header-in median < data/temps.csv")],
        "good": [C("datamash -t, --header-in sum 3 < data/sales.csv"), C("datamash -W --header-in mean 2 < data/latency.tsv"),
                 C("datamash -t, -s --header-in -g 1 count 1 < data/sales.csv"),
                 C("datamash -t, --header-in median 3 < data/temps.csv")],
    },
    {
        "id": "bp26-mp-rcs-no-input-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": RCS,
        "setup": RCS_INIT, "fail_re": r"^(co|ci|rlog|rcsdiff): no input file",
        "learn": [C("co -l"), C("ci -u -m'raise timeout'")],
        "repeats": [C("rlog -h"), C("co -p -rv1"), C("ci -u -m'fix typo'")],
        "good": [C("co -l etc/app.ini"), C("co -l site/style.css && echo '/* x */' >> site/style.css && "
                                           "ci -u -m'raise timeout' site/style.css"),
                 C("rlog -h etc/nginx.conf"), C("co -p -rv1 scripts/backup.sh")],
    },
    {
        "id": "bp26-mp-bitstring-length", "category": "MISSING_PARAMETER", "tool": "bitstring_build", "source": BITSTRING,
        "fail_re": r"^ValueError: A (non-zero length|length of 16, 32, or 64) must be specified with an? .*initialiser",
        "learn": [P(uint=300), P(int=-5)],
        "repeats": [P(float=1.5), P(uintle=513), P(int=42)],
        "good": [P(uint=300, length=16), P(int=-5, length=8), P(float=1.5, length=32), P(uintle=513, length=16),
                 P(bin="101010")],
    },
    {
        "id": "bp26-mp-rapidfuzz-choices", "category": "MISSING_PARAMETER", "tool": "rapidfuzz_extract",
        "source": RAPIDFUZZ, "fail_re": r"^TypeError: extract\(\) takes exactly 2 positional arguments \(1 given\)",
        "learn": [P(query="aple", limit=3), P(query="jon smith", score_cutoff=80)],
        "repeats": [P(query="berlin", limit=1), P(query="colour")],
        "good": [P(query="aple", choices=["apple", "maple", "pear"], limit=3),
                 P(query="jon smith", choices=["John Smith", "Jane Smyth", "Jon Smits"], score_cutoff=80),
                 P(query="berlin", choices=["Berlin", "Bern", "Dublin"], limit=1),
                 P(query="colour", choices=["color", "collar", "cooler"])],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp26-mq-rcs-checkout-before-checkin", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": RCS,
        "fail_re": r"^(co|rlog|rcsdiff): \S+/RCS/\S+,v: No such file or directory",
        "learn": [CH("co -l etc/app.ini", LS_ETC), CH("rcsdiff etc/nginx.conf", RD_APP)],
        "repeats": [CH("co -l site/index.html", CI("etc/app.ini")), CH("rlog scripts/deploy.sh", LS),
                    CH("co -l etc/hosts.txt", LS_ETC, CI("etc/cron.txt"))],
        "good": [CH("co -l etc/app.ini", CI("etc/app.ini")), CH("rcsdiff etc/nginx.conf", CI("etc/nginx.conf")),
                 CH("co -l site/index.html", LS, CI("site/index.html")),
                 CH("rlog scripts/deploy.sh", CI("scripts/deploy.sh")),
                 CH("co -l etc/hosts.txt", LS_ETC, CI("etc/hosts.txt"))],
    },
    {
        "id": "bp26-mq-lzip-decompress-before-compress", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": LZIP, "fail_re": r"^lzip: \S+\.lz: Can't open input file: No such file or directory",
        "learn": [CH("lzip -d logs/app.log.lz", LS_LOGS), CH("lzip -t data/big.csv.lz", LS)],
        "repeats": [CH("lzip -d logs/error.log.lz", LZK("logs/access.log")), CH("lzip -dc data/users.csv.lz", LS),
                    CH("lzip -t logs/debug.log.lz", LZ("logs/app.log"))],
        "good": [CH("lzip -d logs/app.log.lz", LZ("logs/app.log")), CH("lzip -t data/big.csv.lz", LZK("data/big.csv")),
                 CH("lzip -d logs/error.log.lz", LS_LOGS, LZ("logs/error.log")),
                 CH("lzip -dc data/users.csv.lz", LZK("data/users.csv")), CH("lzip -t archives/notes.txt.lz", LS)],
    },
    {
        "id": "bp26-mq-sox-input-not-generated", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": SOX,
        "fail_re": r"^sox FAIL formats: can't open input file `[^']*': No such file or directory",
        "learn": [CH("sox audio/intro.wav -r 8000 audio/intro-8k.wav", LS_AUDIO),
                  CH("sox audio/alert.wav audio/alert.flac", LS)],
        "repeats": [CH("sox audio/outro.wav audio/outro-mono.wav remix 1", SYNTH("audio/intro.wav")),
                    CH("sox audio/ping.wav audio/ping-loud.wav gain 3", LS_AUDIO),
                    CH("sox audio/tone.wav audio/click.wav audio/joined.wav", SYNTH("audio/clack.wav", "square 1000", "0.1"))],
        "good": [CH("sox audio/intro.wav -r 8000 audio/intro-8k.wav", SYNTH("audio/intro.wav")),
                 CH("sox audio/alert.wav audio/alert.flac", SYNTH("audio/alert.wav", "square 880", "0.3")),
                 CH("sox audio/outro.wav audio/outro-mono.wav remix 1", LS_AUDIO, SYNTH("audio/outro.wav", "sine 330")),
                 CH("sox audio/ping.wav audio/ping-loud.wav gain 3", SYNTH("audio/ping.wav", "sine 1200", "0.2")),
                 CH("sox audio/tone.wav audio/click.wav audio/joined.wav", SYNTH("audio/click.wav", "square 1000", "0.1"))],
    },
    {
        "id": "bp26-mq-units-definitions-file", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": UNITS,
        "fail_re": r"^units: Unable to read units file '[^']*': No such file or directory",
        "learn": [CH("units -f '' -f units/shop.units -1 -t '4 crate' 'kg'", LS),
                  CH("units -f '' -f units/lab.units -1 -t '3 beaker' 'ml'", NOP("list_dir", path="units"))],
        "repeats": [CH("units -f '' -f units/site.units -1 -t '2 pallet' 'm^3'",
                       WF("units/shop.units", "crate 12 kg\n")),
                    CH("units -f '' -f units/farm.units -1 -t '5 bale' 'lb'", LS)],
        "good": [CH("units -f '' -f units/shop.units -1 -t '4 crate' 'kg'", WF("units/shop.units", "crate 12 kg\n")),
                 CH("units -f '' -f units/lab.units -1 -t '3 beaker' 'ml'", WF("units/lab.units", "beaker 250 ml\n")),
                 CH("units -f '' -f units/site.units -1 -t '2 pallet' 'm^3'", LS,
                    WF("units/site.units", "pallet 1.2 m * 0.8 m * 1.5 m\n")),
                 CH("units -f '' -f units/farm.units -1 -t '5 bale' 'lb'", WF("units/farm.units", "bale 25 kg\n"))],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp26-ws-rcs-init-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": RCS,
        "fail_re": r"^rcs: \S+,v: already exists",
        "learn": [CH("rcs -i -t-'hosts.txt' etc/hosts.txt", RCS_I("etc/hosts.txt")),
                  CH("rcs -i -t-'style.css' site/style.css", RCS_I("site/style.css"))],
        "repeats": [CH("rcs -i -t-'deploy.sh' scripts/deploy.sh", RCS_I("scripts/deploy.sh")),
                    CH("rcs -i -t-'app.ini' etc/app.ini", CI("etc/app.ini"))],
        "good": [CH("rcs -i -t-'hosts.txt' etc/hosts.txt", LS_ETC),
                 CH("rcs -i -t-'about.html' site/about.html", RCS_I("site/style.css")),
                 CH("rcs -i -t-'backup.sh' scripts/backup.sh", RCS_I("scripts/deploy.sh")),
                 CH("rcs -i -t-'db.ini' etc/db.ini", CI("etc/app.ini"))],
    },
    {
        "id": "bp26-ws-rcs-checkin-without-lock", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": RCS,
        "fail_re": r"^ci: \S+,v: no lock set by \w+",
        "learn": [CH("ci -u -m'raise timeout' etc/app.ini", CI("etc/app.ini")),
                  CH("ci -u -m'new footer' site/index.html", CI("site/index.html"))],
        "repeats": [CH("ci -u -m'add retry' scripts/deploy.sh", CI("scripts/deploy.sh")),
                    CH("ci -u -m'gzip on' etc/nginx.conf", CI("etc/nginx.conf"), RD_APP)],
        "good": [CH("ci -u -m'raise timeout' etc/app.ini", CI("etc/app.ini"), CO_L("etc/app.ini"),
                    EDIT("etc/app.ini", "timeout = 30")),
                 CH("ci -u -m'new footer' site/index.html", CI("site/index.html"), CO_L("site/index.html"),
                    EDIT("site/index.html", "<footer>hi</footer>")),
                 CH("ci -u -m'add retry' scripts/deploy.sh", CI("scripts/deploy.sh"), CO_L("scripts/deploy.sh")),
                 CH("ci -u -m'initial revision' -t-'nginx.conf' etc/nginx.conf", LS_ETC)],
    },
    {
        "id": "bp26-ws-rcs-lock-checkout-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": RCS,
        "fail_re": r"^co: writable \S+ exists; checkout aborted",
        "learn": [CH("co -l etc/app.ini", CI("etc/app.ini"), CO_L("etc/app.ini")),
                  CH("co -l site/style.css", CI("site/style.css"), CO_L("site/style.css"))],
        "repeats": [CH("co -l scripts/backup.sh", CI("scripts/backup.sh"), CO_L("scripts/backup.sh")),
                    CH("co -l etc/db.ini", CI("etc/db.ini"), CO_L("etc/db.ini"), EDIT("etc/db.ini", "pool = 5"))],
        "good": [CH("co -l etc/app.ini", CI("etc/app.ini")),
                 CH("co -l site/style.css", CI("site/style.css"), CO_L("site/style.css"),
                    SHD("ci -u -m'tweak' site/style.css")),
                 CH("co -l scripts/backup.sh", LS, CI("scripts/backup.sh")),
                 CH("co -p etc/db.ini", CI("etc/db.ini"), CO_L("etc/db.ini"))],
    },
    {
        "id": "bp26-ws-lzip-compress-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LZIP,
        "fail_re": r"^lzip: Output file '\S+\.lz' already exists, skipping\.",
        "learn": [CH("lzip -k logs/app.log", LZK("logs/app.log")), CH("lzip -9 data/big.csv", LZK("data/big.csv"))],
        "repeats": [CH("lzip -k logs/access.log", LZK("logs/access.log")),
                    CH("lzip -0 -k logs/debug.log", LZK("logs/debug.log"))],
        "good": [CH("lzip -k logs/app.log", LS_LOGS), CH("lzip -9 -f data/big.csv", LZK("data/big.csv")),
                 CH("lzip -k logs/access.log", LZK("logs/app.log")),
                 CH("lzip -0 -k -f logs/debug.log", LZK("logs/debug.log"))],
    },
    {
        "id": "bp26-ws-lzip-decompress-over-original", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": LZIP,
        "fail_re": r"^lzip: Output file '[^']*' already exists, skipping\.",
        "learn": [CH("lzip -d logs/app.log.lz", LZK("logs/app.log")), CH("lzip -d data/sales.csv.lz", LZK("data/sales.csv"))],
        "repeats": [CH("lzip -d logs/error.log.lz", LZK("logs/error.log")),
                    CH("lzip -dk data/users.csv.lz", LZK("data/users.csv"))],
        "good": [CH("lzip -d logs/app.log.lz", LZ("logs/app.log")), CH("lzip -d -f data/sales.csv.lz", LZK("data/sales.csv")),
                 CH("lzip -d -o error.restored.log logs/error.log.lz", LZK("logs/error.log")),
                 CH("lzip -dk data/users.csv.lz", LZ("data/users.csv"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp26-wt-lzip-foreign-compression", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": LZIP,
        "fail_re": r"^lzip: \S+: Bad magic number \(file not in lzip format\)\.",
        "learn": [C("lzip -d archives/app.log.gz"), C("lzip -t archives/bundle.zip")],
        "repeats": [C("lzip -dc archives/notes.txt.bz2"), C("lzip -d archives/data.csv.xz"),
                    C("lzip -t archives/app.log.gz")],
        "good": [C("lzip -d archives/notes.txt.lz"), C("lzip -t archives/access.log.lz"),
                 C("lzip -dc archives/notes.txt.lz"), C("lzip -d -o access.log archives/access.log.lz")],
    },
    {
        "id": "bp26-wt-sox-non-audio-file", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": SOX,
        "fail_re": r"^sox FAIL formats: no handler for file extension `[^']*'",
        "learn": [C("sox audio/song.mid audio/song.wav"), C("sox docs/notes.txt audio/notes.wav")],
        "repeats": [C("sox images/logo.png audio/logo.wav"), C("sox docs/manual.pdf -r 8000 audio/manual.wav"),
                    C("sox audio/song.mid -c 1 audio/song-mono.wav")],
        "good": [C("sox audio/tone.wav audio/tone.flac"), C("sox audio/beep.wav -r 16000 audio/beep16.wav"),
                 C("sox audio/voice.wav -c 1 audio/voice-mono.wav"), C("sox audio/chime.wav audio/chime.aiff trim 0 0.2")],
    },
    {
        "id": "bp26-wt-optipng-non-png-image", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": OPTIPNG,
        "fail_re": r"^Error: (Unrecognized image file format|JPEG decoding is not supported)",
        "learn": [C("optipng -o2 images/photo.jpg"), C("optipng images/hero.webp")],
        "repeats": [C("optipng -o5 images/logo.svg"), C("optipng docs/manual.pdf"), C("optipng -out photo.png images/photo.jpg")],
        "good": [C("optipng -o2 images/logo.png"), C("optipng images/banner.png"), C("optipng -o5 images/icon.bmp"),
                 C("optipng -out frame.png images/frame.pnm")],
    },
    {
        "id": "bp26-wt-roman-parse-arabic-number", "category": "WRONG_TOOL_SELECTION", "tool": "roman_from_numeral",
        "source": ROMAN, "fail_re": r"^InvalidRomanNumeralError: Invalid Roman numeral: [0-9]",
        "learn": [P(s="42"), P(s="1999")],
        "repeats": [P(s="2024"), P(s="7"), P(s="3999")],
        "good": [P(s="XLII"), P(s="MCMXCIX"), P(s="mmxxiv"), P(s="VII"), P(s="MMMCMXCIX")],
    },
]
