# civic-kiosk. `make run` starts the demo kiosk; `make test` runs everything CI runs.
.PHONY: run test bench evidence system env clean

PY := .venv/bin/python
ARGS ?=

run: system env
	@$(PY) main.py kiosk $(ARGS) || [ $$? -eq 3 ]  # 3: no display, and the kiosk said what to do

test: system env
	bash scripts/test.sh

bench: system env
	QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false" $(PY) -m benchmarks

# Every reliability, security and performance suite at full scale, then build/evidence.md.
evidence: system env
	$(PY) -m evidence

system:
	@bash scripts/system-packages.sh

env: .venv/.synced

.venv/.synced: pyproject.toml uv.lock
	@bash scripts/python-env.sh

clean:
	rm -rf .venv build .pytest_cache .mypy_cache .ruff_cache
