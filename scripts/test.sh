#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# Second command of the README: runs every test.
#   1. installs what is missing (scripts/deps.sh), builds with g++ into build/;
#   2. ctest: unit tests, the corpus evaluations with their thresholds, install/doctor tests,
#      benchmark smoke runs;
#   3. a clang build with AddressSanitizer + UndefinedBehaviorSanitizer into build-san/: the
#      unit tests again, and the libFuzzer targets for a short while each;
#   4. formatting (clang-format), the .deb package check;
#   5. the extension: ESLint + web-ext lint, node unit tests, end-to-end tests in Chromium and
#      Firefox with the real host.
# Every step runs even when an earlier one failed; the last line sums them up.
#   scripts/test.sh [--quick]   (--quick: skip clang-tidy, the sanitizer build and the browsers)
set -uo pipefail
cd "$(dirname "$0")/.."
quick=0
[[ "${1:-}" == "--quick" ]] && quick=1
jobs=$(nproc 2>/dev/null || echo 2)
passed=0
failed=0
failures=()

step() {
  local name=$1
  shift
  echo
  echo "=== $name ==="
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: passed ($((SECONDS - started)) s) ==="
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED ($((SECONDS - started)) s) ==="
  fi
}

format_check() {
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
}

# clang-tidy (.clang-tidy: bug-prone patterns and needless copies are errors) over the host's
# sources, with the g++ build's compile_commands.json; the generated lexicon data is left out.
tidy_check() {
  git ls-files 'native-host/*.cpp' | grep -v lexicon_data | xargs -P "$jobs" -n 8 clang-tidy -p build --quiet --extra-arg=-Wno-unknown-warning-option
}

sanitizer_build() {
  CC=clang CXX=clang++ scripts/build.sh build-san -DGARDEFOU_SANITIZE=ON -DGARDEFOU_FUZZ=ON \
    -DGARDEFOU_BUILD_BENCHMARKS=OFF
}

step "dependencies" scripts/deps.sh || exit 1
step "build (g++)" scripts/build.sh build
step "host tests (ctest)" ctest --test-dir build --output-on-failure -j "$jobs" --timeout 600
step "format (clang-format)" format_check
((quick)) || step "lint (clang-tidy)" tidy_check
if [[ -x tests/packaging/check-deb.sh ]]; then
  step "package (.deb)" tests/packaging/check-deb.sh build
fi
if ((!quick)); then
  step "build (clang, ASan + UBSan, libFuzzer)" sanitizer_build
  step "host tests under ASan + UBSan, fuzzers" \
    env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-san --output-on-failure -j "$jobs" --timeout 900
fi
if [[ -f package.json ]]; then
  step "extension lint (ESLint, web-ext)" npm run --silent lint
  step "extension unit tests (node --test)" npm run --silent test:unit
  step "extension packages (Chrome zip, Firefox zip + web-ext lint)" \
    scripts/package-extension.sh build/dist
  if ((!quick)); then
    step "end-to-end (Chromium, Firefox, real host)" \
      env GARDEFOU_HOST="$PWD/build/native-host/gardefou-host" npm run --silent test:e2e
  fi
fi

echo
if ((failed)); then
  echo "Failed steps: ${failures[*]}"
fi
echo "steps: $passed passed, $failed failed"
((failed == 0))
