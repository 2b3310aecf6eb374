// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// `configure`: an administrator's custom detectors, and the language of placeholders.
#include <gtest/gtest.h>

#include "support/protocol_fixture.h"

namespace gardefou::protocol {
namespace {

using nlohmann::json;

using Configure = testing::ProtocolTest;

const json kInternalNumber = {{"type", "configure"},
                              {"id", 1},
                              {"custom_detectors",
                               {{{"pattern", R"(RX-[0-9]{5}-[A-Z])"},
                                 {"category", "health_identifier"},
                                 {"label", "n° patient CHU"}}}}};

TEST_F(Configure, CustomDetectorFindsAnInternalPatientNumber) {
    const std::string text = "Mon compte rendu porte le code RX-55201-B, service de cardiologie.";
    EXPECT_TRUE(ask({{"id", 0}, {"type", "scan"}, {"text", text}})["findings"].empty());
    const auto r = ask(kInternalNumber);
    ASSERT_EQ(r["ok"], true) << r.dump();
    EXPECT_EQ(r["custom_detectors"], 1);
    const auto s = ask({{"id", 2}, {"type", "scan"}, {"text", text}});
    ASSERT_EQ(s["findings"].size(), 1U) << s.dump();
    EXPECT_EQ(s["findings"][0]["category"], "health_identifier");
    EXPECT_EQ(s["findings"][0]["start"], 31);
    EXPECT_EQ(s["findings"][0]["end"], 41);
    EXPECT_EQ(s["findings"][0]["rule"], "custom:n° patient CHU");
    const auto red = ask({{"id", 3}, {"type", "redact"}, {"text", text}, {"conversation", "k"}});
    EXPECT_EQ(red["text"],
              "Mon compte rendu porte le code [IDENTIFIANT DE SANTÉ 1], service de cardiologie.");
}

TEST_F(Configure, GroupsInsideACustomPatternDoNotShrinkTheSpan) {
    auto request = kInternalNumber;
    request["custom_detectors"][0]["pattern"] = "(RX)-([0-9]{5})-[A-Z]";
    ASSERT_EQ(ask(request)["ok"], true);
    const auto s = ask({{"id", 2}, {"type", "scan"}, {"text", "RX-55201-B"}});
    ASSERT_EQ(s["findings"].size(), 1U);
    EXPECT_EQ(s["findings"][0]["end"], 10);
}

TEST_F(Configure, BadPatternIsRefusedAndChangesNothing) {
    ASSERT_EQ(ask(kInternalNumber)["ok"], true);
    auto bad = kInternalNumber;
    bad["custom_detectors"][0]["pattern"] = "RX(unclosed";
    const auto r = ask(bad);
    EXPECT_EQ(r["ok"], false);
    EXPECT_EQ(r["error"]["code"], "bad_pattern");
    EXPECT_NE(r["error"]["message"].get<std::string>().find("RE2"), std::string::npos);
    const auto s = ask({{"id", 2}, {"type", "scan"}, {"text", "RX-55201-B"}});
    EXPECT_EQ(s["findings"].size(), 1U) << "the previous detectors stay in force";
}

TEST_F(Configure, BackreferencesAreNotRE2AndAreRefused) {
    auto bad = kInternalNumber;
    bad["custom_detectors"][0]["pattern"] = R"((a)\1)";
    EXPECT_EQ(ask(bad)["error"]["code"], "bad_pattern");
}

TEST_F(Configure, MalformedEntriesAreBadRequests) {
    EXPECT_EQ(ask({{"id", 1}, {"type", "configure"}})["error"]["code"], "bad_request");
    EXPECT_EQ(ask({{"id", 1},
                   {"type", "configure"},
                   {"custom_detectors", {{{"pattern", "x"}}}}})["error"]["code"],
              "bad_request");
    EXPECT_EQ(
        ask({{"id", 1},
             {"type", "configure"},
             {"custom_detectors", {{{"pattern", "x"}, {"category", "planet"}}}}})["error"]["code"],
        "bad_request");
}

TEST_F(Configure, EmptyListRemovesTheCustomDetectors) {
    ASSERT_EQ(ask(kInternalNumber)["ok"], true);
    EXPECT_EQ(ask({{"id", 1}, {"type", "configure"}, {"custom_detectors", json::array()}})["ok"],
              true);
    EXPECT_TRUE(ask({{"id", 2}, {"type", "scan"}, {"text", "RX-55201-B"}})["findings"].empty());
}

TEST_F(Configure, PlaceholdersFollowTheTextsLanguageNotTheBrowsers) {
    const auto fr = ask({{"id", 1},
                         {"type", "redact"},
                         {"lang", "en"},
                         {"conversation", "fr"},
                         {"text", "Bonjour, vous pouvez me rappeler au 06 12 34 56 78 ?"}});
    EXPECT_EQ(fr["replacements"][0]["placeholder"], "[TÉLÉPHONE 1]");
    const auto en = ask({{"id", 2},
                         {"type", "redact"},
                         {"lang", "fr"},
                         {"conversation", "en"},
                         {"text", "Hello, can you call me back on +44 20 7946 0958 please?"}});
    EXPECT_EQ(en["replacements"][0]["placeholder"], "[PHONE 1]");
    const auto hint = ask({{"id", 3},
                           {"type", "redact"},
                           {"lang", "en"},
                           {"conversation", "short"},
                           {"text", "06 12 34 56 78"}});
    EXPECT_EQ(hint["replacements"][0]["placeholder"], "[PHONE 1]");
}

}  // namespace
}  // namespace gardefou::protocol
