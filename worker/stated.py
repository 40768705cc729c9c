"""The rule a message states a valid value follows, in so many words: a regex, a layout, an enumeration, a
numeric range or length, a type mismatch, the file types it takes, a `did you mean` suggestion.

Pure. `stated_validation(message)` is the entry point; split out of `worker.validation`.
"""
from __future__ import annotations

import re

from .call_values import CLASS_OF, FILE_CLASSES, file_type
from .kinds import Validation, suffix_rule
from .literals import Gated, lowered
from .safe_regex import anchored, safe_compile

_Q = r"""['"`\u2018\u2019\u201c\u201d]"""
_STATED_REGEX: tuple[tuple[Gated, bool], ...] = tuple((Gated(pattern), whole) for pattern, whole in (
    # Kubernetes: "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'": the whole value
    (re.compile(rf"regex used for validation is {_Q}(?P<rx>.+?){_Q}(?:\)|,|$|\s)", re.I), True),
    (re.compile(rf"\b(?:must|should|has to|needs? to) (?:fully )?match(?:es)?(?: the)?(?: (?:regex|regexp|regular expression|pattern))?:?\s*"
                rf"(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), True),
    (re.compile(rf"\b(?:does not|doesn't|did not|didn't|failed to) match (?:the )?(?:regex|regexp|regular expression|pattern)?\s*:?\s*"
                rf"(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), False),
    (re.compile(rf"\bpattern\s*[:=]\s*(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), False),
))
_REGEX_HINT = re.compile(r"[\[\]\\^$*+?{}()|]")  # a stated "regex" with none of these is a plain word

_LAYOUT_TOKEN = re.compile(r"YYYY|yyyy|YY|yy|MM|DD|dd|HH|hh|mm|SSS|sss|SS|ss|Z|T|[-/.: ]")
_LAYOUT = Gated(re.compile(r"(?<![\w])(?P<f>(?:YYYY|yyyy)(?:[-/.:](?:MM|mm)(?:[-/.:](?:DD|dd))?)?(?:[T ](?:HH|hh):mm(?::(?:SS|ss))?(?:\.(?:SSS|sss))?Z?)?"
                     r"|(?:DD|dd)[-/.](?:MM|mm)[-/.](?:YYYY|yyyy)|(?:MM|mm)[-/.](?:DD|dd)[-/.](?:YYYY|yyyy)"
                     r"|(?:HH|hh):(?:mm|MM)(?::(?:SS|ss))?)(?![\w])"))  # after an hour, MM is the minutes (`Expected HH:MM`)
# isoweek `must be on the form <yyyy>W<ww>`: each bracketed run of one letter is that many digits, the rest is literal
_BRACKET_LAYOUT = Gated(re.compile(r"\b(?:form|format|layout|pattern)\s*:?\s*['\"`]?(?P<f>(?:<([ymdwhsn])\2{0,3}>|[-/.:_TW ](?=[-/.:_TW ]*<))*"
                                   r"<([ymdwhsn])\3{0,3}>(?:[-/.:_TW]?<([ymdwhsn])\4{0,3}>)*)", re.I), requires_any=("<",))
_BRACKET_PART = re.compile(r"<([a-zA-Z]+)>|(.)")
# opusenc `Comments must be of the form name=value`, `expected KEY=VALUE`: a name, the sign, then its value
_PAIR_FORM = Gated(re.compile(r"\b(?:(?:of|in) the form|expected(?: format)?|format(?: is| must be)?|syntax(?: is)?)\s*:?\s*['\"`<]?"
                              r"(?P<k>name|key|var|variable|field|tag|option|attribute|property)['\"`>]?(?P<sep>=|:)['\"`<]?"
                              r"(?:value|val|string|text|data)['\"`>]?(?!\w)", re.I))
_GO_LAYOUT = Gated(re.compile(r'\bas "(?P<f>(?:2006|01|02|15|04|05|Jan|Mon|MST|Z07:00|-07:00|[-/.:T ])+)"'))
_GO_PARTS = {"2006": r"\d{4}", "01": r"\d{2}", "02": r"\d{2}", "15": r"\d{2}", "04": r"\d{2}", "05": r"\d{2}",
             "Z07:00": r"(?:Z|[+-]\d{2}:\d{2})", "-07:00": r"[+-]\d{2}:\d{2}", "Jan": r"[A-Z][a-z]{2}",
             "Mon": r"[A-Z][a-z]{2}", "MST": r"[A-Z]{3,4}"}
_GO_SPLIT = re.compile("(" + "|".join(re.escape(k) for k in sorted(_GO_PARTS, key=len, reverse=True)) + ")")

_VERSION_LAYOUT = Gated(re.compile(r"\b(?:expected|required|valid)? ?(?:format|form|as)\s*:?\s*['\"`](?P<f>[xyzn](?:\.[xyzn]){1,3})['\"`]", re.I),
                        requires_any=(".x", ".y", ".z", ".n"))  # a layout of letters holds one of these
_ENUM = Gated(re.compile(
    r"(?:\b(?:must|should) be one of|\buse one of|\bis not one of|\bnot one of|\bexpected one of|\bone of the following"
    r"|\bvalid (?:values|options|choices|types|modes|levels) (?:are|is|include)|\b(?:supported|allowed|accepted|possible|permitted|"
    r"available|valid) (?:values|options|choices|types|formats|modes|levels)(?: are| is| include)?|\bchoose from|\bpermitted:|\bexpected \w+ to be one of"
    rf"|\b(?:input )?should be(?= {_Q})|\bmust be:?(?= {_Q}[^'\"`]+{_Q}(?:,| or))|\bmust be either|\(from versions"
    # `bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)`: a bare list of short tokens, with commas and an `or`
    r"|\bmust be(?= (?!(?:positive|negative|non-?negative|non-?zero|finite|empty|non-?empty|unique|valid|greater|less)\b)"
    r"[\w.-]{1,12}(?:, [\w.-]{1,12})+,? or [\w.-]{1,12}\b)"
    # `Available lifecycle phases are: a, b`, `available bin targets:` then one per line, `Available fields:`
    r"|\b(?:available|valid|supported|allowed|accepted|known|possible) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*?s(?: are| include)?(?=\s*:)"
    # mksquashfs `Compressors available:` then one per line (`\tgzip (default)`)
    r"|\b[a-z][\w-]*?s (?:available|supported)(?=:\s*\n[ \t])"
    # segno `Unsupported version "41". Supported: M1, M2, M3, M4 and 1 .. 40`: a sentence of its own after the refusal
    r"|(?<=\. )(?:supported|allowed|accepted|valid|possible)(?=: )"
    # GDAL `The following format drivers are configured and support output:` then `  GTiff: GeoTIFF` per line
    r"|\bthe following (?:[\w-]+ ){0,7}[\w-]+(?=:[ \t]*\n[ \t]+\S))"
    # the items on the heading's line, one per indented line below it, or (`valid formats are:` at a line's end) on the next
    # (an item's remark after it: `(default)`, iverilog's `2005-sv -- IEEE1800-2005`)
    r"\s*:?[ \t]*(?P<rest>.+|\n(?:[ \t]+[\w./:@+*-]{1,60}?(?:[ \t]+\([\w ,-]{1,30}\)|[ \t]+--?[ \t]+[^\n]{1,80}|:[ \t]+[^\n]{1,80})?[ \t]*(?:\n|$)){2,}"
    r"|\n(?=\S)[^\n]+)", re.I))
_QUOTED = re.compile(r"'([^'\n]{1,60})'|\"([^\"\n]{1,60})\"|`([^`\n]{1,60})`|\u201c([^\u201d\n]{1,60})\u201d")
# the list's sequel under a heading of its own (`Other generation flags:` then `  assertions | no-assertions` per line)
_OTHER_ITEMS = re.compile(r"\s*[ \t]*other [\w -]{1,40}:[ \t]*\n(?P<lines>(?:[ \t]+[^\n]+(?:\n|$))+)", re.I)
# a row of a grid of names, two or more spaces apart (`p10f200        p10f202        p10f204`), and the rows below it
_GRID_ROW = re.compile(r"[\w.+-]{1,60}(?:[ \t]{2,}[\w.+-]{1,60})+[ \t]*")
_GRID_ROWS = re.compile(r"(?:\n[\w.+-]{1,60}(?:[ \t]{2,}[\w.+-]{1,60})*[ \t]*(?=\n|$))+")
_REMARK = re.compile(r"[ \t]+\([\w ,-]{1,30}\)$|[ \t]+--?[ \t]+.*$|:[ \t]+.*$")
CUT_MESSAGE_CHARS = 1900  # messages this long may come cut by an agent host (many keep 2,000 characters of a tool's output)
MAX_ENUM = 400  # a package's released versions (`from versions: 0.2.0, …, 2.34.2`) run to a few hundred
_LEAD_IN = re.compile(r"^(?:the following|these|those)(?: (?:values|options|choices))?\s*:?\s*", re.I)
# Python's decimal `valid values for rounding are:\n   [ROUND_CEILING, ROUND_FLOOR, …\n    ROUND_05UP]`: a bracketed list over lines
_ENUM_FOR = Gated(re.compile(r"\bvalid (?:values|options|choices) for [\w.-]{1,40} (?:are|is)\s*:?\s*\[(?P<list>[^\]]{1,2000})\]", re.I))
_ITEM = re.compile(r"^[\w./:@+*-]{1,60}$")
_RANGE_ITEM = re.compile(r"(?P<a>-?\d+)\s*(?:\.\.|to|through)\s*(?P<b>-?\d+)")  # an item that is a range of numbers: `1 .. 40`
_SUGGEST = Gated(re.compile(rf"\b(?:did you mean|perhaps you meant|maybe you meant|the most similar (?:command|value|name)s? (?:is|are))"
                      rf"\s*:?\s*(?:one of\s*)?{_Q}?(?P<s>[\w./:@+-]{{1,80}}){_Q}?", re.I))

_SINGULAR = {"queries": "query", "statements": "statement", "commands": "command", "requests": "request",
             "operations": "operation", "methods": "method"}
_ONLY_ALLOWED = Gated(re.compile(r"\b[Oo]nly (?P<w>[A-Z]{2,20}) (?P<what>queries|statements|commands|requests|operations|methods) "
                          r"(?:are|is) (?:allowed|permitted|supported|accepted)\b"))
_CASE = Gated(re.compile(r"\b(?:must|should|has to|needs? to) (?:be |contain )?(?:only )?(?P<case>lower|upper)[- ]?case\b", re.I))

_FORBIDDEN_CHAR = Gated(re.compile(r"\b(?:invalid|illegal|forbidden|disallowed|unexpected|unsupported|unknown|bad) char(?:acter)?s?\s*:?\s*"
                            r"(?:'([^'])'|\"([^\"])\"|`([^`])`)"
                            # not a parser's place in the content (Go encoding/json `invalid character 'a' in literal null`,
                            # `... looking for beginning of value`, `... after object key`): that is about a document's text
                            r"(?!\s*(?:in (?:string |numeric )?literal|looking for|after (?:object|array|top-level)|"
                            r"in (?:object|array|string)"
                            # nor one at a line and column (tomlkit `Unexpected character: 'r' at line 2 col 7`)
                            r"|\s*,?\s*(?:at |on )?(?:line|position|pos|offset|col(?:umn)?) \d))", re.I))
# `Duration must end with letter "s": 5m.` (protobuf), `Location must start with /` (jsonpointer), `must begin with a
# letter`: what a valid value begins or ends with — a quoted or bare symbol literal, or a class of character
_AFFIX = Gated(re.compile(r"\b(?:must|should|has to|have to|needs? to)\s+(?P<neg>not\s+)?(?P<where>start|begin|end)\s+with\s+"
                          r"(?:(?:the|a|an)\s+)?(?:(?:letter|character|char|prefix|suffix|string|symbol)\s+)?"
                          r"(?:['\"`\u2018\u201c](?P<q>[^'\"`\s\u2019\u201d]{1,12})['\"`\u2019\u201d]"
                          r"|(?P<cls>(?:(?:lowercase|lower-case|uppercase|upper-case|ascii)\s+)?(?:letter|digit|number|alphanumeric))\b"
                          r"|(?P<sym>[^\w\s'\"`]{1,3})(?=[\s,.:;)]|$))", re.I))
_AFFIX_CLASSES = {"letter": "[A-Za-z]", "digit": "[0-9]", "number": "[0-9]", "alphanumeric": "[A-Za-z0-9]"}


def _affix_rule(match: re.Match[str]) -> Validation:
    """The regex of a value that begins (or ends) as the message says, or does not."""
    if match.group("cls"):
        words = match.group("cls").lower().replace("-", "").split()
        part = _AFFIX_CLASSES[words[-1]]
        if words[0] in ("lowercase", "uppercase") and words[-1] == "letter":
            part = "[a-z]" if words[0] == "lowercase" else "[A-Z]"
        said = f"an {match.group('cls')}" if words[0][0] in "au" else f"a {match.group('cls')}"
    else:
        said = match.group("q") or match.group("sym")
        part = re.escape(said)
    start = match.group("where").lower() in ("start", "begin")
    verb = "begin" if start else "end"
    if match.group("neg"):
        return {"kind": "regex", "regex": f"^(?!{part})" if start else f"^(?!.*{part}$)",
                "expected": f"a value that does not {verb} with {said}"}
    return {"kind": "regex", "regex": f"^{part}" if start else f"{part}$", "expected": f"a value that {verb}s with {said}"}


# cvs `tag `v1.2.0' must not contain the characters `$,.:;@'`: the characters a valid value leaves out
_NONE_OF = Gated(re.compile(r"\b(?:must|may|should|can|cannot|can't)\s+(?:not\s+)?(?:contain|include|have)\s+(?:any\s+of\s+)?"
                            r"(?:the\s+)?(?:characters?|chars|symbols)\s*:?\s*['\"`\u2018\u201c](?P<set>[^'\"`\s\u2019\u201d]{1,30})['\"`\u2019\u201d]",
                            re.I))
_NO_WILDCARDS = Gated(re.compile(r"\b(?:cannot|can't|must not|may not|should not|mustn't) (?:contain|include|have|use) "
                                 r"(?:any )?wildcards?(?: characters?)?\b|\bwildcards? (?:are|is) not (?:allowed|permitted|supported)\b",
                                 re.I))
_IN_A_PART = re.compile(r"\b(?:part|portion|section|segment) (?:after|before|of)\b|\b(?:local|domain|host|user) ?(?:part|name)\b", re.I)
_SUFFIX_LIST = Gated(re.compile(r"\((?P<list>\.[A-Za-z0-9]{1,10}(?:\s*(?:,|\bor\b|/)\s*\.[A-Za-z0-9]{1,10})+)\)"))
# A file type the message says the input is not: the suffixes such a file has.
_DB_FILES = ("db", "sqlite", "sqlite3", "db3")
# a zip container by another name: Java archives, wheels, Office and OpenDocument files, EPUB, Android packages
_ZIP_FILES = ("zip", "jar", "war", "ear", "whl", "apk", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "nupkg", "xpi", "vsix")
_FILE_TYPES = {"zip": _ZIP_FILES, "zipfile": _ZIP_FILES, "gzip": ("gz", "tgz"), "tar": ("tar", "tgz"), "json": ("json",),
               "yaml": ("yaml",), "xml": ("xml",), "pdf": ("pdf",), "png": ("png",), "jpeg": ("jpg",), "jar": ("jar",),
               "duckdb": ("duckdb", "db", "ddb"), "sqlite": _DB_FILES, "sqlite3": _DB_FILES, "database": _DB_FILES,
               "image": tuple(sorted(FILE_CLASSES["image"])), "archive": tuple(sorted(FILE_CLASSES["archive"])),
               "arrow": ("arrow", "feather"), "vorbis": ("ogg", "oga"), "ogg": ("ogg", "oga")}  # Feather v2 is the Arrow IPC file format
# `is not a zipfile`, `is not a valid DuckDB database file`, `file is not a database`, `Invalid or corrupt jarfile`
_NOT_A_TYPE = Gated(re.compile(r"\b(?:is not|isn't)\s+an?\s+(?:valid\s+)?(?P<t>zipfile|zip|gzip|tar|json|yaml|xml|pdf|png|jpeg|jar|duckdb|"
                         r"sqlite3?|database)(?:\s+database)?(?:\s*(?:file|archive))?\b"
                         r"|\b(?:invalid|corrupt)(?:\s+or\s+corrupt)?\s+(?P<t2>jar|zip|gzip|tar)\s?(?:file|archive)\b"
                         # Pillow `cannot identify image file 'a.csv'`, `is not an image`, `not a valid image file`
                         r"|\b(?:cannot|can't|could not|unable to) identify (?P<t3>image) file\b"
                         # 7-Zip `Cannot open the file as archive`
                         r"|\b(?:cannot|can't|could not|unable to) open (?:the )?file as (?:an? )?(?P<t5>archive)\b"
                         r"|\b(?:is not|isn't|not)\s+an?\s+(?:valid\s+|recogni[sz]ed\s+)?(?P<t4>image)(?:\s+file)?\b"
                         # pyarrow `this is not a parquet file`, `Not an Arrow file`: any file type by its name
                         r"|\b(?:is not|isn't|not)\s+(?:be\s+)?an?\s+(?:valid\s+)?(?P<t6>(?=\d?[A-Za-z])[A-Za-z0-9]{2,10})\s+file\b"
                         # vorbis-tools `Failed to open input as Vorbis`: the one format the tool reads
                         r"|\b(?:failed to|cannot|can't|could not|unable to) open (?:the )?input as (?:an? )?(?P<t7>[A-Za-z0-9]{2,10})\b"
                         # Go's encoding/json (gron, jq-likes in Go) on a file that holds no JSON
                         r"|(?P<t8>)\binvalid character '.' looking for beginning of value\b"
                         # pngcheck `this is neither a PNG or JNG image nor a MNG stream`: the first format it names
                         r"|\bneither\s+an?\s+(?P<t9>[A-Za-z0-9]{2,10})(?:\s+or\s+[A-Za-z0-9]{2,10})?\s+(?:image|file|stream|archive|document)\b"
                         # rpm `not an rpm package (or package manifest)`, ARJ `is not an ARJ archive`: its own package or archive
                         r"|\b(?:is not|isn't|not)\s+an?\s+(?:valid\s+)?(?!(?:valid|proper|real|known|good|correct|regular|supported)\b)(?P<t10>(?=\d?[A-Za-z])[A-Za-z0-9]{2,5})\s+(?:package|archive)\b", re.I))
# what a suffix rule is about: a value with a suffix (`:memory:`, a statement, say nothing of file types)


def _stated_suffixes(message: str, low: str | None = None) -> list[str]:
    """The file suffixes a message says the input must have: a list of them in parentheses, or the type it is not."""
    low = low[:4000] if low is not None else None
    listed = _SUFFIX_LIST.search(message[:4000], low)
    if listed:
        return list(dict.fromkeys(x.lower() for x in re.findall(r"\.([A-Za-z0-9]{1,10})", listed.group("list"))))
    kind = _NOT_A_TYPE.search(message[:4000], low)
    if kind is None:
        return []
    spelt = next((g for g in kind.group("t", "t2", "t3", "t4", "t5", "t6", "t7", "t9", "t10") if g), "json")  # t8: Go's JSON reader
    named = spelt.lower()
    if named in _FILE_TYPES:
        return list(_FILE_TYPES[named])
    if file_type(named) in CLASS_OF:
        return [file_type(named)]  # `a parquet file`; not `a valid file`
    # a format's name in capitals (`is not a DXF file`, `not a GPX file`) is its files' suffix, unless its files have none;
    # a longer name's first three letters are one too (`not a MIDI file`: `.mid`, `TIFF`: `.tif`, `HTML`: `.htm`)
    if not (spelt.isupper() or kind.group("t10")) or len(spelt) > 5 or named in _FORMATS_WITHOUT_SUFFIX:
        return []  # (a package's or archive's format is named as its files are, in any case: `rpm`, `ARJ`)
    return [named] if len(named) <= 3 else [named, named[:3]]


_FORMATS_WITHOUT_SUFFIX = frozenset({"elf", "pe", "coff", "macho", "aout", "ascii", "utf", "utf8", "text", "unix", "posix", "dos"})


_NOT_SUGGESTIONS = frozenset({"this", "these", "that", "those", "one", "it", "any", "something"})
_NUM = r"(?P<n>[-+]?\d+(?:\.\d+)?)"
_DIGIT = re.compile(r"\d")
_UNIT = r"(?P<unit>\s*(?:(?:unique|distinct|different) )?(?:characters?|chars?|bytes?|letters?|digits? long|long|in length|items?|elements?|entries))?"
_COMPASS = r"(?:\s*(?:deg(?:rees?)?|°)\s*(?P<{}>[NSEW])\b)?"  # utm `between 80 deg S and 84 deg N`: south and west below 0
_BETWEEN = Gated(re.compile(r"\b(?:between|from)\s+(?P<a>[-+]?\d+(?:\.\d+)?)" + _COMPASS.format("ca") + r"\s+(?:and|to)\s+"
                            r"(?P<b>[-+]?\d+(?:\.\d+)?)" + _COMPASS.format("cb") + _UNIT
                      + r"|\b(?:in|within|of|out of)\s+(?:the\s+)?(?:valid\s+|allowed\s+)?(?:range|limits)\s*:?\s*[\[(]?\s*(?P<a2>[-+]?\d+(?:\.\d+)?)"
                      r"\s*(?:,|-|\.\.=?|to|and)\s*(?P<b2>[-+]?\d+(?:\.\d+)?)\s*[\])]?"
                      # qrcode `Invalid version (was 41, expected 1 to 40)`, roman `must be 0..4999`
                      r"|\b(?:expected|expecting|must be|should be)\s+(?P<a3>[-+]?\d+(?:\.\d+)?)(?:\s+to\s+|\.\.)(?P<b3>[-+]?\d+(?:\.\d+)?)\b(?![.\d])"
                      r"(?!\s*(?:char(?:acter)?|byte|item|element|digit|letter|argument)s?\b)", re.I))
_COMPARE = Gated(re.compile(
    r"\b(?P<neg>must not be|should not be|cannot be|can't be|may not be|must not|cannot)?\s*"
    r"(?P<op>>=|=>|≥|<=|=<|≤|>|<|at least|at most|greater than or equal to|less than or equal to|greater than|less than|more than|"
    r"fewer than|larger than|smaller than|bigger than|no (?:less|fewer|more|greater|larger) than|not (?:less|more|greater|larger) than|"
    r"exceed|above|below|the minimum of|the maximum of|minimum(?: value)?(?: is| of)?|maximum(?: value)?(?: is| of)?|max(?:imum)?[:.]|min(?:imum)?[:.])"
    r"\s*(?:the\s+)?(?:value\s+)?(?:of\s+)?" + _NUM + _UNIT, re.I),
    # every operator holds one of these (`>=` a `>`, `no fewer than` a `than`, `min:` a `min`; `≥` and `≤` are not ASCII,
    # and a text that is not ASCII is never prefiltered)
    requires_any=(">", "<", "at least", "at most", "than", "exceed", "above", "below", "max", "min"))
_MIN_OPS = {">=": False, "=>": False, "≥": False, "at least": False, "greater than or equal to": False, "no less than": False,
            "no fewer than": False, "not less than": False, "the minimum of": False, "minimum": False, "minimum is": False,
            "minimum of": False, "minimum value": False, "minimum value is": False, "minimum value of": False, "min:": False,
            "minimum:": False, "min.": False, "minimum.": False, ">": True, "greater than": True, "more than": True, "larger than": True, "bigger than": True,
            "above": True}
_MAX_OPS = {"<=": False, "=<": False, "≤": False, "at most": False, "less than or equal to": False, "no more than": False,
            "no greater than": False, "no larger than": False, "not more than": False, "not greater than": False,
            "not larger than": False, "the maximum of": False, "maximum": False, "maximum is": False, "maximum of": False,
            "maximum value": False, "maximum value is": False, "maximum value of": False, "max:": False, "maximum:": False, "max.": False, "maximum.": False,
            "exceed": False, "<": True, "less than": True, "fewer than": True, "smaller than": True, "below": True}
_POSITIVE = Gated(re.compile(r"\b(?:must be|should be|expected|requires?|is not) (?:a |an )?(?P<w>positive|non-negative|nonnegative|natural)\b", re.I))
# the words a numeric rule also takes (gcc `should be a non-negative integer, 'g', 's', 'z' or 'fast'`)
_ALSO = Gated(re.compile(rf"\b(?:integer|number)s?\s*,\s*(?P<alts>{_Q}[^\s'\"`\u2018\u2019\u201c\u201d]{{1,20}}{_Q}"
                         rf"(?:\s*(?:,|\bor\b)\s*{_Q}[^\s'\"`\u2018\u2019\u201c\u201d]{{1,20}}{_Q})*)", re.I))
_ALSO_ITEM = re.compile(rf"{_Q}([^\s'\"`\u2018\u2019\u201c\u201d]{{1,20}}){_Q}")


def _layout_regex(layout: str) -> str:
    out = []
    for token in _LAYOUT_TOKEN.findall(layout):
        if token[0] in "YyMDdHhmSs":
            out.append(rf"\d{{{len(token)}}}")
        elif token == "Z":
            out.append(r"(?:Z|[+-]\d{2}:?\d{2})?")
        elif token == "T":
            out.append("T")
        else:
            out.append(re.escape(token))
    return "^" + "".join(out) + "$"


_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:or[ \t]+)?|or[ \t]+)$")


def _listed_layouts(message: str, first: re.Match[str]) -> list[str]:
    """The layouts a message lists from its first one on (jhead `Date must be in format YYYY, YYYY:MM, or YYYY:MM:DD`):
    each next one only when a comma or an `or` is all that stands between, so a layout the message says it got
    (`expected YYYY-MM-DD, got DD/MM/YYYY`) is never one it accepts."""
    layouts, end = [first.group("f")], first.end()
    for match in _LAYOUT.fast().finditer(message, end):
        if _LIST_GAP.match(message[end:match.start()]) is None:
            break
        layouts.append(match.group("f"))
        end = match.end()
    return list(dict.fromkeys(layouts))


def _go_layout_regex(layout: str) -> str:
    return "^" + "".join(_GO_PARTS.get(part, re.escape(part)) for part in _GO_SPLIT.split(layout) if part) + "$"


_ARGMATCH = Gated(re.compile(r"\bvalid arguments are:[ \t]*\n(?P<lines>(?:[ \t]+- [^\n]+(?:\n|$)){2,})", re.I))
_ARG_QUOTED = re.compile(r"[\u2018'\"`](?P<item>[^\u2018\u2019'\"`\n]{1,60})[\u2019'\"`]")


def _argmatch_items(message: str, low: str | None) -> list[str]:
    """The arguments GNU's argmatch lists one line each (a line's quoted words are synonyms, all of them valid)."""
    listed = _ARGMATCH.search(message[:4000], low)
    if listed is None:
        return []
    items = list(dict.fromkeys(m.group("item") for m in _ARG_QUOTED.finditer(listed.group("lines"))))
    return items if 2 <= len(items) <= MAX_ENUM and all(_ITEM.match(item) for item in items) else []


def _enum_items(rest: str) -> list[str]:
    if rest.startswith(("\n ", "\n\t")):  # one item per indented line (`help: available bin targets:\n    app\n    migrate`)
        # (an item's remark in brackets is no part of it: `gzip (default)`)
        items = [_REMARK.sub("", line.strip()) for line in rest.strip("\n").split("\n") if line.strip()]
        return list(dict.fromkeys(items)) if 2 <= len(items) <= MAX_ENUM else []
    rest = rest.strip().split("\n")[0]
    rest = _LEAD_IN.sub("", rest)  # "must be one of the following: a, b": the items start after the colon
    if re.match(r"^[\w.-]{1,30}\s*\]", rest):  # `[possible values: 1]`: one value, closed by the bracket
        return [rest.split("]")[0].strip()]
    if rest[:1] and rest[:1] in "[({<":
        close = {"[": "]", "(": ")", "{": "}", "<": ">"}[rest[0]]
        end = rest.find(close)
        body = rest[1:end] if end > 0 else rest[1:]
    else:
        body = re.split(r"[;)\]]|\s\(|(?<!\.)\.(?:\s|$)|\s(?:but|got|instead|received|found|provided)\b", rest)[0]  # `(all-caps …)`: a remark
    quoted = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(body)]
    if len(quoted) >= 2:
        items = quoted
    else:
        parts = re.split(r"\s*(?:,|\||\bor\b|\band\b)\s*", body)
        if len(parts) == 1:
            parts = body.split()
        items = [p.strip(" '\"`\u201c\u201d") for p in parts]
    items = [item for item in items if item]
    if len(items) < 2 or len(items) > MAX_ENUM or not all(_ITEM.match(item) or _RANGE_ITEM.fullmatch(item) for item in items):
        return []
    return list(dict.fromkeys(items))


def stated_range(message: str) -> tuple[float, float] | None:
    """The (least, most) a message states a value must lie in, in so many words (`between 1 and 100`, `goes from 0 to
    6`), when it states both ends of a plain number's range (not of a length)."""
    if _DIGIT.search(message) is None:
        return None
    found = _bounds(message, lowered(message))
    if "min" not in found or "max" not in found or found["min"] > found["max"]:
        return None
    return float(found["min"]), float(found["max"])


def _bounds(message: str, low: str | None = None) -> Validation:
    found: Validation = {}

    def put(name: str, number: str, exclusive: bool = False, length: bool = False) -> None:
        key = f"{name}_length" if length else name
        value = float(number)
        if length:
            value = int(value) + (1 if exclusive and name == "min" else -1 if exclusive else 0)
            found.setdefault(key, int(value))
            return
        kept = found.setdefault(key, int(value) if value.is_integer() else value)
        if exclusive and kept == value:  # a bound said first stays, and its own inclusiveness with it
            found.setdefault(f"exclusive_{name}", True)

    digits = _DIGIT.search(message) is not None  # both need a number: a message without a digit matches neither
    for match in _BETWEEN.finditer(message, low) if digits else ():
        least, most = match.group("a") or match.group("a2") or match.group("a3"), match.group("b") or match.group("b2") or match.group("b3")
        if match.group("ca") in ("S", "W"):
            least = "-" + least.lstrip("+")
        if match.group("cb") in ("S", "W"):
            most = "-" + most.lstrip("+")
        length = bool(match.group("unit"))
        put("min", least, length=length)
        put("max", most, length=length)
    for match in _COMPARE.finditer(message, low) if digits else ():
        op = match.group("op").lower()
        op = re.sub(r"\s+", " ", op)
        negated = bool(match.group("neg"))
        length = bool(match.group("unit"))
        if op in _MIN_OPS:
            exclusive = _MIN_OPS[op]
            put("max", match.group("n"), not exclusive, length) if negated else put("min", match.group("n"), exclusive, length)
        elif op in _MAX_OPS:
            exclusive = _MAX_OPS[op]
            put("min", match.group("n"), not exclusive, length) if negated else put("max", match.group("n"), exclusive, length)
    positive = _POSITIVE.search(message, low)
    if positive:
        word = positive.group("w").lower()
        put("min", "0", exclusive=word in ("positive", "natural"))
    return found


# A schema validator's type mismatch (zod `expected number, received string`, JSON Schema
# `'20' is not of type 'integer'`): the value's type is the mistake, not its text ("20" is fine as 20).
_JSON_TYPES = {"number": "number", "integer": "integer", "int": "integer", "boolean": "boolean", "bool": "boolean",
               "array": "array", "object": "object", "string": "string"}
_TYPE_MISMATCH = Gated(re.compile(
    r"\bexpected (?P<t>number|integer|int|boolean|bool|array|object|string), (?:received|got) (?P<r>string|number|integer|boolean|array|object|null)\b"
    rf"|\bis not of type {_Q}(?P<t2>number|integer|boolean|array|object|string){_Q}", re.I))



def stated_validation(message: str) -> Validation:
    """What the message states a valid value looks like, in so many words ({} when it says nothing).

    The kind of value it is about (`message_kind`) is not included: "revision not found"
    is about a SHA without saying a SHA was malformed.
    """
    found: Validation = {}
    low = lowered(message)  # each regex below runs only when one of its literals occurs (worker.literals)
    mismatch = _TYPE_MISMATCH.search(message, low)
    if mismatch:
        json_type = _JSON_TYPES[(mismatch.group("t") or mismatch.group("t2")).lower()]
        return {"kind": "json_type", "json_type": json_type, "expected": f"a JSON {json_type} (not quoted as text)"
                if json_type != "string" else "a JSON string"}
    for pattern, whole in _STATED_REGEX:
        match = pattern.search(message, low)
        if not match:
            continue
        raw = next((g for g in match.groups() if g), "")
        regex = anchored(raw, whole)
        if _REGEX_HINT.search(raw) and safe_compile(regex) is not None:
            found.update(kind="regex", regex=regex, expected=f"a value matching {raw}")
            break
    only = _ONLY_ALLOWED.search(message, low)
    if only and "regex" not in found:  # "Only SELECT queries are allowed": the statement's first word
        word = only.group("w")
        found.update(kind="regex", regex=rf"(?i)^\s*{word}\b", expected=f"a {word} {_SINGULAR.get(only.group('what'), only.group('what'))}")
    forbidden = _FORBIDDEN_CHAR.search(message, low)
    if forbidden and _IN_A_PART.search(message[:forbidden.start()][-80:]):
        forbidden = None  # `The part after the @-sign contains invalid characters: '@'`: forbidden in one part only
    if forbidden and "regex" not in found:  # go `malformed module path "My Module": invalid char ' '`
        char = next(g for g in forbidden.groups() if g is not None)
        found.update(kind="regex", regex=f"^[^{re.escape(char)}]*$", expected=f"a value without {char!r}")
    none_of = _NONE_OF.search(message, low)
    if none_of and "regex" not in found and not re.search(r"(?i)\b(?:may|can)\s+(?:contain|include|have)\b", none_of.group(0)):
        chars = none_of.group("set")
        found.update(kind="regex", regex=f"^[^{_char_class(chars)}]*$", expected=f"a value without any of {chars}")
    only_of = _ONLY_OF.search(message, low)
    if only_of and "regex" not in found:  # the alphabet a value may be written in
        chars = only_of.group("set")
        letters = [c for c in chars if c.isalpha()]
        # an alphabet spelt out letter by letter in one case: the other case reads the same (ULID's Crockford alphabet,
        # hex digits), as decoders do; a range (`a-z`) says its case
        spelt = "-" not in chars and len(letters) >= 6
        either = "(?i)" if spelt and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)) else ""
        found.update(kind="regex", regex=f"{either}^[{_char_class(chars)}]+$", expected=f"a value of the characters {chars}")
    exact = _EXACT_LENGTH.search(message, low)
    if exact and "regex" not in found:
        n = int(exact.group("n"))
        found.update(min_length=n, max_length=n, kind="range", expected=f"a value of exactly {n} characters")
    affix = _AFFIX.search(message, low)
    if affix and "regex" not in found:
        found.update(_affix_rule(affix))
    if "regex" not in found and _NO_WILDCARDS.search(message, low):  # paho `Publish topic cannot contain wildcards.`
        found.update(kind="regex", regex=r"^[^*?+#]*$", expected="a value without wildcards (*, ?, +, #)")
    enum = _ENUM.search(message, low)  # a list's descriptions (`GRIB: GRIdded Binary (.grb, .grb2)`) state no rule
    head = message[:enum.start()] if enum else message
    suffixes = _stated_suffixes(head, low[:len(head)] if low is not None and enum else low)
    if suffixes and "regex" not in found:  # gpg `the signature file (.sig or .asc)`, unzip `is not a zipfile`
        found.update(suffix_rule(suffixes))
    case = _CASE.search(message, low)
    if case and "regex" not in found:
        lower = case.group("case").lower() == "lower"
        found.update(kind="regex", regex=r"^[^A-Z]*$" if lower else r"^[^a-z]*$",
                     expected="lowercase" if lower else "uppercase")
    version = _VERSION_LAYOUT.search(message, low)
    if version and "regex" not in found:  # mypy `(expected format: 'x.y')`: letters standing for numbers
        dots = version.group("f").count(".")
        found.update(kind="regex", regex=rf"^\d+(?:\.\d+){{{dots}}}$", expected=f"a version as {version.group('f')}")
    bracketed = _BRACKET_LAYOUT.search(message, low) if "regex" not in found else None
    if bracketed:
        form = bracketed.group("f")
        found.update(kind="regex", expected=f"a value of the form {form}", regex="^" + "".join(
            rf"\d{{{len(digits)}}}" if digits else re.escape(literal) for digits, literal in _BRACKET_PART.findall(form)) + "$")
    pair = _PAIR_FORM.search(message, low) if "regex" not in found else None
    if pair:
        sep = re.escape(pair.group("sep"))
        found.update(kind="regex", regex=rf"^[^\s{sep}]+{sep}", expected=f"a {pair.group('k').lower()}{pair.group('sep')}value pair")
    layout = _GO_LAYOUT.search(message, low)
    if layout:
        found.setdefault("regex", _go_layout_regex(layout.group("f")))
        found.setdefault("expected", f"a time in the layout {layout.group('f')}")
        found.setdefault("kind", "date")
    elif (layout := _LAYOUT.search(message, low)) and "regex" not in found:
        layouts = _listed_layouts(message, layout)
        found.update(kind="date", regex=_layout_regex(layouts[0]) if len(layouts) == 1 else
                     "^(?:" + "|".join(_layout_regex(f)[1:-1] for f in layouts) + ")$",
                     expected="a date/time as " + (", ".join(layouts[:-1]) + " or " + layouts[-1] if len(layouts) > 1 else layouts[0]))
    rest, rest_end = (enum.group("rest"), enum.end()) if enum else ("", 0)
    if rest.startswith("\n") and _GRID_ROW.fullmatch(rest[1:]) and (rows := _GRID_ROWS.match(message, rest_end)):
        # gpasm `Here are the supported processors:` then six names a row for many rows: every row is the list
        rest, rest_end = " ".join((rest + rows.group(0)).split()), rows.end()
    items = _enum_items(rest) if enum else []
    if enum and rest_end >= len(message.rstrip()) and len(message) >= CUT_MESSAGE_CHARS:
        items = []  # a list that runs to the end of a message this long may have been cut: no closed set of values
    if items and enum and (more := _OTHER_ITEMS.match(message, enum.end())):  # iverilog `Other generation flags:` after the list
        items = list(dict.fromkeys(items + [w for w in re.split(r"[\s|,]+", more.group("lines")) if _ITEM.match(w)]))
    listed = _ENUM_FOR.search(message, low)
    if listed:
        found_items = [item.strip() for item in listed.group("list").replace("\n", " ").split(",") if item.strip()]
        if 2 <= len(found_items) <= MAX_ENUM and all(_ITEM.match(item) for item in found_items):
            items = list(dict.fromkeys(found_items))
    if not items:  # GNU's argmatch: `Valid arguments are:` then `  - 'always', 'yes', 'force'` (synonyms) per line
        items = _argmatch_items(message, low)
    if not items:  # Dart's args `"x" is not an allowed value for option "--style".` and its usage `[expanded (default), compressed]`
        items = _usage_choices(message, low)
    ranges = [m for item in items if (m := _RANGE_ITEM.fullmatch(item))]
    if len(ranges) == 1 and int(ranges[0].group("a")) < int(ranges[0].group("b")):
        words = [item for item in items if not _RANGE_ITEM.fullmatch(item)]  # numbers of a range, and names beside it
        least, most = int(ranges[0].group("a")), int(ranges[0].group("b"))
        found.setdefault("kind", "range")
        found.update(min=least, max=most, also=words, expected=f"a number from {least} to {most}"
                     + (f" or one of {', '.join(words[:12])}" if words else ""))
    elif items and not ranges:
        found["enum"] = items
        found.setdefault("kind", "enum")
        found.setdefault("expected", "one of " + ", ".join(items[:12]) + (" …" if len(items) > 12 else ""))
    bounds = _bounds(message, low)
    if bounds:
        found.update({k: v for k, v in bounds.items() if k not in found})
        if "min" in bounds or "max" in bounds:
            found.setdefault("kind", "range")
        found.setdefault("expected", _describe_bounds(bounds))
        also = _ALSO.search(message, low)
        alternatives = also.group("alts") if also else ""
        words = _ALSO_ITEM.findall(alternatives)
        if len(words) >= 2 and re.search(r"\bor\b", alternatives):  # a list, not `integer, 'abc' given`
            found["also"] = words
            found["expected"] = f"{found['expected']} or one of {', '.join(words)}"
    suggestion = _SUGGEST.search(message, low)
    if suggestion and not suggestion.group("s").startswith("-") and suggestion.group("s").lower() not in _NOT_SUGGESTIONS:
        found["suggestion"] = suggestion.group("s")
    return found


# `Encoded ULID has to be exactly 26 characters long`: a length, exactly
_EXACT_LENGTH = Gated(re.compile(r"\b(?:must|has to|have to|should|needs? to) be exactly (?P<n>\d{1,4}) (?:characters?|chars?|digits?|letters?|symbols?)"
                                 r"(?: long| in length)?\b", re.I))
# `can only consist of letters in 0123456789ABCDEFGHJKMNPQRSTVWXYZ`: the alphabet itself, spelt out
_ONLY_OF = Gated(re.compile(r"\b(?:can|may|must) only (?:consist of|contain|use|include) (?:the )?(?:letters|characters|chars|digits|symbols) "
                            r"(?:in|from|of) ['\"`]?(?P<set>[^\s'\"`,;]{2,80}?)['\"`]?(?=[.,;]?(?:\s|$))", re.I))


_REFUSED_FOR_OPTION = Gated(re.compile(r"""\bis not an? (?:allowed|valid|accepted|supported) value for (?:the )?option ['"`]?--(?P<o>[\w-]{1,40})""", re.I))
_CHOICES = re.compile(r"\[(?P<list>[\w.+-]{1,30}(?: \(default\))?(?:, [\w.+-]{1,30}(?: \(default\))?){0,15})\]")


def _usage_choices(message: str, low: str | None) -> list[str]:
    """The values a usage text lists for the option the message says refused a value: on its line, or the lines
    below it before the next option (`-s, --style=<NAME>  Output style.\n   [expanded (default), compressed]`)."""
    refused = _REFUSED_FOR_OPTION.search(message, low)
    if refused is None:
        return []
    lines = message.splitlines()
    at = next((i for i, line in enumerate(lines[1:], 1) if re.search(rf"(?<![\w-])--{re.escape(refused.group('o'))}(?![\w-])", line)), None)
    if at is None:
        return []
    for offset, line in enumerate(lines[at:at + 4]):
        if offset and re.match(r"\s*(?:-\w, )?--", line):
            break  # the next option's line
        found = _CHOICES.search(line)
        if found:
            return [item.replace(" (default)", "") for item in found.group("list").split(", ")]
    return []


def _char_class(chars: str) -> str:
    """A regex character class's body for an alphabet as a message spells it: `a-z` a range, anything else literal."""
    return re.sub(r"(?<=[A-Za-z0-9])\\-(?=[A-Za-z0-9])", "-", re.escape(chars))


def _describe_bounds(bounds: Validation) -> str:
    parts = []
    for name, word in (("min", ">"), ("max", "<")):
        if name in bounds:
            parts.append(f"{word}{'' if bounds.get(f'exclusive_{name}') else '='} {bounds[name]}")
    if "min_length" in bounds:
        parts.append(f"at least {bounds['min_length']} characters")
    if "max_length" in bounds:
        parts.append(f"at most {bounds['max_length']} characters")
    return "a value " + " and ".join(parts)
