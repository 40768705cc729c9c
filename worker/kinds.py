"""Kinds of value (a JSON text, a URL, a date, a SHA, a size …): what each is called, its regex or test, and the
words by which a message says it is about one (`message_kind`); the file types a tool's name says it reads.

Pure. Split out of `worker.validation`, which compiles a validation (`Validator`) from these.
"""
from __future__ import annotations

import codecs
import functools
import ipaddress
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from .call_values import CLASS_OF, FILE_CLASSES, SUFFIX_ALIASES, TEXT_CLASSES, file_class, file_type, path_kind, path_suffixes, value_type
from .literals import Gated, lowered
from .safe_regex import MAX_VALUE_CHARS

Validation = dict[str, Any]
# what a suffix rule is about: a value with a suffix (`:memory:`, a statement, say nothing of file types)
# What a rule about a file's type is tested on: a value ending in a suffix, and no glob (`-F '*.sys'` names no file)
_HAS_SUFFIX = r"^[^*?\[\]{}]*\.[A-Za-z0-9]{1,10}$"
_FILE_SCOPES = frozenset({_HAS_SUFFIX, r"\.[A-Za-z0-9]{1,10}$"})  # (the second: patterns stored before globs were left out)


def is_file_rule(validation: Validation) -> bool:
    """The validation is about the type of a file the value names (a suffix it must have, no binary file)."""
    return validation.get("applies_to") in _FILE_SCOPES


def _parses(parse: Callable[[str], Any], errors: tuple[type[Exception], ...] = (ValueError,)) -> Callable[[str], bool]:
    """A value test: the value parses (json.loads, ipaddress.ip_address, codecs.lookup) without one of these errors."""
    def ok(value: str) -> bool:
        try:
            parse(value)
        except errors:
            return False
        return True
    return ok


_json_ok = _parses(json.loads)
_ip_ok = _parses(ipaddress.ip_address)


_REF_BAD = re.compile(r"\.\.|@\{|//|[\x00-\x20\x7f~^:?*\[\\]|(?:^|/)\.|\.lock(?:/|$)|^[-/]|[/.]$|^@$")


def _git_ref_ok(value: str) -> bool:
    """git check-ref-format's rules for a branch or tag name (git-check-ref-format(1))."""
    return bool(value) and _REF_BAD.search(value) is None


# PEP 508: a name, optional extras, optional version specifiers (`==`, `>=`, `~=` …), optional marker.
# a PEP 440 version as a specifier compares against (`2.0`, `1.*`, `3.1rc1`, `1.0.post2`, `2.0+local`); `~=` needs two parts
_PEP440_VERSION = (r"(?:[Vv]?(?:\d+!)?\d+(?:\.\d+)*(?:\.\*)?(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?"
                   r"(?:[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?(?:\+[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*)?)(?![\w.*+!-])")
_VERSION_SPEC = rf"(?:===\s*[A-Za-z0-9_.*+!-]+|~=\s*(?=[Vv]?(?:\d+!)?\d+\.\d){_PEP440_VERSION}|(?:==|!=|<=|>=|<|>)\s*{_PEP440_VERSION})"
_REQUIREMENT = re.compile(rf"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\s*(?:\[[A-Za-z0-9._,\s-]*\])?\s*"
                          rf"(?:\(?\s*{_VERSION_SPEC}(?:\s*,\s*{_VERSION_SPEC})*\s*\)?)?\s*(?:;.*|@\s*\S+)?$")


_SPECIFIER = re.compile(rf"^\s*{_VERSION_SPEC}(?:\s*,\s*{_VERSION_SPEC})*\s*$")


def _specifier_ok(value: str) -> bool:
    return _SPECIFIER.match(value) is not None


def _requirement_ok(value: str) -> bool:
    return _REQUIREMENT.match(value) is not None


# The file types a tool's own name (or its message's decoder) says it takes: `xz_decompress` reads .xz,
# `python_run_script` .py, `TomlDecodeError` is about TOML.
_C_INPUTS = ("c", "h", "cc", "cpp", "cxx", "hpp", "o", "a", "so", "s", "i")  # what gcc and clang take as input
_PY_SOURCES = ("py", "pyi")  # what Python's formatters and linters read
# XML by other names: SVG, schemas and stylesheets, feeds, XHTML, map tracks, WSDL, XLIFF
_XML_FILES = ("xml", "svg", "xsd", "xsl", "xslt", "rss", "atom", "xhtml", "kml", "gpx", "wsdl", "xlf", "xliff")
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "xz": ("xz", "txz"), "unxz": ("xz", "txz"), "bzip2": ("bz2", "tbz2", "tbz"), "bunzip2": ("bz2", "tbz2", "tbz"),
    "gzip": ("gz", "tgz"), "gunzip": ("gz", "tgz"), "unzip": ("zip", "jar"),
    "zstd": ("zst", "gz", "xz", "lzma", "lz4"), "unzstd": ("zst", "gz", "xz", "lzma", "lz4"),  # zstd reads those too (Debian builds)
    "tar": ("tar", "tgz", "tbz2", "tbz", "txz", "tar.gz", "tar.bz2", "tar.xz", "tar.zst"),
    "python": ("py",), "python3": ("py",), "ruby": ("rb",), "php": ("php",), "node": ("js", "mjs", "cjs"),
    "toml": ("toml",), "tomlq": ("toml",), "tomldecodeerror": ("toml",), "jq": ("json",), "jsondecodeerror": ("json",),
    "yamllint": ("yaml",), "yq": ("yaml", "json"), "pkey": ("key", "pem"), "rsa": ("key", "pem"), "javac": ("java",),
    "xml": _XML_FILES, "xmllint": _XML_FILES, "zlib": ("zz", "zlib"), "lz4": ("lz4",), "unlz4": ("lz4",), "gcc": _C_INPUTS, "clang": _C_INPUTS, "black": _PY_SOURCES, "isort": _PY_SOURCES,
    "flake8": _PY_SOURCES, "pylint": _PY_SOURCES, "mypy": _PY_SOURCES, "autopep8": _PY_SOURCES, "yapf": _PY_SOURCES,
}


def own_file_types(tool: str, message: str = "") -> list[str]:
    """The suffixes of the files a tool takes, as its name's words (or a decoder its message names) say; [] if none."""
    classes = [w.lower() for w in re.findall(r"\b[A-Za-z]+(?:Decode)?Error\b", message[:2000])]
    words = [w.lower() for w in tool.split("_")] + classes
    found: list[str] = []
    for word in words:
        for suffix in _TYPE_WORDS.get(word, ()):
            if suffix not in found:
                found.append(suffix)
    for word in classes:  # lxml's `XMLSyntaxError`, `CSVParseError`: the class names the format its reader read
        named = file_type(_ERROR_CLASS_END.sub("", word))
        for suffix in _TYPE_WORDS.get(named, (named,) if named in CLASS_OF else ()):
            if suffix not in found:
                found.append(suffix)
    if not found:  # ijson's `IncompleteJSONError`: a format among the class name's words
        for name in re.findall(r"\b[A-Za-z]+Error\b", message[:2000]):
            for word in _CAMEL_WORD.findall(name[:-5]):
                named = file_type(word.lower())
                for suffix in _TYPE_WORDS.get(named, (named,) if named in CLASS_OF else ()) if len(word) >= 3 else ():
                    if suffix not in found:
                        found.append(suffix)
    return found


