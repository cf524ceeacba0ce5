"""A real browser (Debian's chromium + chromedriver) drives the steward's page against uvicorn."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .test_api import free_port, start_server

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("Debian's chromium and chromium-driver are required; `make test` installs them (apt-get).")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # the console, for refused loads
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()


def test_steward_asks_opens_the_clause_and_gives_feedback(built_index, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    port = free_port()
    server = start_server(built_index, port)
    wait = WebDriverWait(browser, 30)
    try:
        browser.get(f"http://127.0.0.1:{port}/")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#contract-picker option")) > 1)
        browser.find_element(By.ID, "question").send_keys("my boss called me back in after my shift, how many hours do I get paid?")
        browser.find_element(By.ID, "ask-button").click()
        citation = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#citations .cite")))
        assert "§19.9" in citation.text and "p. 105" in citation.text
        assert "four (4) hours" in browser.find_element(By.ID, "answer").text
        citation.click()
        highlighted = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#clause-body .clause.highlight")))
        assert "four (4) hours" in highlighted.text
        assert "Call Back Time" in browser.find_element(By.ID, "clause-body").text
        browser.find_element(By.ID, "thumbs-up").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "feedback-status"), "saved"))
        browser.find_element(By.ID, "timeline-date").send_keys("02082000")
        browser.find_element(By.CSS_SELECTOR, "#timeline-form button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "calc-result"), "2000-02-29"))
        ARTIFACTS.mkdir(exist_ok=True)
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(ARTIFACTS / "steward-page.png"))
        browser.set_window_size(390, 844)  # a phone
        browser.save_screenshot(str(ARTIFACTS / "steward-page-phone.png"))
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 400, "the page must not scroll sideways on a phone"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_api_key_stays_in_the_tab_and_docs_render_offline(built_index, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    port = free_port()
    server = start_server(built_index, port, {"CONTRACT_ASSISTANT_API_KEYS": "steward-key"})
    wait = WebDriverWait(browser, 30)
    base = f"http://127.0.0.1:{port}"
    try:
        browser.get(f"{base}/")
        browser.find_element(By.CSS_SELECTOR, "details summary").click()
        browser.find_element(By.ID, "api-key").send_keys("steward-key")
        browser.find_element(By.ID, "question").send_keys("what does 8.2 say")
        browser.find_element(By.ID, "ask-button").click()
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#citations .cite")))
        assert browser.execute_script("return sessionStorage.getItem('ca-key')") == "steward-key"
        assert browser.execute_script("return localStorage.getItem('ca-key')") is None
        browser.find_element(By.ID, "forget-key").click()
        assert browser.execute_script("return sessionStorage.getItem('ca-key')") is None
        assert browser.find_element(By.ID, "api-key").get_attribute("value") == ""
        assert "forgotten" in browser.find_element(By.ID, "key-status").text

        # Swagger UI and ReDoc come from this server, so they render with no network at all.
        for page, selector in (("/docs", ".swagger-ui .opblock"), ("/redoc", "[data-section-id], .api-content")):
            browser.get(f"{base}{page}")
            wait.until(lambda d, s=selector: d.find_elements(By.CSS_SELECTOR, s))
            loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
            assert any(url.startswith(f"{base}/static-offline-docs/") for url in loaded), loaded
            # ReDoc's bundle asks for its logo from a CDN: the page's policy refuses it before any request.
            refused = " ".join(entry["message"] for entry in browser.get_log("browser")
                               if "Content Security Policy" in entry["message"] and "blocked" in entry["message"])
            outside = [url for url in loaded if not url.startswith(base)]
            assert all(url in refused for url in outside), (outside, refused)
    finally:
        server.terminate()
        server.wait(timeout=30)
