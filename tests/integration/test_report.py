"""`usage-patterns report --html FILE` as a person sees it: learned by a real worker from real events,
rendered in headless Chromium (Debian's `chromium` + `chromium-driver`; scripts/test.sh installs them),
no console error, no request, every section there, pattern text shown as text, a screenshot kept."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue, Worker

from tests.conftest import cli, wait_for
from usage_patterns.report import SECTIONS
from worker.storage import UsagePatternStorage

SHORT = "74ec56e"
DEPLOY = {"tool": "deploy", "params": {"image_tag": SHORT}, "error": f"manifest unknown: quay.io/app:{SHORT}"}
SERVER = {"tool": "jira_get", "params": {"key": "ABC-1"}, "error": "503 Service Unavailable"}
GOOD = {"tool": "deploy", "params": {"image_tag": "v1.2.3"}, "ok": True, "result": "deployed"}
# pattern text is user data: were it not escaped, these would run, load, or break the table
HOSTILE = '<script>console.error("xss")</script><img src="x" onerror="console.error(1)"></td></tr>'


def browser():
    """Headless Chromium driven by selenium with Debian's chromedriver (nothing downloaded)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.fail("no headless Chromium: install Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver; scripts/test.sh does it when missing)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def test_report_renders_every_section_in_headless_chromium(env, processes, redis: Redis, tmp_path):
    from selenium.webdriver.common.by import By

    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    processes.start("worker")
    events_queue = env["USAGE_PATTERNS_QUEUE"]
    wait_for(lambda: Worker.all(connection=redis, queue=Queue(events_queue, connection=redis)), message="worker up")
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(e) + "\n" for e in [DEPLOY] * 12 + [SERVER] * 2 + [GOOD] * 3))
    assert cli("replay", str(events), env=env).returncode == 0
    wait_for(lambda: store.counters().get("events", 0) == 17, 120, message="17 events learned")
    [learned] = store.list_patterns()
    warned = {**GOOD, "warned_patterns": [learned["id"]]}
    outcomes = tmp_path / "outcomes.jsonl"
    outcomes.write_text("".join(json.dumps(e) + "\n" for e in [warned, warned, {**warned, "override": True}]))
    assert cli("replay", str(outcomes), env=env).returncode == 0  # two prevented, one false positive
    wait_for(lambda: store.counters().get("events", 0) == 20, 120, message="the outcomes learned")
    store.add_pattern({"id": "p-hostile", "tool": "git_push", "error_category": "MISSING_PREREQUISITE",
                       "confidence": 0.97, "observations": 150, "root_cause": HOSTILE,
                       "first_seen": "2026-11-20T10:00:00+00:00", "last_seen": "2026-11-28T10:00:00+00:00",
                       "prevention_steps": [{"action": "call_tool_first", "tool": "git_commit", "reason": HOSTILE}]})
    assert cli("maintain", env=env).returncode == 0

    per_day = json.loads(cli("status", "--json", env=env).stdout)["patterns"]["per_day"]
    assert list(per_day.values()) == [{"events": 20, "usage_errors": 12}]
    page = tmp_path / "report.html"
    done = cli("report", "--html", str(page), env=env)
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.replace("&lt;script", "") and "<link" not in html  # self-contained, no script

    driver = browser()
    try:
        driver.get(page.as_uri())
        height = driver.execute_script("return document.documentElement.scrollHeight")
        chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
        driver.set_window_size(1400, min(int(height) + int(chrome) + 20, 12000))  # the whole page in one shot
        driver.save_screenshot(str(tmp_path / "report.png"))
        errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        assert errors == [], errors
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # no request
        assert driver.execute_script("return document.scripts.length + document.images.length") == 0
        for anchor, title in SECTIONS:
            section = driver.find_element(By.ID, anchor)
            assert section.is_displayed() and section.find_element(By.TAG_NAME, "h2").text == title
            assert section.size["height"] > 60, anchor
        charts = driver.find_elements(By.CSS_SELECTOR, "section svg")
        assert len(charts) >= 6 and all(chart.size["width"] > 100 and chart.size["height"] > 20 for chart in charts)
        overview = driver.find_element(By.ID, "overview").text
        assert "patterns\n2" in overview and "events learned from\n20" in overview, overview

        rows = driver.find_elements(By.CSS_SELECTOR, "#top-patterns tbody tr")
        assert len(rows) == 2  # the hostile text closed no row
        cells = [cell.text for cell in rows[0].find_elements(By.TAG_NAME, "td")]
        assert cells[:5] == ["0.97", "block", "git_push", "MISSING_PREREQUISITE", "150"]
        assert cells[5] == HOSTILE  # shown as the text it is
        assert cells[6] == f"call_tool_first — tool: git_commit, reason: {HOSTILE}"
        learned_cells = [cell.text for cell in rows[1].find_elements(By.TAG_NAME, "td")]
        assert learned_cells[2] == "deploy" and learned_cells[3] == learned["error_category"]
        assert learned_cells[6].count("\n") + 1 == len(learned["prevention_steps"]) > 0  # one line per step

        prevention = driver.find_elements(By.CSS_SELECTOR, "#prevention tbody tr")
        assert [[c.text for c in row.find_elements(By.TAG_NAME, "td")][:5] for row in prevention] == [
            ["deploy", learned["error_category"], "2", "1", "67%"]]
        tools = driver.find_element(By.ID, "tools").text
        assert "git_push" in tools and "deploy" in tools
        queues = driver.find_element(By.ID, "queues").text
        assert events_queue in queues and "NOBODY SERVES IT" in queues  # the maintenance queue has no worker here
        assert len(driver.find_elements(By.CSS_SELECTOR, "#maintenance tbody tr")) == 1
        timeline = driver.find_element(By.ID, "timeline").get_attribute("innerHTML")
        [today] = per_day  # every event was recorded today
        assert f"{today}: 20<" in timeline and f"{today}: 12<" in timeline  # events, usage mistakes
        assert "2026-11-20: 1<" in timeline  # the imported pattern was first seen then
        assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline svg")) == 3
    finally:
        driver.quit()
    assert (tmp_path / "report.png").stat().st_size > 10_000
    print(f"screenshot: {tmp_path / 'report.png'}")
