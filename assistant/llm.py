"""Chat model factory keyed by a string such as 'openai:gpt-4o-mini' or 'ollama:llama3.1'.

Providers are imported lazily, so the default (no LLM) install needs none of them.
"""

from __future__ import annotations

from typing import Any

from assistant.errors import AssistantError

PROVIDERS = ("openai", "ollama")


class ModelConfigError(AssistantError):
    http_status = 500


def make_chat_model(spec: str, base_url: str | None = None) -> Any:
    provider, _, model = spec.partition(":")
    if not model:
        raise ModelConfigError(f"CONTRACT_ASSISTANT_LLM={spec!r} must look like 'provider:model', e.g. 'ollama:llama3.1'.")
    if provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise ModelConfigError("Install the OpenAI backend: pip install 'contract-assistant[openai]'.") from exc
        return ChatOpenAI(model=model, base_url=base_url, temperature=0)
    if provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise ModelConfigError("Install the Ollama backend: pip install 'contract-assistant[ollama]'.") from exc
        return ChatOllama(model=model, base_url=base_url or "http://localhost:11434", temperature=0)
    raise ValueError(f"Unknown LLM provider {provider!r}; use one of: {', '.join(PROVIDERS)}.")


def load_prompt(name: str) -> str:
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent / "prompts" / f"{name}.md"
    return here.read_text(encoding="utf-8")
