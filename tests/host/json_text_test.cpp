// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// The findings written straight to JSON text parse back to exactly the protocol's members.
#include "protocol/json_text.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace gardefou::protocol {
namespace {

using engine::Category;
using engine::Finding;

TEST(JsonText, StringsAreEscaped) {
    struct Row {
        std::string_view in;
        std::string_view out;
    };
    for (const Row& row : {Row{"plain", R"("plain")"}, Row{R"(a"b)", R"("a\"b")"},
                           Row{R"(back\slash)", R"("back\\slash")"},
                           Row{"tab\tnew\nline", R"("tab\u0009new\u000aline")"},
                           Row{"\x01", R"("\u0001")"}, Row{"né 😀", "\"né 😀\""}}) {
        std::string s;
        append_json_string(s, row.in);
        EXPECT_EQ(s, row.out);
        EXPECT_EQ(nlohmann::json::parse(s).get<std::string>(), row.in);
    }
}

TEST(JsonText, FindingsParseBackWithTheirMembers) {
    const std::vector<Finding> findings{
        {Category::phone, 10, 24, 0.9, true, "phone.fr_national"},
        {Category::person, 0, 5, 0.855, false, "person.self_intro"},
        {Category::email, 30, 50, 1.0, false, "custom \"label\"\n"},
        {Category::nir, 60, 81, 0.5, true, "nir"},
        {Category::financial, 90, 99, 0.07, false, "iban"},
    };
    const auto parsed = nlohmann::json::parse(findings_json(findings));
    ASSERT_EQ(parsed.size(), findings.size());
    const std::vector<double> scores{0.9, 0.86, 1.0, 0.5, 0.07};
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = parsed[i];
        EXPECT_EQ(f.size(), 6U);
        EXPECT_EQ(f["category"], engine::category_name(findings[i].category));
        EXPECT_EQ(f["start"], findings[i].start);
        EXPECT_EQ(f["end"], findings[i].end);
        EXPECT_TRUE(f["score"].is_number_float());
        EXPECT_DOUBLE_EQ(f["score"].get<double>(), scores[i]);
        EXPECT_EQ(f["validated"], findings[i].validated);
        EXPECT_EQ(f["rule"], findings[i].rule);
    }
}

TEST(JsonText, NoFindingsIsAnEmptyArray) {
    EXPECT_EQ(findings_json({}), "[]");
}

}  // namespace
}  // namespace gardefou::protocol
