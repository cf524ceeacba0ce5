"""YAML as the project's hand-written data files need it read: a key written twice in one mapping is
an error, not a silent overwrite. PyYAML keeps the last value, so a second `holidays:` block in a
rules file would quietly drop the first one's rules; a steward editing the file would never know."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor


class DuplicateKeyError(ConstructorError):
    """A mapping names the same key twice (a `yaml.YAMLError`, so callers' YAML handling reports it)."""


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            first = seen.setdefault(key, line)
        except TypeError:  # an unhashable key: PyYAML's own constructor reports it
            continue
        if first != line:
            raise DuplicateKeyError(None, None, f"{key!r} is written twice in one mapping (lines {first} and {line}); "
                                    "the second would silently replace the first — merge them", key_node.start_mark)
    return SafeConstructor.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(text: str) -> Any:
    """`yaml.safe_load`, refusing a key written twice in one mapping."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