# A message that says which format the file was not, or which library could not read it: jhead `Not JPEG: x.png`,
# cabextract `x.zip: no valid cabinets found`, unsquashfs `Can't find a valid SQUASHFS superblock on x.iso`,
# ncdump `NetCDF: Unknown file format`. The word is a file type, or a format's name for its files' suffix.
_NOT_OF_FORMAT = re.compile(
    r"\bnot (?:an? )?(?:valid |proper )?(?P<w>[A-Za-z][A-Za-z0-9]{1,9}?)s?(?: (?:file|image|archive|data|format))?\b(?![.:/-]\w)"
    r"|\bno valid (?P<v>[A-Za-z][A-Za-z0-9]{1,9}?)s?\b"
    r"|\b(?:can't|cannot|could not|couldn't|unable to) find (?:an? )?(?:valid )?(?P<s>[A-Za-z][A-Za-z0-9]{1,9}) "
    r"(?:superblock|signature|header|magic)\b"
    r"|(?<![\w.-])(?P<lib>[A-Za-z][A-Za-z0-9]{1,9}): (?:unknown|unrecognized|invalid) (?:file )?format\b", re.I)
_FORMAT_SUFFIX = {"cabinet": "cab", "netcdf": "nc", "squashfs": "sqfs", "gzip": "gz", "bzip2": "bz2", "zstd": "zst",
                  "sqlite": "sqlite", "hdf5": "h5", "elf": "elf", "iso9660": "iso", "wave": "wav", "riff": "wav",
                  "flac": "flac", "ogg": "ogg", "mpeg": "mpg", "midi": "mid", "gpx": "gpx", "fasta": "fasta",
                  "fastq": "fastq", "bam": "bam", "vcf": "vcf", "bgzf": "gz"}


def format_named(message: str, given: list[str]) -> list[str]:
    """The suffix of the format the message says the file should have been in, when it is not the given file's (a
    `.png` to jhead's `Not JPEG`); [] when the message names none, or names the given file's own type."""
    found: list[str] = []
    for match in _NOT_OF_FORMAT.finditer(message[:2000]):
        word = next(g for g in match.groups() if g is not None).lower()
        suffix = _FORMAT_SUFFIX.get(word) or (file_type(word) if file_type(word) in CLASS_OF else None)
        if suffix is not None and suffix not in found:
            found.append(suffix)
    return [] if set(found) & set(given) else found


_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


_ERROR_CLASS_END = re.compile(r"(?:syntax|parse|parser|decode|format)?error$")


_TYPE_NAMES = tuple(sorted(set(CLASS_OF) | SUFFIX_ALIASES))
# The message says the file is not there or not reachable: about that file, not about its kind.
_ABSENT = re.compile(r"no such file|does not exist|doesn't exist|not exist|cannot find|can't find|could not find|couldn't find"
                     r"|file not found|(?:cannot|can't|could not|couldn't|unable to|failed to) (?:open|read|access|stat)"
                     r"|permission denied|access denied|is a directory|not a directory|\bENOENT\b|\bEACCES\b|\bEISDIR\b|\bENOTDIR\b", re.I)
_COULD_NOT_OPEN = re.compile(r"(?:cannot|can't|could not|couldn't|unable to|failed to) (?:open|read)", re.I)
# A reader of text said where it stopped (a position, a token, a parser): it reads text, so only text of the
# same kind is unreadable to it. Without such words (`Invalid data found when processing input`) it reads binary.
_TEXT_READER = re.compile(r"\bpars(?:e|er|ing)\b|\bsyntax\b|\btoken\b|\bliteral\b|\btag\b|\bexpect(?:ed|ing)\b|\bunexpected\b"
                          r"|\bline \d|\bcolumn \d|:\d+[:.]\d+\b|\bmust be an? (?:list|mapping|dict|object|array)\b", re.I)
# The message speaks of the file's format or kind (not of what its content names: `no matches for kind "Deployment"`,
# `namespaces "x" not found` for a manifest): a failure to read the file as such.
_ABOUT_FORMAT = re.compile(r"\bformat\b|\binvalid data\b|\b(?:cannot|can't|could not|unable to|failed to) decode\b|\bdecode delegate\b"
                           r"|\bparser\b|\btag expected\b"
                           r"|\bnot an? (?:valid |public |private )?[\w-]+ file\b|\b(?:unsupported|unrecognized|unknown) file\b"
                           r"|\bfile type\b|\bmagic\b|\bfile signature\b|\bheader ?not ?found\b|\bcan'?t sync\b"
                           r"|\bincorrect header check\b|^(?:\w+: )?invalid file\.?$"
                           r"|\bdoes not start with\b[^\n]{0,30}\b(?:id|magic|signature|header|bytes?)\b|\b(?:invalid|bad|wrong|unknown) (?:[\w-]+ )?header\b|\binvalid (?:json|yaml|xml|toml|csv|utf-?8)\b"
                           r"|\bmust be an? (?:list|mapping|dict|object|array)\b", re.I)
# the reader goes by the file's type (`No parser could be inferred for file`, `file format not recognized`)
_BY_TYPE = re.compile(r"\binferred\b|\bformat not recognized\b|\b(?:unknown|unsupported|unrecognized) (?:[\w-]+ )?format\b", re.I)
# `strict decoding error: unknown field "spec.portz"`: what the content holds, not the file's kind
_OF_CONTENT = re.compile(r"\b(?:unknown|unexpected|invalid|missing|required|duplicate|unsupported) (?:field|key|property|attribute|"
                         r"element|value|column)s?\b", re.I)
# `yaml: line 3: mapping values are not allowed`: the reader got past the first line, into the content
_LATER_LINE = re.compile(r"\bline (\d+)(?!\d)(?!\s*,?\s*col)", re.I)  # all of the number: `line 25, column 1` is no `line 2`
# A position past a line's first column: the reader got into the content, so that file's content is at fault. A bare
# `N.M` or `N:M` is a position only as file:line:col (`a.yaml:3:7`) or after `line` (`line 3:7`): `libxml2 2.9.14` is a version.
_INNER_COLUMN = re.compile(r"\bcolumn (?P<col>\d+)|(?:\S:|\bline )\d+[:.](?P<pos>\d+)\b(?![.:]\d)|\bchar(?:acter)? (?P<char>\d+)\b", re.I)
_MESSAGE_WORD = re.compile(r"(?<![\w./-])[A-Za-z][A-Za-z0-9]{1,9}(?![\w/]|\.\w)")


def _binding_words(words: list[str]) -> list[str]:
    """The words, and what a Python binding's name wraps (`h5py` → h5, `pyarrow` → arrow, `pyyaml` → yaml)."""
    out = list(words)
    for word in words:
        if word.endswith("py") and len(word) >= 4:
            out.append(word[:-2])
        if word.startswith("py") and len(word) >= 5:
            out.append(word[2:])
    return out


def _tool_types(tool: str) -> set[str]:
    """The file types a tool's name says it reads: a word that is one (`xml_select`, `h5py`'s h5) or begins with one
    of three letters or more (`xmllint`, `csvcut`, `yamllint`, `javac`)."""
    found: set[str] = set()
    for word in _binding_words(tool.lower().split("_")):
        if file_type(word) in CLASS_OF:
            found.add(file_type(word))
        found.update(file_type(t) for t in _TYPE_NAMES if len(t) >= 3 and word.startswith(t) and file_type(t) in CLASS_OF)
    return found


def read_by_its_type(tool: str, message: str) -> bool:
    """A reader whose name says the type it reads (`h5py_read_dataset`, `msgpack_unpack_file`) says the file's format
    was wrong (`file signature not found`, `can't sync to MPEG frame`, pymongo's `InvalidBSON`), not that it is absent
    or what its content holds."""
    head = message[:2000]
    types = _tool_types(tool)
    if not types or _ABSENT.search(head) is not None or _OF_CONTENT.search(head) is not None:
        return False
    return _says_its_format(head, types)


def _says_its_format(head: str, types: set[str]) -> bool:
    """The message speaks of a file's format, or by a class of one of these types' (`InvalidBSON` for a bson reader)."""
    return _ABOUT_FORMAT.search(head) is not None or any(file_type(m.group("t").lower()) in types for m in _FORMAT_CLASS.finditer(head))


