"""The modules a piece of code imports, and which of them its runtime has of its own.

Pure. A missing module (`ModuleNotFoundError: No module named 'requests'`, Node's `Cannot find module
'lodash'`) says the environment lacks installed packages: the next call whose code imports any package
that is not the runtime's own (Python's standard library, Node's core modules) repeats it until an
install step runs. Code that imports only the runtime's own modules (`os`, `json`; `fs`, `node:path`)
or a relative file (`./util`) is no repeat.
"""
from __future__ import annotations

import re
import sys

# Node's core modules (nodejs.org/api), importable with or without the `node:` scheme.
NODE_CORE = frozenset("""assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns
domain events fs http http2 https inspector module net os path perf_hooks process punycode querystring readline repl
stream string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib test sqlite""".split())
PYTHON_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ())) | frozenset(sys.builtin_module_names)

# The missing module a message names, and the runtime that says it so.
_MISSING = (
    ("python", re.compile(r"\bNo module named ['\"]?(?P<m>[A-Za-z_][\w.]*)['\"]?")),
    # importlib.metadata: a distribution's name (`PyNaCl`), which an install names as it is
    ("python", re.compile(r"\bNo package metadata was found for (?P<m>[A-Za-z0-9][\w.-]*[A-Za-z0-9]|[A-Za-z0-9])")),
    ("node", re.compile(r"\bCannot find (?:module|package) ['\"](?P<m>[@\w./-]+)['\"]")),
)
_NODE_IMPORT = re.compile(r"""\brequire\(\s*['"](?P<a>[^'"\s]+)['"]\s*\)|\bimport\s*\(\s*['"](?P<b>[^'"\s]+)['"]\s*\)"""
                          r"""|^\s*import\s+(?:[\w*{}\s,$]+\s+from\s+)?['"](?P<c>[^'"\s]+)['"]""", re.M)
_PY_IMPORT = re.compile(r"^\s*(?:from\s+(?P<a>[A-Za-z_][\w.]*)\s+import\b|import\s+(?P<b>[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*))",
                        re.M)


def missing_module(message: str) -> tuple[str, str] | None:
    """(runtime, the module's top-level name) a message says could not be found, or None."""
    for runtime, pattern in _MISSING:
        found = pattern.search(message[:4000])
        if found:
            return runtime, _top(runtime, found.group("m"))
    return None


def _top(runtime: str, name: str) -> str:
    if runtime == "python":
        return name.split(".")[0]
    name = name.removeprefix("node:")
    parts = name.split("/")
    return "/".join(parts[:2]) if name.startswith("@") else parts[0]


def imported(runtime: str, code: str) -> list[str]:
    """The top-level modules `code` imports (relative files aside), in order."""
    text = code[:20000]
    names: list[str] = []
    if runtime == "node":
        for m in _NODE_IMPORT.finditer(text):
            name = m.group("a") or m.group("b") or m.group("c")
            if not name.startswith((".", "/")):
                names.append(name if name.startswith("node:") else _top("node", name))
    else:
        for m in _PY_IMPORT.finditer(text):
            names += [_top("python", n.strip()) for n in (m.group("a") or m.group("b")).split(",")]
    return list(dict.fromkeys(names))


def own_module(runtime: str, name: str) -> bool:
    """The runtime has the module of its own (no install gives it)."""
    if runtime == "node":
        return name.startswith("node:") or name in NODE_CORE
    return name in PYTHON_STDLIB or name == "__future__"


def packages_imported(runtime: str, value: object) -> list[str]:
    """The packages (not the runtime's own modules) a value of code imports."""
    if not isinstance(value, str):
        return []
    return [name for name in imported(runtime, value) if not own_module(runtime, name)]


# Distributions whose import name is another word (PyPI name → the module it installs), the common ones.
_DISTRIBUTES = {"scikit-learn": "sklearn", "scikit-image": "skimage", "pillow": "PIL", "pyyaml": "yaml", "beautifulsoup4": "bs4",
                "python-dateutil": "dateutil", "pyjwt": "jwt", "python-dotenv": "dotenv", "pycryptodome": "Crypto",
                "pyopenssl": "OpenSSL", "mysqlclient": "MySQLdb", "pyzmq": "zmq", "gitpython": "git", "pyserial": "serial",
                "python-docx": "docx", "python-pptx": "pptx", "attrs": "attr", "protobuf": "google", "opencv-python": "cv2",
                "opencv-python-headless": "cv2", "opencv-contrib-python": "cv2", "pywin32": "win32api", "python-magic": "magic"}
_SPEC_END = re.compile(r"[\s<>=!~;@\[(]")
_PACKAGE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _plain_name(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _package_name(requirement: str) -> str | None:
    """The distribution a requirement names (`scipy==1.11` → scipy), or None for what names none: a flag, a
    requirements file, a path or URL (`./dist/x.whl`, `@scope/pkg` is left to the same doubt)."""
    name = _SPEC_END.split(requirement.strip(), 1)[0]
    if not name or not _PACKAGE.match(name) or "/" in requirement or requirement.startswith("-"):
        return None
    return None if "." in name and name.rsplit(".", 1)[-1] in ("txt", "in", "toml", "cfg", "lock", "whl", "gz", "zip") else name


def installs_module(requirement: str, module: str) -> bool | None:
    """Whether installing `requirement` (`scipy==1.11`, `scikit-learn>=1`) provides `module`; None when it names no
    package: it may install anything."""
    name = _package_name(requirement)
    if name is None:
        return None
    plain, wanted = _plain_name(name), _plain_name(module)
    if _DISTRIBUTES.get(name.lower()) == module or plain == wanted:
        return True
    # `python-dateutil`, `pyyaml`: the module's name with a prefix or suffix word of packaging
    return plain in (f"py{wanted}", f"python_{wanted}", f"{wanted}_python", f"{wanted}py", f"py_{wanted}")


def install_requirements(params: dict[str, object]) -> list[str] | None:
    """The requirements an install call names (`pip install scipy pandas` → its arguments, `{packages: [...]}`); None
    when it names none that a package could be (`pip install -r requirements.txt`, `poetry install`): it may install
    anything."""
    named: list[str] = []
    for value in params.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                named += [word for word in item.split() if not word.startswith("-")]
    if not named or any(_package_name(word) is None for word in named):
        return None
    return named
