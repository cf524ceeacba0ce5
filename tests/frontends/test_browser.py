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
        from selenium.webdriver.support.ui import Select

        Select(browser.find_element(By.ID, "contract-picker")).select_by_value("csea-unit4-1999-2001")
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
