"""A learned linear map applied to the question's embedding before it is compared with the chunks.

Members ask in their own words ("can I split my bereavement days") and contracts answer in theirs
("may be taken in two (2) periods"); a general-purpose sentence model puts the two further apart
than a contract's own sentences. The adapter is a matrix fitted on dev questions and the sections
that answer them (``python -m assistant.learned.fit_adapter``) that moves a question's vector toward
the language contracts use for it. Only the question side moves, so the index is never rebuilt, and
nothing in it names a contract: it is fitted over every dev contract at once and measured with each
contract left out. The matrix is data (``learned/query_adapter.npz``); it belongs to the embedding
model it was fitted for and is refused for any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.errors import ConfigError

PACKAGED = "query_adapter.npz"
REFIT = "python -m assistant.learned.fit_adapter"


@dataclass(frozen=True)
class QueryAdapter:
    """``matrix`` maps a unit question vector to another, renormalised to unit length."""

    matrix: np.ndarray
    model: str

    def __call__(self, vector: np.ndarray) -> np.ndarray:
        moved = self.matrix @ np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(moved))
        return (moved / norm).astype(np.float32) if norm > 0 else np.asarray(vector, dtype=np.float32)


def read_adapter(source: Path | bytes) -> QueryAdapter:
    """The adapter in an ``.npz`` file (or its bytes): ``matrix`` (square) and ``model`` (its name)."""
    import io

    try:
        with np.load(io.BytesIO(source) if isinstance(source, bytes) else source, allow_pickle=False) as data:
            matrix = np.asarray(data["matrix"], dtype=np.float32)
            model = str(data["model"])
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"The query adapter {source if isinstance(source, Path) else 'learned/' + PACKAGED} "
                          f"cannot be read ({exc}); refit it with `{REFIT}`.") from exc
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1] or not np.isfinite(matrix).all():
        raise ConfigError(f"The query adapter's matrix has shape {matrix.shape} (or numbers that are not finite); "
                          f"refit it with `{REFIT}`.")
    return QueryAdapter(matrix, model)


@lru_cache(maxsize=4)
def load_query_adapter(path: Path | None, model: str, dimension: int) -> QueryAdapter:
    """The packaged adapter, or the one a setting names, checked against the embedding model in use:
    an adapter fitted for another model would move questions somewhere meaningless."""
    adapter = read_adapter(path if path is not None
                           else resources.files("assistant").joinpath(f"learned/{PACKAGED}").read_bytes())
    if adapter.model != model or adapter.matrix.shape[0] != dimension:
        raise ConfigError(f"The query adapter was fitted for {adapter.model} ({adapter.matrix.shape[0]} numbers), "
                          f"not {model} ({dimension}); refit it with `{REFIT}` or set "
                          "CONTRACT_ASSISTANT_QUERY_ADAPTER_ENABLED=false.")
    return adapter