def read_as_another_type(tool: str, message: str, params: dict[str, Any]) -> bool:
    """A reader named for its type said the format was wrong, and the one file the call gave is of another type
    (`wave_read_info` given an `.aiff`): a wrong file for this tool, however unsure the classifier was."""
    files = [v for v in params.values() if isinstance(v, str) and value_type(v) in CLASS_OF]
    return (len(files) == 1 and value_type(files[0]) not in _tool_types(tool) and read_by_its_type(tool, message))


# a class that says its own type was malformed (`InvalidBSON`, `BadZipFile`, `CorruptPNG`)
_FORMAT_CLASS = re.compile(r"\b(?:Invalid|Bad|Corrupt|Malformed)(?P<t>[A-Z][A-Za-z0-9]{1,9}?)(?:File|Data|Error|Exception)?\b")


def reads_as_its_type(tool: str, message: str, suffix: str) -> bool:
    """The tool reads files of this type, by its name (`tomlkit_parse`: .toml) or its message's own word for what it
    read (`Fernet key must be 32 … bytes` for a .key): a file of that type that failed had bad content, not a bad type."""
    return (suffix in _tool_types(tool) or suffix in own_file_types(tool, message)
            or re.search(rf"(?i)(?<![\w.]){re.escape(suffix)}(?![\w.])", message[:2000]) is not None)


def about_the_file(value: Any, message: str, others: Any = ()) -> bool:
    """The message names the file (its last part) or its type as a word (`image format `JSON'`, `format pdf`) — a
    word that is not another value of the call (`Unknown output format md` for `to: md` is about `to`)."""
    own_type = value_type(value)
    if own_type is None:
        return False
    head = message[:2000]
    base = str(value).rsplit("/", 1)[-1]
    if base in head:
        return True
    given = {str(v).lower() for v in others if isinstance(v, str) and v is not value}
    return any(file_type(w.lower()) == own_type and w.lower() not in given for w in _MESSAGE_WORD.findall(head))


def unreadable_types(tool: str, value: Any, message: str) -> list[str]:
    """The file types a tool that failed to read `value` would fail on too (besides that very file): a text file to a
    reader of binary — every text file; a text file to a reader of text — the others of its kind (`.json` to an XML
    selector: .yaml, .csv, not .xml), and its own type only when the message says the type is the mistake; a binary
    file — its kind, only when the message names its type as the one not read (`Unknown input format pdf`).

    Only for a failure the message says is about the file's format or kind: not when it says the file is absent or
    unreadable, nor of what the content holds (`unknown field`), nor when its reader stopped inside the content (a
    later line, a column past the first), nor when the file is of a type the tool's name says it reads (a corrupt .gz
    to gunzip). The types the tool's name or message names as read instead are never among them. [] when nothing
    follows."""
    own_type = value_type(value)
    kind = file_class(own_type)
    head = message[:2000]
    absent, about = _ABSENT.search(head), _ABOUT_FORMAT.search(head)
    if absent is not None and about is not None and about.start() < absent.start() and _COULD_NOT_OPEN.fullmatch(absent.group(0)):
        absent = None  # GDAL `not recognized as a supported file format.` then `unable to open 'x'`: the why, then the what
    if kind is None or absent or not about or _OF_CONTENT.search(head):
        return []
    if any(int(match.group(1)) > 1 for match in _LATER_LINE.finditer(head)):
        return []
    for match in _INNER_COLUMN.finditer(head):
        number = next(g for g in match.groups() if g is not None)
        if int(number) > (0 if match.group("char") is not None else 1):
            return []
    reads = _tool_types(tool) | set(own_file_types(tool, message))  # `xmllint`, `gzip: … not in gzip format`
    if own_type in reads:
        return []  # a file of the very type the tool reads (a corrupt .gz to gzip): that file's content was wrong
    said = {file_type(w.lower()) for w in _MESSAGE_WORD.findall(head)}
    named = (said | reads) & set(CLASS_OF)
    by_name = _tool_types(tool)  # `xml_select`: a reader of text by its name, whatever its message's wording
    text_reader = _TEXT_READER.search(head) is not None or (bool(by_name) and all(file_class(t) in TEXT_CLASSES for t in by_name))
    if own_type in said and text_reader:
        return []  # it read the file as its type (`error converting YAML to JSON` for a .yaml): the content was wrong
    other = named - {own_type}  # a type the tool reads instead (`invalid json` for a .yaml, `xml_select`)
    if kind not in TEXT_CLASSES:
        # a binary file: a corrupt one of the tool's own kind fails the same way, so only a message that names its
        # type as the one not read (`Unknown input format pdf`) speaks of the kind
        return sorted(FILE_CLASSES[kind] - other) if own_type in said or other else []
    if not text_reader:  # a text file to a reader of binary (`Invalid data found when processing input`): any text
        # but .txt, which is any text at all (a cookies file, a key list): only a .txt that failed speaks of .txt
        texts = {t for name in TEXT_CLASSES for t in FILE_CLASSES[name]} - other
        return sorted(texts if own_type == "txt" else texts - {"txt"})
    # a reader of text: the file's kind, and its own type only when the message says the type is the mistake (it names
    # the type read instead, or says the parser goes by the file's type): a file of its own type with the wrong
    # structure (`A playbook must be a list of plays` for a bad .yml) says nothing of the others of that type
    types = set(FILE_CLASSES[kind]) - other
    if not other and not _BY_TYPE.search(head):
        types.discard(own_type)
    return sorted(types)


def _spellings(suffixes: Any) -> str:
    """The suffixes and their other spellings (`.yml` is `.yaml`) as one regex alternation."""
    spelt = [s for x in suffixes for s in (x, *sorted(a for a in SUFFIX_ALIASES if file_type(a) == x))]
    return "|".join(re.escape(x) for x in dict.fromkeys(spelt))


def suffix_rule(suffixes: list[str]) -> Validation:
    """A file must have one of these suffixes: tested on values that have one (`:memory:`, a statement, pass)."""
    return {"kind": "regex", "regex": r"(?i)\.(?:" + _spellings(suffixes) + r")$",
            "expected": "a " + " or ".join(f".{x}" for x in suffixes) + " file", "applies_to": _HAS_SUFFIX}



# A reader of text that met bytes it cannot decode (`'utf-8' codec can't decode byte 0x89`): it was given a binary file.
_UNDECODABLE = re.compile(r"\bcodec can't decode\b|\binvalid (?:start|continuation) byte\b|\bUnicodeDecodeError\b"
                          r"|\bstream did not contain valid UTF-8\b|\b(?:invalid|not valid) UTF-?8\b", re.I)
# The files one of a tool's types stands for (`read_json` reads JSON lines too).
_TYPE_FAMILY = {"json": ("json", "jsonl", "ndjson", "geojson")}
BINARY_FILE_TYPES = tuple(sorted({t for name, types in FILE_CLASSES.items() if name not in TEXT_CLASSES for t in types}
                                 | {"db", "sqlite", "sqlite3"}))


_BINARY_SET = frozenset(BINARY_FILE_TYPES)


def _text_file_ok(value: str) -> bool:
    """No binary file by its last suffix (its other spellings too: `.jpeg`, `.hdf5`)."""
    suffixes = path_suffixes(value)
    return not suffixes or suffixes[-1] not in _BINARY_SET


def binary_rule() -> Validation:
    """A file must not be a binary one (an image, an archive, a database, binary data …): tested on values that have a
    suffix. A kind, not a regex: the list of binary types is longer than a stored regex may be."""
    return {"kind": "text_file", "expected": "a text file (not an image, archive, database or other binary file)",
            "applies_to": _HAS_SUFFIX}


