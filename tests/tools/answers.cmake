# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# The answer-analysis evaluation (issue 4): `answers_eval FILE.jsonl` prints health accuracy,
# sources found, claims found and false claims per 20 answers, and fails below the thresholds.
# Included from tests/CMakeLists.txt: include(tools/answers.cmake)
add_executable(answers_eval "${CMAKE_CURRENT_LIST_DIR}/answers_eval.cpp")
target_link_libraries(answers_eval PRIVATE
    gardefou_engine nlohmann_json::nlohmann_json gardefou_warnings)

set(GARDEFOU_ANSWERS_CORPUS "${CMAKE_CURRENT_LIST_DIR}/../corpus")
add_test(NAME answers_eval_development
    COMMAND answers_eval "${GARDEFOU_ANSWERS_CORPUS}/answers.jsonl")
# The held-out answers measure generalisation: reported on every run, never tuned on, and not
# gating (their figures go in the README and the closing notes).
add_test(NAME answers_eval_holdout
    COMMAND answers_eval --report "${GARDEFOU_ANSWERS_CORPUS}/answers_holdout.jsonl")
set_tests_properties(answers_eval_development PROPERTIES LABELS corpus)
set_tests_properties(answers_eval_holdout PROPERTIES LABELS "corpus;holdout")
