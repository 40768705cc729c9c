"""Order inside one SQL script: transaction statements out of their place (a COMMIT with no transaction open, a RELEASE
of a savepoint never set, a VACUUM inside a transaction).

Pure. Each call of a SQL tool is its own connection as far as a check can tell (the failures learned here came with a
BEGIN in an earlier call of the session), so a script is judged by itself: the next script that makes the same slip is
the same mistake, and one that opens its transaction first (`BEGIN; …; COMMIT`) is none.
"""
from __future__ import annotations

import re
from typing import Any

from .safe_regex import MAX_VALUE_CHARS

END_WITHOUT_BEGIN = "end_without_begin"
UNKNOWN_SAVEPOINT = "unknown_savepoint"
VACUUM_IN_TRANSACTION = "vacuum_in_transaction"

_STRING = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_WORDS = re.compile(r"[A-Za-z_][\w$]*")
# the message says which slip it was (SQLite, DuckDB, PostgreSQL wordings)
_SAYS = ((END_WITHOUT_BEGIN, re.compile(r"\bno transaction (?:is )?(?:active|in progress|open)\b|\bnot in a transaction\b"
                                        r"|\bthere is no transaction in progress\b", re.I)),
         (UNKNOWN_SAVEPOINT, re.compile(r"\bno such savepoint\b|\bsavepoint \S+ does not exist\b", re.I)),
         (VACUUM_IN_TRANSACTION, re.compile(r"\bVACUUM\b.{0,40}\b(?:within|inside) a transaction\b"
                                            r"|\bVACUUM cannot run inside a transaction\b", re.I)))


def slips(script: Any) -> list[str]:
    """The transaction slips a script makes, each once, in order; [] for a value that is no script of statements."""
    if not isinstance(script, str):
        return []
    found: list[str] = []
    open_txn, by_savepoint, savepoints = False, False, []
    for statement in _STRING.sub("''", script[:MAX_VALUE_CHARS * 8]).split(";"):
        words = [w.upper() for w in _WORDS.findall(statement)[:6]]
        if not words:
            continue
        slip = None
        head = words[0]
        if head == "BEGIN" or words[:2] == ["START", "TRANSACTION"]:
            open_txn, by_savepoint = True, False
        elif head == "SAVEPOINT" and len(words) > 1:
            savepoints.append(words[1])
            open_txn, by_savepoint = True, by_savepoint or not open_txn
        elif head == "ROLLBACK" and "TO" in words:
            name = words[-1]
            if name not in savepoints:
                slip = UNKNOWN_SAVEPOINT
            else:
                del savepoints[savepoints.index(name) + 1:]
        elif head == "RELEASE" and len(words) > 1:
            name = words[-1]
            if name not in savepoints:
                slip = UNKNOWN_SAVEPOINT
            else:
                del savepoints[savepoints.index(name):]
                if by_savepoint and not savepoints:
                    open_txn = False
        elif head in ("COMMIT", "END", "ROLLBACK"):
            if not open_txn:
                slip = END_WITHOUT_BEGIN
            open_txn, by_savepoint, savepoints = False, False, []
        elif head == "VACUUM" and open_txn:
            slip = VACUUM_IN_TRANSACTION
        if slip is not None and slip not in found:
            found.append(slip)
    return found


def said_slips(params: dict[str, Any], message: str) -> dict[str, list[str]]:
    """Per parameter, the slips its script makes that the message names (`cannot commit - no transaction is active`);
    {} when the message names none or no script makes one."""
    head = message[:2000]
    low = head.lower()
    if "transaction" not in low and "savepoint" not in low:
        return {}  # the common case: a message that speaks of no transaction, at the cost of one lowering
    said = [name for name, wording in _SAYS if wording.search(head)]
    if not said:
        return {}
    found = {str(key): [s for s in slips(value) if s in said] for key, value in params.items()}
    return {key: kinds for key, kinds in found.items() if kinds}
