"""`contract-assistant`: ingest, look up, ask, serve, evaluate. Translates I/O only; the work
happens in the core, and domain errors become one clear line and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from assistant.errors import DomainError
from assistant.services import get_services
from assistant.settings import get_settings
from assistant.snapshot import Snapshot
from assistant.versions import parse_day
from ingest.structure import Contract, citation_label

PLUGIN_GROUP = "contract_assistant.commands"


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\rembedding [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.index import build_index

    settings = get_settings()
    paths = [Path(p) for p in args.paths] or [settings.contracts_dir]
    summary = build_index(settings.index_config(), paths, progress=_progress)
    if args.json:
        print(json.dumps(summary.as_dict(), indent=2))
    else:
        state = "updated" if summary.changed else "unchanged"
        print(
            f"Index {state}: {summary.documents} documents, {summary.sections} sections, "
            f"{summary.chunks} chunks in {summary.seconds:.1f} s"
        )
        for label, ids in (("added", summary.added), ("replaced", summary.replaced), ("removed", summary.removed)):
            if ids:
                print(f"  {label}: {', '.join(ids)}")
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_prepare_model(args: argparse.Namespace) -> int:
    from ingest.embeddings import prepare_model

    report = prepare_model(get_settings().index_config().embedding)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"Embedding model ready ({report['backend']}): {report.get('onnx', report['model'])}")
        if "max_difference" in report:
            print(f"  checked against sentence-transformers: largest difference {report['max_difference']:.1e}")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from ingest.inspect import format_report, inspect_document

    report = inspect_document(Path(args.file), get_settings().max_file_bytes)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0


def _snapshot() -> Snapshot:
    return get_services().assistant.snapshot()


def cmd_sections(args: argparse.Namespace) -> int:
    contract = _snapshot().contract(args.contract)
    rows = [{"section": s.id, "article": s.article, "title": s.title, "page": s.page_start} for s in contract.sections()]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['section']:>16}  p.{row['page'] if row['page'] is not None else '-':<4} {row['title']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    snapshot = _snapshot()
    contract = snapshot.contract(args.contract)
    section = snapshot.section(args.contract, args.section)
    print(f"{section.id} {section.title} ({contract.name}, {section.pages})\n")
    for clause in section.clauses:
        label = f"[{clause.path}] " if clause.path and not clause.path.startswith("¶") else ""
        page = f"(p. {clause.page}) " if clause.page is not None else ""
        print(f"{label}{page}{clause.text}\n")
    outgoing = [(c, r) for c, r in contract.references_from(section) if r.status != "external" and not r.is_self(section.id)]
    if outgoing:
        print("Refers to:")
        for clause, ref in outgoing:
            where = f"[{clause.path}] " if clause.path else ""
            if ref.status == "resolved":
                title = _title_of(snapshot.contracts.get(ref.contract, contract), ref.section)
                note = f" ({ref.reason})" if ref.reason else ""
                print(f"  {where}\"{ref.text}\" → {ref.destination}{title}{note}")
            else:
                print(f"  {where}\"{ref.text}\" → not found: {ref.reason}")
    incoming = contract.references_to(section.id)
    if incoming:
        print("Referred to by:")
        for source, clause, ref in incoming:
            where = f"{source.id} {clause.path}".strip()
            print(f"  {where}{_title_of(contract, source.id)}: \"{ref.text}\"")
    _print_amendments(snapshot, contract.id, section.id)
    return 0


def _print_amendments(snapshot: Snapshot, contract_id: str, section_id: str) -> None:
    from assistant.amendments import amended_by, amends

    changed = amended_by(snapshot, contract_id, section_id)
    if changed:
        print("Amended by (in precedence order; the amending words control where they differ):")
        for notice in changed:
            how = f" — \"{notice.words}\"" if notice.words else " — listed in the meta file"
            target = f" (clause {notice.clause})" if notice.clause else ""
            print(f"  {notice.relation}{target}: {notice.by_label.split(' (p.')[0]}, {notice.by_document}{how}")
            for quote in notice.quotes:
                print(f"    > {quote.quote}")
    changes = amends(snapshot, contract_id, section_id)
    if changes:
        print("Amends:")
        for notice in changes:
            how = f" — \"{notice.words}\"" if notice.words else " — listed in the meta file"
            print(f"  {notice.relation} {notice.label} ({snapshot.contracts[notice.contract].name}){how}")


def cmd_diff(args: argparse.Namespace) -> int:
    from assistant.diff import diff_contracts, document, render_text

    max_bytes = get_settings().max_file_bytes
    old = document(args.old, lambda ref: _snapshot().contract(ref), max_bytes)
    new = document(args.new, lambda ref: _snapshot().contract(ref), max_bytes)
    result = diff_contracts(old, new)
    if args.json:
        print(json.dumps(result.model_dump(), indent=2, ensure_ascii=False))
    else:
        print(render_text(result, show_unchanged=args.all))
    return 0


def cmd_grievance_draft(args: argparse.Namespace) -> int:
    from assistant.grievance.draft import draft_grievance
    from assistant.grievance.export import to_docx
    from assistant.grievance.models import DraftRequest

    description = Path(args.source).read_text(encoding="utf-8") if args.source else " ".join(args.description)
    if not description.strip():
        print("error: describe what happened (as words, or --from FILE).", file=sys.stderr)
        return 2
    request = DraftRequest(description=description, contract=args.contract, incident_date=args.incident_date,
                           learned_date=args.learned_date, grievant=args.grievant)
    draft = draft_grievance(get_services().assistant, request)
    if args.docx:
        Path(args.docx).write_bytes(to_docx(draft))
    if args.markdown:
        Path(args.markdown).write_text(draft.markdown, encoding="utf-8")
    if args.json:
        print(json.dumps(draft.model_dump(mode="json"), indent=2, ensure_ascii=False))
    elif not (args.docx or args.markdown):
        print(draft.markdown, end="")
    else:
        written = " and ".join(p for p in (args.docx, args.markdown) if p)
        print(f"Grievance draft written to {written}.")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    """The time limits found in a document's text at ingest, with what each counts from and governs."""
    contract = _snapshot().contract(args.contract)
    limits = [t for t in contract.time_limits if t.grievance or args.all]
    if args.json:
        print(json.dumps({"contract": contract.id, "time_limits": [t.model_dump() for t in limits],
                          "counting": [r.model_dump() for r in contract.time_rules]}, indent=2, ensure_ascii=False))
        return 0
    if not limits:
        print(f"No {'' if args.all else 'grievance '}time limits found in {contract.id}"
              + ("." if args.all else "; --all lists every time limit."))
        return 0
    for limit in limits:
        section = contract.section(limit.section)
        label = citation_label(section, limit.clause) if section else limit.section
        step = f"step {limit.level} " if limit.level else ""
        where = "" if limit.part == "contract" else f" [{limit.part}]"
        print(f"{label}{where}: {step}{limit.action_kind} — {limit.amount} {limit.unit.replace('_', ' ')}"
              + (f" from {limit.counts_from}" if limit.counts_from else "")
              + (f" (whichever is {limit.whichever})" if limit.whichever else ""))
        print(f"    “{limit.quote}”")
    for rule in contract.time_rules:
        section = contract.section(rule.section)
        label = citation_label(section, rule.clause) if section else rule.section
        print(f"{label}: {rule.kind.replace('_', ' ')}" + (f" ({', '.join(rule.excludes)})" if rule.excludes else "")
              + f" — “{rule.quote}”")
    return 0


