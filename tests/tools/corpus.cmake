# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# The corpus evaluation of the detection engine (tests/corpus/README.md): thresholds of issue 2.
add_executable(corpus_eval "${CMAKE_CURRENT_LIST_DIR}/corpus_eval.cpp")
target_link_libraries(corpus_eval PRIVATE gardefou_engine nlohmann_json::nlohmann_json)
set(GARDEFOU_CORPUS_THRESHOLDS --min-recall 0.95 --min-precision 0.93 --max-false-alarms 0.03)
add_test(NAME corpus.development
    COMMAND corpus_eval "${PROJECT_SOURCE_DIR}/tests/corpus/prompts.jsonl" ${GARDEFOU_CORPUS_THRESHOLDS})
# The held-out prompts measure generalisation: reported on every run (figures in the README),
# never tuned on, and not gating: a gate would turn them into a second development set.
add_test(NAME corpus.holdout
    COMMAND corpus_eval "${PROJECT_SOURCE_DIR}/tests/corpus/holdout.jsonl")
set_tests_properties(corpus.development PROPERTIES LABELS corpus)
set_tests_properties(corpus.holdout PROPERTIES LABELS "corpus;holdout")
