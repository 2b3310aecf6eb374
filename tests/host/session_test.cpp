// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/session.h"

#include <gtest/gtest.h>

#include <cstring>
#include <sstream>

#include "protocol/framing.h"
#include "support/frames.h"

namespace gardefou::protocol {
namespace {

using nlohmann::json;
using testing::frame;
using testing::parse_frames;
using testing::raw_frame;

class Session : public ::testing::Test {
  protected:
    /// Runs a whole session over `input`; returns the responses.
    std::vector<json> run(const std::string& input) {
        std::istringstream in(input);
        std::ostringstream out;
        exit_code_ = run_session(in, out, services_);
        return parse_frames(out.str());
    }

    static const engine::Engine& engine() {
        static const auto e = engine::Engine::build_default();
        return *e;
    }

    pseudonyms::PseudonymStore store_;
    Services services_{engine(), store_, "9.9.9"};
    int exit_code_ = -1;
};

TEST_F(Session, HelloNamesTheHostItsProtocolAndCategories) {
    const auto r = run(frame(json{{"id", 1}, {"type", "hello"}}));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["id"], 1);
    EXPECT_EQ(r[0]["type"], "hello");
    EXPECT_EQ(r[0]["ok"], true);
    EXPECT_EQ(r[0]["name"], "gardefou-host");
    EXPECT_EQ(r[0]["version"], "9.9.9");
    EXPECT_EQ(r[0]["protocol"], 1);
    EXPECT_EQ(r[0]["categories"].size(), 11U);
    EXPECT_EQ(exit_code_, kExitOk);
}

TEST_F(Session, StringIdsAreEchoed) {
    const auto r = run(frame(json{{"id", "abc"}, {"type", "hello"}}));
    EXPECT_EQ(r.at(0)["id"], "abc");
}

TEST_F(Session, EofBetweenFramesExitsZero) {
    EXPECT_TRUE(run("").empty());
    EXPECT_EQ(exit_code_, kExitOk);
}

TEST_F(Session, BadJsonGetsAnErrorAndTheSessionGoesOn) {
    const auto r = run(raw_frame("{not json") + frame(json{{"id", 2}, {"type", "hello"}}));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0]["ok"], false);
    EXPECT_TRUE(r[0]["id"].is_null());
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
    EXPECT_FALSE(r[0]["error"]["message"].get<std::string>().empty());
    EXPECT_EQ(r[1]["ok"], true);
    EXPECT_EQ(exit_code_, kExitOk);
}

TEST_F(Session, ZeroLengthFrameIsBadJson) {
    const auto r = run(raw_frame(""));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
}

TEST_F(Session, InvalidUtf8IsBadJson) {
    const auto r = run(raw_frame("{\"id\":1,\"type\":\"scan\",\"text\":\"\xC3\x28\"}"));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
}

TEST_F(Session, LoneSurrogateEscapeIsBadJson) {
    const auto r = run(raw_frame(R"({"id":1,"type":"scan","text":"\ud800"})"));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
}

TEST_F(Session, NonObjectIsBadJson) {
    const auto r = run(raw_frame("[1,2,3]") + raw_frame("42"));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
    EXPECT_EQ(r[1]["error"]["code"], "bad_json");
}

TEST_F(Session, AbsurdlyDeepNestingIsAnswered) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const std::string deep_object = "{\"id\":3,\"type\":\"hello\",\"x\":" + deep + "}";
    const auto r = run(raw_frame(deep) + raw_frame(deep_object));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0]["error"]["code"], "bad_json");
    EXPECT_EQ(r[1]["ok"], true);
}

TEST_F(Session, UnknownTypeIsNamedInTheError) {
    const auto r = run(frame(json{{"id", 4}, {"type", "teleport"}}));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["type"], "teleport");
    EXPECT_EQ(r[0]["error"]["code"], "unknown_type");
}

