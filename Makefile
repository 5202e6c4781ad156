# The two commands of the README. Each installs what is missing, builds in Release, then runs.
BUILD ?= build
MODEL ?= scenarios/peru/model.yaml
JOBS  ?= $(shell nproc)

.PHONY: run test build deps clean

deps:
	bash tools/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# The main job: the allocated-vs-executed comparison of the shipped Peru model, printed and
# written to out/ (CSV, JSON, Markdown), then the audit of its published totals.
run: build
	$(BUILD)/veedor compare $(MODEL) --out out
	$(BUILD)/veedor audit $(MODEL) --out out

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) out
