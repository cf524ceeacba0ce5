"""The import graph keeps the layers ARCHITECTURE.md draws: no circle, nothing importing upward,
no front end importing another. Function-level imports count: they are imports all the same."""

from __future__ import annotations

import grimp
import pytest

PACKAGES = ("assistant", "ingest", "eval", "prompts")
FRONT_ENDS = ("assistant.api", "assistant.slack", "assistant.cli")
ASSEMBLY = "assistant.server"  # puts the API and Slack into one process; only the CLI starts it
ROOT = "assistant.services"  # the composition root


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES)


def _imports(graph: grimp.ImportGraph, module: str) -> set[str]:
    return graph.find_modules_directly_imported_by(module)


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _modules(graph: grimp.ImportGraph, package: str) -> list[str]:
    return sorted(m for m in graph.modules if _in(m, package))


def test_ingest_imports_nothing_above_it(graph):
    bad = [(m, i) for m in _modules(graph, "ingest") for i in _imports(graph, m) if not _in(i, "ingest")]
    assert not bad, bad


def test_the_application_never_imports_the_evaluation(graph):
    bad = [(m, i) for m in _modules(graph, "assistant") for i in _imports(graph, m) if _in(i, "eval")]
    assert not bad, bad


def test_the_core_imports_no_front_end_nor_the_composition_root(graph):
    upper = (*FRONT_ENDS, ASSEMBLY, ROOT)
    core = [m for m in _modules(graph, "assistant") if m != "assistant" and not any(_in(m, u) for u in upper)]
    assert "assistant.core" in core and "assistant.retrieval" in core
    bad = [(m, i) for m in core for i in _imports(graph, m) if any(_in(i, u) for u in upper)]
    assert not bad, bad


def test_no_front_end_imports_another(graph):
    bad = []
    for front in FRONT_ENDS:
        others = [f for f in FRONT_ENDS if f != front]
        for module in _modules(graph, front):
            bad += [(module, i) for i in _imports(graph, module) if any(_in(i, o) for o in others)]
    assert not bad, bad
    # Only the CLI starts the assembled server; the API and Slack never reach it.
    assert not [m for m in graph.find_modules_that_directly_import(ASSEMBLY) if not _in(m, "assistant.cli")]


def test_the_import_graph_has_no_circle(graph):
    """Tarjan's strongly connected components over module-to-module imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in _imports(graph, module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    assert not circles, circles
