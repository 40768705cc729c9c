"""What a missing-parameter message says was required: the names it gives, what it offers instead, and
whether a failure is learnable as a missing parameter at all.

Pure. Split out of `worker.extractor`, which builds the pattern from these answers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping

from .identity import free_positionals
from .literals import Gated, gated_regex, lowered
from .op_lists import ended_order
from .sql_order import said_slips
from .steps import commands_in, method_steps, without_help
from .call_values import ANY_PARAMETER, EMPTY, gives_parameter


_NAME_Q = r"""\\?['"`\u2018\u201c]-{0,2}(?P<n>[A-Za-z_][\w.-]{0,60})\\?['"`\u2019\u201d]"""
# words that stand where a parameter's name would and are none (`missing required argument`, `a valid name`)
_NOT_A_NAME = r"(?!(?:required|mandatory|positional|an?|the|some|one|valid|new|unique|proper|correct|different)\b)"
_REQUIRED_NAMED = tuple(Gated(re.compile(p, re.I | re.M)) for p in (
    # kubectl/cobra `required flag(s) "image" not set`, `missing required argument 'x'`, `required option '--x'`
    rf"\b(?:missing\s+)?required\s+(?:\w+\s+)?(?:flag|option|argument|parameter|field|property|key|variable|input|attribute|element)s?(?:\(s\))?\s*:?\s*{_NAME_Q}",
    # voluptuous `required key not provided @ data['shipping']['city']`: the path of keys, joined (`data.shipping.city`)
    r"""\brequired\s+(?:key|field|property|value)\s+not\s+(?:provided|given|present|found)\s*@\s*(?P<n>[A-Za-z_]\w{0,40}"""
    r"""(?:\[['"][^'"\]]{1,40}['"]\]){1,4})""",
    # cattrs `required field missing @ $.sku`: a JSONPath to the field, from the document's root
    r"""\brequired\s+(?:field|key|property|value)\s+missing\s*@\s*\$\.(?P<n>[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){0,4})""",
    # xmlschema `The content of element 'order' is not complete. Tag 'total' expected.`
    rf"\b(?:tag|element|field|key|property|attribute)\s+{_NAME_Q}\s+(?:is\s+)?expected\b",
    # jsonschema `'service_id' is a required property`, `"x" is required`
    rf"{_NAME_Q}\s+(?:is\s+(?:a\s+)?required|is\s+missing|must\s+be\s+(?:set|specified|provided|given))\b",
    # terraform `input variable "region" is not set`, `flag "x" was not given`
    rf"\b(?:variable|flag|option|argument|parameter|field|property|key)\s+{_NAME_Q}\s+(?:is|was)\s+not\s+(?:set|given|provided|specified)",
    # Taskwarrior `A recurring task must also have a 'due' date.`; json-patch `Operation must have a 'path' member`
    rf"\bmust\s+also\s+(?:have|include|contain|specify)\s+(?:an?|the)\s+{_NAME_Q}",
    rf"\bmust\s+(?:have|include|contain)\s+an?\s+{_NAME_Q}\s+(?:member|field|key|property|attribute|entry|element)\b",
    # yarl `Can't build URL with "port" but without "host"`: the one the other needs
    r"""\bwith\s+[`'"]?[\w-]+[`'"]?\s+but\s+(?:without|no)\s+[`'"]?(?P<n>[A-Za-z_][\w-]{0,40})[`'"]?""",
    # typedload `Value does not contain fields: {'version'} which are necessary for type Package`: the first absent name
    r"""\b(?:does\s+not|doesn't|did\s+not)\s+(?:contain|have|include)\s+(?:the\s+)?(?:required\s+|necessary\s+|mandatory\s+)?"""
    r"""(?:fields?|keys?|properties|attributes)\s*:?\s*[{\[(]?\s*['"]?(?P<n>[A-Za-z_][\w-]{0,40})['"]?""",
    # pydantic: the field's name on its own line, then `Field required` / `field required`
    r"^(?P<n>[A-Za-z_][\w.]{0,60})\s*\n\s+[Ff]ield required\b",
    # argparse `the following arguments are required: --name, path`
    r"\bthe following arguments are required:\s*(?P<n>-{0,2}[\w-]+)",
    # sqlite `missing TABLE argument`, `missing NAME parameter`: the placeholder of the value not given
    rf"\bmissing\s+{_NOT_A_NAME}(?P<n>[A-Za-z_][\w-]{{0,40}})\s+(?:argument|parameter|value)\b",
    # RubyGems `Please specify at least one gem name`: the thing whose name was not given
    rf"\b(?:please\s+)?specify\s+(?:at\s+least\s+one|an?|the)\s+{_NOT_A_NAME}(?P<n>[a-z][\w-]{{1,30}})\s+names?\b",
    # rustc `no input filename given`: the thing not given, before a name/file word
    rf"\bno\s+{_NOT_A_NAME}(?P<n>[a-z][\w-]{{1,30}})(?:\s+(?:file\s?name|name|file|path))?\s+(?:(?:was|were)\s+)?(?:given|specified|provided|supplied)\b",
    # argparse's required group `one of the arguments FILE_OR_DIR - is required`: the group's first member
    r"\bone of the arguments\s+(?P<n>-{0,2}[A-Za-z][\w-]*)\b[^\n]{0,80}?\bis required\b",
    # zod `expected string, received undefined at content`: a value of no type at all was not given
    r"\bexpected\s+\w+,\s+received\s+undefined\s+at\s+(?P<n>[A-Za-z_][\w-]{0,60})",
    # gcloud `argument INSTANCE_NAMES [INSTANCE_NAMES ...]: Must be specified.`
    r"\bargument\s+(?P<n>[A-Za-z_][\w-]{0,60})\b[^:\n]{0,80}:\s*must\s+be\s+(?:specified|given|provided)\b",
    # recutils `several record types found.  Please use -t to specify one.`
    r"\buse\s+(?P<n>--?[A-Za-z][\w-]*)\s+to\s+(?:specify|select|choose|pick|give|set|name)\s+(?:one|it|them|an?|the)\b",
    # click `Error: Missing option '--customer'.`, `Missing argument 'SRC'.`
    rf"\bmissing (?:option|argument|parameter)\s+{_NAME_Q}",
    # SQLAlchemy `A value is required for bind parameter 'id'`
    rf"\bvalue is required for bind parameter\s+{_NAME_Q}",
    # Stripe `Missing required param: currency.`, `missing required field: name`
    r"\bmissing\s+required\s+(?:param|parameter|field|argument|property|key|option)s?:\s*(?P<n>-{0,2}[A-Za-z_][\w-]{0,60}(?:\.[\w-]+)*)",
    # an error map keyed by the field (Jira `"errors": {"summary": "You must specify a summary of the issue."}`)
    # Rails `{"errors": {"email": ["can't be blank"]}}`: the field's messages may come as a list
    rf"{_NAME_Q}\s*:\s*\[?\s*['\"`]?(?:you\s+must\s+(?:specify|provide|give|set|enter)|(?:this\s+)?field\s+is\s+required|is\s+required|"
    r"missing\s+data\s+for\s+required\s+field|"
    r"required|(?:must|can ?not|can't|cannot|may\s+not)\s+be\s+(?:empty|blank|null|missing))\b",    # a web API's error code for the absent field (Slack `'error': 'no_text'`, `"error": "missing_channel"`)
    r"""['"]error['"]\s*:\s*['"](?:no|missing)_(?P<n>[a-z][a-z0-9_]{1,40})['"]""",
    # clap `the following required arguments were not provided:\n  <PATH>`
    r"\brequired arguments? (?:were|was) not provided:\s*<?(?P<n>[A-Za-z_][\w-]{0,60})>?",
    # vobject `VCARD components must contain at least 1 FN`: the one part a document must hold
    r"\bmust\s+(?:contain|have|include)\s+at\s+least\s+(?:1|one)\s+(?P<n>[A-Za-z_][\w-]{0,40})\b(?!\s+(?:of|more|item|element|value|character)s?\b)",
    # ajv-cli `error: parameter -s is required`, `option --config is required`: an option by its flag, unquoted
    r"\b(?:parameter|option|flag|argument)\s+(?P<n>-{1,2}[A-Za-z][\w-]{0,40})\s+is\s+required\b",
    # NCBI BLAST+ `Error: Argument "dbtype". Mandatory value is missing`: the argument, then what is missing of it
    r"""\bargument\s+['"`](?P<n>-{0,2}[A-Za-z][\w-]{0,40})['"`]\.?\s+(?:mandatory|required)\s+(?:value|argument)\s+is\s+missing\b""",
    # ssh-keygen `Must specify key id (-I)`: the words before the option are its name
    r"\bmust (?:specify|provide|give|pass|supply) (?:an? |the )?(?P<n>[a-z]+(?: [a-z]+){0,2}?) \(-{1,2}[A-Za-z][\w-]*\)",
))
# `Both topic and message must be supplied`, `must provide --title and --body (or --fill)`: several names at once
_FLAG_OR_WORD = r"""[`'"]?-{0,2}[A-Za-z][\w-]{0,40}[`'"]?"""
_MISSING_ONE_OF = Gated(re.compile(r"\bmissing (?:target|input|argument|operand)s? (?P<list>[a-z][\w-]*(?:,? (?:or )?[a-z][\w-]*){1,5})", re.I))
# black `One of 'SRC' or 'code' is required.`, h5py `One of data, shape or dtype must be specified`
_ONE_ITEM = r"""(?:'[\w-]{1,40}'|"[\w-]{1,40}"|(?!the\b|these\b|those\b|them\b)[A-Za-z_][\w-]{0,40})"""
_ONE_OF_REQUIRED = Gated(re.compile(rf"\bone of (?:the )?(?P<list>{_ONE_ITEM}(?:\s*(?:,\s*(?:or\s+)?|\bor\b)\s*{_ONE_ITEM}){{1,6}})"
                                    # Python's uuid `one of the hex, bytes, bytes_le, fields, or int arguments must be given`
                                    r"(?:\s+(?:arguments|parameters|options|fields|keys))?"
                                    r"\s+(?:is|are|must be) (?:required|given|specified|provided)\b", re.I))
_FLAG_NAMES = r"-{1,2}[A-Za-z][\w-]*(?:\s+\(-{1,2}[A-Za-z][\w-]*\))?"
_ONE_OF_FLAGS = Gated(re.compile(rf"\bone of (?:the )?(?:flags|options|arguments)\s+(?P<list>{_FLAG_NAMES}(?:,?\s+(?:and|or)\s+{_FLAG_NAMES}|,\s*{_FLAG_NAMES})+)"
                                 r"\s+(?:is |are )?(?:needed|required)\b", re.I))
_REQUIRED_PAIR = Gated(re.compile(rf"\b(?:both\s+)?(?P<a>{_FLAG_OR_WORD})\s+and\s+(?P<b>{_FLAG_OR_WORD})\s+(?:must|need to|have to)\s+be\s+"
                                  r"(?:supplied|specified|provided|given|set)\b", re.I))
_MUST_GIVE_FLAGS = Gated(re.compile(rf"\bmust (?:provide|specify|pass|give|supply)\s+(?P<list>[`'\"]?--?[A-Za-z][\w-]*[`'\"]?"
                                    rf"(?:\s*(?:,|\band\b)\s*[`'\"]?--?[A-Za-z][\w-]*[`'\"]?)*)"
                                    rf"(?:\s*\(or\s+(?P<alt>[`'\"]?--?[A-Za-z][\w-]*[`'\"]?(?:\s*(?:,|\bor\b)\s*[`'\"]?--?[A-Za-z][\w-]*[`'\"]?)*)\))?", re.I))
_NAME_IN = re.compile(r"-{0,2}([A-Za-z][\w-]{0,40})")


def _names_of(text: str) -> list[str]:
    return [_norm(m.group(1)) for m in _NAME_IN.finditer(text.replace(" and ", ",").replace(" or ", ","))
            if m.group(1).lower() not in ("and", "or", "both")]


def alternative_names(message: str) -> list[str]:
    """What a message offers instead of the required ones (`must provide --title and --body (or --fill)` → ['fill'])."""
    found = _MUST_GIVE_FLAGS.search(message[:4000], lowered(message))
    return _names_of(found.group("alt"))[:5] if found and found.group("alt") else []
# feedgen `Required fields not set (title, description)`: the fields in brackets
_NOT_SET_LIST = Gated(re.compile(r"\brequired\s+(?:fields?|parameters?|properties|keys|attributes|elements|values)\s+(?:are\s+|is\s+)?"
                                 r"not\s+(?:set|given|provided|specified)\s*\((?P<list>[A-Za-z_][\w.-]{0,60}(?:,\s*[A-Za-z_][\w.-]{0,60}){0,9})\)", re.I))
_REQUIRES_ARGS = Gated(re.compile(r"\b(?:requires|expects|takes) (?:at least |exactly )?(?P<k>\d+|an?|one|two|three|four) (?:positional )?arguments?\b", re.I))
_USAGE = re.compile(r"^\s*(?:usage|Usage|USAGE):\s+(?P<line>.+)$", re.M)
_PLACEHOLDER = re.compile(r"(?<![\[\w-])(?:<(?P<a>[\w-]+)>|(?P<b>[A-Z][A-Z0-9_]{1,30}))(?![\w\]])")
_SAYS_REQUIRED = re.compile(r"\b(?:required|must (?:specify|provide|give|pass|supply)|missing (?:argument|parameter|option)|"
                            r"requires (?:at least |exactly )?\S+ arguments?|not enough arguments|no (?:valid )?\w+(?: type| format| mode)? (?:given|specified)|nothing to do|"
                            r"(?:memory|linker|target|output|input) (?:configuration|config|file|format) missing|"
                            r"with no (?:\w+[ -])?(?:\w+ )?(?:pairs|values|fields|items|arguments)|were not provided|wrong number of (?:arguments|parameters|values)|"
                            r"incorrect number of (?:arguments|bindings|parameters|values)|too few (?:arguments|parameters|values)|"
                            # datamash `missing field for operation 'sum'` (not dacite's `missing value for field "email"`: a name), RCS `no input file`, Python's `takes exactly 2
                            # positional arguments (1 given)`, `A non-zero length must be specified`
                            r"missing (?:\w+ )?[a-z]+ for (?!(?:the )?(?:field|key|property|attribute|parameter|argument|option)\b)|no (?:input|output|source|target) files?|must be specified|"
                            r"takes (?:exactly |at least )?\d+ (?:positional )?arguments? \(\d+ given|"
                            r"(?:does not|doesn't|did not) (?:contain|have|include) (?:the )?(?:required |necessary |mandatory )?(?:fields?|keys?|properties|attributes)|"
                            r"\bwith [`'\"]?[\w-]+[`'\"]? but (?:without|no) [`'\"]?[\w-]+|must also (?:have|include|contain|specify))\b", re.I)


# a positional with no name (`mkdir: missing operand`): evidence only beside values the call did give
_MISSING_OPERAND = re.compile(r"\bmissing (?:\w+ ){0,2}operand\b", re.I)
_SAID_REQUIRED = re.compile(r"\byou must (?:specify|provide|give|set|pass|supply) (?:an? |the )?(?P<n>[a-z][\w-]{1,30})\b", re.I)


def said_required(params: dict[str, Any], message: str) -> list[str]:
    """What a prerequisite's message says the call could give instead of the step (`You must specify a
    region` → ['region']), when the call did not give it."""
    names = [_norm(m.group("n")) for m in _SAID_REQUIRED.finditer(message[:4000])]
    return [n for n in dict.fromkeys(names) if not gives_parameter(params, n)][:3]


_KEY_PATH = re.compile(r"""\[['"]([^'"\]]+)['"]\]""")  # `data['shipping']['city']` → data.shipping.city


def _norm(name: str) -> str:
    return name.strip().lstrip("-").replace("-", "_").lower()


_SITUATION_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{1,40}$")


_TYPE_KEYS = frozenset({"type", "model", "class", "cls", "kind", "struct", "target_type", "into"})


def situation_of(params: dict[str, Any], message: str, required: list[str]) -> dict[str, str]:
    """The call's values that the message names as the situation it was in, not as the mistake: a plain word
    (not a path, a number or the missing name itself) given as a parameter or as the first item of an argument
    list, whole in the message's first line (`1 validation error for User` for `model: User`, `Usage: invoicectl create` for
    `args: [create, …]`). A call in another situation (another model, another subcommand) is another case."""
    from .signals.values import bounded_in  # the classifier's signals: not at the pre-call checker's import time

    head = message.strip().split("\n", 1)[0][:500]  # its first line: further down a tool may echo the call's arguments
    out: dict[str, str] = {}
    if any(isinstance(v, dict) and v or isinstance(v, str) and v.lstrip().startswith("{") for v in params.values()):
        # a document validated against a schema or type the call names (`schema: order.schema.json`, `type: Item`
        # beside `{…}` or its JSON text): the required field is that schema's; another schema is another case
        out.update({str(k): v for k, v in params.items() if isinstance(v, str)
                    and ("schema" in str(k).lower() or str(k).lower() in _TYPE_KEYS)})
    for key, value in list(params.items())[:20]:
        word = value[0] if isinstance(value, list) and value else value
        if (isinstance(word, str) and _SITUATION_WORD.match(word) and _norm(word) not in required
                and _norm(str(key)) not in required and bounded_in(word, head)):
            out[str(key)] = word
    return out


def said_value_situation(params: dict[str, Any], message: str) -> dict[str, str]:
    """With no name the message says was required: the one plain word among the call's values that the message names
    (rollup `You must supply "output.name" for UMD bundles` for `-f umd`) is the case it was about, whichever option
    gave it; a call without it (`--format=es`) is another case. Nothing when no value, or more than one, is named."""
    from .call_values import in_quotes
    from .signals.values import bounded_in

    text = message[:2000].lower()
    words = {v.lower() for v in list(params.values())[:20]
             if isinstance(v, str) and len(v) >= 3 and _SITUATION_WORD.match(v) and bounded_in(v.lower(), text)
             and not in_quotes(v.lower(), text)}  # `missing operand after 'a-z'` points at the value itself
    return {ANY_PARAMETER: words.pop()} if len(words) == 1 else {}


def placeholders_of(names: list[str], message: str) -> list[str]:
    """The required names (or one of a name's `_or_` alternatives) that the message writes as a placeholder:
    in capitals (`SRC`, `REPOSITORY-NAME`) or in angle brackets (`<path>`)."""
    head = message[:4000]
    return [name for name in names if any(_placeholder(part).search(head) for part in name.split("_or_") if part)]


@lru_cache(maxsize=1024)
def _placeholder(part: str) -> re.Pattern[str]:
    """`SRC` or `<src>` for the name `src`, compiled once per name (the `re` module's own cache is shared with every
    regex made from a value, and a worker's stream of new values pushed these out of it)."""
    return re.compile(rf"(?<![\w-]){re.escape(part.upper()).replace('_', '[_-]')}(?![\w-])|<{re.escape(part).replace('_', '[_-]')}>")


# the option the message says to give, quoted with its value: enca `Please use `-L language'`
_SAYS_TO_GIVE_OPTION = Gated(re.compile(
    r"\bplease (?:use|specify|pass|give|add|set) [`'\"]--?(?P<o>[A-Za-z][\w-]{0,30})[ =]<?(?P<v>[A-Za-z][\w-]{1,30})>?[`'\"]"
    r"(?! instead)", re.I))


def required_names(params: dict[str, Any], message: str) -> list[str]:
    """The parameters the message says are required and this call did not give (normalised names)."""
    names: list[str] = []
    low = lowered(message)  # one lowered copy for every gated regex below (see `worker.literals.Gated`)
    alternatives = _MISSING_ONE_OF.search(message[:4000], low)
    if alternatives:  # mypy `Missing target module, package, files, or command.`: any one of them
        names.append("_or_".join(_norm(w) for w in re.findall(r"[a-z][\w-]*", alternatives.group("list")) if w != "or"))
    flags = _ONE_OF_FLAGS.search(message[:4000], low)
    if flags:  # SeqKit `one of flags -p (--pattern) and -f (--pattern-file) needed`: any one of them, by any of its names
        names.append("_or_".join(dict.fromkeys(_names_of(flags.group("list")))))
    either = _ONE_OF_REQUIRED.search(message[:4000], low)
    if either:  # black `One of 'SRC' or 'code' is required.`: any one of them
        names.append("_or_".join(_norm(w) for w in re.findall(r"[A-Za-z_][\w-]*", either.group("list")) if w != "or"))
    for pattern in _REQUIRED_NAMED:
        for match in pattern.finditer(message, low):
            names.append(_norm(_KEY_PATH.sub(r".\1", match.group("n"))).replace(" ", "_"))
    for match in _REQUIRED_PAIR.finditer(message[:4000], low):
        names += _names_of(match.group("a")) + _names_of(match.group("b"))
    for match in _MUST_GIVE_FLAGS.finditer(without_help(message[:4000]), low):
        names += _names_of(match.group("list"))
    for match in _NOT_SET_LIST.finditer(message[:4000], low):
        names += _names_of(match.group("list"))
    if not names and _REQUIRES_ARGS.search(message, low):
        usage = _USAGE.search(message)
        if usage:  # `Usage: docker run [OPTIONS] IMAGE [COMMAND]` names the positional that was missing:
            # the first the call did not give (`terraform import ADDR ID` given one: ID)
            slots = [m.group("a") or m.group("b") for m in _PLACEHOLDER.finditer(usage.group("line"))
                     if (m.group("a") or m.group("b")) not in ("OPTIONS", "FLAGS", "COMMAND", "ARG", "ARGS")]
            given = free_positionals(params)
            missing = slots[given] if given < len(slots) else (slots[0] if slots else None)
            if missing:
                names.append(_norm(missing))
    names = [n for n in dict.fromkeys(names) if n and not gives_parameter(params, n)]
    in_either = {part for n in names if "_or_" in n for part in n.split("_or_")}
    names = [n for n in names if n not in in_either]  # `'code' is required` within `One of 'SRC' or 'code' is required`
    if not names:  # enca `Cannot determine … your language preferences. Please use `-L language'`: the option it says to give
        names = [n for n in (f"{_norm(m.group('o'))}_or_{_norm(m.group('v'))}" for m in _SAYS_TO_GIVE_OPTION.finditer(message[:4000], low))
                 if not gives_parameter(params, n)][:1]
    if not names:  # `usage: git remote set-url [--push] <name> <newurl>` given a name: the newurl
        names = usage_slots(params, message)
    if not names:  # `missing operand` for `{paths: []}`: the one parameter the call passed empty
        names = empty_parameter(params, message)
    return names[:5]


# ---------------------------------------------------------------- a usage synopsis's required slots
# `usage: git remote set-url [--push] <name> <newurl> [<oldurl>]`, `Usage:\n  kubectl config use-context CONTEXT_NAME
# [options]`, `usage: cp [OPTION]... SOURCE DEST`: the first synopsis line, on the usage line or the one below it
_SYNOPSIS = re.compile(r"^[ \t]*(?:usage|Usage|USAGE):[ \t]*(?:\n[ \t]+)?(?P<line>\S[^\n]*)$"
                       # or a bare synopsis after the error, the program's name then its options placeholder (ldns
                       # `ldns-signzone [OPTIONS] zonefile key [key [key]]`): its plain words after that are its operands
                       r"|^[ \t]*(?P<bare>[\w.-]+ \[(?:OPTIONS?|options?)\][^\n]*)$", re.M)
_BARE_OPERAND = re.compile(r"(?<![\w<-])([a-z][\w-]{0,40})(?![\w>-])")
_WRAPPED = re.compile(r"^[ \t]{6,}(?!or:)[\[<(A-Z-]")
_OPTIONAL = re.compile(r"\[[^\[\]]*\]")  # an optional group, innermost first
_SLOT = re.compile(r"(?<![\w-])(?:<(?P<a>[A-Za-z][\w-]{0,40})>|(?P<b>[A-Z][A-Z0-9_-]{1,40}))(?![\w-])")
_NOT_SLOTS = frozenset({"options", "option", "flags", "flag", "command", "commands", "args", "arg", "argument", "arguments",
                        "subcommand", "global_options", "opts"})
# words a slot's name adds to what it holds (`<newurl>` is a url, `CONTEXT_NAME` a context, `<src-file>` a file)
_SLOT_PREFIXES = ("new", "old", "src", "source", "dst", "dest", "target", "remote", "local", "input", "output", "the")
_SLOT_SUFFIXES = ("name", "names", "id", "ids", "path", "paths", "file", "files")


def _required_part(message: str) -> str | None:
    """A usage synopsis's first line (wrapped lines joined) with every optional `[…]` group removed; None when the
    message shows no synopsis."""
    found = _SYNOPSIS.search(message[:4000])
    if found is None:
        return None
    if found.group("bare"):
        program, _, operands = found.group("bare").partition(" ")
        operands = _OPTIONAL.sub(" ", _OPTIONAL.sub(" ", operands))  # `[key [key]]`: optional, as nested groups are
        return (program + " " + _BARE_OPERAND.sub(r"<\1>", operands))[:400]
    line = found.group("line")
    for more in message[found.end():found.end() + 600].split("\n")[1:4]:  # a synopsis wrapped onto indented lines
        if not _WRAPPED.match(more):
            break
        line += " " + more.strip()
    line = line[:400]
    for _ in range(6):  # nested optional groups (`[-f [<n>]]`), innermost first
        line, count = _OPTIONAL.subn(" ", line)
        if not count:
            break
    return line


def synopsis_slots(message: str) -> list[str]:
    """The placeholders a usage synopsis requires, in order: outside every optional `[…]` group, normalised
    (`[--push] <name> <newurl> [<oldurl>]` → ['name', 'newurl']); [] when the message shows no synopsis."""
    line = _required_part(message)
    if line is None:
        return []
    slots = [_norm(m.group("a") or m.group("b")) for m in _SLOT.finditer(line)]
    return [s for s in dict.fromkeys(slots) if s not in _NOT_SLOTS][:6]


# an option a synopsis shows with its value (`-T <type>`, `--output=FILE`): the slot is that option's, not a positional's
_OPTION_BEFORE = re.compile(r"(?:^|\s)--?(?P<o>[A-Za-z][\w-]{0,30})[ =]\Z")


def option_slots(message: str) -> dict[str, str]:
    """The required slots of a usage synopsis that are an option's value, each with the option's name (`mscgen -T
    <type> [-o <file>] <infile>` → {'type': 't'}): an argv call gives the slot by giving the option."""
    line = _required_part(message)
    if line is None:
        return {}
    return {_norm(m.group("a") or m.group("b")): _norm(before.group("o")) for m in _SLOT.finditer(line)
            if (before := _OPTION_BEFORE.search(line, 0, m.start()))}


def _slot_names(slot: str) -> str:
    """A slot and what it holds, as alternatives the call may give (`newurl` → 'newurl_or_url',
    `context_name` → 'context_name_or_context')."""
    core = slot
    for prefix in _SLOT_PREFIXES:
        if core.startswith(prefix) and len(core) - len(prefix.rstrip("_")) >= 3:
            core = core[len(prefix):].lstrip("_")
            break
    for suffix in _SLOT_SUFFIXES:
        if core.endswith(suffix) and len(core.rstrip("_")) - len(suffix) >= 3:  # `<tagname>`, `CONTEXT_NAME`
            core = core[:-len(suffix)].rstrip("_")
            break
    return slot if core == slot or not core else f"{slot}_or_{core}"


def usage_slots(params: dict[str, Any], message: str) -> list[str]:
    """The synopsis's required slots this call did not give: each given by its name or what it holds (`url` gives
    `<newurl>`), the rest filled in order by the call's positionals (a command line's argv has no names)."""
    options = option_slots(message)
    slots = [(f"{options[slot]}_or_{_slot_names(slot)}" if slot in options else _slot_names(slot), slot in options)
             for slot in synopsis_slots(message)]
    missing = [(names, option) for names, option in slots if not gives_parameter(params, names)]
    filled = free_positionals(params)  # the call's positionals fill the first positional slots it left unnamed
    out = []
    for names, option in missing:
        if option or filled <= 0:
            out.append(names)
        else:
            filled -= 1
    return out


_SAYS_ABSENT = gated_regex(r"\b(?:missing|required|must (?:not be empty|be (?:given|specified|provided|set))|can(?:no|')t be "
                          r"(?:blank|empty)|is empty|no \w+ (?:given|specified|provided)|nothing to)\b", re.I)


def empty_parameter(params: dict[str, Any], message: str) -> list[str]:
    """The one parameter the call passed empty (`paths: []`, `email: ""`), when the message says something was
    missing and names nothing: the empty value is where the missing one belonged."""
    if _SAYS_ABSENT.search(message[:4000]) is None:
        return []
    empty = [_norm(str(k)) for k, v in params.items() if v in EMPTY and v is not None]
    return empty if len(empty) == 1 else []


def learnable(params: dict[str, Any], message: str, classification: Mapping[str, Any], tool: str = "") -> bool:
    """Learn this failure? The classifier's word, and a missing parameter too when the message
    shows what was missing: a required name the call did not give, a step to run, or that an
    argument is required at all (then the call's own parameters are the evidence)."""
    if classification.get("learnable"):
        return True
    if not classification.get("is_usage_error"):
        return False
    if classification.get("error_category") == "MISSING_PARAMETER" and float(classification.get("confidence") or 0) >= 0.5:
        return missing_evidence(params, message) != ""
    if classification.get("error_category") in WRONG_VALUE_CATEGORIES and (
            _one_value_breaks_its_kind(params, message) or _stated_rule_broken(params, message)):
        return True  # the message's own words settle a weak guess: the value it is about breaks what it said
    if ended_order(params, message, classification.get("error_category")):
        return True  # a list of operations went on after one that ended it, and the message says something was over
    if said_slips(params, message):
        return True  # a script's COMMIT with no transaction open, and the message says there was none
    from .attribution import missing_config
    from .kinds import read_as_another_type
    if classification.get("error_category") in ("WORKFLOW_SEQUENCE", "MISSING_PREREQUISITE") and method_steps(message, tool, params):
        return True  # `Call 'fit' with appropriate arguments before using this estimator`: a step of the tool's own family
    if classification.get("error_category") == "MISSING_PREREQUISITE" and missing_config(params, message):
        return True  # `ESLint couldn't find an eslint.config.* file`: a file to write first
    if classification.get("error_category") in WRONG_VALUE_CATEGORIES and read_as_another_type(tool, message, params):
        return True  # `wave_read_info` given an `.aiff`: `file does not start with RIFF id`
    # a usage error of another category whose message names a required parameter the call did not give
    # (`missing TABLE argument`, `Please specify at least one gem name`): a missing parameter, on that evidence
    return float(classification.get("confidence") or 0) >= NAMED_FLOOR and (missing_named(params, message)
                                                                         or values_short(params, message)
                                                                         or value_shown_wrong(params, message, classification, tool))


# the categories a wrong value comes as (a format, a wrong value, a wrong tool): a failure to read a file's kind too
WRONG_VALUE_CATEGORIES = frozenset({"INCORRECT_PARAMETER", "PARAMETER_FORMAT", "WRONG_TOOL_SELECTION"})


def _one_value_breaks_its_kind(params: dict[str, Any], message: str) -> bool:
    """The message is about a kind of value (`CroniterBadCronError: Exactly 5, 6 or 7 columns …`: a cron
    expression) and the call's one value of text is none: the evidence a weak classification lacks."""
    from .kinds import kind_accepts, message_kind

    texts = [v for v in params.values() if isinstance(v, str) and v]
    if len(texts) != 1:
        return False
    kind = message_kind(message.replace(texts[0], " "))  # its kind in the message's words, not in the value's (`a.json`)
    return kind is not None and not kind_accepts(kind, texts[0])


def value_shown_wrong(params: dict[str, Any], message: str, classification: Mapping[str, Any], tool: str = "") -> bool:
    """A wrong value on the message's own evidence: it states a rule (`must be: 'es6', 'es2015', …`) that the value it
    names (or the one value) breaks, or it names a file of the call, or that file's type, as what it could not read
    (`no decode delegate for this image format `JSON'` for data.json), and the tool (whose name may say it reads
    that very type: `json_fmt` on a.json) would fail on other files too, as the extractor judges it."""
    if classification.get("error_category") not in WRONG_VALUE_CATEGORIES:
        return False
    from .kinds import about_the_file, unreadable_types

    return _stated_rule_broken(params, message) or any(
        about_the_file(value, message, params.values()) and unreadable_types(tool, value, message) for value in params.values())


def _stated_rule_broken(params: dict[str, Any], message: str) -> bool:
    """The message states a rule (`must be: 'es6', 'es2015', …`, `must start with /`) that the value it names, or the
    one value that could be meant, breaks."""
    from .attribution import attribute  # attribution reads the classifier; kept out of import time
    from .stated import stated_validation

    stated = stated_validation(message)
    stated.pop("suggestion", None)
    if not stated:
        return False
    parameter, broken = attribute(params, message, None, [stated])
    # the value the message names (`'--target'`), or the only one, breaks the rule (a map's is not one value:
    # `data/replicas must be <= 10` is about one of its keys)
    return bool(broken.get("kind")) and parameter is not None and isinstance(params.get(parameter), (str, int, float))


NAMED_FLOOR = 0.4  # a guess of the classifier's that the message's own words settle (a named required parameter)


def missing_named(params: dict[str, Any], message: str) -> bool:
    """The message names a required parameter the call did not give, in words that say only that."""
    return bool(required_names(params, message))


def missing_evidence(params: dict[str, Any], message: str, tool: str = "") -> str:
    """'named', 'step' (the message names a command to run first, not a parameter), 'said' or ''."""
    if required_names(params, message):
        return "named"
    if values_short(params, message):
        return "said"  # `the query has 1 placeholders but 0 parameters were passed`: counted in the call
    if commands_in(message):
        return "step"
    if _MISSING_OPERAND.search(message) and any(v not in EMPTY for v in params.values()):
        return "said"  # coreutils `missing destination file operand after 'a.txt'`: the call's shape is the evidence
    return "said" if _SAYS_REQUIRED.search(message) else ""


# ---------------------------------------------------------------- how many values a call gives
_LITERAL_TEXT = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_DOLLAR = re.compile(r"(?<![\w$])\$(\d{1,3})\b")
_MARK = re.compile(r"(?<![\w?])\?(?![\w?|&])|(?<!%)%s\b|(?<!%)%\([A-Za-z_]\w*\)s")  # ?, psycopg's %s and %(name)s


def placeholders(statement: Any) -> int:
    """How many values a statement's placeholders take (`?` marks, or the highest `$N`), string literals aside."""
    if not isinstance(statement, str) or len(statement) > 8192:
        return 0
    text = _LITERAL_TEXT.sub("''", statement)
    dollars = [int(n) for n in _DOLLAR.findall(text)]
    return max(dollars) if dollars else len(_MARK.findall(text))


# SQLAlchemy's and SQLite's `:name` (not PostgreSQL's `::type` cast), psycopg's `%(name)s`
_NAMED_MARK = re.compile(r"(?<![:\w]):([A-Za-z_]\w{0,60})\b|(?<!%)%\(([A-Za-z_]\w{0,60})\)s")
NAMED_BINDS = "<named>"  # a statement's named placeholders, against the keys of the call's map of values


def named_placeholders(statement: Any) -> list[str]:
    """The names a statement's named placeholders take (`WHERE id = :id AND total > :min_total` → id, min_total)."""
    if not isinstance(statement, str) or len(statement) > 8192:
        return []
    text = _LITERAL_TEXT.sub("''", statement)
    return list(dict.fromkeys(a or b for a, b in _NAMED_MARK.findall(text)))[:50]


def named_bind_statement(params: dict[str, Any], required: list[str]) -> str | None:
    """The one statement of the call whose named placeholders include every name the message says is required
    (`A value is required for bind parameter 'id'` for `WHERE id = :id`)."""
    statements = [k for k, v in params.items() if required and set(required) <= set(named_placeholders(v))]
    return statements[0] if len(statements) == 1 else None


def unbound_names(params: dict[str, Any], statement: str) -> list[str]:
    """The statement's named placeholders that the call gives no value for: neither a key of a map it passes nor
    a parameter of its own."""
    given = {str(k) for k in params} | {str(k) for v in params.values() if isinstance(v, dict) for k in v}
    return [name for name in named_placeholders(params.get(statement)) if name not in given]


def bind_shortfall(params: dict[str, Any]) -> tuple[str, str] | None:
    """(statement parameter, values parameter) when the call's one statement has more placeholders than its one
    list of values has items (`WHERE id = $1 AND a = $2` given `[1]`), else None."""
    statements = [k for k, v in params.items() if placeholders(v) > 0]
    lists = [k for k, v in params.items() if isinstance(v, (list, tuple))]
    if len(statements) != 1 or len(lists) != 1:
        return None
    return (statements[0], lists[0]) if len(params[lists[0]]) < placeholders(params[statements[0]]) else None


def list_lengths(params: dict[str, Any]) -> dict[str, int]:
    """How many items each list of the call holds (a missing value can only come as one more item)."""
    return {str(k): len(v) for k, v in params.items() if isinstance(v, (list, tuple))}


_SPEAKS_OF_VALUES = re.compile(r"\b(?:arguments?|parameters?|bindings?|bind|values?|placeholders?)\b", re.I)


def values_short(params: dict[str, Any], message: str) -> bool:
    """The call's statement has more placeholders than its list of values has items, and the message speaks
    of arguments, parameters or bindings (`Incorrect arguments to mysqld_stmt_execute`): a value was not given."""
    return bind_shortfall(params) is not None and _SPEAKS_OF_VALUES.search(message[:2000]) is not None
