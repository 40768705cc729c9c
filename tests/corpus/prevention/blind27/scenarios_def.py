"""Scenario definitions for blind set 27. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp27fx"
SHELL = "console_exec"


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
    """a console_exec history step that really happens (its output is discarded)"""
    return RC(SHELL, command=cmd), cmd + " >/dev/null 2>&1"


def WF(path, content):
    """a write_file history step that really happens"""
    return RC("write_file", path=path, content=content), \
        f"mkdir -p {shlex.quote(os.path.dirname(path))} && printf %s {shlex.quote(content)} > {shlex.quote(path)}"


def NOP(tool, **params):
    """an invented agent step with no effect on the outcome"""
    return RC(tool, **params), "true"


GRAPHVIZ = "Graphviz dot 2.43.0 (Debian graphviz 2.42.2-7+deb12u1)"
FLAC = "flac 1.4.2"
TASK = "Taskwarrior 2.6.2"
HLEDGER = "hledger 1.25"
QPDF = "qpdf 11.3.0"
POPPLER = "pdftotext (Poppler) 22.12.0"
VORBIS = "oggdec (vorbis-tools 1.4.2)"
GRON = "gron 0.7.1 (Debian package)"
EXIFTOOL = "ExifTool 12.57"
FURL = "furl 2.1.4"
QUANTITIES = "quantities 0.16.4"
CONSTRUCT = "construct 2.10.70"
DEEPDIFF = "deepdiff 9.1.0"
SHAPELY = "shapely 2.2.0 (GEOS)"
ISOWEEK = "isoweek 1.3.3"
PARSE = "parse 1.22.4"
YARL = "yarl 1.25.1"

LS = NOP("list_dir", path=".")
LS_AUDIO = NOP("list_dir", path="audio")
LS_DOCS = NOP("list_dir", path="docs")
LS_BOOKS = NOP("list_dir", path="books")


def TADD(desc, *attrs):
    return SHD(" ".join(["task", "add", shlex.quote(desc), *attrs]))


def TASKDO(cmd):
    return SHD(f"task {cmd}")


def ENSCRIPT(name):
    return SHD(f"enscript -q -p docs/{name}.ps docs/{name}.txt")


def PS2PDF(name):
    return SHD(f"ps2pdf docs/{name}.ps docs/{name}.pdf")


def FLAC_ENC(wav):
    return SHD(f"flac -s {wav}")


JOURNAL_HOUSE = ("2024-05-01 Salary\n    assets:bank      2400 EUR\n    income:salary\n\n"
                 "2024-05-04 Rent\n    expenses:rent     900 EUR\n    assets:bank\n")
JOURNAL_TRIP = "2024-07-02 Train to Lyon\n    expenses:travel    64 EUR\n    assets:cash\n"
JOURNAL_SHOP = "2024-03-10 Paint\n    expenses:supplies    30 USD\n    assets:card\n"
JOURNAL_CLUB = "2024-01-15 Dues\n    assets:bank    120 GBP\n    income:dues\n"


def GJ(obj):
    return json.dumps(obj)


SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp27-ip-dot-output-format", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": GRAPHVIZ,
        "fail_re": r'^Format: "[^"]*" not recognized\. Use one of:',
        "learn": [C("dot -Tpgn graphs/deps.dot -o deps.pgn"), C("dot -Thtml graphs/flow.dot -o flow.html")],
        "repeats": [C("dot -Tmermaid graphs/org.dot -o org.mmd"), C("dot -Ttiff graphs/deps.dot -o deps.tiff"),
                    C("dot -Tascii graphs/flow.dot")],
        "good": [C("dot -Tpng graphs/deps.dot -o deps.png"), C("dot -Tsvg graphs/flow.dot -o flow.svg"),
                 C("dot -Tpdf graphs/org.dot -o org.pdf"), C("dot -Tjson graphs/deps.dot -o deps.json"),
                 C("dot -Tplain graphs/flow.dot")],
    },
    {
        "id": "bp27-ip-flac-encoder-limits", "category": "INCORRECT_PARAMETER", "tool": SHELL, "source": FLAC,
        "fail_re": r"^ERROR: invalid .*\(-[a-z]\).*, must be ",
        "learn": [C("flac -s -b 3 audio/tone.wav"), C("flac -s -l 40 audio/beep.wav")],
        "repeats": [C("flac -s -b 70000 audio/chime.wav"), C("flac -s -r 20 audio/voice.wav"),
                    C("flac -s -q 40 audio/tone.wav")],
        "good": [C("flac -s -b 4096 audio/tone.wav"), C("flac -s -l 12 audio/beep.wav"),
                 C("flac -s -b 1152 audio/chime.wav"), C("flac -s -r 8 audio/voice.wav"),
                 C("flac -s -q 15 audio/tone.wav")],
    },
    {
        "id": "bp27-ip-furl-port-range", "category": "INCORRECT_PARAMETER", "tool": "furl_set", "source": FURL,
        "fail_re": r"^ValueError: Invalid port '-?\d+'\.",
        "learn": [P(url="https://api.example.com/v1", port=99999), P(url="http://localhost/app", port=70000)],
        "repeats": [P(url="https://db.example.org/", port=65536), P(url="http://127.0.0.1/metrics", port=-1),
                    P(url="https://shop.example.com/cart", port=0)],
        "good": [P(url="https://api.example.com/v1", port=8443), P(url="http://localhost/app", port=8080),
                 P(url="https://db.example.org/", port=65535), P(url="http://127.0.0.1/metrics", port=9100),
                 P(url="https://shop.example.com/cart", port=443)],
    },
    {
        "id": "bp27-ip-quantities-unknown-unit", "category": "INCORRECT_PARAMETER", "tool": "quantities_rescale",
        "source": QUANTITIES, "fail_re": r'^LookupError: Unable to parse units: "[^"]*"',
        "learn": [P(value=3, units="mile", to="klick"), P(value=12, units="lbs", to="kg")],
        "repeats": [P(value=60, units="km/hour", to="mph"), P(value=3, units="hrs", to="minute"),
                    P(value=5, units="furlong", to="meterz")],
        "good": [P(value=3, units="mile", to="km"), P(value=12, units="pound", to="kg"),
                 P(value=60, units="km/hour", to="mile/hour"), P(value=3, units="hour", to="minute"),
                 P(value=5, units="furlong", to="m")],
    },
    {
        "id": "bp27-ip-construct-integer-range", "category": "INCORRECT_PARAMETER", "tool": "construct_build",
        "source": CONSTRUCT, "fail_re": r"^FormatFieldError: Error in path \(building\)\nstruct '[<>]\w' error during "
                                        r"building, given value -?\d+",
        "learn": [P(format="Int16ub", value=70000), P(format="Int8ub", value=256)],
        "repeats": [P(format="Int8sb", value=-200), P(format="Int32ul", value=-1), P(format="Int16sl", value=40000)],
        "good": [P(format="Int16ub", value=65535), P(format="Int8ub", value=255), P(format="Int8sb", value=-100),
                 P(format="Int32ul", value=4000000000), P(format="Int16sl", value=-32768)],
    },
    {
        "id": "bp27-ip-deepdiff-view-name", "category": "INCORRECT_PARAMETER", "tool": "deepdiff_diff",
        "source": DEEPDIFF, "fail_re": r"^ValueError: view parameter must be one of .* But \w+ was passed\.",
        "learn": [P(t1={"port": 80, "debug": False}, t2={"port": 8080, "debug": False}, view="list"),
                  P(t1=[1, 2, 3], t2=[1, 2, 4], view="json")],
        "repeats": [P(t1={"name": "api"}, t2={"name": "web"}, view="diff"),
                    P(t1={"replicas": 2}, t2={"replicas": 3}, view="table"),
                    P(t1=["a", "b"], t2=["a", "c"], view="summary")],
        "good": [P(t1={"port": 80, "debug": False}, t2={"port": 8080, "debug": False}, view="text"),
                 P(t1=[1, 2, 3], t2=[1, 2, 4], view="tree"), P(t1={"name": "api"}, t2={"name": "web"}),
                 P(t1={"replicas": 2}, t2={"replicas": 3}, view="text"), P(t1=["a", "b"], t2=["a", "c"])],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp27-pf-dot-graph-syntax", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": GRAPHVIZ,
        "fail_re": r"^Error: <stdin>: syntax error in line \d+ near '[^']*'",
        "learn": [C("dot -Tsvg -o out.svg <<< 'digraph { a -> ; }'"),
                  C("dot -Tpng -o net.png <<< 'graph net { web -> db }'")],
        "repeats": [C("dot -Tsvg -o deps.svg <<< 'digraph deps { api -> db [label=reads }'"),
                    C("dot -Tpdf -o pipe.pdf <<< 'digraph pipe { build - test }'"),
                    C("dot -Tsvg -o x.svg <<< 'digraph { a -> b; c -> }'")],
        "good": [C("dot -Tsvg -o out.svg <<< 'digraph { a -> b; }'"),
                 C("dot -Tpng -o net.png <<< 'graph net { web -- db }'"),
                 C("dot -Tsvg -o deps.svg <<< 'digraph deps { api -> db [label=reads] }'"),
                 C("dot -Tpdf -o pipe.pdf <<< 'digraph pipe { build -> test }'"),
                 C("dot -Tsvg -o x.svg <<< 'digraph { a -> b; c -> a }'")],
    },
    {
        "id": "bp27-pf-task-due-date", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": TASK,
        "fail_re": r"^'[^']*' is not a valid date in the 'Y-M-D' format\.",
        "learn": [C("task add 'Pay rent' due:31/05/2024"), C("task add 'Renew passport' due:2024.06.01")],
        "repeats": [C("task add 'Call dentist' due:06-15-2024"), C("task add 'Book flights' due:tomorow"),
                    C("task add 'File taxes' due:20250415")],
        "good": [C("task add 'Pay rent' due:2024-05-31"), C("task add 'Renew passport' due:2024-06-01"),
                 C("task add 'Call dentist' due:2024-06-15"), C("task add 'Book flights' due:tomorrow"),
                 C("task add 'File taxes' due:eom")],
    },
    {
        "id": "bp27-pf-hledger-report-date", "category": "PARAMETER_FORMAT", "tool": SHELL, "source": HLEDGER,
        "fail_re": r"^hledger: could not parse (begin|end) date: \d+:\d+:",
        "learn": [C("hledger -f books/2024.journal balance -b 31.05.2024"),
                  C("hledger -f books/2024.journal register -e 05/31/2024")],
        "repeats": [C("hledger -f books/shared.journal balance -b '1 May 2024'"),
                    C("hledger -f books/2024.journal register -e 2024-05-32"),
                    C("hledger -f books/shared.journal balance -b 2024/13/01")],
        "good": [C("hledger -f books/2024.journal balance -b 2024-05-01"),
                 C("hledger -f books/2024.journal register -e 2024-05-31"),
                 C("hledger -f books/shared.journal balance -b 2024/05/01"),
                 C("hledger -f books/2024.journal register -e 2024-06-01"),
                 C("hledger -f books/shared.journal balance -p 'monthly from 2024-05'")],
    },
    {
        "id": "bp27-pf-shapely-wkt-syntax", "category": "PARAMETER_FORMAT", "tool": "shapely_wkt_loads",
        "source": SHAPELY, "fail_re": r"^GEOSException: ParseException: Expected (number|word) but encountered",
        "learn": [P(data="POINT (1,2)"), P(data="LINESTRING (0 0; 1 1)")],
        "repeats": [P(data="POINT 13.4 52.5"), P(data="POINT (1 two)"), P(data="LINESTRING (0 0, 1 1")],
        "good": [P(data="POINT (1 2)"), P(data="LINESTRING (0 0, 1 1)"), P(data="POINT (13.4 52.5)"),
                 P(data="POLYGON ((0 0, 1 0, 1 1, 0 0))"), P(data="MULTIPOINT ((1 2), (3 4))")],
    },
    {
        "id": "bp27-pf-isoweek-week-string", "category": "PARAMETER_FORMAT", "tool": "isoweek_week_fromstring",
        "source": ISOWEEK, "fail_re": r"^ValueError: Week\.tostring argument must be on the form <yyyy>W<ww>; got '",
        "learn": [P(isostring="2024-W9"), P(isostring="2024w09")],
        "repeats": [P(isostring="24W09"), P(isostring="2024-09"), P(isostring="2025W1")],
        "good": [P(isostring="2024W09"), P(isostring="2024-W09"), P(isostring="2025W01"), P(isostring="2020W53"),
                 P(isostring="2024W52")],
    },
    {
        "id": "bp27-pf-parse-format-spec", "category": "PARAMETER_FORMAT", "tool": "parse_parse", "source": PARSE,
        "fail_re": r"^ValueError: format spec '[^']*' not recognised",
        "learn": [P(format="{count:int} apples", string="3 apples"), P(format="Total: {:float} EUR",
                                                                     string="Total: 42.50 EUR")],
        "repeats": [P(format="{user:str}@{host}", string="ann@example.org"),
                    P(format="due {when:date}", string="due 2024-05-31"),
                    P(format="port {:number}", string="port 8080")],
        "good": [P(format="{count:d} apples", string="3 apples"), P(format="Total: {:f} EUR", string="Total: 42.50 EUR"),
                 P(format="{user:w}@{host}", string="ann@example.org"),
                 P(format="due {when:ti}", string="due 2024-05-31T00:00:00"),
                 P(format="port {:d}", string="port 8080")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp27-mp-flac-raw-format-fields", "category": "MISSING_PARAMETER", "tool": SHELL, "source": FLAC,
        "fail_re": r"^ERROR: for encoding a raw file you must specify a value for --endian, --sign, --channels, "
                   r"--bps, and --sample-rate",
        "learn": [C("flac -s --force-raw-format audio/tone.raw"),
                  C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 audio/voice.raw")],
        "repeats": [C("flac -s --force-raw-format --bps=16 --sample-rate=8000 audio/field.raw"),
                    C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 --bps=16 audio/tone.raw"),
                    C("flac -s --force-raw-format --sample-rate=8000 -o audio/voice.flac audio/voice.raw")],
        "good": [C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 --bps=16 "
                   "--sample-rate=8000 audio/tone.raw"),
                 C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 --bps=16 "
                   "--sample-rate=16000 audio/voice.raw"),
                 C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 --bps=16 "
                   "--sample-rate=8000 audio/field.raw"),
                 C("flac -s --force-raw-format --endian=little --sign=signed --channels=1 --bps=16 "
                   "--sample-rate=16000 -o audio/voice.flac audio/voice.raw")],
    },
    {
        "id": "bp27-mp-qpdf-output-file", "category": "MISSING_PARAMETER", "tool": SHELL, "source": QPDF,
        "fail_re": r"^qpdf: an output file name is required; use - for standard output",
        "learn": [C("qpdf docs/report.pdf"), C("qpdf --linearize docs/guide.pdf")],
        "repeats": [C("qpdf docs/report.pdf --pages . 1-2 --"), C("qpdf --rotate=+90:1 docs/memo.pdf"),
                    C("qpdf --object-streams=generate docs/handbook.pdf")],
        "good": [C("qpdf docs/report.pdf report-copy.pdf"), C("qpdf --linearize docs/guide.pdf guide-web.pdf"),
                 C("qpdf docs/report.pdf --pages . 1-2 -- first-two.pdf"),
                 C("qpdf --rotate=+90:1 docs/memo.pdf memo-rotated.pdf"),
                 C("qpdf --object-streams=generate docs/handbook.pdf handbook-small.pdf")],
    },
    {
        "id": "bp27-mp-task-recur-without-due", "category": "MISSING_PARAMETER", "tool": SHELL, "source": TASK,
        "fail_re": r"^A recurring task must also have a 'due' date\.",
        "learn": [C("task add 'Water plants' recur:weekly"), C("task add 'Pay rent' recur:monthly project:home")],
        "repeats": [C("task add 'Back up laptop' recur:daily"), C("task add 'Review budget' recur:quarterly +finance"),
                    C("task add 'Change water filter' recur:3months")],
        "good": [C("task add 'Water plants' recur:weekly due:tomorrow"),
                 C("task add 'Pay rent' recur:monthly due:2024-06-01 project:home"),
                 C("task add 'Back up laptop' recur:daily due:today"),
                 C("task add 'Review budget' recur:quarterly due:eom +finance"),
                 C("task add 'Change water filter' recur:3months due:2024-09-01")],
    },
    {
        "id": "bp27-mp-yarl-port-without-host", "category": "MISSING_PARAMETER", "tool": "yarl_url_build",
        "source": YARL, "fail_re": r"^ValueError: Can't build URL with \"port\" but without \"host\"\.",
        "learn": [P(scheme="http", port=8080, path="/health"),
                  P(scheme="https", port=8443, path="/api", query={"q": "status"})],
        "repeats": [P(scheme="postgresql", port=5432, path="/orders"), P(scheme="https", port=9000, path="/metrics"),
                    P(scheme="ws", port=8765, path="/socket")],
        "good": [P(scheme="http", host="localhost", port=8080, path="/health"),
                 P(scheme="https", host="api.example.com", port=8443, path="/api", query={"q": "status"}),
                 P(scheme="postgresql", host="db.internal", port=5432, path="/orders"),
                 P(scheme="https", host="metrics.example.org", port=9000, path="/metrics"),
                 P(scheme="ws", host="127.0.0.1", port=8765, path="/socket")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp27-mq-pdftotext-before-ps2pdf", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": POPPLER, "fail_re": r"^I/O Error: Couldn't open file '[^']*\.pdf': No such file or directory\.",
        "learn": [CH("pdftotext docs/letter.pdf -", ENSCRIPT("letter")),
                  CH("pdftotext -layout docs/minutes.pdf minutes.txt", LS_DOCS, ENSCRIPT("minutes"))],
        "repeats": [CH("pdftotext docs/invoice.pdf -", ENSCRIPT("invoice")),
                    CH("pdftotext -f 1 -l 1 docs/letter.pdf -", ENSCRIPT("letter"), ENSCRIPT("minutes"),
                       PS2PDF("minutes")),
                    CH("pdftotext docs/agenda.pdf agenda.txt", LS_DOCS)],
        "good": [CH("pdftotext docs/letter.pdf -", ENSCRIPT("letter"), PS2PDF("letter")),
                 CH("pdftotext -layout docs/minutes.pdf minutes.txt", LS_DOCS, ENSCRIPT("minutes"), PS2PDF("minutes")),
                 CH("pdftotext docs/invoice.pdf -", ENSCRIPT("invoice"), PS2PDF("invoice")),
                 CH("pdftotext -f 1 -l 1 docs/letter.pdf -", ENSCRIPT("letter"), PS2PDF("letter")),
                 CH("pdftotext docs/agenda.pdf agenda.txt", ENSCRIPT("agenda"), PS2PDF("agenda"))],
    },
    {
        "id": "bp27-mq-task-context-undefined", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": TASK,
        "fail_re": r"^Context '[^']*' not found\.",
        "learn": [CH("task context work", TADD("Fix login bug", "project:work")),
                  CH("task context home", TADD("Fix the sink", "project:home"), TADD("Buy paint", "project:home"))],
        "repeats": [CH("task context errands", TADD("Post parcel", "+errand")),
                    CH("task context work", TASKDO("context define home project:home"), TADD("Write report", "project:work")),
                    CH("task context study", LS)],
        "good": [CH("task context work", TADD("Fix login bug", "project:work"), TASKDO("context define work project:work")),
                 CH("task context home", TADD("Fix the sink", "project:home"), TASKDO("context define home project:home")),
                 CH("task context errands", TASKDO("context define errands +errand"), TADD("Post parcel", "+errand")),
                 CH("task context work", TASKDO("context define home project:home"),
                    TASKDO("context define work project:work")),
                 CH("task context none", TASKDO("context define study +study"), TASKDO("context study"))],
    },
    {
        "id": "bp27-mq-hledger-journal-not-created", "category": "MISSING_PREREQUISITE", "tool": SHELL,
        "source": HLEDGER, "fail_re": r'^The hledger journal file "[^"]*" was not found\.',
        "learn": [CH("hledger -f books/household.journal balance", LS_BOOKS),
                  CH("hledger -f books/trip.journal register expenses", NOP("read_file", path="books/2024.journal"))],
        "repeats": [CH("hledger -f books/shop.journal balance --tree", WF("books/household.journal", JOURNAL_HOUSE)),
                    CH("hledger -f books/club.journal register", LS_BOOKS),
                    CH("hledger -f books/trip.journal balance -M", LS)],
        "good": [CH("hledger -f books/household.journal balance", WF("books/household.journal", JOURNAL_HOUSE)),
                 CH("hledger -f books/trip.journal register expenses", WF("books/trip.journal", JOURNAL_TRIP)),
                 CH("hledger -f books/shop.journal balance --tree", LS_BOOKS, WF("books/shop.journal", JOURNAL_SHOP)),
                 CH("hledger -f books/club.journal register", WF("books/club.journal", JOURNAL_CLUB)),
                 CH("hledger -f books/2024.journal balance -M", LS_BOOKS)],
    },
    {
        "id": "bp27-mq-flac-decode-before-encode", "category": "MISSING_PREREQUISITE", "tool": SHELL, "source": FLAC,
        "fail_re": r"^\S+\.flac: ERROR initializing decoder\n\s+init status = "
                   r"FLAC__STREAM_DECODER_INIT_STATUS_ERROR_OPENING_FILE",
        "learn": [CH("flac -s -t audio/voice.flac", LS_AUDIO),
                  CH("flac -s -d -o audio/beep-copy.wav audio/beep.flac", NOP("read_file", path="audio/README.txt"))],
        "repeats": [CH("flac -s -t audio/chime.flac", FLAC_ENC("audio/tone.wav")),
                    CH("flac -s -d -o audio/tone-copy.wav audio/tone.flac", LS_AUDIO),
                    CH("flac -s -t audio/interview.flac", LS)],
        "good": [CH("flac -s -t audio/voice.flac", FLAC_ENC("audio/voice.wav")),
                 CH("flac -s -d -o audio/beep-copy.wav audio/beep.flac", FLAC_ENC("audio/beep.wav")),
                 CH("flac -s -t audio/chime.flac", LS_AUDIO, FLAC_ENC("audio/chime.wav")),
                 CH("flac -s -d -o audio/tone-copy.wav audio/tone.flac", FLAC_ENC("audio/tone.wav")),
                 CH("flac -s -t audio/music.flac", LS_AUDIO)],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp27-ws-task-done-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": TASK,
        "fail_re": r"^Task \d+ '[^']*' is neither pending nor waiting\.",
        "learn": [CH("task 1 done", TADD("Pay rent", "due:2024-06-01"), TASKDO("1 done")),
                  CH("task 2 done", TADD("Water plants"), TADD("Call bank"), TASKDO("2 done"))],
        "repeats": [CH("task 1 done", TADD("Renew passport"), TASKDO("1 done")),
                    CH("task 3 done", TADD("a"), TADD("b"), TADD("Book flights", "+travel"), TASKDO("3 done")),
                    CH("task 1 done", TADD("File taxes", "project:home"), TASKDO("1 done"),
                       TADD("Buy stamps"))],
        "good": [CH("task 1 done", TADD("Pay rent", "due:2024-06-01")),
                 CH("task 2 done", TADD("Water plants"), TADD("Call bank")),
                 CH("task 1 done", TADD("Renew passport"), TADD("Buy stamps")),
                 CH("task 2 done", TADD("Renew passport"), TADD("Book flights", "+travel"), TASKDO("1 done")),
                 CH("task 1 done", TADD("File taxes", "project:home"), TASKDO("1 start"))],
    },
    {
        "id": "bp27-ws-task-stop-not-started", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": TASK,
        "fail_re": r"^Task \d+ '[^']*' not started\.",
        "learn": [CH("task 1 stop", TADD("Write report", "project:work")),
                  CH("task 2 stop", TADD("Read mail"), TADD("Review PR 42", "+code"))],
        "repeats": [CH("task 1 stop", TADD("Plan sprint")),
                    CH("task 2 stop", TADD("Standup"), TADD("Fix flaky test"), TASKDO("1 start")),
                    CH("task 1 stop", TADD("Call supplier"), TASKDO("1 start"), TASKDO("1 stop"))],
        "good": [CH("task 1 stop", TADD("Write report", "project:work"), TASKDO("1 start")),
                 CH("task 2 stop", TADD("Read mail"), TADD("Review PR 42", "+code"), TASKDO("2 start")),
                 CH("task 1 stop", TADD("Plan sprint"), TASKDO("1 start")),
                 CH("task 2 stop", TADD("Standup"), TADD("Fix flaky test"), TASKDO("2 start")),
                 CH("task 1 start", TADD("Call supplier"), TASKDO("1 start"), TASKDO("1 stop"))],
    },
    {
        "id": "bp27-ws-flac-encode-twice", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": FLAC,
        "fail_re": r"^ERROR: output file \S+ already exists, use -f to override",
        "learn": [CH("flac -s audio/tone.wav", FLAC_ENC("audio/tone.wav")),
                  CH("flac -s -8 audio/voice.wav", FLAC_ENC("audio/voice.wav"))],
        "repeats": [CH("flac -s audio/chime.wav", FLAC_ENC("audio/chime.wav")),
                    CH("flac -s -5 audio/beep.wav", FLAC_ENC("audio/beep.wav"), FLAC_ENC("audio/tone.wav")),
                    CH("flac -s -o audio/voice-best.flac audio/voice.wav", SHD("flac -s -o audio/voice-best.flac "
                                                                               "audio/voice.wav"))],
        "good": [CH("flac -s -f audio/tone.wav", FLAC_ENC("audio/tone.wav")),
                 CH("flac -s -8 audio/voice.wav", LS_AUDIO),
                 CH("flac -s audio/chime.wav", FLAC_ENC("audio/tone.wav")),
                 CH("flac -s -5 -o audio/beep-v2.flac audio/beep.wav", FLAC_ENC("audio/beep.wav")),
                 CH("flac -s -f -o audio/voice-best.flac audio/voice.wav",
                    SHD("flac -s -o audio/voice-best.flac audio/voice.wav"))],
    },
    {
        "id": "bp27-ws-exiftool-output-exists", "category": "WORKFLOW_SEQUENCE", "tool": SHELL, "source": EXIFTOOL,
        "fail_re": r"^Error: '[^']*' already exists - \S+",
        "learn": [CH("exiftool -o images/photo-tagged.jpg -Artist=Bob images/photo.jpg",
                     SHD("exiftool -o images/photo-tagged.jpg -Artist=Ann images/photo.jpg")),
                  CH("exiftool -o images/scan-final.jpg -Copyright='ACME 2024' images/scan.jpg",
                     SHD("exiftool -o images/scan-final.jpg -Artist=Ops images/scan.jpg"))],
        "repeats": [CH("exiftool -o images/cover-web.jpg -Title=Cover images/cover.jpg",
                       SHD("exiftool -o images/cover-web.jpg -Title=Draft images/cover.jpg")),
                    CH("exiftool -o images/photo-tagged.jpg -Comment=retouched images/photo.jpg",
                       SHD("exiftool -o images/photo-tagged.jpg -Artist=Ann images/photo.jpg"), LS),
                    CH("exiftool -o images/scan-final.jpg -Artist=Lee images/scan.jpg",
                       SHD("exiftool -o images/scan-final.jpg -Artist=Lee images/scan.jpg"))],
        "good": [CH("exiftool -overwrite_original -Artist=Bob images/photo-tagged.jpg",
                    SHD("exiftool -o images/photo-tagged.jpg -Artist=Ann images/photo.jpg")),
                 CH("exiftool -o images/scan-final.jpg -Copyright='ACME 2024' images/scan.jpg", LS),
                 CH("exiftool -o images/cover-web2.jpg -Title=Cover images/cover.jpg",
                    SHD("exiftool -o images/cover-web.jpg -Title=Draft images/cover.jpg")),
                 CH("exiftool -overwrite_original -Comment=retouched images/photo-tagged.jpg",
                    SHD("exiftool -o images/photo-tagged.jpg -Artist=Ann images/photo.jpg")),
                 CH("exiftool -o images/scan-v2.jpg -Artist=Lee images/scan.jpg",
                    SHD("exiftool -o images/scan-final.jpg -Artist=Lee images/scan.jpg"))],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp27-wt-pdftotext-non-pdf", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": POPPLER,
        "fail_re": r"^Syntax Warning: May not be a PDF file \(continuing anyway\)",
        "learn": [C("pdftotext docs/manual.ps -"), C("pdftotext images/photo.jpg photo.txt")],
        "repeats": [C("pdftotext docs/notes.txt -"), C("pdftotext -layout docs/notes.ps notes.txt"),
                    C("pdftotext images/scan.jpg -")],
        "good": [C("pdftotext docs/report.pdf -"), C("pdftotext docs/guide.pdf guide.txt"),
                 C("pdftotext -layout docs/memo.pdf memo.txt"), C("pdftotext -f 2 -l 3 docs/handbook.pdf -")],
    },
    {
        "id": "bp27-wt-oggdec-non-vorbis", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": VORBIS,
        "fail_re": r"^ERROR: Failed to open input as Vorbis",
        "learn": [C("oggdec -Q audio/music.flac"), C("oggdec -Q -o audio/tone-out.wav audio/tone.wav")],
        "repeats": [C("oggdec -Q -o audio/beep-out.wav audio/beep.wav"), C("oggdec -Q -o audio/raw.wav audio/tone.raw"),
                    C("oggdec -Q -o audio/music.wav audio/music.flac")],
        "good": [C("oggdec -Q audio/podcast.ogg"), C("oggdec -Q -o audio/jingle.wav audio/jingle.ogg"),
                 C("oggdec -Q -o audio/podcast-out.wav audio/podcast.ogg"), C("oggdec -Q -b 2 audio/jingle.ogg")],
    },
    {
        "id": "bp27-wt-gron-non-json", "category": "WRONG_TOOL_SELECTION", "tool": SHELL, "source": GRON,
        "fail_re": r"^failed to form statements: invalid character '[^']*' ",
        "learn": [C("gron data/config.yaml"), C("gron data/settings.toml")],
        "repeats": [C("gron data/users.csv"), C("gron docs/todo.yaml"), C("gron data/app.ini")],
        "good": [C("gron data/config.json"), C("gron data/users.json"), C("gron data/settings.json"),
                 C("gron data/todo.json")],
    },
    {
        "id": "bp27-wt-exiftool-write-text-file", "category": "WRONG_TOOL_SELECTION", "tool": SHELL,
        "source": EXIFTOOL, "fail_re": r"^Error: Writing of (\w+ files|this type of file) is not (yet )?supported - ",
        "learn": [C("exiftool -Artist=Ann docs/notes.txt"), C("exiftool -Title='Q2 users' data/users.csv")],
        "repeats": [C("exiftool -Author=Ops data/config.yaml"), C("exiftool -Artist=Ann docs/report.txt"),
                    C("exiftool -Title=Settings data/settings.toml")],
        "good": [C("exiftool -Artist=Ann images/photo.jpg"), C("exiftool -Title='Q2 report' docs/report.pdf"),
                 C("exiftool -Author=Ops docs/guide.pdf"), C("exiftool -Artist=Ann -Title=Scan images/scan.jpg"),
                 C("exiftool -Title=Manual docs/manual.ps")],
    },
    {
        "id": "bp27-wt-shapely-wkt-given-geojson", "category": "WRONG_TOOL_SELECTION", "tool": "shapely_wkt_loads",
        "source": SHAPELY, "fail_re": r"^GEOSException: ParseException: Unknown type: '\{",
        "learn": [P(data=GJ({"type": "Point", "coordinates": [13.4, 52.5]})),
                  P(data=GJ({"type": "LineString", "coordinates": [[0, 0], [1, 1]]}))],
        "repeats": [P(data=GJ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]})),
                    P(data=GJ({"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
                               "properties": {"name": "Paris"}})),
                    P(data=GJ({"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]}))],
        "good": [P(data="POINT (13.4 52.5)"), P(data="LINESTRING (0 0, 1 1)"), P(data="POLYGON ((0 0, 1 0, 1 1, 0 0))"),
                 P(data="POINT (2.35 48.85)"), P(data="MULTIPOINT ((1 2), (3 4))")],
    },
]
