"""Parsing the sample contract and small PDF/DOCX files the tests create."""

from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from ingest.loader import load_document, load_documents
from ingest.pages import PageMap, page_marker
from ingest.structure import citation_label

from ..conftest import CONTRACTS


def test_all_articles_and_sections_in_order(sample_contract):
    numbered = [a.number for a in sample_contract.articles if a.number.isdigit()]
    assert numbered == [str(n) for n in range(1, 23)]
    ids = [s.id for s in sample_contract.sections()]
    assert ids[:3] == ["Preamble", "1", "2.1"]
    assert "22.2" in ids and "Salary Schedule" in ids
    assert [f"Side Letter {n}" for n in range(1, 24)] == [i for i in ids if i.startswith("Side Letter")]
    # Articles without numbered sections are their own section; those with sections are not.
    for article_only in ("1", "4", "7", "15", "18", "20"):
        assert article_only in ids
    assert "6" not in ids and "19" not in ids
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("section", "page"), [("6.7", 26), ("8.1", 32), ("19.2", 101), ("6.13", 28), ("7", 29), ("Side Letter 5", 120)])
def test_printed_page_numbers(sample_contract, section, page):
    assert sample_contract.section(section).page_start == page


def test_no_section_from_table_of_contents_or_noise(sample_contract):
    ids = [s.id for s in sample_contract.sections()]
    # The TOC lists '2.10 ORIENTATION' on its own line and the pay plan has '599.673.1' headings.
    assert ids.count("2.10") == 1
    assert not [i for i in ids if i.startswith("599")]
    pay_plan = sample_contract.section("Side Letter 1")
    assert "599.673.1" in pay_plan.text
    # Sections never go backwards inside an article.
    for article in sample_contract.articles:
        minors = [int(s.id.split(".")[1]) for s in article.sections if "." in s.id]
        assert minors == sorted(minors)


def test_clause_paths_and_pages(sample_contract):
    section = sample_contract.section("6.7")
    assert [c.path for c in section.clauses] == ["A", "A.1", "A.2", "B", "C", "D", "E", "F"]
    a1 = section.clause("A.1")
    assert a1.text.startswith("Twenty-one (21) calendar days")
    assert a1.page == 26
    hs = sample_contract.section("6.13")
    assert hs.clause("D.2.a").page == 28 and hs.clause("D.2.b").page == 29
    chart = sample_contract.section("7").clause("L")
    assert "| 4/5" in chart.text and chart.page == 30
    assert sample_contract.section("7").clause("M").page == 32


def test_citation_labels(sample_contract):
    s67 = sample_contract.section("6.7")
    assert citation_label(s67, "A.1", 26) == "Art. 6 §6.7 A.1 (p. 26)"
    assert citation_label(sample_contract.section("7"), "B", 29) == "Art. 7 B (p. 29)"
    assert citation_label(sample_contract.section("Side Letter 5")) == "Side Letter 5 (p. 120)"


def test_side_documents_are_labelled():
    result = load_documents([CONTRACTS], 10**9)
    assert not result.errors
    kinds = {c.id: c.kind for c in result.contracts}
    assert kinds["upe-dha-sdr-phase2-agreements"] == "side-agreement"
    assert kinds["case-unit2-bargaining-report-2022-08-11"] == "bulletin"
    assert kinds["ca-labor-relations-strategy-procedures"] == "guidance"
    upe = next(c for c in result.contracts if c.id == "upe-dha-sdr-phase2-agreements")
    items = [s.id for s in upe.sections() if s.id.isdigit()]
    assert items == [str(n) for n in range(1, 10)]
    assert upe.section("4").clauses[0].text.startswith("CalWORKs worksites shall not utilize computer systems")
    assert upe.binding is not False  # side agreements bind


def test_page_marker_rules():
    assert page_marker("26", 25) == 26
    assert page_marker("3", 25) is None  # pages only go forward
    assert page_marker("|   |   | 15 |   |", 14) == 15
    assert page_marker("| 1 | General | | |", 14) is None
    pages = PageMap(ends=[(100, 10), (200, 13)])
    assert pages.page_at(50) == 10 and pages.page_at(150) == 12 and pages.page_at(199) == 13


def _contract_text() -> str:
    return (
        "ARTICLE 1 - GRIEVANCES\n\n1.1 Filing\n\nA. A grievance shall be filed within ten (10) days.\n\n"
        "B. The supervisor shall respond within five (5) days.\n\n1.2 Appeals\n\nA. Appeals go to the director.\n"
    )


