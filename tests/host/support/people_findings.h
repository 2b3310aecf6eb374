// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gardefou::testing {

/// A row of a name table: a sentence and the name findings expected in it.
struct NameRow {
    const char* text;
    std::vector<std::pair<const char*, const char*>> expected;  // category, exact span text
};

/// The name findings (person, professional, facility) of `text`, as (category, span text).
std::vector<std::pair<std::string, std::string>> names_in(const std::string& text);

/// The expected findings of a row, in names_in's form.
std::vector<std::pair<std::string, std::string>> expected_of(const NameRow& row);

}  // namespace gardefou::testing
