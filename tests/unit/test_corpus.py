"""Accuracy on the corpus of real tool errors (tests/corpus): the bars of the classifier issue."""
from tests.corpus.score import load_rows, score


def test_the_corpus_is_big_and_varied_enough_to_judge_by():
    rows = load_rows()
    assert len(rows) >= 150 and len({row["tool"] for row in rows}) >= 15


def test_classifier_accuracy_on_real_errors_meets_the_bar():
    result = score(load_rows())
    report = "\n".join("want %s got %s (%s) %s: %s" % miss for miss in result["misses"])
    assert result["usage_accuracy"] >= 0.95, report
    assert result["category_accuracy"] >= 0.85, report
    assert result["infra_learnable"] == 0, report
