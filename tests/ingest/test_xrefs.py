"""Cross-references resolved at ingest: on small texts and on the sample contract."""

from __future__ import annotations

from ingest.loader import load_document


def _contract(tmp_path, text, name="xref.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path, 10**9)


SMALL = """ARTICLE 1 - LEAVE

1.1 Vacation

A. Employees earn vacation monthly.

B. The cap is 400 hours; see subsection A. above and Section 1.2 B.

1.2 Sick Leave

A. Sick leave accrues as in Section 1.1, subsection A.

B. Balances over the cap of Section 1.1 B are paid out; Section 4.7 and Appendix Z do not apply.

C. Under this Article, Article 2 and Government Code Section 19859 apply.

ARTICLE 2 - GRIEVANCES

2.1 Filing

A. As provided in Article 1, Section 1.2, subsection (d), and Section 1.2 C.
"""


def _refs(contract, section, clause):
    return [(r.text, r.status, r.section, r.clause, r.article) for r in contract.section(section).clause(clause).refs]


def test_small_contract_links(tmp_path):
    contract = _contract(tmp_path, SMALL)
    assert _refs(contract, "1.1", "B") == [
        ("subsection A. above", "resolved", "1.1", "A", ""),
        ("Section 1.2 B.", "resolved", "1.2", "B", ""),
    ]
    assert _refs(contract, "1.2", "A") == [("Section 1.1, subsection A.", "resolved", "1.1", "A", "")]
    assert _refs(contract, "1.2", "B")[0] == ("Section 1.1 B", "resolved", "1.1", "B", "")
    missing = contract.section("1.2").clause("B").refs[1:]
    assert [(r.text, r.status, r.section) for r in missing] == [("Section 4.7", "unresolved", ""), ("Appendix Z", "unresolved", "")]
    assert "no Section 4.7" in missing[0].reason and "no Appendix Z" in missing[1].reason
    assert _refs(contract, "1.2", "C") == [
        ("this Article", "resolved", "", "", "1"),
        ("Article 2", "resolved", "", "", "2"),
        ("Section 19859", "external", "", "", ""),
    ]
    assert _refs(contract, "2.1", "A") == [("Article 1, Section 1.2, subsection (d)", "resolved", "1.2", "", ""), ("Section 1.2 C.", "resolved", "1.2", "C", "")]
    assert "no clause d" in contract.section("2.1").clause("A").refs[0].reason
    # Both directions.
    incoming = contract.references_to("1.1")
    assert [(s.id, c.path) for s, c, _ in incoming] == [("1.2", "A"), ("1.2", "B")]


def test_restarting_numbering_resolves_inside_the_article():
    from ingest.structure import Article, Clause, Contract, Numbering, Section
    from ingest.xrefs import link_references

    def section(sid, text):
        return Section(id=sid, article=sid.split(".")[0], title=sid, clauses=[Clause(path="", text=text)])

    contract = Contract(id="r", title="R", numbering=Numbering(sections="restarting"), articles=[
        Article(number="12", title="Overtime", sections=[
            section("12.1", "Overtime is work beyond forty hours."),
            section("12.2", "Paid as Section 1 of this Article defines, and Section 3 below."),
            section("12.3", "Voluntary first.")]),
        Article(number="13", title="Leave", sections=[section("13.1", "See Article 12, Section 2 and Section 4.")]),
    ])
    link_references(contract)
    assert [(r.text, r.status, r.section) for r in contract.section("12.2").clauses[0].refs] == [
        ("Section 1 of this Article", "resolved", "12.1"), ("Section 3 below", "resolved", "12.3")]
    refs = contract.section("13.1").clauses[0].refs
    assert [(r.text, r.status, r.section) for r in refs] == [
        ("Article 12, Section 2", "resolved", "12.2"), ("Section 4", "unresolved", "")]
    assert refs[1].reason == "this contract has no Section 13.4 (Article 13 has 13.1–13.1)"


def test_parts_named_by_their_title():
    """'in accordance with the Travel Expense provision' points at the section of that title, as a
    number would; a title said of its own article, a kind of document ('the Letter of Understanding'),
    a party's name, a one-word title without 'Article', and lower-case words that only happen to match
    a title point nowhere."""
    from ingest.structure import Article, Clause, Contract, Section
    from ingest.xrefs import link_references

    def section(sid, title, text):
        return Section(id=sid, article=sid.split(".")[0], title=title, clauses=[Clause(path="", text=text)])

    contract = Contract(id="t", title="Agreement between Riverside Transit Workers Union and Riverside Transit",
                        parties=["Riverside Transit Workers Union", "Riverside Transit"], articles=[
        Article(number="3", title="Expenses", sections=[
            section("3.1", "Travel Expense Reimbursement", "Mileage is paid at the posted rate."),
            section("3.2", "Tools", "Training travel is paid in accordance with the Travel Expense Reimbursement "
                    "provision; disputes go to the Grievance Procedure."),
            section("3.3", "Uniforms", "Uniform costs follow the Expenses Article. Travel expense reimbursement "
                    "is by cheque.")]),
        Article(number="7", title="Grievance Procedure", sections=[
            section("7.1", "Steps", "File in writing; the Seniority Article and the Letter of Understanding do "
                    "not apply, nor does anything Riverside Transit says; seniority is the Seniority.")]),
        Article(number="9", title="Seniority", sections=[section("9.1", "Lists", "Posted yearly.")]),
        Article(number="LOU 1", title="Letter of Understanding", sections=[section("LOU 1", "", "Pilot.")]),
    ])
    link_references(contract)
    assert [(r.text, r.status, r.section, r.article) for r in contract.section("3.2").clauses[0].refs] == [
        ("Travel Expense Reimbursement provision", "resolved", "3.1", ""),
        ("Grievance Procedure", "resolved", "", "7"),
    ]
    assert contract.section("3.3").clauses[0].refs == []  # its own article; a lower-case phrase
    assert [(r.text, r.article) for r in contract.section("7.1").clauses[0].refs] == [("Seniority Article", "9")]
    assert [(s.id, c.path) for s, c, _ in contract.references_to("3.1")] == [("3.2", "")]


def test_sample_contract_references(sample_contract):
    """The cap of Section 8.1 J is 8.1 J; a Section 22.4 the contract lacks is reported, never guessed."""
    plan = sample_contract.section("8.1").clause("I")
    assert [(r.text, r.section, r.clause) for r in plan.refs] == [("Section 8.1 J.", "8.1", "J")] * 2
    assert plan.refs[0].status == "resolved" and plan.text[plan.refs[0].start:plan.refs[0].end] == "Section 8.1 J."
    for section_id in ("8.8", "8.9"):
        refs = [r for r in sample_contract.section(section_id).clause("D").refs if "22.4" in r.text]
        assert len(refs) == 1 and refs[0].status == "unresolved" and refs[0].section == ""
        assert "no Section 22.4" in refs[0].reason
    part_time = sample_contract.section("8.1").clause("C").refs
    assert [(r.section, r.clause) for r in part_time] == [("7", "L")]
    assert [(r.section, r.clause) for r in sample_contract.section("9.2").clause("B").refs] == [("9.1", "B.1")]
    arbitration = [r for r in sample_contract.section("14.2").clause("D.7").refs if r.status == "resolved"]
    assert [(r.text, r.section) for r in arbitration] == [("Article 6, Section 6.12", "6.12")]
    # Statutes never link into the contract, even where their numbers look like sections.
    for section in sample_contract.sections():
        for clause in section.clauses:
            for ref in clause.refs:
                assert ref.start < ref.end and clause.text[ref.start:ref.end] == ref.text
                if "Code" in clause.text[max(0, ref.start - 20):ref.start]:
                    assert ref.status == "external", (section.id, clause.path, ref)
                if ref.status == "resolved" and ref.section:
                    target = sample_contract.section(ref.section)
                    assert target is not None and (not ref.clause or target.clause(ref.clause) is not None)
    incoming = {(s.id, c.path) for s, c, _ in sample_contract.references_to("8.1")}
    assert ("18", "E.2") in incoming
