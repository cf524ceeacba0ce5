"""A non-editable install answers a question: prompts, the web page, the glossary and the eval
command travel as package data and entry points, not as files of the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_answers_without_the_source_tree(built_index, tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True)
    target = tmp_path / "site"
    wheel = next(wheels.glob("contract_assistant-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import json, assistant, prompts, eval.harness\n"
        "from importlib import resources\n"
        "from assistant.services import build_services\n"
        "from assistant.llm import load_prompt\n"
        "answer = build_services().assistant.answer('How long do I have to file a grievance?')\n"
        "print(json.dumps({'files': [assistant.__file__, prompts.__file__, eval.harness.__file__],\n"
        "  'prompt': len(load_prompt('answer')), 'page': resources.files('assistant').joinpath('web/index.html').is_file(),\n"
        "  'section': answer.citations[0].section}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "CONTRACT_ASSISTANT_DATA_DIR": str(built_index)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert all(path.startswith(str(target)) for path in result["files"]), result["files"]
    assert result["prompt"] > 100 and result["page"] and result["section"] == "6.7"
