"""Scenario definitions for blind set 25. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp25fx"
SHELL = "execute_bash"


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


CU = "GNU coreutils 9.1"
XXD = "xxd 2022-01-14 (vim 9.0, Debian)"
CPIO = "GNU cpio 2.13"
OBJCOPY = "GNU objcopy (GNU Binutils for Debian) 2.40"
GAWK = "GNU Awk 5.2.1"
M4 = "GNU M4 1.4.19"
ZSTD = "zstd CLI v1.5.4"
QUILT = "quilt 0.66"
HUMANIZE = "humanize 4.17.0"
N2W = "num2words 0.5.14"
SLUG = "python-slugify 9.2.0"
FTFY = "ftfy 6.3.1"
TABULATE = "tabulate 0.10.0"

LS = NOP("list_dir", path=".")
LS_LOGS = NOP("list_dir", path="logs")
LS_T = NOP("list_dir", path="templates")
LS_AWK = NOP("read_file", path="awk")

# histories that really happen
Z_APP = SHD("zstd -q logs/app.log")
Z_APP_RM = SHD("zstd -q --rm logs/app.log")
Z_SALES = SHD("zstd -q data/sales.csv")
Z_ACCESS = SHD("zstd -q logs/access.log")
Z_USERS = SHD("zstd -q data/users.csv")
Z_ERROR = SHD("zstd -q logs/error.log")
Z_BIG = SHD("zstd -q data/big.csv")
Z_DEBUG = SHD("zstd -q logs/debug.log")
CP_BACKUP = SHD("find docs -type f | cpio -o -F backup.cpio")
CP_DOCS = SHD("find docs -type f | cpio -o -H newc -F docs.cpio")
CP_LOGS = SHD("find logs -type f | cpio -o -F logs.cpio")
CP_SRC = SHD("find csrc -type f | cpio -o -F src.cpio")
M4_MACROS = WF("templates/macros.m4", "define(`TITLE', `Home page')dnl\n")
M4_DEFS = WF("templates/defs.m4", "define(`TITLE', `server_name example.org;')dnl\n")
M4_SIG = WF("templates/signature.m4", "define(`TITLE', `Regards, the team')dnl\n")
M4_VARS = WF("templates/vars.m4", "define(`TITLE', `Project README')dnl\n")
M4_SITE = WF("templates/site.m4", "define(`TITLE', `Welcome')dnl\n")
AWK_FMT = WF("awk/fmt.awk", "function fmt(x) { return sprintf(\"%8s\", x) }\n")
AWK_COUNT = WF("awk/count.awk", "function count(x) { return x + 1 }\n")
AWK_MAIL = WF("awk/mail.awk", "function domain(e) { sub(/.*@/, \"\", e); return e }\n")
AWK_SUM = WF("awk/sum.awk", "function add(a, b) { return a + b }\n")
AWK_RANK = WF("awk/rank.awk", "function rank(x) { return x }\n")
Q_NEW_WEB = SHD("cd webapp && quilt new fix-login.patch")
Q_NEW_API = SHD("cd api && quilt new add-route.patch")
Q_NEW_CLI = SHD("cd cli && quilt new flags.patch")
Q_NEW_LIB = SHD("cd corelib && quilt new speedup.patch")
Q_NEW_SITE = SHD("cd site && quilt new title.patch")
Q_ADD_WEB = SHD("cd webapp && quilt add login.py")
Q_ADD_API = SHD("cd api && quilt add routes.py")
Q_ADD_CLI = SHD("cd cli && quilt add main.c")
Q_ADD_LIB = SHD("cd corelib && quilt add util.c")
Q_ADD_SITE = SHD("cd site && quilt add index.html")


def Q_EDIT(proj, f):
    return SHD(f"cd {proj} && echo 'line three' >> {f} && quilt refresh")


Q_POP_WEB = SHD("cd webapp && quilt pop")
Q_POP_API = SHD("cd api && quilt pop")
Q_POP_CLI = SHD("cd cli && quilt pop")

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp25-ip-xxd-columns-over-max", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": XXD,
        "fail_re": r"^xxd: invalid number of columns \(max\. 256\)\.",
        "learn": [C("xxd -c 300 -l 64 bin/hello"), C("xxd -c 512 docs/notes.txt")],
        "repeats": [C("xxd -c 1024 -l 128 lib/libutil.so"), C("xxd -c 257 data/sales.csv"),
                    C("xxd -c 300 -g 2 build/util.o")],
        "good": [C("xxd -c 16 -l 64 bin/hello"), C("xxd -c 32 docs/notes.txt"), C("xxd -c 256 -l 512 lib/libutil.so"),
                 C("xxd -p -c 64 -l 64 build/util.o"), C("xxd -g 4 -c 24 data/sales.csv")],
    },
    {
        "id": "bp25-ip-cpio-archive-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": CPIO,
        "fail_re": r"^cpio: invalid archive format `[^']*'; valid formats are:",
        "learn": [C("find docs -type f | cpio -o -H zip -F docs.cpio"),
                  C("find logs -type f | cpio -o -H pax -F logs.cpio")],
        "repeats": [C("find csrc -type f | cpio -o -H gnutar -F src.cpio"),
                    C("ls data/*.csv | cpio -o -H posix -F data.cpio"),
                    C("find scripts -type f | cpio -o -H cpio -F scripts.cpio")],
        "good": [C("find docs -type f | cpio -o -H newc -F docs.cpio"),
                 C("find logs -type f | cpio -o -H ustar -F logs.cpio"),
                 C("find csrc -type f | cpio -o -H crc -F src.cpio"),
                 C("ls data/*.csv | cpio -o -H odc -F data.cpio"), C("find scripts -type f | cpio -o -H tar -F s.tar")],
    },
    {
        "id": "bp25-ip-objcopy-section-flag", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": OBJCOPY,
        "fail_re": r"^objcopy: unrecognized section flag `[^']*'",
        "learn": [C("objcopy --set-section-flags .data=writable bin/hello bin/hello.patched"),
                  C("objcopy --set-section-flags .text=exec build/util.o build/util2.o")],
        "repeats": [C("objcopy --set-section-flags .rodata=alloc,rw bin/hello bin/hello.ro"),
                    C("objcopy --set-section-flags .text=alloc,executable lib/libutil.so lib/libutil2.so"),
                    C("objcopy --set-section-flags .data=alloc,load,write bin/hello bin/hello2")],
        "good": [C("objcopy --set-section-flags .data=alloc,load,data bin/hello bin/hello.patched"),
                 C("objcopy --set-section-flags .text=alloc,load,readonly,code build/util.o build/util2.o"),
                 C("objcopy --set-section-flags .rodata=alloc,load,readonly,data bin/hello bin/hello.ro"),
                 C("objcopy --set-section-flags .data=contents,alloc,load,data lib/libutil.so lib/libutil2.so")],
    },
    {
        "id": "bp25-ip-num2words-currency-code", "category": "INCORRECT_PARAMETER", "tool": "num2words_convert",
        "source": N2W, "fail_re": r'^NotImplementedError: Currency code "[^"]*" not implemented for "Num2Word_EN"',
        "learn": [P(number=12.5, to="currency", currency="CHF"), P(number=0.75, to="currency", currency="BTC")],
        "repeats": [P(number=99.99, to="currency", currency="CNY"), P(number=120, to="currency", currency="ZAR"),
                    P(number=5000, lang="en", to="currency", currency="KRW")],
        "good": [P(number=12.5, to="currency", currency="USD"), P(number=0.75, to="currency", currency="EUR"),
                 P(number=99.99, to="currency", currency="GBP"), P(number=120.0, lang="en", to="currency", currency="INR"),
                 P(number=42)],
    },
    {
        "id": "bp25-ip-humanize-precisedelta-unit", "category": "INCORRECT_PARAMETER", "tool": "humanize_precisedelta",
        "source": HUMANIZE, "fail_re": r"^KeyError: '[A-Z]+'",
        "learn": [P(seconds=900000, minimum_unit="weeks"), P(seconds=400000000, minimum_unit="decades")],
        "repeats": [P(seconds=2000000, minimum_unit="fortnight"), P(seconds=0.5, minimum_unit="nanoseconds"),
                    P(seconds=86400, minimum_unit="day")],
        "good": [P(seconds=900000, minimum_unit="days"), P(seconds=3700, minimum_unit="minutes"),
                 P(seconds=0.25, minimum_unit="milliseconds"), P(seconds=400000000, minimum_unit="years"),
                 P(seconds=7300, minimum_unit="hours", format="%0.1f")],
    },
    {
        "id": "bp25-ip-ftfy-normalization-form", "category": "INCORRECT_PARAMETER", "tool": "ftfy_fix_text",
        "source": FTFY, "fail_re": r"^ValueError: invalid normalization form",
        "learn": [P(text="cafÃ© menu", normalization="NFX"), P(text="donâ€™t stop", normalization="utf8")],
        "repeats": [P(text="SchÃ¶ne GrÃ¼ÃŸe", normalization="ascii"), P(text="naÃ¯ve", normalization="nfc"),
                    P(text="â€œquotedâ€\x9d", normalization="NFKX")],
        "good": [P(text="cafÃ© menu", normalization="NFC"), P(text="donâ€™t stop", normalization="NFKC"),
                 P(text="SchÃ¶ne GrÃ¼ÃŸe"), P(text="naÃ¯ve", normalization="NFD"),
                 P(text="â€œquotedâ€\x9d", normalization=None)],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp25-pf-split-byte-size", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": f"{CU} split",
        "fail_re": r"^split: invalid number of bytes: ‘[^’]*’",
        "learn": [C("split -b 1.5M data/big.csv chunk_"), C("split -b '2 MB' logs/access.log part_")],
        "repeats": [C("split -b 2mb logs/app.log piece_"), C("split -b 1,5K data/big.csv big_"),
                    C("split -b 10XB logs/debug.log dbg_")],
        "good": [C("split -b 10K data/big.csv chunk_"), C("split -b 2MB logs/access.log part_"),
                 C("split -b 4096 logs/app.log piece_"), C("split -b 100KB -d data/big.csv big_"),
                 C("split -n 3 logs/debug.log dbg_")],
    },
    {
        "id": "bp25-pf-pr-page-number", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": f"{CU} pr",
        "fail_re": r"^pr: '-[wlW] [A-Z_]+' invalid number of (characters|lines): ‘[^’]*’",
        "learn": [C("pr -w abc docs/readme.txt"), C("pr -w 72px -2 docs/notes.txt")],
        "repeats": [C("pr -l sixty docs/todo.txt"), C("pr -w wide docs/changelog.txt"), C("pr -l 40lines docs/readme.txt")],
        "good": [C("pr -w 72 docs/readme.txt"), C("pr -l 40 -2 docs/todo.txt"), C("pr -h Notes -w 60 docs/notes.txt"),
                 C("pr -t -w 100 docs/changelog.txt")],
    },
    {
        "id": "bp25-pf-gawk-program-syntax", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": GAWK,
        "fail_re": r"^gawk: cmd\. line:\d+: +\^ (syntax error|unexpected newline or end of string)",
        "learn": [C("gawk -F, '{print $1' data/sales.csv"), C("gawk -F, '{print $1,, $3}' data/sales.csv")],
        "repeats": [C("gawk -F, '{ if ($3 > 100 print $1 }' data/sales.csv"),
                    C("gawk 'BEGIN { x = 1 +* 2; print x }'"),
                    C("gawk -F, 'NR>1 {s += $3 END {print s}' data/sales.csv")],
        "good": [C("gawk -F, '{print $1}' data/sales.csv"), C("gawk -F, 'NR>1 {s += $3} END {print s}' data/sales.csv"),
                 C("gawk -F, '$3 > 100 {print $1, $3}' data/sales.csv"), C("gawk 'END {print NR}' logs/app.log"),
                 C("gawk 'BEGIN { x = 1 + 2; print x }'")],
    },
    {
        "id": "bp25-pf-humanize-naturalsize-string", "category": "PARAMETER_FORMAT", "tool": "humanize_naturalsize",
        "source": HUMANIZE, "fail_re": r"^ValueError: could not convert string to float: '",
        "learn": [P(value="12MB"), P(value="1,024", binary=True)],
        "repeats": [P(value="3 GB"), P(value="1.2k"), P(value="2KiB", binary=True)],
        "good": [P(value=12000000), P(value=1024, binary=True), P(value="1500"), P(value=3000000000, gnu=True),
                 P(value=2048.5, format="%.2f")],
    },
    {
        "id": "bp25-pf-m4-unterminated-macro", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": M4,
        "fail_re": r"^m4:stdin:\d+: ERROR: end of file in (argument list|string)",
        "learn": [C("m4 <<'EOF'\ndefine(`PORT', 8080\nlisten PORT;\nEOF"),
                  C("m4 <<'EOF'\ndefine(`HOST', `db.internal)dnl\nhost = HOST\nEOF")],
        "repeats": [C("m4 <<'EOF'\ndefine(`USER', `admin')dnl\nifelse(USER, `admin', `sudo'\nEOF"),
                    C("m4 <<'EOF'\ndefine(`VERSION', `1.2.3)\nrelease VERSION\nEOF"),
                    C("m4 -DENV=prod <<'EOF'\nifelse(ENV, `prod', `debug off', `debug on'\nEOF")],
        "good": [C("m4 <<'EOF'\ndefine(`PORT', 8080)dnl\nlisten PORT;\nEOF"),
                 C("m4 <<'EOF'\ndefine(`HOST', `db.internal')dnl\nhost = HOST\nEOF"),
                 C("m4 -DENV=prod <<'EOF'\nifelse(ENV, `prod', `debug off', `debug on')\nEOF"),
                 C("m4 templates/plain.m4")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp25-mp-slugify-no-text", "category": "MISSING_PARAMETER", "tool": "slugify_text", "source": SLUG,
        "fail_re": r"^TypeError: slugify\(\) missing 1 required positional argument: 'text'",
        "learn": [P(separator="_"), P(max_length=40, word_boundary=True)],
        "repeats": [P(lowercase=False), P(separator="-", stopwords=["the", "a"])],
        "good": [P(text="Hello World!"), P(text="Über café crème", separator="_"),
                 P(text="The Quick Brown Fox Jumps", stopwords=["the"], max_length=15, word_boundary=True),
                 P(text="Release Notes 2.0", lowercase=False)],
    },
    {
        "id": "bp25-mp-num2words-no-number", "category": "MISSING_PARAMETER", "tool": "num2words_convert",
        "source": N2W, "fail_re": r"^TypeError: num2words\(\) missing 1 required positional argument: 'number'",
        "learn": [P(to="ordinal"), P(lang="fr")],
        "repeats": [P(to="year"), P(lang="de", to="ordinal"), P(to="currency", currency="EUR")],
        "good": [P(number=42), P(number=3, to="ordinal"), P(number=1999, to="year"), P(number=5, lang="fr"),
                 P(number=21, lang="de", to="ordinal")],
    },
    {
        "id": "bp25-mp-tabulate-no-data", "category": "MISSING_PARAMETER", "tool": "tabulate_format_table",
        "source": TABULATE,
        "fail_re": r"^TypeError: tabulate\(\) missing 1 required positional argument: 'tabular_data'",
        "learn": [P(headers=["name", "qty"], tablefmt="github"), P(tablefmt="grid")],
        "repeats": [P(headers="firstrow"), P(headers=["id", "total"], tablefmt="pipe", floatfmt=".2f")],
        "good": [P(tabular_data=[["apple", 3], ["pear", 10]], headers=["name", "qty"], tablefmt="github"),
                 P(tabular_data=[[1, 2.5], [2, 3.75]], tablefmt="grid"),
                 P(tabular_data=[["id", "total"], [1, 9.5], [2, 12]], headers="firstrow", floatfmt=".2f"),
                 P(tabular_data=[{"region": "north", "amount": 120}], headers="keys", tablefmt="pipe")],
    },
    {
        "id": "bp25-mp-cpio-pass-no-destination", "category": "MISSING_PARAMETER", "tool": SHELL, "source": CPIO,
        "fail_re": r"^cpio: Not enough arguments",
        "learn": [C("find docs -name '*.txt' | cpio -pd"), C("find logs -type f | cpio -pdm")],
        "repeats": [C("ls data/*.csv | cpio -p -v"), C("find csrc -type f | cpio -pdu")],
        "good": [C("mkdir -p mirror && find docs -name '*.txt' | cpio -pd mirror"),
                 C("mkdir -p backup && find logs -type f | cpio -pdm backup"),
                 C("mkdir -p staging && ls data/*.csv | cpio -pdv staging"),
                 C("mkdir -p copy && find csrc -type f | cpio -pdu copy")],
    },
    {
        "id": "bp25-mp-zstd-output-name", "category": "MISSING_PARAMETER", "tool": SHELL, "source": ZSTD,
        "fail_re": r"^error: missing command argument",
        "learn": [C("zstd -19 logs/app.log -o"), C("zstd -d archives/notes.txt.zst -o")],
        "repeats": [C("zstd --long logs/access.log -o"), C("zstd -3 data/big.csv -o")],
        "good": [C("zstd -19 -q logs/app.log -o app.log.zst"), C("zstd -d -q archives/notes.txt.zst -o notes.txt"),
                 C("zstd --long -q logs/access.log -o access.zst"), C("zstd -3 -q data/big.csv -o big.csv.zst")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp25-mq-zstd-decompress-before-compress", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": ZSTD, "fail_re": r"^zstd: can't stat \S+ : No such file or directory -- ignored",
        "learn": [CH("zstd -d logs/app.log.zst", LS_LOGS), CH("zstd -d -o restored.csv data/sales.csv.zst", LS)],
        "repeats": [CH("zstd -d logs/error.log.zst", Z_ACCESS), CH("zstd -dc data/users.csv.zst", LS),
                    CH("zstd -t logs/debug.log.zst", Z_APP)],
        "good": [CH("zstd -d logs/app.log.zst", Z_APP_RM), CH("zstd -d -o restored.csv data/sales.csv.zst", Z_SALES),
                 CH("zstd -t logs/access.log.zst", Z_ACCESS), CH("zstd -dc data/users.csv.zst", Z_USERS),
                 CH("zstd -d -o err.txt logs/error.log.zst", LS_LOGS, Z_ERROR)],
    },
    {
        "id": "bp25-mq-cpio-archive-not-created", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": CPIO,
        "fail_re": r"^cpio: Cannot open \S+: No such file or directory",
        "learn": [CH("cpio -t -F backup.cpio", LS), CH("mkdir -p restore && cd restore && cpio -id -F ../docs.cpio", LS)],
        "repeats": [CH("cpio -tv -F logs.cpio", CP_BACKUP), CH("cpio -t -F src.cpio", LS)],
        "good": [CH("cpio -t -F backup.cpio", CP_BACKUP),
                 CH("mkdir -p restore && cd restore && cpio -id -F ../docs.cpio", CP_DOCS),
                 CH("cpio -tv -F logs.cpio", CP_LOGS), CH("cpio -t -F src.cpio", LS, CP_SRC),
                 CH("cpio -t -F archives/docs.cpio", LS)],
    },
    {
        "id": "bp25-mq-m4-include-file-missing", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": M4,
        "fail_re": r"^m4:\S+:\d+: cannot open `[^']*': No such file or directory",
        "learn": [CH("m4 -I templates templates/page.m4", LS_T), CH("m4 -I templates templates/nginx.conf.m4", LS_T)],
        "repeats": [CH("m4 -I templates templates/email.m4", M4_MACROS), CH("m4 -I templates templates/readme.m4", LS),
                    CH("m4 -I templates templates/index.m4", LS_T, M4_DEFS)],
        "good": [CH("m4 -I templates templates/page.m4", M4_MACROS), CH("m4 -I templates templates/nginx.conf.m4", M4_DEFS),
                 CH("m4 -I templates templates/email.m4", LS_T, M4_SIG), CH("m4 -I templates templates/readme.m4", M4_VARS),
                 CH("m4 -I templates templates/index.m4", M4_SITE)],
    },
    {
        "id": "bp25-mq-gawk-include-library-missing", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": GAWK, "fail_re": r"^gawk: \S+:\d+: error: cannot open source file `[^']*' for reading",
        "learn": [CH("gawk -f awk/report.awk data/sales.csv", LS_AWK), CH("gawk -f awk/summary.awk logs/app.log", LS)],
        "repeats": [CH("gawk -F, -f awk/users.awk data/users.csv", AWK_FMT),
                    CH("gawk -F, -f awk/totals.awk data/sales.csv", LS_AWK),
                    CH("gawk -f awk/top.awk logs/access.log", LS, AWK_COUNT)],
        "good": [CH("gawk -f awk/report.awk data/sales.csv", AWK_FMT), CH("gawk -f awk/summary.awk logs/app.log", AWK_COUNT),
                 CH("gawk -F, -f awk/users.awk data/users.csv", AWK_MAIL),
                 CH("gawk -F, -f awk/totals.awk data/sales.csv", LS_AWK, AWK_SUM),
                 CH("gawk -f awk/top.awk logs/access.log", AWK_RANK)],
    },
    {
        "id": "bp25-mq-quilt-add-before-new", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": QUILT,
        "fail_re": r"^No series file found",
        "learn": [CH("cd webapp && quilt add login.py", LS), CH("cd api && quilt add routes.py", LS)],
        "repeats": [CH("cd cli && quilt add main.c", Q_NEW_WEB), CH("cd corelib && quilt add util.c", LS)],
        "good": [CH("cd webapp && quilt add login.py", Q_NEW_WEB), CH("cd api && quilt add routes.py", Q_NEW_API),
                 CH("cd cli && quilt add main.c", LS, Q_NEW_CLI), CH("cd corelib && quilt add util.c", Q_NEW_LIB)],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp25-ws-zstd-compress-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": ZSTD,
        "fail_re": r"^zstd: \S+\.zst already exists; (overwrite \(y/n\) \? )?[Nn]ot overwritten",
        "learn": [CH("zstd logs/app.log", Z_APP), CH("zstd -19 data/big.csv", Z_BIG)],
        "repeats": [CH("zstd logs/access.log", Z_ACCESS), CH("zstd --ultra -20 logs/debug.log", Z_DEBUG)],
        "good": [CH("zstd logs/app.log", LS_LOGS), CH("zstd -f -19 data/big.csv", Z_BIG),
                 CH("zstd logs/access.log", Z_APP), CH("zstd -f --ultra -20 logs/debug.log", Z_DEBUG)],
    },
    {
        "id": "bp25-ws-zstd-decompress-over-original", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": ZSTD,
        "fail_re": r"^zstd: \S+ already exists; (overwrite \(y/n\) \? )?[Nn]ot overwritten",
        "learn": [CH("zstd -d logs/app.log.zst", Z_APP), CH("zstd -d data/sales.csv.zst", Z_SALES)],
        "repeats": [CH("zstd -d logs/error.log.zst", Z_ERROR), CH("zstd -d data/users.csv.zst", Z_USERS)],
        "good": [CH("zstd -d logs/app.log.zst", Z_APP_RM), CH("zstd -d -f data/sales.csv.zst", Z_SALES),
                 CH("zstd -d -o error.restored.log logs/error.log.zst", Z_ERROR),
                 CH("zstd -d data/users.csv.zst", SHD("zstd -q --rm data/users.csv"))],
    },
    {
        "id": "bp25-ws-quilt-new-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": QUILT,
        "fail_re": r"^Patch \S+ exists already",
        "learn": [CH("cd webapp && quilt new fix-login.patch", Q_NEW_WEB), CH("cd api && quilt new add-route.patch", Q_NEW_API)],
        "repeats": [CH("cd cli && quilt new flags.patch", Q_NEW_CLI), CH("cd site && quilt new title.patch", Q_NEW_SITE)],
        "good": [CH("cd webapp && quilt new fix-login.patch", LS), CH("cd api && quilt new add-route-v2.patch", Q_NEW_API),
                 CH("cd cli && quilt new flags.patch", Q_NEW_WEB), CH("cd corelib && quilt new speedup.patch", LS)],
    },
    {
        "id": "bp25-ws-quilt-add-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": QUILT,
        "fail_re": r"^File \S+ is already in patch \S+",
        "learn": [CH("cd webapp && quilt add login.py", Q_NEW_WEB, Q_ADD_WEB), CH("cd api && quilt add routes.py", Q_NEW_API, Q_ADD_API)],
        "repeats": [CH("cd cli && quilt add main.c", Q_NEW_CLI, Q_ADD_CLI),
                    CH("cd corelib && quilt add util.c", Q_NEW_LIB, Q_ADD_LIB)],
        "good": [CH("cd webapp && quilt add login.py", Q_NEW_WEB), CH("cd api && quilt add README", Q_NEW_API, Q_ADD_API),
                 CH("cd cli && quilt add main.c", Q_NEW_CLI), CH("cd site && quilt add index.html", Q_NEW_SITE)],
    },
    {
        "id": "bp25-ws-quilt-push-fully-applied", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": QUILT,
        "fail_re": r"^File series fully applied, ends at patch \S+",
        "learn": [CH("cd webapp && quilt push", Q_NEW_WEB, Q_ADD_WEB, Q_EDIT("webapp", "login.py")),
                  CH("cd api && quilt push -a", Q_NEW_API, Q_ADD_API, Q_EDIT("api", "routes.py"))],
        "repeats": [CH("cd cli && quilt push", Q_NEW_CLI, Q_ADD_CLI, Q_EDIT("cli", "main.c")),
                    CH("cd corelib && quilt push -a", Q_NEW_LIB, Q_ADD_LIB, Q_EDIT("corelib", "util.c"))],
        "good": [CH("cd webapp && quilt push", Q_NEW_WEB, Q_ADD_WEB, Q_EDIT("webapp", "login.py"), Q_POP_WEB),
                 CH("cd api && quilt push -a", Q_NEW_API, Q_ADD_API, Q_EDIT("api", "routes.py"), Q_POP_API),
                 CH("cd cli && quilt push", Q_NEW_CLI, Q_ADD_CLI, Q_EDIT("cli", "main.c"), Q_POP_CLI),
                 CH("cd webapp && quilt applied", Q_NEW_WEB, Q_ADD_WEB, Q_EDIT("webapp", "login.py"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp25-wt-zstd-foreign-archive", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": ZSTD,
        "fail_re": r"^zstd: \S+: unsupported format",
        "learn": [C("zstd -t archives/logs.tar.bz2"), C("zstd -d -o bundle dist/bundle.zip")],
        "repeats": [C("zstd -t archives/backup.7z"), C("zstd -dc archives/photos.rar"),
                    C("zstd -d -o notes.txt archives/notes.txt.bz2")],
        "good": [C("zstd -t archives/notes.txt.zst"), C("zstd -dc archives/app.log.gz"),
                 C("zstd -d -o notes.txt archives/notes.txt.xz"), C("zstd -d -o access.log archives/access.log.zst")],
    },
    {
        "id": "bp25-wt-objcopy-non-elf", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": OBJCOPY,
        "fail_re": r"^objcopy: \S+: file format not recognized",
        "learn": [C("objcopy --strip-debug scripts/deploy.sh deploy.stripped"), C("objcopy -O binary scripts/serve.py serve.bin")],
        "repeats": [C("objcopy --strip-all dist/app.jar app.stripped.jar"), C("objcopy -O binary docs/readme.txt readme.bin"),
                    C("objcopy --strip-debug dist/app-1.0-py3-none-any.whl app.whl")],
        "good": [C("objcopy --strip-debug bin/hello hello.stripped"), C("objcopy -O binary -j .text build/util.o util.bin"),
                 C("objcopy --strip-all lib/libutil.so libutil.stripped.so"),
                 C("objcopy --only-keep-debug bin/hello hello.debug")],
    },
    {
        "id": "bp25-wt-cpio-zip-based-file", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": CPIO,
        "fail_re": r"^cpio: premature end of archive",
        "learn": [C("cpio -t -F dist/app-1.0-py3-none-any.whl"), C("cpio -t -F dist/app.jar")],
        "repeats": [C("mkdir -p x && cd x && cpio -id -F ../dist/report.xlsx"), C("cpio -tv -F dist/bundle.zip")],
        "good": [C("cpio -t -F archives/docs.cpio"), C("cpio -tv -F archives/logs.cpio"), C("cpio -t -F archives/src.tar"),
                 C("mkdir -p x && cd x && cpio -id -F ../archives/docs.cpio")],
    },
    {
        "id": "bp25-wt-num2words-words-input", "category": "WRONG_TOOL_SELECTION", "tool": "num2words_convert",
        "source": N2W, "fail_re": r"^InvalidOperation: \[<class 'decimal\.ConversionSyntax'>\]",
        "learn": [P(number="twelve"), P(number="forty-two", to="ordinal")],
        "repeats": [P(number="one hundred"), P(number="a dozen"), P(number="seven", lang="fr")],
        "good": [P(number=12), P(number="42", to="ordinal"), P(number=100.5), P(number="7", lang="fr")],
    },
]
