"""A plain LangChain RAG for comparison: RecursiveCharacterTextSplitter 1000/200 over the raw
documents, MiniLM, Chroma top-4, citing the sections its chunks overlap. No glossary, no
structure-aware chunking, no abstention: what a team gets from the tutorial."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any

from assistant.schema import Answer, Citation, Retrieved
from assistant.snapshot import Snapshot
from ingest.readers import read_document
from ingest.structure import citation_label

TOP_K = 4
BASELINE_TOKENS = 256


class Baseline:
    def __init__(self, snapshot: Snapshot, contracts_dir: Path):
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.snapshot = snapshot
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        texts, metadatas = [], []
        for contract in snapshot.contracts.values():
            source = read_document(contracts_dir / contract.source, 10**9)
            for doc in splitter.create_documents([source.text], metadatas=[{"contract": contract.id}]):
                texts.append(doc.page_content)
                metadatas.append(doc.metadata)
        digest = hashlib.sha1("".join(texts).encode()).hexdigest()[:8]
        self._tmp = tempfile.TemporaryDirectory(prefix="baseline-")
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        client = chromadb.PersistentClient(path=self._tmp.name, settings=ChromaSettings(anonymized_telemetry=False))
        # MiniLM as the tutorial uses it: its own 256-token window, not the index's shorter one.
        embeddings = snapshot.embeddings.with_max_tokens(BASELINE_TOKENS)
        self.store = Chroma(collection_name=f"baseline-{digest}", embedding_function=embeddings, client=client,
                            collection_metadata={"hnsw:space": "cosine"})
        self.store.add_texts(texts, metadatas=metadatas)

    def _sections(self, contract_id: str, start: int, end: int) -> list[tuple[Any, Any]]:
        contract = self.snapshot.contracts[contract_id]
        found = []
        for section in contract.sections():
            for clause in section.clauses:
                if clause.start < end and clause.end > start:
                    found.append((section, clause))
                    break
        return found

    def answer(self, question: str, contract: str | None = None) -> Answer:
        docs = self.store.similarity_search(question, k=TOP_K, filter={"contract": contract} if contract else None)
        retrieved: list[Retrieved] = []
        citations: list[Citation] = []
        for rank, doc in enumerate(docs):
            contract_id = doc.metadata["contract"]
            start = int(doc.metadata.get("start_index", 0))
            for section, clause in self._sections(contract_id, start, start + len(doc.page_content)):
                key = (contract_id, section.id)
                if key not in {(r.contract, r.section) for r in retrieved}:
                    retrieved.append(Retrieved(contract=contract_id, section=section.id, score=1.0 / (rank + 1)))
                    document = self.snapshot.contracts[contract_id]
                    citations.append(Citation(contract=contract_id, document=document.name, kind=document.kind,
                                              section=section.id, clause=clause.path, title=section.title,
                                              page=clause.page, quote=doc.page_content[:300],
                                              label=citation_label(section, clause.path, clause.page)))
        text = "\n\n".join(d.page_content for d in docs)
        return Answer(answer=text, outcome="answered", citations=citations, retrieved=retrieved)
