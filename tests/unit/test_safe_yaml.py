"""YAML with alias expansion bounded: a bomb is refused where snapshots and rule packs are read."""
from __future__ import annotations

import pytest
import yaml

from worker import safe_yaml
from worker.rules import RulePackError, parse_pack
from worker.snapshot import SnapshotError, parse_patterns

BOMB = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi")]) + "\n"


def test_the_alias_bomb_is_small_and_refused():
    assert len(BOMB) < 500
    with pytest.raises(safe_yaml.YAMLRefused, match="expands to"):
        safe_yaml.load(BOMB)


def test_snapshot_and_rule_pack_readers_refuse_it_with_their_own_one_line_error():
    with pytest.raises(SnapshotError, match="not valid YAML"):
        parse_patterns("usage_patterns:\n- " + BOMB.replace("\n", "\n  "), "bomb.yaml")
    with pytest.raises(RulePackError, match="not valid YAML"):
        parse_pack(BOMB, "bomb.yaml")


@pytest.mark.parametrize("text,reason", [("a: &a [*a]", "contains it"), ("[" * 3000 + "]" * 3000, "deeper"),
                                          ("[" * 70 + "]" * 70, "deeper")])
def test_cycles_and_deep_nesting_are_refused(text, reason):
    with pytest.raises(safe_yaml.YAMLRefused, match=reason):
        safe_yaml.load(text)


def test_ordinary_documents_and_modest_aliases_load_as_safe_load_would():
    text = "base: &base {retries: 3}\nx: *base\ny: [1, 2, {z: null}]\n"
    assert safe_yaml.load(text) == yaml.safe_load(text)
    assert safe_yaml.load("") is None
    with pytest.raises(yaml.YAMLError):
        safe_yaml.load("!!python/object:os.system {}")


def test_a_document_without_aliases_loads_at_any_node_count_but_an_expansion_past_the_cap_does_not():
    """A store's own large snapshot must reload (it has no aliases); aliases may not push a
    document past the node cap even within the growth factor."""
    plain = "[" + ", ".join(f"{{id: p{i}, n: {i}}}" for i in range(2_000)) + "]"
    assert len(safe_yaml.load(plain, max_nodes=1_000)) == 2_000
    shared = "base: &b [" + ", ".join(str(i) for i in range(300)) + "]\nuse: [*b, *b, *b]\n"
    assert safe_yaml.load(shared)["use"][2][299] == 299
    with pytest.raises(safe_yaml.YAMLRefused, match="expands to"):
        safe_yaml.load(shared, max_nodes=1_000)
