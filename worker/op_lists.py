"""Order inside one call: a list of operations (`ops: [{op: write}, {op: close}, {op: write}]`) that goes on after a
step that ends what it works on (close, finish, flush …).

Pure. A tool that takes a script of operations fails on the order within the call, not on the session's state: the
next call whose list has the same step after the same ending is the same mistake, whatever ran before it, and a list
with the ending last is none. An operation is known by its name and the names of its other fields (`flush` is not
`flush(mode)`: a flush that keeps the frame open is another operation).
"""
from __future__ import annotations

import re
from typing import Any

# the field of an operation that names it
OP_KEYS = ("op", "operation", "action", "cmd", "command", "method", "step", "type", "kind")
# operations after which the thing they work on is over (a stream closed, a compressor finished, a handle released)
ENDING_OPS = frozenset("close finish flush end stop shutdown quit exit disconnect release dispose destroy free terminate "
                       "complete done cancel abort detach unmount eof commit rollback".split())
# endings that are one another's alternative: a transaction is over after any of them (lmdb's `commit` or `abort`)
_TRANSACTION_ENDS = frozenset({"commit", "abort", "rollback"})
# operations that begin anew what an ending ended (`close`, `open`, `read` is no use after a close)
OPENING_OPS = frozenset("open reopen start begin init connect create new reset attach mount restart resume "
                        "writer reader cursor session transaction txn".split())  # a new handle (whoosh `writer`) too
MAX_OPS = 50
MAX_PAIRS = 12


def _identity(item: Any) -> str | None:
    """An operation's name and its other fields' names (`flush(mode)`), or None for an item that names none."""
    if isinstance(item, str):
        return item.strip().lower() or None
    if isinstance(item, dict):
        key = next((k for k in OP_KEYS if isinstance(item.get(k), str) and item[k].strip()), None)
        if key is not None:
            others = ",".join(sorted(str(k) for k in item if k != key))
            return f"{item[key].strip().lower()}({others})"
    return None


def operations(value: Any) -> list[str] | None:
    """The identities of a list of operations, or None when the value is no such list (two or more items, each one an
    operation: a dict with a name field, or a word)."""
    if not isinstance(value, list) or not 2 <= len(value) <= MAX_OPS:
        return None
    if not any(isinstance(item, dict) for item in value) and not all(
            isinstance(item, str) and item.isidentifier() for item in value):
        return None  # plain words count only as identifiers (`[flush, flush]`), not as any list of text
    names = [_identity(item) for item in value]
    return None if any(name is None for name in names) else [name for name in names if name is not None]


def _name(identity: str) -> str:
    return identity.split("(", 1)[0]


def after_ending(value: Any, also: frozenset[str] = frozenset()) -> list[list[str]]:
    """Each (ending operation, an operation after it and before anything begins anew) the list holds, in order, at most
    MAX_PAIRS; [] for none. `also`: operations that end something for this tool (wave's `writeframes`, after which
    `cannot change parameters after starting to write`)."""
    names = operations(value)
    if not names:
        return []
    pairs: list[list[str]] = []
    for at, ending in enumerate(names):
        if _name(ending) in ENDING_OPS or _name(ending) in also:
            for later in names[at + 1:]:
                if _name(later) in OPENING_OPS:
                    break  # begun anew: what follows is no use of the ended thing
                if _name(ending) not in ENDING_OPS and _name(later) in also:
                    continue  # more of what the message said had started (`writeframes` again): it goes on, no mistake
                if [ending, later] not in pairs:
                    pairs.append([ending, later])
    return pairs[:MAX_PAIRS]


def ending_kind(identity: str) -> str:
    """What an ending ends, for matching: every end of a transaction is one (`put` after `abort` repeats `put` after
    `commit`); any other ending is itself (`write` after `flush` is no `write` after `close`)."""
    return "end-of-transaction" if _name(identity) in _TRANSACTION_ENDS else identity


_SETTER_VERBS = ("set", "change", "update", "configure")


def later_kind(ending: str, later: str) -> str:
    """What comes after an ending, for matching: after an operation only this tool's message made an ending (`writeframes`),
    one of a family of setters is any of them (`setsampwidth` after it repeats `setframerate` after it); else itself."""
    name = _name(later)
    if _name(ending) in ENDING_OPS:
        return later
    verb = next((v for v in _SETTER_VERBS if name.startswith(v) and len(name) > len(v)), None)
    return f"{verb}*{later[len(name):]}" if verb else later



def after_ending_in(params: dict[str, Any], also: frozenset[str] = frozenset()) -> dict[str, list[list[str]]]:
    """Per parameter, the (ending, later) pairs its list of operations holds."""
    found = {str(key): after_ending(value, also) for key, value in params.items()}
    return {key: pairs for key, pairs in found.items() if pairs}


# `cannot change parameters after starting to write` (Python's wave, aifc, sunau): the operations that write end the
# time for setting parameters
_AFTER_STARTING = re.compile(r"\bafter (?:starting|beginning|having started) to (?P<v>[a-z]{3,15})\b", re.I)


def said_endings(names: list[str], message: str) -> frozenset[str]:
    """The operations of a list whose name holds the verb the message says ended something (`writeframes` for
    `after starting to write`)."""
    found = _AFTER_STARTING.search(message[:2000])
    if found is None:
        return frozenset()
    verb = found.group("v").lower()
    return frozenset(_name(n) for n in names if verb in _name(n))


# the message speaks of something that is over or cannot be used again (`Destination already closed`, `cannot call
# compress() after compressor finished`, h5py's `invalid identifier` of a closed handle)
_OVER = re.compile(r"\b(?:closed|finished|ended|already|after|no longer|not (?:open|active|running|started)|multiple times|twice"
                   r"|invalid (?:identifier|handle|state)|inconsistent (?:\w+ )?state|reused?)\b", re.I)


def ended_order(params: dict[str, Any], message: str, category: str | None) -> dict[str, list[list[str]]]:
    """The (ending, later) pairs of the call's lists of operations, when the failure is about the order: classified so,
    or its message says something was over. {} otherwise."""
    also = frozenset(n for value in params.values() for n in said_endings(operations(value) or [], message))
    found = after_ending_in(params, also)
    if not found or (category != "WORKFLOW_SEQUENCE" and _OVER.search(message[:2000]) is None):
        return {}
    return found