def cmd_rules_draft(args: argparse.Namespace) -> int:
    """A draft rules file from the time limits in the text, for a steward to check."""
    from assistant.calculators.derived import draft_yaml

    contract = _snapshot().contract(args.contract)
    text = draft_yaml(contract)
    if not args.output:
        print(text, end="")
        return 0
    target = Path(args.output)
    if target.exists() and not args.force:
        print(f"error: {target} exists; use --force to replace it.", file=sys.stderr)
        return 2
    target.write_text(text, encoding="utf-8")
    print(f"Draft rules for {contract.id} written to {target}; check each step against the contract, then save it as "
          f"{contract.id}.rules.yaml beside the contract and run ingest.")
    return 0
def _title_of(contract: Contract, section_id: str) -> str:
    found = contract.section(section_id) if section_id else None
    return f" — {found.title}" if found is not None and found.title != found.id else ""


def _print_answer(result: Any, as_json: bool, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        print(json.dumps((extra or {}) | result.model_dump(), ensure_ascii=False))
    else:
        print(result.answer)


def cmd_ask(args: argparse.Namespace) -> int:
    assistant = get_services().assistant
    if args.batch:
        return _ask_batch(assistant, Path(args.batch), args)
    if not args.question:
        print("error: give a QUESTION or --batch FILE.jsonl", file=sys.stderr)
        return 2
    result = assistant.answer(" ".join(args.question), args.contract, args.conversation, caller="cli", as_of=args.as_of,
                              today=args.asked_on)
    _print_answer(result, args.json)
    return 0


def _ask_batch(assistant: Any, path: Path, args: argparse.Namespace) -> int:
    """One JSON answer per input line; a bad line answers with an error and the rest go on."""
    failures = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            item_id: Any = None
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise DomainError("each line must be a JSON object")
                item_id = item.get("id", number)
                as_of = parse_day(str(item["as_of"])) if item.get("as_of") else args.as_of
                asked_on = parse_day(str(item["asked_on"])) if item.get("asked_on") else args.asked_on
                result = assistant.answer(item.get("question", ""), item.get("contract") or args.contract, as_of=as_of,
                                          today=asked_on)
            except (json.JSONDecodeError, DomainError, ValueError, TypeError) as exc:
                failures += 1
                print(json.dumps({"id": item_id if item_id is not None else number, "error": f"line {number}: {exc}"}))
                continue
            _print_answer(result, True, {"id": item_id})
            sys.stdout.flush()
    return 1 if failures else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.server import serve

    serve(args.host, args.port)
    return 0


def cmd_slack(args: argparse.Namespace) -> int:
    from assistant.server import slack_socket_mode

    if not args.socket:
        print("HTTP mode runs inside `contract-assistant serve` at /slack/events; use --socket for Socket Mode.")
        return 2
    slack_socket_mode()
    return 0


def _day_argument(text: str) -> date:
    try:
        return parse_day(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="contract-assistant", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="build or update the index")
    p.add_argument("paths", nargs="*", help="files or folders (default: the contracts dir)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("prepare-model", help="unpack the embedding model and export it to ONNX (once per machine)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_prepare_model)

    p = sub.add_parser("inspect", help="show how a document parses (scheme, units, warnings, suggested meta)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("sections", help="list a document's parsed sections")
    p.add_argument("contract")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sections)

    p = sub.add_parser("show", help="print one section's full text with pages")
    p.add_argument("contract")
    p.add_argument("section")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("diff", help="what changed between two versions, section by section and word by word")
    p.add_argument("old", help="the earlier version: a document id, or a file")
    p.add_argument("new", help="the later version: a document id, or a file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="list unchanged sections too")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("grievance", help="grievance tools: `grievance draft` drafts one from a description")
    grievance_sub = p.add_subparsers(dest="grievance_command", required=True)
    q = grievance_sub.add_parser("draft", help="draft a grievance (violated clauses, remedy, filing deadline)")
    q.add_argument("description", nargs="*", help="what happened, in your words")
    q.add_argument("--from", dest="source", metavar="FILE", help="read the description from a file")
    q.add_argument("--contract", help="the contract (default: the one contract loaded)")
    q.add_argument("--incident-date", type=_day_argument, metavar="DATE", help="when it happened (YYYY-MM-DD)")
    q.add_argument("--learned-date", type=_day_argument, metavar="DATE",
                   help="when the grievant learned of it, if later (the deadline counts from it)")
    q.add_argument("--grievant", help="the grievant's name, if it should appear")
    q.add_argument("--docx", metavar="FILE", help="write the draft as a Word document")
    q.add_argument("--markdown", metavar="FILE", help="write the draft as Markdown")
    q.add_argument("--json", action="store_true", help="print the draft's parts as JSON")
    q.set_defaults(func=cmd_grievance_draft)

    p = sub.add_parser("deadlines", help="list the time limits found in a document's text")
    p.add_argument("contract")
    p.add_argument("--all", action="store_true", help="every time limit, not only the grievance procedure's")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadlines)

    p = sub.add_parser("rules", help="calculator rules: `rules draft ID` drafts a rules file from the text")
    rules_sub = p.add_subparsers(dest="rules_command", required=True)
    q = rules_sub.add_parser("draft", help="write a draft rules file (with quotes) for a steward to confirm")
    q.add_argument("contract")
    q.add_argument("--output", "-o", help="file to write (default: print it)")
    q.add_argument("--force", action="store_true", help="replace an existing file")
    q.set_defaults(func=cmd_rules_draft)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question", nargs="*")
    p.add_argument("--contract", help="a document id, or '*' for all documents")
    p.add_argument("--conversation", help="conversation id, for follow-up questions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", help="JSONL file of {id, question, contract?, as_of?, asked_on?}")
    p.add_argument("--as-of", type=_day_argument, metavar="DATE",
                   help="answer from the version of the agreement in force on this date (YYYY-MM-DD)")
    p.add_argument("--asked-on", type=_day_argument, metavar="DATE",
                   help="answer as if asked on this day (YYYY-MM-DD): calculators count from it")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="run the HTTP API and web page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("slack", help="run the Slack bot")
    p.add_argument("--socket", action="store_true", help="Socket Mode (needs SLACK_APP_TOKEN)")
    p.set_defaults(func=cmd_slack)

    for plugin in entry_points(group=PLUGIN_GROUP):
        # Commands that live above the application (the evaluation harness) register themselves,
        # so this front end never imports them: `[project.entry-points."contract_assistant.commands"]`.
        plugin.load()(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `contract-assistant ask … | head`: the reader has gone; nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
