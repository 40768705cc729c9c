"""What a call's values give: which parameters it gives, what a value reads as (a path, its suffixes), the
settings and list items it passes.

Pure. Read by attribution, the required names, the extractor and the checker; split out of
`worker.validation` with the value kinds (`worker.kinds`) and the rules a message states (`worker.stated`).
"""
from __future__ import annotations

import re
from typing import Any

# A value that gives nothing (`args: []`, `""`): a call with it has not given that parameter.
EMPTY: tuple[Any, ...] = (None, "", [], {})

ANY_PARAMETER = "*"  # a situation's key when the message named a value of the call, not which parameter gave it


def given_keys(params: dict[str, Any]) -> list[str]:
    """The parameters a call gives a value (an empty one gives nothing)."""
    return [key for key, value in params.items() if value not in EMPTY]

Validation = dict[str, Any]
_NUMERAL = re.compile(r"^[-+]?\d+(?:\.\d+)*$")

_NOT_IN_PATHS = re.compile(r"""[\[\]"'(){}|;<>]|^[$@]\.|\.\.[A-Za-z]""")


def path_kind(value: Any) -> str | None:
    """'dir' or 'file' for a value that reads as a path, by the usual naming: a trailing slash or
    a lowercase name without an extension is a directory (`src`, `docs/`); a name with an
    extension or a capitalised one without (`main.py`, `Makefile`, `LICENSE`) is a file."""
    if not isinstance(value, str) or not value or len(value) > 1024 or any(c.isspace() for c in value) or "://" in value:
        return None
    if _NOT_IN_PATHS.search(value):
        return None  # an expression, not a path: JSONPath `$.store.city`, `items[0]`, `f(x)`, a quoted or piped text
    if value.endswith("/"):
        return "dir"
    base = value.rsplit("/", 1)[-1]
    if base.startswith(".") and "." in base[1:]:
        return "file"  # `.gitlab-ci.yml`
    if not base or base.startswith(".") or base in ("..", "~"):
        return None
    if "." in base or base[:1].isupper():
        return "file"
    return "dir"


def _gives_path(params: dict[str, Any], path: list[str]) -> bool:
    """A path of keys (`data.shipping.city`) holds a value: from the parameter its first key names, else (the root is the
    validator's own word for its input, voluptuous' `data`) from any map the call passes."""
    roots = [params[path[0]]] if path[0] in params else [v for v in params.values() if isinstance(v, dict)]
    for node in roots:
        for key in path[1:]:
            node = node.get(key) if isinstance(node, dict) else None
        if node not in EMPTY:
            return True
    return False


def gives_as_a_value(params: Any, names: frozenset[str]) -> bool:
    """One of `names` is a value the call gives: a string parameter, an item of a list, or a string of a record in a
    list (fpdf's ops `[{"op": "add_page"}]`): a step the call does itself, not one of the session's other calls."""
    if not names or not isinstance(params, dict):
        return False
    for value in params.values():
        if value.__class__ is str:
            if value in names:
                return True
        elif value.__class__ is list:
            for item in value[:50]:
                if (item in names if item.__class__ is str else item.__class__ is dict
                        and not names.isdisjoint(v for v in item.values() if v.__class__ is str)):
                    return True
    return False


