"""Chunks along the contract's own boundaries, so each retrieved chunk cites one section.

A chunk never crosses a section; long sections split between clauses (a single clause longer
than the limit splits between its lines). Each chunk starts with its heading path so that it is
retrievable on its own, and carries everything a citation needs as metadata.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.structure import Article, Clause, Contract, Section, _labelled

MAX_CHUNK_CHARS = 700
MIN_CHUNK_CHARS = 20


@dataclass(frozen=True)
class Chunk:
    id: str
    text: str
    metadata: dict[str, str | int | bool]


def heading_path(contract: Contract, article: Article, section: Section) -> str:
    parts = [contract.name]
    numbered_article = article.number[:1].isdigit()
    if numbered_article:
        parts.append(f"Article {article.number} - {article.title}")
    elif article.number and article.title != section.title:
        parts.append(article.title)
    if section.id == article.number and numbered_article:
        return " > ".join(parts)
    parts.append(section.title if section.id == section.title else f"{section.id} {section.title}")
    return " > ".join(parts)


def _pieces(text: str) -> list[str]:
    """Lines, then sentences, then words: the largest units that fit in a chunk."""
    units: list[str] = []
    for line in text.split("\n"):
        if len(line) <= MAX_CHUNK_CHARS:
            units.append(line)
            continue
        for sentence in re.split(r"(?<=[.;:])\s+", line):
            while len(sentence) > MAX_CHUNK_CHARS:
                cut = sentence.rfind(" ", 0, MAX_CHUNK_CHARS)
                cut = cut if cut > 0 else MAX_CHUNK_CHARS
                units.append(sentence[:cut])
                sentence = sentence[cut:].lstrip()
            units.append(sentence)
    return units


def _split_long(clause: Clause) -> list[Clause]:
    if len(clause.text) <= MAX_CHUNK_CHARS:
        return [clause]
    pieces, current = [], ""
    for unit in _pieces(clause.text):
        if current and len(current) + len(unit) + 1 > MAX_CHUNK_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current}\n{unit}" if current else unit
    if current:
        pieces.append(current)
    return [clause.model_copy(update={"text": piece}) for piece in pieces]


def chunk_section(contract: Contract, article: Article, section: Section) -> list[Chunk]:
    head = heading_path(contract, article, section)
    groups: list[list[Clause]] = []
    size = 0
    for clause in (piece for c in section.clauses if c.answerable for piece in _split_long(c)):
        length = len(clause.text) + 4
        if groups and size + length <= MAX_CHUNK_CHARS:
            groups[-1].append(clause)
            size += length
        else:
            groups.append([clause])
            size = length
    chunks = []
    for number, group in enumerate(groups):
        body = "\n".join(_labelled(c) for c in group)
        if len(body.strip()) < MIN_CHUNK_CHARS:
            continue
        text = f"{head}\n{body}"
        pages = [c.page for c in group if c.page is not None]
        digest = hashlib.sha1(f"{contract.id}|{section.id}|{number}|{text}".encode()).hexdigest()[:16]
        metadata: dict[str, str | int | bool] = {
            "contract": contract.id,
            "kind": contract.kind,
            "binding": contract.binding,
            "article": article.number,
            "article_title": article.title,
            "section": section.id,
            "title": section.title,
            "clause": group[0].path,
            "clauses": "|".join(c.path for c in group),
            "page_start": min(pages) if pages else -1,
            "page_end": max(pages) if pages else -1,
            "start": group[0].start,
            "end": group[-1].end,
        }
        chunks.append(Chunk(id=f"{contract.id}:{digest}", text=text, metadata=metadata))
    return chunks


def chunk_contract(contract: Contract) -> list[Chunk]:
    return [c for a in contract.articles for s in a.sections for c in chunk_section(contract, a, s)]


def embedding_text(chunk: Chunk, table_chars: int = 200) -> str:
    """What the embedder reads for a chunk. A chunk that is mostly table rows (the salary
    schedule, code lists) is embedded by its heading and first row only: similarity on number
    soup finds nothing, BM25 still sees every cell, and it keeps ingest fast."""
    head, _, body = chunk.text.partition("\n")
    lines = [line for line in body.split("\n") if line.strip()]
    if lines and sum(line.lstrip().startswith("|") for line in lines) * 2 > len(lines):
        return f"{head}\n{body[:table_chars]}"
    return chunk.text
