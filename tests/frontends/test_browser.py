"""A real browser (Debian's chromium + chromedriver) drives the steward's page against uvicorn."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from .test_api import free_port, start_server

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser(tmp_path):
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
    downloads = tmp_path / "downloads"  # what a steward's click downloads lands here
    downloads.mkdir()
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.download_dir = downloads
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


def _page(browser, port):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(f"http://127.0.0.1:{port}/")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#contract-picker option")) > 1)
    return wait


def test_steward_drafts_a_grievance_and_downloads_it_as_docx(built_index, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    port = free_port()
    server = start_server(built_index, port)
    try:
        wait = _page(browser, port)
        browser.find_element(By.ID, "grievance-description").send_keys(
            "My supervisor ordered me back to work after I had finished my normal shift and gone home. "
            "I worked one hour and was only credited with one hour of work time.")
        browser.find_element(By.ID, "grievance-incident").send_keys("03032000")
        browser.find_element(By.ID, "grievance-grievant").send_keys("Pat Lee")
        browser.find_element(By.ID, "grievance-button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "grievance-deadline"), "Friday, March 24, 2000"))
        violated = browser.find_element(By.ID, "grievance-violated").text
        assert "Art. 19 §19.9 A (p. 105)" in violated and "four (4) hours work time" in violated
        body = browser.find_element(By.ID, "grievance-body").text
        assert "a designated supervisor or manager identified by each department head" in body
        assert "not contract language" in body
        link = wait.until(ec.visibility_of_element_located((By.ID, "grievance-docx")))
        # The page shows the link, then names its file once the document is fetched: wait for the name.
        wait.until(lambda _: link.get_attribute("download") == "grievance-csea-unit4-1999-2001-2000-03-03.docx")
        # Clicking the links downloads the Word document (it opens, holding the draft) and the Markdown.
        link.click()
        markdown = browser.find_element(By.ID, "grievance-md")
        wait.until(lambda _: markdown.get_attribute("download") == "grievance-csea-unit4-1999-2001-2000-03-03.md")
        markdown.click()
        docx_file = browser.download_dir / "grievance-csea-unit4-1999-2001-2000-03-03.docx"
        md_file = browser.download_dir / "grievance-csea-unit4-1999-2001-2000-03-03.md"
        wait.until(lambda _: docx_file.is_file() and md_file.is_file())
        document = Document(str(docx_file))
        rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
        assert rows["Grievant"] == "Pat Lee" and rows["Last day to file"] == "Friday, March 24, 2000"
        assert "four (4) hours work time" in "\n".join(p.text for p in document.paragraphs)
        assert "**Last day to file:** Friday, March 24, 2000" in md_file.read_text(encoding="utf-8")
        ARTIFACTS.mkdir(exist_ok=True)
        browser.execute_script("document.getElementById('grievance-form').scrollIntoView()")
        browser.save_screenshot(str(ARTIFACTS / "grievance-draft.png"))
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_steward_compares_two_versions_and_asks_about_a_date(versions_index, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    port = free_port()
    server = start_server(versions_index, port)
    try:
        wait = _page(browser, port)
        # The later version and the one it supersedes are picked already.
        assert browser.find_element(By.ID, "diff-old").get_attribute("value") == "marion-county-oregon-mcdaa-2023-2026"
        assert browser.find_element(By.ID, "diff-new").get_attribute("value") == "marion-county-oregon-mcdaa-2026-2029"
        browser.find_element(By.ID, "diff-button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "diff-result"), "18 changed, 3 moved, 2 added, 0 removed"))
        moved = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#diff-result .diff-item[data-status=moved]")]
        assert any("Art. 6, Sec. 4 → Art. 6, Sec. 2 Weekend Holiday (same text)" in m for m in moved)
        inserted = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#diff-result ins")]
        assert "($950)" in inserted
        browser.find_element(By.CSS_SELECTOR, "#as-of-details summary").click()
        browser.find_element(By.ID, "as-of").send_keys("03012024")
        browser.find_element(By.ID, "question").send_keys("How is mileage computed for reimbursement?")
        browser.find_element(By.ID, "ask-button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "answer"), "vehicle odometer reading"))
        assert "the version in force on March 1, 2024" in browser.find_element(By.ID, "answer").text
        ARTIFACTS.mkdir(exist_ok=True)
        browser.execute_script("document.getElementById('diff-form').scrollIntoView()")
        browser.save_screenshot(str(ARTIFACTS / "version-diff.png"))
    finally:
        server.terminate()
        server.wait(timeout=30)
