// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// A long text is cut into chunks for the patterns and, from engine::kParallelBytes on, scanned on
// two threads: neither may change what is found. The same prompt repeated must give the same
// findings at every repetition, wherever the chunk edges fall.
#include <gtest/gtest.h>

#include <string>

#include "engine/engine.h"
#include "text/utf8.h"

namespace gardefou::engine {
namespace {

const Engine& engine() {
    static const auto e = Engine::build_default(Engine::Build::now);
    return *e;
}

constexpr std::string_view kPrompt =
    "Bonjour, je m'appelle Marie Dupont, née le 12/03/1954. Mon médecin traitant, le Dr Martin, "
    "m'a envoyée au CHU de Rennes. Vous pouvez me joindre au 06 12 34 56 78 ou à "
    "marie.dupont@example.fr. Sécu 2 54 03 35 238 012 69, IBAN FR14 2004 1010 0505 0001 3M02 606. "
    "J'habite au 12 rue des Lilas, 35000 Rennes. Ma TSH est à 4,8 😀 merci.";

std::size_t utf16_length(std::string_view s) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto d = text::decode_utf8(s, i);
        units += d.code_point > 0xFFFF ? 2 : 1;
        i += d.length;
    }
    return units;
}

void expect_repeated(std::string_view separator) {
    const std::string unit = std::string(kPrompt) + std::string(separator);
    const auto one = engine().scan(kPrompt);
    ASSERT_GE(one.size(), 8U);
    std::string text;
    std::size_t copies = 0;
    while (text.size() < 3 * kParallelBytes) {
        text += unit;
        ++copies;
    }
    const auto all = engine().scan(text);
    ASSERT_EQ(all.size(), copies * one.size());
    const std::size_t stride = utf16_length(unit);
    for (std::size_t k = 0; k < copies; ++k) {
        for (std::size_t j = 0; j < one.size(); ++j) {
            const Finding& f = all[k * one.size() + j];
            SCOPED_TRACE("copy " + std::to_string(k) + ", finding " + std::to_string(j));
            EXPECT_EQ(f.category, one[j].category);
            EXPECT_EQ(f.start, one[j].start + k * stride);
            EXPECT_EQ(f.end, one[j].end + k * stride);
            EXPECT_EQ(f.rule, one[j].rule);
            EXPECT_EQ(f.validated, one[j].validated);
        }
    }
}

TEST(LongText, LineBreaksBetweenCopies) {
    expect_repeated("\n\n");
}

TEST(LongText, OneLongLineCutAtSpaces) {
    expect_repeated(" ");
}

}  // namespace
}  // namespace gardefou::engine