def read_rule(tool: str, message: str, suffixes: list[str]) -> Validation:
    """What a file reader that failed on a file of these suffixes wants instead, by its message and its name: no
    binary file, when a reader of text could not decode one; a file of its own type (`pandas_read_json` given a .csv,
    `TomlDecodeError` for a .yml), when it read another. {} when its name and message say nothing, or the file was
    of its own type (then the content was at fault)."""
    head = message[:2000]
    if _UNDECODABLE.search(head):
        return binary_rule() if set(suffixes) & set(BINARY_FILE_TYPES) else {}
    own = own_file_types(tool, message)
    if not own and (_TEXT_READER.search(head) or _says_its_format(head, _tool_types(tool))) and not _ABSENT.search(head):
        # a parser's words (`Expected object or value`), or words of the file's format (h5py's `file signature not
        # found`): the file was read as the type the tool's name says
        own = sorted(_tool_types(tool))
    own = list(dict.fromkeys(t for x in own for t in _TYPE_FAMILY.get(x, (x,))))
    return suffix_rule(own) if own and not set(own).intersection(suffixes) else {}

# moment.js / arrow / day.js layout tokens, longest first; `[text]` is literal
_LAYOUT_TOKENS = (("YYYY", r"\d{4}"), ("YY", r"\d{2}"), ("MMMM", r"[A-Za-z]{3,9}"), ("MMM", r"[A-Za-z]{3}"), ("MM", r"\d{2}"),
                  ("M", r"\d{1,2}"), ("DDDD", r"\d{3}"), ("Do", r"\d{1,2}(?:st|nd|rd|th)"), ("DD", r"\d{2}"), ("D", r"\d{1,2}"),
                  ("dddd", r"[A-Za-z]{6,9}"), ("ddd", r"[A-Za-z]{3}"), ("HH", r"\d{2}"), ("hh", r"\d{2}"), ("H", r"\d{1,2}"),
                  ("h", r"\d{1,2}"), ("mm", r"\d{2}"), ("m", r"\d{1,2}"), ("ss", r"\d{2}"), ("s", r"\d{1,2}"), ("SSS", r"\d{3}"),
                  ("S", r"\d+"), ("A", r"(?:AM|PM)"), ("a", r"(?:am|pm)"), ("ZZ", r"(?:Z|[+-]\d{2}:?\d{2})"),
                  ("Z", r"(?:Z|[+-]\d{2}:?\d{2})"), ("X", r"\d+(?:\.\d+)?"), ("x", r"\d+"))
_LAYOUT_SPLIT = re.compile(r"\[[^\]]*\]|" + "|".join(re.escape(t) for t, _ in _LAYOUT_TOKENS) + r"|.", re.S)
_LAYOUT_RX = dict(_LAYOUT_TOKENS)


def is_token_layout(layout: str) -> bool:
    """A moment/arrow-style layout (`YYYY-MM-DD HH:mm`): one that holds a year, day or hour token."""
    return re.search(r"YYYY|YY|DD|Do|HH|hh|mm", layout) is not None and "%" not in layout


@functools.lru_cache(maxsize=256)
def token_layout_regex(layout: str) -> re.Pattern[str]:
    """The values a moment/arrow-style layout reads, whole (`YYYY-MM-DD`: four digits, a dash, two, a dash, two)."""
    parts = [part[1:-1] if part.startswith("[") and part.endswith("]") and len(part) > 1 else part
             for part in _LAYOUT_SPLIT.findall(layout[:100])]
    rx = "".join(_LAYOUT_RX.get(part) or re.escape(part) for part in parts)
    return re.compile(f"^{rx}$")


_SYMBOLIC_MODE = re.compile(r"^[ugoa]*(?:[-+=][rwxXst]*|[-+=][ugo])+(?:,[ugoa]*(?:[-+=][rwxXst]*|[-+=][ugo])+)*$")


def _file_mode_ok(value: str) -> bool:
    """Octal permission bits (`755`, `0644`, `1777`) or chmod's symbolic clauses (`u+x`, `go-w`, `a=r,u+w`)."""
    text = value.strip()
    return re.fullmatch(r"[0-7]{1,4}", text) is not None or _SYMBOLIC_MODE.match(text) is not None


_IBAN_SHAPE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def _check_digits_ok(value: str) -> bool:
    """The value's own check digits agree, by the scheme its shape shows: an IBAN's mod 97 (ISO 13616), a card number's
    Luhn sum, an ISBN-10's or -13's weights. A value of none of these shapes has no check digits to break."""
    text = re.sub(r"[\s-]", "", value).upper()
    if _IBAN_SHAPE.match(text):
        moved = text[4:] + text[:4]
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    if re.fullmatch(r"\d{9}[\dX]", text) and (text.endswith("X") or value.count("-") == 3):  # not any ten digits
        return sum((10 - at) * (10 if c == "X" else int(c)) for at, c in enumerate(text)) % 11 == 0  # ISBN-10
    if re.fullmatch(r"97[89]\d{10}", text):
        return sum(int(c) * (3 if at % 2 else 1) for at, c in enumerate(text)) % 10 == 0  # ISBN-13, EAN-13
    if re.fullmatch(r"\d{12,19}", text):
        digits = [int(c) for c in reversed(text)]
        return (sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])) % 10 == 0  # Luhn
    return True


def _port_ok(value: str) -> bool:
    text = value.strip()
    return text.isdigit() and 0 < int(text) <= 65535


def _base64_ok(value: str) -> bool:
    import base64
    import binascii

    text = value.strip()
    try:
        base64.b64decode(text + "=" * (-len(text) % 4) if "-" in text or "_" in text else text,
                         altchars=b"-_" if "-" in text or "_" in text else None, validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(text)


_CRON_FIELD = re.compile(r"^(?:\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/\d+)?(?:,(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/\d+)?)*$")
_CRON_LIMITS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def _cron_ok(value: str) -> bool:
    """Five fields (minute hour day month weekday), each `*`, a number in its range, a range, a list or a step;
    or a `@daily`-style name."""
    text = value.strip()
    if text.startswith("@"):
        return text[1:] in ("yearly", "annually", "monthly", "weekly", "daily", "midnight", "hourly", "reboot")
    fields = text.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        return False
    for field, (low, high) in zip(fields, _CRON_LIMITS):
        for number in re.findall(r"(?<![/\w])\d+", field):
            if not low <= int(number) <= high:
                return False
    return True


# CSS's colour names (CSS Color Module Level 4), which Pillow, matplotlib and browsers all take
_COLOR_NAMES = frozenset("""aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory
khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
yellowgreen transparent""".split())
_COLOR_FUNCTION = re.compile(r"^(?:rgba?|hsla?|hsv)\(\s*\d+(?:\.\d+)?%?(?:\s*,\s*\d+(?:\.\d+)?%?){2,3}\s*\)$", re.I)


def _color_ok(value: str) -> bool:
    """A colour most drawing libraries read: a CSS name, #rgb(a), #rrggbb(aa), or rgb()/hsl() with commas."""
    text = value.strip()
    return (text.lower() in _COLOR_NAMES or re.fullmatch(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})", text) is not None
            or _COLOR_FUNCTION.match(text) is not None)


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _balanced_ok(value: str) -> bool:
    """Every bracket closed in order and every quote closed (outside quotes brackets count)."""
    stack: list[str] = []
    quote = ""
    for char in value[:MAX_VALUE_CHARS]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            stack.append(char)
        elif char in _PAIRS:
            if not stack or stack.pop() != _PAIRS[char]:
                return False
    return not stack and not quote


