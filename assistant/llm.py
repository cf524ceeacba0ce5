"""Chat model factory keyed by a string such as 'openai:gpt-4o-mini' or 'ollama:llama3.1'.

Providers are imported lazily, so the default (no LLM) install needs none of them.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from assistant.errors import ConfigError

PROVIDERS = ("openai", "ollama")


def make_chat_model(spec: str, base_url: str | None = None) -> Any:
    provider, _, model = spec.partition(":")
    if not model:
        raise ConfigError(f"CONTRACT_ASSISTANT_LLM={spec!r} must look like 'provider:model', e.g. 'ollama:llama3.1'.")
    if provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise ConfigError("Install the OpenAI backend: pip install 'contract-assistant[openai]'.") from exc
        return ChatOpenAI(model=model, base_url=base_url, temperature=0)
    if provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise ConfigError("Install the Ollama backend: pip install 'contract-assistant[ollama]'.") from exc
        return ChatOllama(model=model, base_url=base_url or "http://localhost:11434", temperature=0)
    raise ValueError(f"Unknown LLM provider {provider!r}; use one of: {', '.join(PROVIDERS)}.")


def load_prompt(name: str) -> str:
    """A prompt shipped as package data (``prompts/<name>.md``), so installed copies find it too."""
    return resources.files("prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")
