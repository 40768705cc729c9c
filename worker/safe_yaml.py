"""`yaml.safe_load` with its expansion bounded: a 468-byte alias bomb ("billion laughs") is refused
before it is built, instead of becoming a 35 MB pattern and a 117 MB snapshot.

The document is composed first (aliases are shared nodes there, so composing is cheap), its
expanded size is counted over the node graph without recursion, and only a document that expands
to at most `max_nodes` nodes, nests at most `max_depth` deep and has no alias cycles is built.
Refusals raise `YAMLRefused`, a `yaml.YAMLError`, so callers' existing handling applies.
"""
from __future__ import annotations

from typing import Any

import yaml

MAX_NODES = 2_000_000  # expanded through aliases; a 5,000-pattern snapshot is ~250,000 nodes
MAX_DEPTH = 64
MAX_ALIAS_GROWTH = 10  # aliases may at most multiply a document's own node count by this


class YAMLRefused(yaml.YAMLError):
    """Too large once aliases are expanded, too deep, or self-referencing."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def expanded_size(root: yaml.Node, max_depth: int = MAX_DEPTH) -> tuple[int, int]:
    """(nodes once every alias is expanded, distinct nodes), iteratively, memoised per node."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in size:
            continue
        if key in on_path:
            raise YAMLRefused("an alias refers to a node that contains it")
        if depth > max_depth:
            raise YAMLRefused(f"nested deeper than {max_depth} levels")
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node) if id(child) not in size)
    return size[id(root)], len(size)


def load(text: str, loader: Any = yaml.SafeLoader, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> Any:
    """Like `yaml.load(text, Loader=loader)` for a safe loader (SafeLoader, or libyaml's CSafeLoader),
    refusing documents that would expand beyond the limits."""
    try:
        root = yaml.compose(text, Loader=loader)
    except RecursionError:
        raise YAMLRefused(f"nested deeper than {max_depth} levels") from None
    if root is None:
        return None
    total, distinct = expanded_size(root, max_depth)
    # Aliases are what can make a small text huge; a document without them is as big as its text
    # (which callers bound), so a 100,000-pattern snapshot of its own still loads.
    if total > MAX_ALIAS_GROWTH * distinct + 1000 or (total > distinct and total > max_nodes):
        raise YAMLRefused(f"expands to {total:,} nodes from {distinct:,} (aliases); refused")
    constructor = loader("")
    try:
        return constructor.construct_document(root)
    finally:
        constructor.dispose()
