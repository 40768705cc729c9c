from producers.context import session_context


def p(pid: str, tool: str, confidence: float, observations: int) -> dict:
    return {"id": pid, "tool": tool, "confidence": confidence, "observations": observations,
            "root_cause": f"root cause {pid}", "prevention_steps": [{"action": "x", "reason": f"avoid {pid}"}],
            "mistake_pattern": {"common_mistakes": [f"bad-{pid}"]}}


PATTERNS = [p("a", "git_push", 0.95, 100), p("b", "git_push", 0.85, 20), p("c", "bonfire_deploy", 0.90, 50),
            p("low", "git_push", 0.70, 500)]


def test_pitfalls_are_grouped_by_tool_ranked_and_filtered_by_confidence():
    text = session_context(PATTERNS, top=15, min_confidence=0.80)
    assert "### git_push" in text and "### bonfire_deploy" in text and "root cause low" not in text
    assert text.index("root cause a") < text.index("root cause b")
    assert text.index("### git_push") < text.index("### bonfire_deploy")  # a (95 × 100) ranks first
    assert "avoid a" in text and "bad-a" in text


def test_top_n_text_format_and_the_size_budget_hold():
    assert session_context(PATTERNS, top=1).count("root cause") == 1
    text = session_context(PATTERNS, fmt="text")
    assert text.startswith("KNOWN TOOL-USAGE PITFALLS") and "git_push:" in text
    small = session_context(PATTERNS, max_chars=200)
    assert len(small) <= 200 and "root cause a" in small
    assert session_context([], top=5) == ""
