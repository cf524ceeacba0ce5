"""`contract-assistant`: ingest, look up, ask, serve, evaluate. Translates I/O only; the work
happens in the core, and domain errors become one clear line and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from assistant.errors import DomainError
from assistant.services import get_services
from assistant.settings import get_settings
from assistant.snapshot import Snapshot
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
                title = _title_of(contract, ref.section)
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
    result = assistant.answer(" ".join(args.question), args.contract, args.conversation, caller="cli", today=args.asked_on)
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
                asked_on = item.get("asked_on")
                result = assistant.answer(item.get("question", ""), item.get("contract") or args.contract,
                                          today=date.fromisoformat(asked_on) if asked_on else args.asked_on)
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
    p.add_argument("--batch", help="JSONL file of {id, question, contract?, asked_on?}")
    p.add_argument("--asked-on", type=date.fromisoformat, help="answer as if asked on this day (YYYY-MM-DD): calculators count from it")
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


if __name__ == "__main__":
    sys.exit(main())
