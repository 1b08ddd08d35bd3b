"""Headless Chromium for the browser tests: where it is, how it starts, and a skip that
says why when it cannot (no playwright package, no Chromium, a broken install)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("BAYAN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") \
    or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set BAYAN_CHROMIUM)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        except Exception as exc:  # a broken install must say why, not hang
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {exc}")
        yield browser
        browser.close()
