# `make run`: set up, ingest the corpus, start the API and the UI. `make test`: set up and run the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
API_PORT ?= 8000
UI_PORT ?= 8501

.PHONY: install browser run test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the end-to-end browser test; never a downloaded browser.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "note: /usr/bin/chromium missing; the browser test will be skipped (apt-get install chromium)"; fi; \
	fi

run: install
	$(BIN)/gpsearch ingest
	$(BIN)/python -m service.launch --api-port $(API_PORT) --ui-port $(UI_PORT)

test: install browser
	$(BIN)/pytest

eval: install
	$(BIN)/gpsearch eval --baseline

bench: install
	$(BIN)/gpsearch bench

clean:
	rm -rf $(VENV) data
