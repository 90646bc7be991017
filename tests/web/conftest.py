"""Browser tests: a real uvicorn server on 127.0.0.1 (free port) and Debian's chromium driven by
Playwright (never a browser download). With CI=true a missing browser FAILS the tests instead of
skipping them. Screenshots go to test-artifacts/screenshots/ (gitignored)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.webdata import build_db

CHROMIUM = os.environ.get("BILATERAL_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
TOKEN = "browser-test-token"


def _need_browser() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"chromium not found at {CHROMIUM} (apt-get install chromium; scripts/system-deps.sh does it)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message + " — browser tests must run in CI")
    pytest.skip(message)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    _need_browser()
    try:
        from playwright.sync_api import sync_playwright
    except ModuleNotFoundError:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail("the playwright package is missing (pip install 'bilateral[dev]')")
        pytest.skip("the playwright package is missing")
    with sync_playwright() as p:
        # launch() gives every run a fresh temporary profile
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, ctx: Any) -> Iterator[str]:
    """The app over a fresh seeded database, served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from bilateral.api import create_app

    db = build_db(tmp_path_factory.mktemp("browserdb") / "web.db")
    app = create_app(db, token=TOKEN, max_upload_bytes=500_000, context=lambda: ctx)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page that records console errors and refuses every request off 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.errors.append(f"dialog: {d.message}"), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert outside == [], f"the page tried to reach the internet: {outside}"
