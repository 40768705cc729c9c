"""A classification is a sum type: its four views never disagree, whichever side it is on."""
import pytest

from worker import records
from worker.classifier import classify_error_type
from worker.extractor import extract_usage_pattern


@pytest.mark.parametrize("tool, message, kind", [
    ("git_checkout", "error: pathspec 'feature-x' did not match any file(s) known to git", "usage"),
    ("curl", "curl: (6) Could not resolve host: example.invalid", "infrastructure"),
    ("tool", "something odd happened", "unknown"),
])
def test_views_of_a_classification_agree(tool: str, message: str, kind: str) -> None:
    found = classify_error_type(tool, {"ref": "feature-x"}, message)
    assert found["kind"] == kind
    assert found["is_usage_error"] is (kind == "usage")
    assert (found["error_category"] is not None) is (kind == "usage")
    assert found["infra_kind"] is None or kind == "infrastructure"
    assert not found["learnable"] or kind == "usage"
    label = records.label(found)
    assert label == (found["error_category"] if kind == "usage" else f"infrastructure/{found['infra_kind']}"
                     if kind == "infrastructure" else "unknown")


def test_infrastructure_is_never_learnable_and_extraction_refuses_it() -> None:
    fault = records.infrastructure("network", 0.9, {})
    assert fault["learnable"] is False and fault["is_usage_error"] is False
    with pytest.raises(ValueError):
        extract_usage_pattern("curl", {}, "connection refused", fault)