def _url_ok(value: str) -> bool:
    """A URL that parses whole: a host, a port within 0-65535, an IPv6 host closed (`http://[::1/x`, `:99999` fail)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - reading it raises ValueError for a port out of range or not a number
    except ValueError:
        return False
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme == "file")


_SCHEMES = frozenset("""http https file ftp ftps sftp ssh git svn svn+ssh svn+http svn+https git+ssh git+https hg s3 gs az ws wss
redis rediss postgres postgresql mysql mariadb mongodb mongodb+srv amqp amqps mqtt mqtts nats tcp udp unix ldap ldaps
smtp smtps imap imaps data mailto jdbc sqlite oci docker""".split())


def _url_scheme_ok(value: str) -> bool:
    """A URL whose scheme is one tools know (`htp://`, `htps://`, `fiel:///` are slips); a value that is no URL passes."""
    scheme, sep, _ = value.strip().partition("://")
    return not sep or scheme.lower() in _SCHEMES


def _regex_ok(value: str) -> bool:
    """A pattern that compiles (Python's syntax: close to ERE and PCRE for brackets, groups and repeats)."""
    try:
        re.compile(value[:MAX_VALUE_CHARS])
    except (re.error, OverflowError, RecursionError):
        return False
    return True


_SQL_SIGNAL = (r"\bsyntax error at or near\b|\bsyntax error at end of input\b|\berror in your SQL syntax\b"
               r"|\bnear \"[^\"\n]{0,60}\": syntax error\b|\bER_PARSE_ERROR\b|\bParser Error: syntax error\b")
_SQL_STARTS = frozenset("""select insert update delete create drop alter with show describe desc explain begin commit rollback set
use grant revoke truncate pragma values replace merge upsert copy analyze analyse vacuum call declare savepoint release start
lock unlock rename comment reindex attach detach table do end abort checkpoint cluster discard fetch listen load move notify
prepare execute deallocate reset refresh security import export optimize repair flush kill handler""".split())
_SQL_LITERAL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|--[^\n]*|/\*.*?\*/", re.S)
_SQL_BROKEN = re.compile(
    r",\s*(?:from|where|group|order|limit|having|union|\))\b|,\s*\)|,\s*;?\s*$"        # a comma before a clause or at the end
    r"|\b(?:where|and|or|on|set|from|join|by|values|into|select|not|like|in|between|having)\s*;?\s*$"  # a clause left open
    r"|[=<>(+\-*/]\s*;?\s*$|(?<![<>!=:])=\s*=|\bfrom\s+(?:where|group|order|limit)\b"  # an operator left open, `= =`
    r"|^\s*select\s+(?:\*|[\w.]+)\s+(?!as\b|from\b)[a-z_]\w*\s+(?!as\b)[a-z_][\w.]*\s*(?:where\b|;|$)", re.I)  # FROM misspelt


def _sql_ok(value: str) -> bool:
    """A statement that reads as SQL: its first word starts a statement (`SELEC` does not), and no comma, clause or
    operator is left dangling (`id, FROM t`, `… WHERE`, `id = = 1`), nor a FROM misspelt (`SELECT * FORM t`).
    Lenient: what it does not know passes."""
    text = _SQL_LITERAL.sub("''", value[:MAX_VALUE_CHARS]).strip()
    first = re.match(r"[(\s]*([A-Za-z]+)", text)
    if first is None or first.group(1).lower() not in _SQL_STARTS:
        return False
    return _SQL_BROKEN.search(text) is None and _balanced_ok(text)


_YAML_SIGNAL = (r"\byaml\.(?:scanner|parser|composer|constructor)\.\w*Error\b|\b(?:Scanner|Parser)Error\b[^\n]{0,80}\n?[^\n]{0,80}"
                r"\bin \"<(?:unicode )?string>\"|\berror converting YAML to JSON\b|\byaml: line \d+:|\bYAMLException\b"
                r"|\bmapping values are not allowed\b|\bdid not find expected (?:key|node content|'-' indicator)\b")


def _document(value: str) -> bool:
    """A value that reads as an inline document, not a name or a path: several lines, or `key: value`."""
    return "\n" in value.strip() or ": " in value or value.lstrip()[:1] in "{[<"


def _yaml_ok(value: str) -> bool:
    import yaml

    if not _document(value):
        return True
    try:
        yaml.safe_load(value[:MAX_VALUE_CHARS])
    except yaml.YAMLError:
        return False
    return True


def _toml_ok(value: str) -> bool:
    import tomllib

    if not _document(value) and "=" not in value:
        return True
    try:
        tomllib.loads(value[:MAX_VALUE_CHARS])
    except tomllib.TOMLDecodeError:
        return False
    return True


def _xml_ok(value: str) -> bool:
    from xml.etree import ElementTree

    text = value.strip()
    if not text.startswith("<"):
        return True  # not XML given inline (a path, a name)
    try:
        ElementTree.fromstring(text[:MAX_VALUE_CHARS])  # noqa: S314 - parsed, not trusted: no entity expansion of note here
    except ElementTree.ParseError:
        return False
    return True


def _hash_name_ok(value: str) -> bool:
    import hashlib
    return value.strip().lower() in {name.lower() for name in hashlib.algorithms_available}


def _fraction(value: str) -> Any:
    from fractions import Fraction  # imported when a fraction is first tested, not with every checker
    return Fraction(value)


_fraction_ok = _parses(_fraction, (ValueError, ZeroDivisionError, TypeError))
_encoding_ok = _parses(lambda value: codecs.lookup(value.strip()), (LookupError, ValueError))
_error_handler_ok = _parses(lambda value: codecs.lookup_error(value.strip()), (LookupError, ValueError))


def _cidr_ok(value: str) -> bool:
    try:
        ipaddress.ip_network(value, strict=False)
        return "/" in value
    except ValueError:
        return False


@dataclass(frozen=True)
class Kind:
    """A kind of value: what to call it, a regex when one says it, and the test."""
    name: str
    expected: str
    regex: str
    signal: re.Pattern[str]  # the message is about this kind of value
    test: Callable[[str], bool] | None = None


NEVER_SIGNAL = r"(?!)"  # the signal of a kind no message names


def _kind(name: str, expected: str, regex: str, signal: str, test: Callable[[str], bool] | None = None) -> Kind:
    return Kind(name, expected, regex, re.compile(signal, re.I), test)


_PEP440_RX = (r"(?i)^\s*v?(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?"
               r"(?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\s*$")
# extended (2026-12-03T09:00:00) or basic (20261203T090000) ISO 8601, as Python's fromisoformat reads both
_DATE_RX = (r"^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
            r"|\d{8}(?:T\d{4}(?:\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$")
_DATE_PARTS = re.compile(r"^(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})(?:[T ](?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?)?")


def _date_ok(value: str) -> bool:
    """An ISO 8601 date that is on the calendar (no 2026-02-30, no month 13, no hour 25)."""
    return _on_calendar(_DATE_PARTS.match(value) if re.search(_DATE_RX, value) is not None else None)


def _on_calendar(parts: re.Match[str] | None) -> bool:
    """A matched date (groups y, m, d and optional H, M, S) that exists: a real day, a real time of day."""
    if parts is None:
        return False
    try:
        date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        return False
    return int(parts["H"] or 0) < 24 and int(parts["M"] or 0) < 60 and int(parts["S"] or 0) < 61


# the loose date's readings (`@` epoch seconds, ISO, month/day/year), shared with the worded date's pattern below
_LOOSE_DATE_FORMS = (r"@\d{1,12}", r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
                     r"\d{1,2}/\d{1,2}/\d{4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", r"\d{4}/\d{1,2}/\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def _date_rx(*forms: str) -> str:
    return r"^\s*(?:" + "|".join(forms) + r")\s*$"


_LOOSE_DATE_RX = _date_rx(*_LOOSE_DATE_FORMS)
# `2024/05/01`, `2024/05/01 12:00`: year first is no one's D/M
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$")
_US_DATE = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$")


def _loose_date_ok(value: str) -> bool:
    """A date most date readers take: a calendar ISO date, year/month/day, month/day/year (with a time of day) or `@` seconds
    since the epoch. `31/12/2024`, `2024-02-30`, `12/31/2024 25:00` are none, nor is a relative word (`yesterday`:
    GNU date reads it, a database column does not — see `date_words`)."""
    text = value.strip()
    return (re.fullmatch(r"@\d{1,12}", text) is not None or _date_ok(text) or _on_calendar(_US_DATE.match(text))
            or _on_calendar(_YEAR_FIRST.match(text)))


_DAY_WORD_LIST = ("now", "today", "yesterday", "tomorrow")
_DAY_WORDS = frozenset(_DAY_WORD_LIST)
_DATE_WORDS_RX = _date_rx(_LOOSE_DATE_FORMS[0], "(?i:" + "|".join(_DAY_WORD_LIST) + ")", *_LOOSE_DATE_FORMS[1:])


def _worded_date_ok(value: str) -> bool:
    """A loose date, or one of the day words a command line's date reader takes (GNU `touch -d`, `date -d`: `now`,
    `today`, `yesterday`, `tomorrow`); `tomorrow at noon` is none."""
    return value.strip().lower() in _DAY_WORDS or _loose_date_ok(value)


@functools.lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """The IANA time zone names this system knows (empty when it has no tz database: then no value fails)."""
    try:
        import zoneinfo

        return frozenset(zoneinfo.available_timezones())
    except Exception:  # no tz database: nothing to judge a name by
        return frozenset()


def _timezone_ok(value: str) -> bool:
    zones = _time_zones()
    return not zones or value in zones or value.upper() in ("UTC", "GMT", "Z")


_SIZE_SIGNAL = (r"\binvalid (?:size|suffix)\b|\bbyte (?:size|quantity|value)\b|\binvalid (?:memory|disk|storage) (?:size|limit|value)\b"
                r"|\binvalid (?:(?:maximum|minimum|initial|max|min) )?(?:heap|stack|memory|buffer|cache|page|block|chunk) size\b")
_INTEGER_SIGNAL = (r"\b(?:integer|int|whole number|invalid digit|NumberFormatException|for input string|strconv\.Atoi"
                   r"|strconv\.Parse(?:Int|Uint)|parseInt)\b")
_JSON_SIGNAL = (r"\bjson\b|(?<![A-Za-z])JSONDecodeError|\bJson\w*(?:Exception|Error)\b|Expecting (?:value|property name|',' delimiter|':' delimiter)"
                r"|\binvalid character '.{1,4}' (?:looking for|after|in)|unexpected end of json|Unterminated string")
_REGEX_SIGNAL = (r"\bunmatched (?:\(|\[|\)|\{|\\\(|parenthes[ie]s|brackets?)|\binvalid (?:regular expression|regex|regexp)\b"
                 r"|\bregex parse error\b|\bre\.error\b|\bPatternSyntaxException\b|\bbad (?:regex|regexp)\b|\bnothing to repeat\b"
                 r"|\bInvalid preceding regular expression\b|\bunterminated character set\b|\bInvalid range end\b"
                 r"|\bInvalid content of \\\{\\\}|\bmin repeat greater than max repeat\b|\bunterminated subpattern\b"
                 r"|\bunclosed (?:group|character class|counted repetition)\b")
# hyphenated, as 32 hex digits, in braces or as a URN: every form Python's uuid.UUID and most parsers take
_UUID_RX = (r"^(?:urn:uuid:)?(?:\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}"
            r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})$")
_GIT_REF_SIGNAL = r"\bnot a valid (?:branch|tag|ref|reference)(?: name)?\b|\binvalid (?:branch|tag|ref) name\b|check-ref-format"

# One row per kind: (name, what a valid value is, its regex or "", the message's signal, its test or None).
# Most specific first: the first kind whose signal the message carries is the message's kind.
# dir_path/file_path: what a path must be, when the message says the value was a directory (EISDIR) or was not one (ENOTDIR);
# size: digits and a unit (docker `--memory 512m`, `invalid suffix: 'q'`); timezone: a name of the system's tz database.
_KIND_ROWS: tuple[tuple[str, str, str, str, Callable[[str], bool] | None], ...] = (
    ("dir_path", "a directory, not a file", "", r"\bENOTDIR\b|\bnot a directory\b", lambda v: path_kind(v) != "file"),
    ("file_path", "a file, not a directory", "", r"\bEISDIR\b|\bis a directory\b|\boperation on a directory\b", lambda v: path_kind(v) != "dir"),
    ("git_ref", "a valid git ref name (no '..', '~', '^', ':', spaces, leading '.' or '-')", "", _GIT_REF_SIGNAL, _git_ref_ok),
    # packaging `InvalidSpecifier: Invalid specifier: '=>1.0'`: PEP 440 version specifiers, comma-separated
    ("version_specifier", "version specifiers such as >=1.0 or ~=2.2 (comma-separated)", "",
     r"\bInvalidSpecifier\b|\binvalid (?:version )?specifier\b(?!\s*(?:for|in) requirement)", _specifier_ok),
    ("requirement", "a PEP 508 requirement (name, then ==, >=, ~= … versions)", "",
     r"\binvalid requirement\b|\bInvalidRequirement\b|\brequirement specifier\b", _requirement_ok),
    # PostgreSQL `syntax error at or near "FORM"`, MySQL/MariaDB `You have an error in your SQL syntax`, sqlite `near "x":
    # syntax error`: a statement that reads as SQL (a known first word, no dangling comma, clause or operator)
    ("sql", "a well-formed SQL statement", "", _SQL_SIGNAL, _sql_ok),
    # a document given inline: PyYAML's ScannerError, Go yaml's `yaml: line 3: …`, tomllib's TOMLDecodeError, expat's
    # `not well-formed (invalid token)`; tested on values that read as a document (several lines, or `key: value`)
    ("yaml", "a well-formed YAML document", "", _YAML_SIGNAL, _yaml_ok),
    ("json", "valid JSON", "", _JSON_SIGNAL, _json_ok),
    ("toml", "a well-formed TOML document", "", r"\bTOMLDecodeError\b|\binvalid toml\b|\bTOML parse error\b", _toml_ok),
    ("xml", "a well-formed XML document", "", r"\bnot well-formed\b|\bXMLSyntaxError\b|\bxml\.etree\.ElementTree\.ParseError\b"
     r"|\bXML syntax error\b|\bunclosed token\b|\bmismatched tag\b", _xml_ok),
    # jq `syntax error, unexpected $end`: an expression cut short, its brackets or quotes left open
    # grep `Unmatched ( or \(`, Python `re.error: missing ), unterminated subpattern`, Java PatternSyntaxException
    ("regex_syntax", "a regular expression that compiles", "", _REGEX_SIGNAL, _regex_ok),
    ("balanced", "an expression whose brackets and quotes are closed", "",
     r"\bunexpected \$end\b|\bunexpected end of (?:input|expression|file|string)\b|\bunterminated\b|\bunclosed\b"
     r"|\bunbalanced\b|\bmissing closing\b|\bwas never closed\b", _balanced_ok),
    ("uuid", "a UUID", _UUID_RX, r"\b(?:uuid|guid)s?\b", None),
    # schwifty `InvalidChecksumDigits: Invalid checksum digits`, `invalid check digit`, `failed the Luhn check`
    ("check_digits", "a value whose check digits agree (an IBAN's mod 97, a card number's Luhn sum, an ISBN's)", "",
     r"\bcheck ?sum digits?\b|\bChecksumDigits\b|\binvalid check ?digits?\b|\bcheck digits? (?:is |are )?(?:invalid|wrong|incorrect)\b"
     r"|\bLuhn\b", _check_digits_ok),
    # hashlib's `unsupported hash type sha265` names an algorithm, not a SHA (before the SHA kind, whose words include hash)
    ("hash_name", "a hash algorithm hashlib knows (sha256, blake2b, md5, sha3_256 …)", "",
     r"\bunsupported hash type\b|\bunknown hash (?:algorithm|function|type)\b", _hash_name_ok),
    ("sha", "40-character full git SHA", r"^[0-9a-f]{40}$",
     r"(?<![\w-])(?:sha-?1?|commit(?: hash| id)?|hash|digest|revision|object name|40[- ]char(?:acter)?s?)(?![\w-])", None),
    ("email", "an email address", r"^[^@\s.]+(?:\.[^@\s.]+)*@[^@\s.]+(?:\.[^@\s.]+)+$", r"\be-?mail(?: address)?\b", None),
    # svn `Unrecognized URL scheme for 'htp://…'`, requests `No connection adapters were found for 'htps://…'`: the scheme
    ("url_scheme", "a URL with a known scheme (http, https, file, ssh, git, svn …)", "",
     r"\b(?:unrecogni[sz]ed|unknown|unsupported|invalid) (?:url )?scheme\b|\bno connection adapters\b"
     r"|\bunsupported protocol scheme\b|\bunknown url type\b", _url_scheme_ok),
    ("url", "an absolute URL", r"(?i)^[a-z][a-z0-9+.-]*://\S+$",
     r"\b(?:url|uri)s?\b|no scheme supplied|missing scheme", _url_ok),
    # Python's ipaddress `'10.0.0.300/24' does not appear to be an IPv4 or IPv6 network`, `has host bits set`
    ("cidr", "a CIDR block (a.b.c.d/n)", "", r"\bcidr\b|\bIPv[46](?: or IPv6)? network\b|\bhas host bits set\b|\binvalid IPNetwork\b", _cidr_ok),
    ("ip", "an IP address", "", r"\bip(?:v4|v6)?(?: address)?\b|\binet_pton\b", _ip_ok),
    ("absolute_path", "an absolute path (starting with /)", r"^(?:/|[A-Za-z]:[\\/])",
     r"\b(?:must be|should be|is not|isn't|not) an? absolute path\b|\bpath must be absolute\b|\babsolute path (?:is )?required\b"
     r"|\brelative paths? (?:is|are) not (?:allowed|supported|permitted)\b", None),
    ("port", "a port number (1-65535)", "", r"\binvalid port\b|\bport\b[^\n]{0,40}\bout of range\b|\bport must be\b", _port_ok),
    # colour `'#12' is not in web format. Need 3 or 6 hex digit.`
    ("hex_color", "a hex colour (#rgb or #rrggbb)", r"^#?(?:[0-9a-fA-F]{3}){1,2}$",
     r"\bhex(?:adecimal)? colou?r\b|\b(?:3|three) or (?:6|six) hex(?:adecimal)? digits?\b", None),
    # roman `InvalidRomanNumeralError: Invalid Roman numeral: 42`
    ("roman", "a Roman numeral (IV, XLII, MCMXCIX)", r"(?i)^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$",
     r"\broman numerals?\b|\bRomanNumeral", None),
    # Pillow `unknown color specifier: '#12345'`, matplotlib `Invalid RGBA argument`, CSS: a name, #hex, rgb()/hsl()
    ("color", "a colour: a name (red), #rgb, #rrggbb or rgb(r,g,b)", "",
     r"\b(?:unknown|invalid|unrecogni[sz]ed|bad) colou?r\b|\bcolou?r specifier\b|\bInvalid RGBA argument\b", _color_ok),
    # GNU `base64: invalid input` (printed straight after what it decoded: `hello worldbase64: invalid input`)
    # pyotp `Non-base32 digit found`, RFC 4648's base32 (TOTP secrets): A-Z and 2-7, padded with '=', any case
    ("base32", "base32 text (letters A-Z and digits 2-7)", r"^[A-Za-z2-7]+=*$", r"\bbase32\b", None),
    # Bitcoin's base58 (base58, python-base58): no 0, O, I or l
    ("base58", "base58 text (no 0, O, I or l)", r"^[1-9A-HJ-NP-Za-km-z]+$", r"\bbase58\b", None),
    ("base64", "base64 text", "", r"\bbase64\b|base64: invalid input\b|\bIncorrect padding\b", _base64_ok),
    # chmod `invalid mode: 'rwxr-xr-x'`, Ansible `mode must be in octal or symbolic form`: permission bits as chmod
    # takes them (not an `open()` mode such as 'rw': the message must speak of chmod or of octal/symbolic modes)
    ("file_mode", "a file mode: octal (755, 0644) or symbolic (u+x, go-w, a=r)", "",
     r"\bchmod\b[^\n]{0,40}\binvalid mode\b|\boctal or symbolic\b|\binvalid (?:file )?permission (?:mode|bits)\b", _file_mode_ok),
    ("cron", "a cron expression (minute hour day month weekday)", "", r"\bcron(?:tab)? (?:expression|schedule|spec)\b|\b\w*BadCron\w*\b|\binvalid cron\b", _cron_ok),
    ("iso_duration", "an ISO 8601 duration (PT5M, P1D)", r"^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$",
     # isodate `ISO8601Error: Unable to parse duration string '5 minutes'`: the class says which standard
     r"\b(?:iso[- ]?8601 duration|duration in iso|xsd:duration)\b|\bISO8601Error\b[^\n]{0,40}\bduration\b", None),
    # Never a message's kind: a reader of text that could not decode a binary file wants none (`binary_rule`)
    ("text_file", "a text file (not an image, archive, database or other binary file)", "", NEVER_SIGNAL, _text_file_ok),
    # Python's own registries, as the checking process has them: hashlib's `unsupported hash type sha265`, codecs'
    # `unknown encoding: utf-9` and `unknown error handler name 'ignor'`
    ("fraction", "a fraction as Python's Fraction reads it (3/4, -7/8, 2.5)", "", r"\bliteral for Fraction\b", _fraction_ok),
    ("encoding_name", "an encoding Python's codecs know (utf-8, latin-1, cp1252 …)", "", r"\bunknown encoding\b", _encoding_ok),
    ("error_handler", "a codecs error handler (strict, ignore, replace, backslashreplace …)", "",
     r"\bunknown error handler\b", _error_handler_ok),
    ("timezone", "an IANA time zone name (Area/City, such as Europe/Paris)", "", r"\btime ?zones?\b|\btz ?(?:name|database|data)\b", _timezone_ok),
    ("date", "an ISO 8601 date (YYYY-MM-DD)", _DATE_RX,
     r"\b(?:date|datetime|timestamp|iso[- ]?8601|rfc ?3339)s?\b|\bparsing time\b|\bisoformat\b", _date_ok),
    # Never a message's kind: `date` tightened, once a failing value passed it in ISO's extended form (iCalendar's
    # `Wrong datetime format: 2026-12-03T10:00:00`: this tool reads the basic form, 20261203T100000)
    ("date_basic", "an ISO 8601 basic date-time (20261203 or 20261203T100000)",
     r"^\d{8}(?:T\d{4}(?:\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", NEVER_SIGNAL, _date_ok),
    # Never a message's kind: `date` read leniently, for a message that names a date but no layout ("invalid date
    # format") — the failing value is tested against it first, and the strict ISO date only if it passes
    ("date_loose", "a date (YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or @epoch seconds)", _LOOSE_DATE_RX, NEVER_SIGNAL, _loose_date_ok),
    # Never a message's kind: `date_loose` as a command line reads it (no database column named): the day words too
    ("date_words", "a date (YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, @epoch seconds or a day word such as yesterday)", _DATE_WORDS_RX, NEVER_SIGNAL,
     _worded_date_ok),
    ("size", "a size such as 512m, 2g or 1024k", r"(?i)^\d+(?:\.\d+)?\s*(?:[kmgtpe]i?b?|b)?$", _SIZE_SIGNAL, None),
    # Never a message's kind: `size` tightened, once a failing value passed it (the JVM's `-Xmx1.5g`, `512 m`)
    ("size_strict", "a size of whole digits and one unit letter (512m, 2g, 1024k)", r"(?i)^\d+[kmgtpe]?$", NEVER_SIGNAL, None),
    ("duration", "a duration such as 30s, 5m or 1h30m", r"^(?:[-+]?(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+|0)$", r"\bduration\b", None),
    ("semver", "a semantic version (1.2.3)", r"^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$",
     r"\b(?:semver|semantic version(?:ing)?)\b", None),
    # Never a message's kind: `semver` tightened, once a failing value passed it (`v2.1.0 is not valid SemVer string`:
    # this tool's semver has no `v`)
    ("semver_strict", "a semantic version without a leading v (1.2.3)", r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$",
     NEVER_SIGNAL, None),
    # packaging `InvalidVersion: Invalid version: '1.2.x'`: a PEP 440 version (epoch, release, pre/post/dev, local)
    ("pep440", "a PEP 440 version (1.2, 2.0rc1, 1.5.post1, 1!1.0)", _PEP440_RX,
     r"\bInvalidVersion\b|\bnot a valid (?:PEP 440|python package) version\b", None),
    ("bool", "true or false", r"(?i)^(?:true|false)$", r"\b(?:boolean|bool|true or false)\b", None),
    # space around the digits is no evidence (PostgreSQL, Python, JavaScript read `' 7 '` as 7)
    ("integer", "an integer", r"^\s*[-+]?\d+\s*$", _INTEGER_SIGNAL, None),
    ("number", "a number", r"^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$", r"\b(?:number|numeric|float|floating[- ]point|decimal|ParseFloat|not a valid number)\b", None),
    # Never a message's kind (its signal matches nothing): inferred for a parameter whose name says it is a
    # quantity when the message says nothing — a number, maybe with a short unit (10M, 30s, 512k).
    ("quantity", "a number, optionally with a short unit (10M, 30s, 512k)", r"^[-+]?\d+(?:\.\d+)?\s?[A-Za-z]{0,3}$", NEVER_SIGNAL, None),
)
KINDS: tuple[Kind, ...] = tuple(_kind(*row) for row in _KIND_ROWS)
# Kinds of one short token: a value of more than STATEMENT_WORDS words is no value of theirs (`Jan 5 2026` is a
# wrong date; a query is not one), and in a list of text and numbers a text kind tests the text items only.
TOKEN_KINDS = frozenset({"file_mode", "uuid", "sha", "email", "cidr", "ip", "date", "date_basic", "date_loose", "date_words", "size", "size_strict", "duration", "port",
                         "hex_color", "roman", "color", "iso_duration", "semver", "semver_strict", "pep440", "bool",
                         "integer", "number", "quantity"})
_TEXT_KINDS = frozenset({"uuid", "sha", "email", "cidr", "ip", "date", "date_basic", "date_loose", "date_words", "semver", "semver_strict", "pep440"})
STATEMENT_WORDS = 4
_LITERAL = re.compile(r"'([^'\s]{1,80})'|\"([^\"\s]{1,80})\"")


def is_statement(text: str) -> bool:
    return len(text.split(None, STATEMENT_WORDS)) > STATEMENT_WORDS


def statement_literals(text: str) -> list[str]:
    """The quoted literals of a statement (`'2026-13-01'` in `… WHERE started > '2026-13-01'`)."""
    return [a or b for a, b in _LITERAL.findall(text[:MAX_VALUE_CHARS])][:20]
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
# A kind and the stricter one a failing value that passes it calls for (`1.5g` failed: a size has whole digits).
TIGHTER_KIND = {"size": "size_strict", "quantity": "integer", "semver": "semver_strict", "date": "date_basic"}


# Where a message's help text starts (a usage line, an option list): its words (`--uri`,
# `--date`) are documentation of every option, not the kind of value this failure is about.
# Each kind's signal is tried only on a message holding one of its literals (worker.literals: the same answer, cheaper);
# a kind whose signal matches nothing (`(?!)`: never a message's kind) is not tried at all, as it would scan the whole text.
_KIND_SIGNALS = tuple((kind, Gated(kind.signal)) for kind in KINDS if kind.signal.pattern != NEVER_SIGNAL)
_HELP = Gated(re.compile(r"^\W*(?:\w+:?\s+)?(?:usage|options|optional flags|flags|available commands)\b.*$", re.I | re.M))


# A class name of joined words in a message's first line that says a value was wrong (`InvalidTimezone`,
# `UnknownTimeZoneError`); not one that names a domain (`NumberParseException` is about a phone number).
_JOINED_WORDS = re.compile(r"\b(?:Invalid|Unknown|Bad|Malformed|Unrecognized|Unsupported|NonExistent)(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?![a-z]))+\b")
_WORD_JOIN = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _spelt_out(message: str) -> str:
    """Such class names of the first line as words (`InvalidTimezone` → `Invalid Timezone`): a library's class name says
    what it could not read as plainly as a sentence does; '' when there is none."""
    head = message.lstrip().split("\n", 1)[0][:300]
    return " ".join(_WORD_JOIN.sub(" ", m.group(0)) for m in _JOINED_WORDS.finditer(head))


_QUOTED_WORD = re.compile(r"""(?<!near )(?<![\w'"])(['"])[A-Za-z]\w{0,15}\1(?![\w'"])""")


@functools.lru_cache(maxsize=256)  # pure; asked twice per extraction of a format mistake
def message_kind(message: str) -> Kind | None:
    """The kind of value the message is about, when it names one (its help text aside, its class names spelt out)."""
    if "'" in message or '"' in message:  # `format spec 'int' not recognised`, `fields: {'ip'}`: a quoted word is a name
        message = _QUOTED_WORD.sub("''", message)
    spelt = _spelt_out(message)
    if spelt:
        message = f"{spelt}\n{message}"
    low = lowered(message)
    help_start = _HELP.search(message, low)
    if help_start is not None and help_start.start() > 0:
        message = message[:help_start.start()]
        low = low[:help_start.start()] if low is not None else None  # ASCII: lowering keeps every position
    return next((kind for kind, signal in _KIND_SIGNALS if signal.search(message, low)), None)


# A parser named for the document it reads (`tomlkit_loads`, `orjson_parse`): the inline documents it was given are of
# that kind, though its message (`Unexpected character: 'r' at line 2 col 7`) does not say so. Only a value that holds
# a document's marks is one (a TOML key or table, a JSON object or list): a file's name given to it is not.
_DOCUMENT_READERS = {"toml": "toml", "tomlkit": "toml", "tomli": "toml", "tomllib": "toml", "json": "json",
                     "ujson": "json", "orjson": "json", "simplejson": "json", "rapidjson": "json"}
DOCUMENT_SCOPES = {"toml": r"[=\[]", "json": r"^\s*[\[{]"}
# A decoder named for its alphabet (`base58_decode`, `b32decode`) that refused a character or a digit: the value is
# no text of that alphabet (`Invalid character '0'` names one character; the alphabet refuses others too)
_ENCODING_READERS = {"base58": "base58", "b58": "base58", "base32": "base32", "b32": "base32", "base64": "base64",
                     "b64": "base64", "b32decode": "base32", "b64decode": "base64", "b58decode": "base58"}
_REFUSED_SYMBOL = re.compile(r"\binvalid (?:character|char|digit|symbol|byte)\b|\bnon-[\w-]+ (?:digit|character)\b"
                             r"|\bincorrect padding\b|\binvalid base\d+\b", re.I)


def document_kind(tool: str, message: str) -> Kind | None:
    """The document kind a parser's name says it reads, when its message is a parser's stop (a place, a token); or the
    alphabet a decoder's name says it reads, when its message refused a character."""
    words = tool.lower().split("_")
    encoding = next((_ENCODING_READERS[w] for w in words if w in _ENCODING_READERS), None)
    if encoding is not None and _REFUSED_SYMBOL.search(message[:2000]):
        return KIND_BY_NAME[encoding]
    found = next((_DOCUMENT_READERS[w] for w in words if w in _DOCUMENT_READERS), None)
    if found is None or _TEXT_READER.search(message[:2000]) is None:
        return None
    return KIND_BY_NAME[found]


def kind_accepts(kind: Kind, value: Any) -> bool:
    text = str(value)[:MAX_VALUE_CHARS]
    if kind.test is not None:
        return kind.test(text)
    return re.search(kind.regex, text) is not None
