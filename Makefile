# Warden: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PYTHON ?= python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PY_PACKAGES := boto3 jsonschema pytest pyyaml

.PHONY: all build release test test-swift test-python lint format deps demo bench fuzz clean models permissions

all: build

## deps: install what this machine lacks (libyaml, the Python test packages)
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists yaml-0.1; then \
	    echo "==> installing libyaml-dev and pkg-config"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev pkg-config; \
	fi
	@if ! $(PYTHON) -c 'import boto3, jsonschema, pytest, yaml' 2>/dev/null; then \
	    echo "==> installing $(PY_PACKAGES)"; \
	    $(PYTHON) -m pip install --quiet $(PY_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

## release: the two programs users run, optimised (not the benchmark harness or test helpers)
release: deps
	$(SWIFT) build -c release --product warden
	$(SWIFT) build -c release --product warden-emulator

## test: the whole suite (Swift Testing, then the boto3 checks of the emulator)
test: deps lint test-swift test-python

test-swift:
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --skip-build

test-python:
	@if ls Tests/*/test_*.py >/dev/null 2>&1; then \
	    $(SWIFT) build --product warden-emulator && \
	    WARDEN_BIN_DIR="$$($(SWIFT) build --show-bin-path)" $(PYTHON) -m pytest -q Tests; \
	fi

## models: re-extract the botocore model subset (after a botocore upgrade)
models:
	$(PYTHON) Sources/AWSModel/extract_models.py

## permissions: regenerate the permission catalog from Sources/DesiredState/Permissions/connect-permissions.tsv
## (edit the TSV first, or merge a list of names: make permissions PERMISSIONS_FROM=path/to/names.txt)
permissions:
	$(PYTHON) Sources/DesiredState/Permissions/generate_permissions.py $(if $(PERMISSIONS_FROM),--merge $(PERMISSIONS_FROM))

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build .build-fuzz

## bench: plan and apply at the API quota, a boto3 baseline, and the offline core (release build, a few
## minutes; never part of `make test`). Prints the table; exits 1 if a target of issue 8 is missed.
bench: deps
	$(SWIFT) build -c release --product warden
	$(SWIFT) build -c release --product warden-bench
	"$$($(SWIFT) build -c release --show-bin-path)/warden-bench" run --python "$$(command -v $(PYTHON))" $(BENCH_ARGS)

## fuzz: build the libFuzzer targets (Tests/Fuzz, address sanitizer) and run each for FUZZ_SECONDS (default 60)
## from the committed seed corpus; what crashes, leaks or hangs is kept in .build-fuzz/artifacts. Never part of
## `make test`. FUZZ_TARGETS="json ini" runs some only.
fuzz: deps
	SWIFT="$(SWIFT)" .ci/fuzz

## demo: on a fresh machine, one command: install what is missing, build in release mode, then validate, plan,
## apply, plan (no changes), a change behind Warden's back, drift and import against a seeded local emulator
demo: release
	@WARDEN_BIN_DIR="$$($(SWIFT) build -c release --show-bin-path)" PYTHON="$(PYTHON)" .ci/demo
