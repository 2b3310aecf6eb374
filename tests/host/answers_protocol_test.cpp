// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "engine/engine.h"
#include "pseudonyms/pseudonym_store.h"
#include "support/protocol_fixture.h"

namespace gardefou::protocol {
namespace {

using nlohmann::json;

using AnswerRequests = testing::ProtocolTest;

TEST_F(AnswerRequests, AnalyzeAnswerGivesHealthClaimsAndSourcesInUtf16) {
    // "😷" is two UTF-16 code units and four UTF-8 bytes; "é" one unit and two bytes.
    const std::string text =
        "😷 Vous avez très probablement une sinusite. Prenez 1 g de paracétamol toutes les 6 "
        "heures.\n👉 Source : https://www.has-sante.fr/jcms/c_2722827 et doi:10.1016/S0140-6736(18)"
        "32203-7.";
    const auto r = ask({{"id", 3},
                        {"type", "analyze_answer"},
                        {"text", text},
                        {"prompt", "J'ai mal au front depuis 10 jours"}});
    ASSERT_EQ(r["ok"], true) << r.dump();
    EXPECT_EQ(r["id"], 3);
    EXPECT_EQ(r["type"], "analyze_answer");
    EXPECT_EQ(r["health"], true);
    EXPECT_GE(r["health_score"].get<double>(), 0.5);
    ASSERT_EQ(r["claims"].size(), 2U);
    EXPECT_EQ(r["claims"][0], (json{{"kind", "diagnosis"}, {"start", 3}, {"end", 44}}));
    EXPECT_EQ(r["claims"][1], (json{{"kind", "prescription"}, {"start", 45}, {"end", 91}}));
    ASSERT_EQ(r["sources"].size(), 2U);
    const auto& url = r["sources"][0];
    EXPECT_EQ(url["kind"], "url");
    EXPECT_EQ(url["start"], 104);
    EXPECT_EQ(url["end"], 143);
    EXPECT_EQ(url["value"], "https://www.has-sante.fr/jcms/c_2722827");
    EXPECT_EQ(url["trust"], "official");
    EXPECT_EQ(url["check"], (json{{"method", "url"}, {"target", url["value"]}}));
    const auto& doi = r["sources"][1];
    EXPECT_EQ(doi["kind"], "doi");
    EXPECT_EQ(doi["start"], 147);
    EXPECT_EQ(doi["end"], 180);
    EXPECT_EQ(doi["value"], "10.1016/s0140-6736(18)32203-7");
    EXPECT_EQ(doi["trust"], "scientific");
    EXPECT_EQ(doi["check"], (json{{"method", "doi"}, {"target", "10.1016/s0140-6736(18)32203-7"}}));
}

TEST_F(AnswerRequests, NonHealthAnswersHaveNoClaims) {
    const auto r = ask({{"id", 4},
                        {"type", "analyze_answer"},
                        {"text", "Prenez 250 g de farine et 4 œufs. Voir www.marmiton.org."},
                        {"prompt", "Une recette de crêpes ?"},
                        {"lang", "fr"}});
    ASSERT_EQ(r["ok"], true);
    EXPECT_EQ(r["health"], false);
    EXPECT_TRUE(r["claims"].empty());
    ASSERT_EQ(r["sources"].size(), 1U);
    EXPECT_EQ(r["sources"][0]["trust"], "unknown");
}

TEST_F(AnswerRequests, TrustedDomainsExtendTheOfficialList) {
    const json base{
        {"id", 5}, {"type", "analyze_answer"}, {"text", "Voir https://www.chu-rennes.fr/x"}};
    EXPECT_EQ(ask(base)["sources"][0]["trust"], "unknown");
    auto extended = base;
    extended["trusted_domains"] = {"chu-rennes.fr"};
    EXPECT_EQ(ask(extended)["sources"][0]["trust"], "official");
}

TEST_F(AnswerRequests, BadAnalyzeMembersAreBadRequests) {
    for (const json& bad :
         {json{{"id", 1}, {"type", "analyze_answer"}},
          json{{"id", 1}, {"type", "analyze_answer"}, {"text", 3}},
          json{{"id", 1}, {"type", "analyze_answer"}, {"text", "x"}, {"prompt", 1}},
          json{{"id", 1}, {"type", "analyze_answer"}, {"text", "x"}, {"lang", "de"}},
          json{{"id", 1},
               {"type", "analyze_answer"},
               {"text", "x"},
               {"trusted_domains", "has-sante.fr"}},
          json{
              {"id", 1}, {"type", "analyze_answer"}, {"text", "x"}, {"trusted_domains", {1, 2}}}}) {
        const auto r = ask(bad);
        EXPECT_EQ(r["ok"], false) << bad.dump();
        EXPECT_EQ(r["error"]["code"], "bad_request") << bad.dump();
        EXPECT_FALSE(r["error"]["message"].get<std::string>().empty());
    }
}

TEST_F(AnswerRequests, MatchReferenceGivesAVerdictAndAScore) {
    const json found{{"title", "HPV Vaccination and the Risk of Invasive Cervical Cancer"},
                     {"authors", {"Lei J", "Ploner A"}},
                     {"year", 2020},
                     {"journal", "New England Journal of Medicine"}};
    const auto r = ask({{"id", 6},
                        {"type", "match_reference"},
                        {"claimed", "Lei J, et al. N Engl J Med. 2020;383:1340-8"},
                        {"found", found}});
    ASSERT_EQ(r["ok"], true) << r.dump();
    EXPECT_EQ(r["verdict"], "match");
    EXPECT_GE(r["score"].get<double>(), 0.75);

    auto other = found;
    other["year"] = "2020";
    other["authors"] = "Smith R";
    const auto m = ask({{"id", 7},
                        {"type", "match_reference"},
                        {"claimed", "Martin et al., Journal of Clinical Oncology, 2009"},
                        {"found", other}});
    EXPECT_EQ(m["verdict"], "mismatch");
}

TEST_F(AnswerRequests, BadMatchMembersAreBadRequests) {
    for (const json& bad :
         {json{{"id", 1}, {"type", "match_reference"}, {"found", json::object()}},
          json{{"id", 1}, {"type", "match_reference"}, {"claimed", "x"}},
          json{{"id", 1}, {"type", "match_reference"}, {"claimed", "x"}, {"found", "y"}},
          json{{"id", 1}, {"type", "match_reference"}, {"claimed", "x"}, {"found", json::object()}},
          json{{"id", 1}, {"type", "match_reference"}, {"claimed", "x"}, {"found", {{"title", 3}}}},
          json{{"id", 1},
               {"type", "match_reference"},
               {"claimed", "x"},
               {"found", {{"title", "t"}, {"year", "soon"}}}},
          json{{"id", 1},
               {"type", "match_reference"},
               {"claimed", "x"},
               {"found", {{"title", "t"}, {"authors", {1}}}}}}) {
        const auto r = ask(bad);
        EXPECT_EQ(r["ok"], false) << bad.dump();
        EXPECT_EQ(r["error"]["code"], "bad_request") << bad.dump();
    }
}

}  // namespace
}  // namespace gardefou::protocol
