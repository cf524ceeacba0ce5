"""What is learned from the dev split, as data, next to the script that produced it."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError


def read_model(name: str, path: Path | None, what: str, refit: str, build: Any) -> Any:
    """`build` applied to the JSON of a packaged model (`learned/<name>`) or of the file a setting
    names; a missing, unreadable or malformed one is a ConfigError that says how to refit it."""
    try:
        if path is None:
            text = resources.files("assistant").joinpath(f"learned/{name}").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return build(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"The {what} {path or 'learned/' + name} cannot be read ({exc}); "
                          f"refit it with `{refit}`.") from exc
