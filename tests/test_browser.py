"""End to end: the server on a free port, the page driven in headless Chromium (Debian's
`chromium` + `chromium-driver`, through Selenium; no browser download).

Checks that markers appear, that a filter and a timeline brush change what is shown, that a
marker opens a card with highlighted evidence, and that an article full of HTML tags is shown
as text. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")

if not CHROMIUM.exists():
    pytest.skip("headless browser test needs Debian's chromium at /usr/bin/chromium "
                "(apt-get install -y chromium chromium-driver)", allow_module_level=True)
if not CHROMEDRIVER.exists():
    pytest.skip("headless browser test needs chromedriver (apt-get install -y chromium-driver)",
                allow_module_level=True)
pytest.importorskip("fastapi")
webdriver = pytest.importorskip("selenium.webdriver")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402
from test_api import build_db  # noqa: E402

from eventwatch.web.app import create_app  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1400,1100")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    db = build_db(tmp_path_factory.mktemp("browser") / "events.db")
    port = free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    options = Options()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="eventwatch-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def api(server: str, path: str, **params):
    response = httpx.get(server + path, params=params, timeout=10)
    response.raise_for_status()
    return response.json()


def located(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]


def wait_ready(driver, timeout: float = 15) -> None:
    WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))


def markers(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "#map .marker")


def wait_markers(driver, count: int, timeout: float = 15) -> list:
    WebDriverWait(driver, timeout).until(lambda d: len(markers(d)) == count,
                                         f"expected {count} markers")
    return markers(driver)


def click(driver, element) -> None:
    """A real click where the element is on top; a dispatched one where a neighbour covers it."""
    try:
        ActionChains(driver).move_to_element(element).click().perform()
    except Exception:  # noqa: BLE001 - covered by another marker
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)


def screenshot(driver, name: str) -> Path:
    """The whole page, not just the window: the window grows to the page's height for the shot."""
    ARTIFACTS.mkdir(exist_ok=True)
    size = driver.get_window_size()
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size["width"], max(size["height"], min(int(height) + 140, 6000)))
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    driver.set_window_size(size["width"], size["height"])
    return path


def open_event(driver, event_id: int):
    marker = driver.find_element(By.CSS_SELECTOR, f'#map .marker[data-id="{event_id}"]')
    click(driver, marker)
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.ID, "card").get_attribute("data-event-id") == str(event_id))
    return driver.find_element(By.ID, "card")


def test_page_end_to_end(server: str, browser) -> None:
    everything = api(server, "/api/events", limit=10000)["items"]
    browser.get(server + "/")
    wait_ready(browser)

    # Markers: one per located event, coloured by type; provinces drawn from the shipped polygons.
    shown = wait_markers(browser, len(located(everything)))
    assert len(shown) >= 6
    assert len(browser.find_elements(By.CSS_SELECTOR, "#provinces .province")) >= 30
    fills = {m.get_attribute("fill") for m in shown}
    assert len(fills) >= 2, "markers are coloured by event type"
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline #bars .bar")
    assert bars, "the timeline has bars"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#claims .claim-chart")) >= 1
    screenshot(browser, "web-page.png")

    # A filter changes what is shown.
    vac = api(server, "/api/events", type="Violence against civilians", limit=10000)["items"]
    Select(browser.find_element(By.ID, "f-type")).select_by_value("Violence against civilians")
    wait_ready(browser)
    shown = wait_markers(browser, len(located(vac)))
    assert 0 < len(shown) < len(located(everything))
    assert {m.get_attribute("data-type") for m in shown} == {"Violence against civilians"}
    browser.find_element(By.ID, "f-reset").click()
    wait_ready(browser)
    wait_markers(browser, len(located(everything)))

    # Text search.
    box = browser.find_element(By.ID, "f-q")
    box.send_keys("truffle")
    browser.find_element(By.ID, "f-apply").click()
    wait_ready(browser)
    (truffle_marker,) = wait_markers(browser, 1)
    truffle_id = int(truffle_marker.get_attribute("data-id"))

    # Clicking the marker opens a card whose sentence has the evidence highlighted.
    card = open_event(browser, truffle_id)
    sentence = card.find_element(By.CSS_SELECTOR, ".sentence")
    assert "truffle hunters" in sentence.text
    marks = {m.text: m.get_attribute("data-fields") for m in sentence.find_elements(By.CSS_SELECTOR, "mark.ev")}
    assert "kidnapped" in marks.get("12", ""), marks
    assert any("sub_event_type" in fields for fields in marks.values()), marks
    screenshot(browser, "web-card.png")
    browser.find_element(By.ID, "f-reset").click()
    wait_ready(browser)
    wait_markers(browser, len(located(everything)))


def test_timeline_brush_filters_the_map(server: str, browser) -> None:
    everything = api(server, "/api/events", limit=10000)["items"]
    browser.get(server + "/")
    wait_ready(browser)
    wait_markers(browser, len(located(everything)))
    area = browser.find_element(By.ID, "brush-area")
    width = area.size["width"]
    # Drag across the first third of the time axis.
    ActionChains(browser).move_to_element_with_offset(area, int(-width / 2) + 3, 0).click_and_hold() \
        .move_by_offset(int(width / 3), 0).release().perform()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "brush-clear").is_displayed())
    label = browser.find_element(By.ID, "brush-label").text
    first, last = label.split("Dates ")[1].split(" (")[0].split(" to ")
    expected = [e for e in located(everything) if e.get("event_date") and first <= e["event_date"] <= last]
    shown = wait_markers(browser, len(expected))
    assert 0 < len(shown) < len(located(everything))
    assert {int(m.get_attribute("data-id")) for m in shown} == {e["id"] for e in expected}
    screenshot(browser, "web-brush.png")
    browser.find_element(By.ID, "brush-clear").click()
    wait_markers(browser, len(located(everything)))
    Select(browser.find_element(By.ID, "freq")).select_by_value("week")

    def weekly(driver) -> set[str] | None:
        periods = {b.get_attribute("data-period") for b in driver.find_elements(By.CSS_SELECTOR, "#bars .bar")}
        return periods if periods and all(len(p) == 10 for p in periods) else None  # weeks: their Monday

    periods = WebDriverWait(browser, 10).until(weekly)
    assert len(periods) >= 2


def test_untrusted_article_text_is_shown_as_text(server: str, browser) -> None:
    (xss,) = [e for e in api(server, "/api/events", limit=10000)["items"] if "onerror" in (e["sentence"] or "")]
    browser.get(server + "/")
    wait_ready(browser)
    card = open_event(browser, xss["id"])
    sentence = card.find_element(By.CSS_SELECTOR, ".sentence")
    assert "<script>window.__xss=1</script>" in sentence.text
    assert '<img src=x onerror="window.__xss=2">' in sentence.text
    title = card.find_element(By.CSS_SELECTOR, ".source h4").text
    assert title.startswith("<script>window.__xss=3</script>")
    assert not card.find_elements(By.CSS_SELECTOR, "script, img, iframe, object")
    assert not browser.find_elements(By.CSS_SELECTOR, "body img")
    assert browser.execute_script("return window.__xss === undefined")
    # The event list shows the same place as text too.
    rows = browser.find_elements(By.CSS_SELECTOR, f'#event-table tr[data-id="{xss["id"]}"]')
    assert rows and "Kirkuk" in rows[0].text
    screenshot(browser, "web-untrusted.png")


def test_api_docs_render_offline(server: str, browser) -> None:
    browser.get(server + "/docs")
    WebDriverWait(browser, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock, #apidocs .endpoint"))
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "/api/events" in text
    screenshot(browser, "web-docs.png")