def gives_parameter(params: dict[str, Any], name: str) -> bool:
    """The call gives `name` (normalised: lowercase, `-` as `_`): as a parameter with a value, as
    a key of a map it passes (`vars: {region: …}` gives `region`) or of every record of a list it passes, or as a `name=value` assignment
    it passes (`-var instance_count=3`, `--set region=eu`, `-e NAME=x`). A placeholder's alternatives
    (`file_or_dir`) are given by either, and a name by its plural (`files` gives `file`)."""
    if "_or_" in name:
        return any(gives_parameter(params, part) for part in name.split("_or_")[:8] if part)
    if "." in name.strip("."):
        return _gives_path(params, name.split(".")[:6])
    for key, value in params.items():
        if value.__class__ is str and ("=" in value or ":" in value) and _assigns(value, name):
            return True
        if isinstance(value, list) and any(isinstance(v, str) and (_assigns(v, name) or _is_flag(v, name)) for v in value[:50]):
            return True  # `--set region=eu`, or the option itself in an argument list (`['create', '--customer', 'ACME']`)
        normal = str(key).lstrip("-").replace("-", "_").lower()
        if (normal == name or normal == name + "s") and value not in EMPTY:
            return True
        if normal.startswith("env_") and name in normal.split("_")[1:] and value not in (None, ""):
            return True  # `AWS_DEFAULT_REGION=eu-west-1 aws …` gives the region
        if value.__class__ is dict and any(str(k).replace("-", "_").lower() == name and v not in (None, "")
                                           for k, v in value.items()):
            return True
        if value.__class__ is list and value and all(item.__class__ is dict for item in value[:50]) and all(
                any(str(k).replace("-", "_").lower() == name and v not in (None, "") for k, v in item.items())
                for item in value[:50]):
            return True  # a list of records, each of which gives it (`items: [{start, end, content}, …]`)
    return False


def _is_flag(text: str, name: str) -> bool:
    return text.startswith("-") and text.lstrip("-").replace("-", "_").lower() == name


def _assigns(text: str, name: str) -> bool:
    """`name=value`, or a command line's `name:value` attribute (Taskwarrior `due:tomorrow`; not `https://…`)."""
    head, eq, rest = text.partition("=")
    if not eq:
        head, eq, rest = text.partition(":")
        if not eq or not rest or rest.startswith("//") or not _ATTRIBUTE_NAME.match(head):
            return False
    return head.strip().lstrip("-").replace("-", "_").lower() == name


_ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_][\w-]{0,40}$")


def begins_with(value: str, lead: str) -> bool:
    """`value` begins with `lead` (case-blind, after leading space), and a word lead as a whole word."""
    text = value.lstrip()
    if not text[:len(lead)].lower() == lead.lower():
        return False
    rest = text[len(lead): len(lead) + 1]
    return not lead[-1:].isalnum() or not rest or not (rest.isalnum() or rest == "_")


def list_item_after(value: Any, keyword: str) -> Any:
    """The item right after `keyword` (case-blind) in a list of arguments (`['k', 'v', 'EX', '10s']`, `EX` → '10s')."""
    if not isinstance(value, list):
        return None
    for at, item in enumerate(value[:-1]):
        if isinstance(item, str) and item.upper() == keyword.upper():
            return value[at + 1]
    return None


def setting_pairs(params: Any, depth: int = 0) -> list[str]:
    """`name=value` of every setting a call gives, maps within maps too (`options.arguments.x-message-ttl`)."""
    out: list[str] = []
    if not isinstance(params, dict) or depth > 3:
        return out
    for key, value in list(params.items())[:50]:
        if isinstance(value, dict):
            out += setting_pairs(value, depth + 1)
        elif isinstance(value, (str, int, float, bool)):
            out.append(f"{str(key).lower()}={str(value).lower()}")
    return out



def path_suffixes(value: Any) -> list[str]:
    """The suffixes of a path's last part, lowercased (`dist/site.tar.gz` → ['tar', 'gz'])."""
    if path_kind(value) != "file":
        return []
    base = str(value).rsplit("/", 1)[-1].lower()
    if _NUMERAL.match(base):
        return []  # `198.51.100`, `2.0.1`: an address or a version, whose last number is no file type
    return [_SAME_SUFFIX.get(s, s) for s in base.split(".")[1:] if s and len(s) <= 10 and s.isalnum()][:4]


# Two spellings of one file type: a suffix learned as one is the other too (`.yml` is `.yaml`).
_SAME_SUFFIX = {"yml": "yaml", "jpeg": "jpg", "htm": "html", "markdown": "md", "tif": "tiff", "mjs": "js", "cjs": "js",
                "hdf5": "h5", "hdf": "h5", "pickle": "pkl", "mpk": "msgpack"}
SUFFIX_ALIASES = frozenset(_SAME_SUFFIX)  # the other spellings (`yml`, `htm`): each a file type's name too


def file_type(word: str) -> str:
    """One spelling per file type (`yml` → `yaml`), as path_suffixes gives it."""
    return _SAME_SUFFIX.get(word, word)