TEST_F(Session, MissingOrWrongMembersAreBadRequest) {
    const auto r =
        run(frame(json{{"id", 5}, {"type", "scan"}}) +
            frame(json{{"id", 6}, {"type", "scan"}, {"text", 12}}) + frame(json{{"id", 7}}) +
            frame(json{{"id", json::object()}, {"type", "hello"}}) +
            frame(json{{"id", 8}, {"type", "scan"}, {"text", "x"}, {"lang", "de"}}) +
            frame(json{{"id", 9}, {"type", "redact"}, {"text", "x"}}));
    ASSERT_EQ(r.size(), 6U);
    for (const auto& response : r) EXPECT_EQ(response["error"]["code"], "bad_request");
    EXPECT_TRUE(r[3]["id"].is_null());
}

TEST_F(Session, ManyPipelinedRequestsAreAnsweredInOrder) {
    std::string input;
    for (int i = 0; i < 500; ++i) {
        input += frame(json{{"id", i}, {"type", "scan"}, {"text", "tél 06 12 34 56 78"}});
    }
    const auto r = run(input);
    ASSERT_EQ(r.size(), 500U);
    for (int i = 0; i < 500; ++i) {
        EXPECT_EQ(r[static_cast<std::size_t>(i)]["id"], i);
        EXPECT_EQ(r[static_cast<std::size_t>(i)]["findings"].size(), 1U);
    }
}

TEST_F(Session, PartialFrameAtEofEndsTheSessionWithAnError) {
    const std::string f = frame(json{{"id", 1}, {"type", "hello"}});
    const auto r = run(frame(json{{"id", 0}, {"type", "hello"}}) + f.substr(0, 7));
    EXPECT_EQ(r.size(), 1U);
    EXPECT_EQ(exit_code_, kExitBrokenStream);
}

TEST_F(Session, OverLimitLengthIsAnsweredThenTheHostStops) {
    std::string prefix(4, '\0');
    const std::uint32_t length = kMaxRequestBytes + 1;
    std::memcpy(prefix.data(), &length, 4);
    const auto r = run(prefix + frame(json{{"id", 1}, {"type", "hello"}}));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0]["error"]["code"], "too_large");
    EXPECT_EQ(exit_code_, kExitBrokenStream);
}

TEST_F(Session, ResponseOverOneMebibyteBecomesTooLarge) {
    // Many short e-mail addresses: the findings' JSON outgrows 1 MiB.
    std::string text;
    while (text.size() < 900000) text += "a@b.fr ";
    const auto r = run(frame(json{{"id", 1}, {"type", "scan"}, {"text", text}}) +
                       frame(json{{"id", 2}, {"type", "hello"}}));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0]["error"]["code"], "too_large");
    EXPECT_EQ(r[0]["id"], 1);
    EXPECT_EQ(r[1]["ok"], true);
}

TEST_F(Session, RedactRestoreForgetRoundTrip) {
    const std::string text = "😀 Rappelez-moi au 06 12 34 56 78 ou au 06.12.34.56.78 !";
    const auto r =
        run(frame(json{{"id", 1}, {"type", "redact"}, {"text", text}, {"conversation", "c"}}) +
            frame(json{{"id", 2},
                       {"type", "restore"},
                       {"text", "Je note le [TÉLÉPHONE 1]."},
                       {"conversation", "c"}}) +
            frame(json{{"id", 3}, {"type", "forget"}, {"conversation", "c"}}) +
            frame(json{{"id", 4},
                       {"type", "restore"},
                       {"text", "Je note le [TÉLÉPHONE 1]."},
                       {"conversation", "c"}}));
    ASSERT_EQ(r.size(), 4U);
    EXPECT_EQ(r[0]["text"], "😀 Rappelez-moi au [TÉLÉPHONE 1] ou au [TÉLÉPHONE 1] !");
    ASSERT_EQ(r[0]["replacements"].size(), 2U);
    EXPECT_EQ(r[0]["replacements"][0]["start"], 19);  // the emoji counts as 2 UTF-16 units
    EXPECT_EQ(r[0]["replacements"][0]["placeholder"], "[TÉLÉPHONE 1]");
    EXPECT_EQ(r[1]["text"], "Je note le 06 12 34 56 78.");
    EXPECT_EQ(r[1]["restored"][0]["start"], 11);
    EXPECT_EQ(r[1]["restored"][0]["end"], 25);
    EXPECT_EQ(r[2]["forgotten"], true);
    EXPECT_EQ(r[3]["text"], "Je note le [TÉLÉPHONE 1].");
}

}  // namespace
}  // namespace gardefou::protocol
