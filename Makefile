# The two commands of the README. Each installs what is missing, builds in Release, then runs.
BUILD ?= build
MODEL ?= scenarios/peru/model.yaml
# The layer of the years after the report (2017-2024) over MODEL: the national series to 2024.
LAYER ?= scenarios/after-the-report.yaml
SCENARIOS ?= scenarios/peru/bill-2017-flat.yaml scenarios/peru/indexed-2016.yaml \
             scenarios/peru/restore-2015.yaml scenarios/peru/share-2015.yaml \
             scenarios/peru/costed-needs.yaml scenarios/peru/what-it-takes.yaml \
             scenarios/peru/funding-risk.yaml scenarios/peru/falling-path.yaml
JOBS  ?= $(shell nproc)

.PHONY: run test sanitize bench build program configure deps test-deps bench-deps clean screenshots

deps:
	bash tools/install-deps.sh

test-deps:
	bash tools/install-deps.sh --test

bench-deps:
	bash tools/install-deps.sh --bench

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

# Everything, the tests included.
build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Only the program: what `make run` runs.
program: configure
	cmake --build $(BUILD) -j $(JOBS) --target veedor

# The main job on the shipped Peru model: the allocated-vs-executed comparison, the audit of its
# published totals, the same two on the layer of the years after the report (the national series
# to 2024, the sources that disagree), and the eight funding scenarios for 2017-2021 (one with the
# risk of a cut, one on the path that fell as 2020-2021 did), printed and written to out/ (CSV,
# JSON, Markdown); then the brief with its charts, in Spanish and in English.
run: program
	$(BUILD)/veedor compare $(MODEL) --out out
	$(BUILD)/veedor audit $(MODEL) --out out
	$(BUILD)/veedor compare $(LAYER) --out out/after-the-report
	$(BUILD)/veedor audit $(LAYER) --out out/after-the-report
	$(BUILD)/veedor simulate $(SCENARIOS) --out out
	$(BUILD)/veedor report $(MODEL) $(SCENARIOS) --lang es --out out/brief
	$(BUILD)/veedor report $(MODEL) $(SCENARIOS) --lang en --out out/brief-en
	@echo "The brief: out/brief/brief.html (español), out/brief-en/brief.html (English); charts in out/brief/charts/"

# The README's picture of the Spanish brief (docs/images/brief-es.png), with headless Chromium.
screenshots: program
	bash tools/brief-screenshot.sh $(BUILD)/veedor

test: test-deps build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (clang), with
# a short run of every libFuzzer target (FUZZ_SECONDS each). CI runs it after `make test`.
FUZZ_SECONDS ?= 60
sanitize: test-deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	      -DVEEDOR_SANITIZE=ON -DVEEDOR_FUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build build-sanitize -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-sanitize --output-on-failure -j $(JOBS)

# Every benchmark of docs/performance.md, side by side with DuckDB, yaml-cpp and Python, and the
# goals met or not (bench/run_all.sh; logs in bench/results/). Generates up to 10^7-row files
# (8.8 GB, cached in /tmp/veedor-bench-data): takes about half an hour the first time.
bench: bench-deps build
	cmake --build $(BUILD) --target yaml_tree_parse yaml_event_parse -j $(JOBS)
	bash bench/run_all.sh

clean:
	rm -rf $(BUILD) build-sanitize out
