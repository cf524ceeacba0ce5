"""What every fitting script reads: the dev split's items (never the test split's) and the settings
with the model files named on its command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEV = Path(__file__).resolve().parents[2] / "eval" / "gold" / "dev"


def dev_items(paths: list[Path]) -> list[dict[str, Any]]:
    """The items of these JSONL files; a file of the test split stops the fit."""
    items = []
    for path in paths:
        if "test" in path.parts:
            raise SystemExit(f"refusing to fit on {path}: the test split is never used for fitting")
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def settings_with(**paths: Path | None) -> Any:
    """Settings from the environment, with the model files given on the command line (None: as set)."""
    from assistant.settings import Settings

    given: dict[str, Any] = {name: path for name, path in paths.items() if path is not None}
    return Settings(**given)