def test_pdf_with_real_pages(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for chunk in (_contract_text().split("1.2 Appeals")[0], "1.2 Appeals\n\nA. Appeals go to the director.\n"):
        pdf.add_page()
        pdf.multi_cell(0, 6, chunk)
    path = tmp_path / "tiny.pdf"
    pdf.output(str(path))
    contract = load_document(path, 10**9)
    assert contract.id == "tiny"
    assert contract.section("1.1").clause("A").page == 1
    assert contract.section("1.2").page_start == 2


def test_docx(tmp_path):
    import docx

    document = docx.Document()
    for paragraph in _contract_text().split("\n\n"):
        document.add_paragraph(paragraph.strip())
    path = tmp_path / "tiny-contract.docx"
    document.save(str(path))
    contract = load_document(path, 10**9)
    assert [s.id for s in contract.sections()] == ["1.1", "1.2"]
    assert contract.section("1.1").clause("B").text.startswith("The supervisor shall respond")


def test_a_bracketed_label_without_its_space_opens_the_next_clause(tmp_path):
    (tmp_path / "run-in.md").write_text(
        "# Run-in Agreement\n\n## ARTICLE 1 - GRIEVANCES\n\n### Section 1.1 Steps\n\n"
        "(i) The employee raises it with the supervisor.\n\n(ii)The supervisor answers within five (5) days.\n\n"
        "(iii) The union may appeal within ten (10) days.\n\nThe cost (US)Dollars are shared.\n")
    section = load_document(tmp_path / "run-in.md", 10**9).section("1.1")
    assert [c.path for c in section.clauses] == ["i", "ii", "iii"]
    assert section.clause("ii").text == "The supervisor answers within five (5) days."
    assert section.clause("iii").text.endswith("(US)Dollars are shared.")


def test_ocr_misread_letters_continue_a_lettered_list(tmp_path):
    # Why: a scanned agreement's definitions read 'k. … 1. "holiday pay" … m. … 0. "overtime" … r. … S. …' (the letters
    # l, o and s misread); '1.' had opened a sub-list under (k), so (l) to (u) were cited as 'k.1'.
    (tmp_path / "scan.md").write_text(
        "# Scanned Agreement\n\n## ARTICLE 2 - DEFINITIONS\n\n### 2.01 For the purpose of this agreement:\n\n"
        + "".join(f"{letter}. \"term {letter}\" means a defined term;\n\n" for letter in "abcdefghij") +
        "k. \"harbour\" means the harbour area;\n\n1. \"holiday pay\" means eight (8) hours' pay;\n\n"
        "m. \"lay-off\" means a termination for lack of work;\n\nn. \"leave\" means authorized absence;\n\n"
        "0. \"overtime\" means time worked outside scheduled hours;\n\np. \"pay\" means basic rates;\n\n"
        "q. \"sea trials\" means trials at sea;\n\nr. \"straight-time rate\" means the hourly rate;\n\n"
        "S. \"time and one half\" means one and one half times;\n\nt. \"triple time\" means three times.\n")
    section = load_document(tmp_path / "scan.md", 10**9).section("2.01")
    assert [c.path for c in section.clauses][-10:] == ["k", "l", "m", "n", "o", "p", "q", "r", "s", "t"]
    assert "holiday pay" in section.clause("l").text and "time and one half" in section.clause("s").text


def test_a_numbered_list_under_a_letter_is_still_a_sub_list(tmp_path):
    (tmp_path / "nested.md").write_text(
        "# Nested Agreement\n\n## ARTICLE 3 - LEAVE\n\n### 3.01 Kinds\n\n"
        "a. Vacation, which includes:\n\n1. annual vacation;\n\n2. carried-over vacation;\n\nb. Sick leave.\n")
    section = load_document(tmp_path / "nested.md", 10**9).section("3.01")
    assert [c.path for c in section.clauses][-4:] == ["a", "a.1", "a.2", "b"]


def test_metadata_sidecar_and_front_matter(tmp_path):
    (tmp_path / "mou.md").write_text("---\ntitle: Front Matter Title\n---\n" + _contract_text())
    (tmp_path / "mou.meta.yaml").write_text("id: local-99\nkind: contract\n")
    contract = load_document(tmp_path / "mou.md", 10**9)
    assert contract.id == "local-99" and contract.title == "Front Matter Title"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"", "empty"),
        ("binary.md", b"\x00\x01\x02" * 100, "binary"),
        ("notes.xyz", b"hello", "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "damaged or truncated"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word"),
    ],
)
def test_bad_files_are_named_and_the_rest_ingest(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.md").write_text(_contract_text())
    result = load_documents([tmp_path], 10**9)
    assert [c.id for c in result.contracts] == ["good"]
    assert len(result.errors) == 1 and name in result.errors[0] and message in result.errors[0]


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(DocumentError, match="OCR"):
        load_document(path, 10**9)


def test_size_limit(tmp_path):
    path = tmp_path / "huge.md"
    path.write_text(_contract_text() * 100)
    with pytest.raises(DocumentError, match="CONTRACT_ASSISTANT_MAX_FILE_BYTES"):
        load_document(path, 1000)


def test_path_traversal_names_cannot_become_ids(tmp_path):
    (tmp_path / "evil.md").write_text(_contract_text())
    (tmp_path / "evil.meta.yaml").write_text("id: ../../etc/passwd\n")
    with pytest.raises(DocumentError, match="not allowed"):
        load_document(tmp_path / "evil.md", 10**9)
    weird = tmp_path / "..%2F..%2Fsecret contract.md"
    weird.write_text(_contract_text())
    contract = load_document(weird, 10**9)
    assert "/" not in contract.id and ".." not in contract.id.strip(".")


def test_a_lead_in_that_opens_a_list_is_contract_text_and_a_party_line_signs(tmp_path):
    # 'For apprentices only, the following rates will apply:' introduces terms; 'For the Employer:' signs.
    (tmp_path / "signs.md").write_text(
        "# Sample Trades Agreement\n\n## ARTICLE 4 - RATES\n\n### Section 4.1 Apprentice Rates\n\n"
        "For Apprentices in their first year only, the following percentages will apply:\n"
        "-first period - fifty (50) percent;\n-second period - sixty (60) percent.\n\n"
        "## ARTICLE 5 - TERM\n\n### Section 5.1 Signatures\n\nThis agreement runs to 2030.\n\nFor the Employer:\n\nJ. Smith\n")
    contract = load_document(tmp_path / "signs.md", 10**9)
    rates = contract.section("4.1").clauses
    assert rates and all(c.answerable for c in rates) and "fifty (50) percent" in rates[0].text
    signed = [c for c in contract.section("5.1").clauses if not c.answerable]
    assert signed and signed[0].text.startswith("For the Employer:")