# Kinds of file by what reads them: a tool that could not read one file of a kind cannot read its like. One
# spelling per type (as `file_type` gives it); names without a suffix that are files of a kind (`Makefile`).
FILE_CLASSES: dict[str, frozenset[str]] = {name: frozenset(types.split()) for name, types in (
    ("media", "mp4 m4v mkv avi mov webm flv wmv mpg mpeg 3gp wav mp3 flac ogg oga opus m4a aac wma aiff"),
    ("image", "png jpg gif bmp tiff webp ico heic avif psd"),
    ("pdf", "pdf"),
    ("office", "docx doc odt rtf xlsx xls ods pptx ppt odp epub"),
    ("archive", "zip tar gz tgz bz2 xz zst 7z rar jar whl zz zlib"),
    # data in binary formats, read by their own libraries (Parquet, Arrow/Feather, HDF5, NumPy, pickle, MessagePack …)
    ("bindata", "parquet feather arrow arrows orc avro h5 npy npz pkl msgpack cbor bson nc sav dta"),
    # programs run as they are (scripts, sources, build files) — not the web's, which other tools read
    ("code", "py sh bash zsh fish go rs c h cc cpp hpp java kt rb pl php lua swift scala r ps1 bat "
             "makefile dockerfile jenkinsfile vagrantfile rakefile gemfile procfile justfile"),
    ("web", "js jsx ts tsx css scss sass less vue svelte html"),
    ("data", "json jsonl yaml toml ini cfg conf env properties csv tsv xml plist geojson topojson gpx kml gml m3u m3u8"),
    ("prose", "md rst txt adoc tex org"),
    ("patch", "patch diff"),
)}
TEXT_CLASSES = frozenset({"code", "web", "data", "prose", "patch"})
# suffixes that name no format at all: a file of any content may carry them (`shares/db.txt`, `run.log`, `x.dat`)
FORMATLESS_SUFFIXES = frozenset({"txt", "text", "dat", "data", "log", "out", "in", "tmp", "bak"})
CLASS_OF = {t: name for name, types in FILE_CLASSES.items() for t in types}


def value_type(value: Any) -> str | None:
    """The file type of a path value (`conf.yml` → yaml, `tools/Makefile` → makefile), or None."""
    if isinstance(value, str) and _NUMERAL.match(value):
        return None  # `1.5`, `2.0.1`: a number or a version (path_kind still counts it: a candidate beside a file)
    suffixes = path_suffixes(value)
    if suffixes:
        return suffixes[-1]
    if path_kind(value) == "file":
        base = str(value).rsplit("/", 1)[-1].lower()
        return base if CLASS_OF.get(base) == "code" else None
    return None


def file_class(file_type_name: str | None) -> str | None:
    """The kind of file a type is (`yaml` → data, `mp4` → media), or None for a type not listed."""
    return CLASS_OF.get(file_type_name) if file_type_name else None


# Parameters that say where a call runs or looks (`cwd`, `repo`), not what it names.
LOCATION_KEYS = frozenset("cwd dir directory repo repo_path path workdir working_dir root project project_dir folder "
                          "location".split())


def leaves(value: Any) -> list[Any]:
    """The scalar values a parameter holds: itself, a list's items, a map's values."""
    if isinstance(value, bool):
        return []
    if isinstance(value, (str, int, float)):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value[:50] if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
    if isinstance(value, dict):
        return [v for v in list(value.values())[:50] if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
    return []


_QUOTES = "'\"`\u2018\u2019\u201c\u201d"


def in_quotes(value: str, message: str) -> bool:
    """`value` stands between quote marks somewhere in the message, as a whole (not the schema part of
    `` `test`.`events` ``)."""
    if len(value) < 2:
        return False
    start = message.find(value)
    while start >= 0:
        end = start + len(value)
        if (start and message[start - 1] in _QUOTES and end < len(message) and message[end] in _QUOTES
                and message[end + 1: end + 2] != "." and message[start - 2: start - 1] != "."):
            return True
        start = message.find(value, start + 1)
    return False
