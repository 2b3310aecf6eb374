// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace gardefou::testing {

/// One row of a test-vector file: column name → value.
using VectorRow = std::map<std::string, std::string>;

/// Every row of tests/data/vectors/<name> (a TSV file with a header line). Fails the current test
/// when the file is missing or has no rows.
inline std::vector<VectorRow> read_vectors(const std::string& name) {
    std::ifstream in(std::string(GARDEFOU_TEST_DATA) + "/vectors/" + name);
    EXPECT_TRUE(in.good()) << "missing vector file " << name;
    const auto split = [](const std::string& line) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        if (!line.empty() && line.back() == '\t') cells.emplace_back();
        return cells;
    };
    std::string line;
    std::getline(in, line);
    const auto header = split(line);
    std::vector<VectorRow> rows;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto cells = split(line);
        VectorRow row;
        for (std::size_t i = 0; i < header.size(); ++i) {
            row[header[i]] = i < cells.size() ? cells[i] : std::string();
        }
        rows.push_back(std::move(row));
    }
    EXPECT_FALSE(rows.empty()) << name;
    return rows;
}

}  // namespace gardefou::testing
