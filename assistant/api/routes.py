"""/v1 routes: each translates HTTP to a core call and back, nothing more."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Literal, TypeVar

import anyio
from fastapi import APIRouter, Body, Query
from fastapi.responses import PlainTextResponse, Response, StreamingResponse

from assistant.amendments import amended_by, amends
from assistant.api.deps import ApiKey, AssistantDep, CallerDep, FeedbackDep, Workers, WorkersDep
from assistant.api.schemas import (
    AskRequest,
    AskResponse,
    ClauseOut,
    ContractSummary,
    FeedbackRequest,
    ReferenceOut,
    SearchResult,
    SectionOut,
    SectionSummary,
    ToolInfo,
)
from assistant.calculators.tools import TOOLS, run_tool
from assistant.diff import ContractDiff, diff_contracts
from assistant.errors import BadQuestion, DomainError, ServerBusy
from assistant.grievance.draft import draft_grievance
from assistant.grievance.export import to_docx
from assistant.grievance.models import DraftRequest, GrievanceDraft
from assistant.scope import ALL_DOCUMENTS
from ingest.structure import Clause, Reference, Section, citation_label

router = APIRouter(prefix="/v1", dependencies=[ApiKey])
T = TypeVar("T")


async def on_workers(workers: Workers, function: Callable[[], T]) -> T:
    """Run the core (CPU-bound, blocking) on one of the few worker threads, after waiting at most
    ``queue_seconds`` for one: past that the request is shed with 503 rather than left to queue."""
    try:
        with anyio.fail_after(workers.wait):
            await workers.limiter.acquire()
    except TimeoutError:
        raise ServerBusy("The server is answering as many questions as it can; retry in a second.") from None
    try:
        return await anyio.to_thread.run_sync(function)
    finally:
        workers.limiter.release()


@router.post("/ask", response_model=AskResponse, summary="Answer a question with verified citations")
async def ask(body: AskRequest, assistant: AssistantDep, feedback: FeedbackDep, caller: CallerDep, workers: WorkersDep,
              stream: bool = Query(False, description="Server-sent events: tokens while a generative model writes, then the answer.")) -> Any:
    if stream:
        return StreamingResponse(_events(body, assistant, feedback, caller), media_type="text/event-stream")
    result = await on_workers(workers, partial(assistant.answer, body.question, body.requested_scope(),
                                               body.conversation_id, caller=caller, as_of=body.as_of,
                                               today=body.asked_on))
    answer_id = feedback.remember(body.question, body.contract, result)
    return AskResponse(**result.model_dump(), answer_id=answer_id)


def _events(body: AskRequest, assistant: AssistantDep, feedback: FeedbackDep, caller: str) -> Iterator[str]:
    try:
        for kind, value in assistant.stream(body.question, body.requested_scope(), body.conversation_id, caller=caller,
                                            as_of=body.as_of, today=body.asked_on):
            if kind == "token":
                yield f"event: token\ndata: {json.dumps(value)}\n\n"
            else:
                answer_id = feedback.remember(body.question, body.contract, value)
                payload = AskResponse(**value.model_dump(), answer_id=answer_id).model_dump(mode="json")
                yield f"event: answer\ndata: {json.dumps(payload)}\n\n"
    except DomainError as exc:
        yield f"event: error\ndata: {json.dumps({'type': type(exc).__name__, 'message': str(exc)})}\n\n"


@router.get("/contracts", response_model=list[ContractSummary], summary="Documents in the index")
def contracts(assistant: AssistantDep) -> list[ContractSummary]:
    snapshot = assistant.snapshot()
    chunk_counts: dict[str, int] = {}
    for chunk in snapshot.chunks:
        chunk_counts[chunk.contract] = chunk_counts.get(chunk.contract, 0) + 1
    return [
        ContractSummary(id=c.id, title=c.title, name=c.name, kind=c.kind, parties=c.parties,
                        term={"start": c.term_start, "end": c.term_end},
                        counts={"articles": len(c.articles), "sections": len(c.sections()),
                                "clauses": sum(len(s.clauses) for s in c.sections()), "chunks": chunk_counts.get(c.id, 0)},
                        agreement=c.agreement, supersedes=c.supersedes, superseded_by=c.superseded_by, amends=c.amends)
        for c in sorted(snapshot.contracts.values(), key=lambda c: (not c.binding, c.id))
    ]


@router.get("/contracts/{contract_id}/sections", response_model=list[SectionSummary], summary="A document's sections")
def sections(contract_id: str, assistant: AssistantDep) -> list[SectionSummary]:
    contract = assistant.snapshot().contract(contract_id)
    return [SectionSummary(section=s.id, article=a.number, article_title=a.title, title=s.title, page=s.page_start,
                           page_end=s.page_end)
            for a in contract.articles for s in a.sections]


@router.get("/contracts/{contract_id}/sections/{section_id}", response_model=SectionOut, summary="A section's full text by clause")
def section(contract_id: str, section_id: str, assistant: AssistantDep) -> SectionOut:
    snapshot = assistant.snapshot()
    contract = snapshot.contract(contract_id)
    found = snapshot.section(contract_id, section_id)
    return SectionOut(
        contract=contract.id, document=contract.name, section=found.id, article=found.article, title=found.title,
        page_start=found.page_start, page_end=found.page_end,
        clauses=[ClauseOut(path=c.path, text=c.text, page=c.page, label=citation_label(found, c.path, c.page))
                 for c in found.clauses],
        refers_to=[_reference(found, c, r) for c, r in contract.references_from(found)],
        referred_by=[_reference(s, c, r) for s, c, r in contract.references_to(found.id)],
        amended_by=amended_by(snapshot, contract.id, found.id),
        amends=amends(snapshot, contract.id, found.id),
    )


def _reference(section: Section, clause: Clause, ref: Reference) -> ReferenceOut:
    return ReferenceOut(from_section=section.id, from_clause=clause.path, text=ref.text, status=ref.status,
                        section=ref.section, clause=ref.clause, article=ref.article, reason=ref.reason,
                        contract=ref.contract)


@router.get("/diff", response_model=ContractDiff, summary="What changed between two versions, section by section")
async def diff(assistant: AssistantDep, workers: WorkersDep,
               old: str = Query(..., description="The earlier version's document id"),
               new: str = Query(..., description="The later version's document id")) -> ContractDiff:
    snapshot = assistant.snapshot()
    earlier, later = snapshot.contract(old), snapshot.contract(new)
    return await on_workers(workers, partial(diff_contracts, earlier, later))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.post("/grievances/draft", summary="Draft a grievance from a description of what happened",
             response_model=GrievanceDraft,
             responses={200: {"content": {"text/markdown": {}, DOCX: {}},
                              "description": "The draft (JSON, or with ?format= Markdown or a Word document)"}})
async def grievance_draft(body: DraftRequest, assistant: AssistantDep, workers: WorkersDep,
                          format: Literal["json", "markdown", "docx"] = Query(  # noqa: A002 - the query parameter's name
                              "json", description="json (the parts), markdown, or docx (a Word document to edit)")) -> Any:
    draft = await on_workers(workers, partial(draft_grievance, assistant, body))
    if format == "markdown":
        return PlainTextResponse(draft.markdown, media_type="text/markdown; charset=utf-8")
    if format == "docx":
        name = f"grievance-{draft.contract}-{draft.incident_date or 'draft'}.docx"
        return Response(to_docx(draft), media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return draft


@router.get("/search", response_model=list[SearchResult], summary="Ranked clauses for a steward's search")
async def search_clauses(assistant: AssistantDep, workers: WorkersDep, q: str = Query(..., description="Words to look for"),
                         contract: str | None = None, k: int = Query(10, ge=1, le=50)) -> list[SearchResult]:
    if not q.strip():
        raise BadQuestion("The search is empty; give some words to look for.")
    return await on_workers(workers, partial(_search, assistant, q, contract, k))


def _search(assistant: Any, q: str, contract: str | None, k: int) -> list[SearchResult]:
    snapshot, hits = assistant.search(q, contract or ALL_DOCUMENTS, k=k)
    results = []
    for hit in hits:
        meta = hit.chunk.metadata
        document = snapshot.contracts[hit.chunk.contract]
        found = document.section(hit.chunk.section)
        page = int(meta["page_start"]) if int(meta["page_start"]) >= 0 else None
        label = citation_label(found, str(meta["clause"]), page) if found else hit.chunk.section
        body = hit.chunk.text.split("\n", 1)[-1]
        results.append(SearchResult(contract=hit.chunk.contract, document=document.name, section=hit.chunk.section,
                                    clauses=hit.chunk.clause_paths, title=str(meta["title"]), page=page, label=label,
                                    score=round(hit.score, 5), text=body))
    return results


@router.get("/tools", response_model=list[ToolInfo], summary="Calculators and their inputs")
def tools() -> list[ToolInfo]:
    return [ToolInfo(name=t.name, description=t.description, input_schema=t.schema.model_json_schema()) for t in TOOLS.values()]


@router.post("/tools/{name}", summary="Run a calculator")
async def run_calculator(name: str, assistant: AssistantDep, workers: WorkersDep,
                         params: dict[str, Any] = Body(..., examples=[{"months_of_service": 12, "time_base": "full"}])) -> dict[str, Any]:
    parsed, result = await on_workers(workers, lambda: run_tool(assistant.snapshot(), name, params))
    return {"tool": name, "input": parsed.model_dump(mode="json", exclude_none=True), **result.model_dump(mode="json")}


@router.post("/feedback", status_code=201, summary="Rate an answer")
def feedback(body: FeedbackRequest, store: FeedbackDep, caller: CallerDep) -> dict[str, Any]:
    """One rating per answer per caller: rating again changes it."""
    feedback_id = store.add(body.answer_id, body.helpful, body.comment, source="api", rater=caller)
    return {"id": feedback_id, "stored": True}
