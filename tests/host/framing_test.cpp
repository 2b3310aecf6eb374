// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/framing.h"

#include <gtest/gtest.h>

#include <sstream>

#include "support/frames.h"

namespace gardefou::protocol {
namespace {

using testing::frame;
using testing::raw_frame;

TEST(Framing, ReadsOneFrameAndStopsAtItsEnd) {
    std::istringstream in(raw_frame("{\"a\":1}") + raw_frame("[]"));
    std::string body;
    ASSERT_EQ(read_frame(in, body), ReadStatus::ok);
    EXPECT_EQ(body, "{\"a\":1}");
    ASSERT_EQ(read_frame(in, body), ReadStatus::ok);
    EXPECT_EQ(body, "[]");
    EXPECT_EQ(read_frame(in, body), ReadStatus::eof);
}

TEST(Framing, EmptyInputIsACleanEof) {
    std::istringstream in("");
    std::string body;
    EXPECT_EQ(read_frame(in, body), ReadStatus::eof);
}

TEST(Framing, ZeroLengthFrameIsAnEmptyBody) {
    std::istringstream in(raw_frame(""));
    std::string body = "previous";
    ASSERT_EQ(read_frame(in, body), ReadStatus::ok);
    EXPECT_TRUE(body.empty());
}

TEST(Framing, LengthPrefixCutShortIsTruncated) {
    std::istringstream in(std::string("\x05\x00", 2));
    std::string body;
    EXPECT_EQ(read_frame(in, body), ReadStatus::truncated);
}

TEST(Framing, BodyCutShortIsTruncated) {
    const std::string f = raw_frame("{\"id\":1}");
    std::istringstream in(f.substr(0, f.size() - 2));
    std::string body;
    EXPECT_EQ(read_frame(in, body), ReadStatus::truncated);
}

TEST(Framing, LengthOverTheLimitIsRefusedBeforeReading) {
    std::string prefix(4, '\0');
    const std::uint32_t length = kMaxRequestBytes + 1;
    std::memcpy(prefix.data(), &length, 4);
    std::istringstream in(prefix + "xyz");
    std::string body;
    EXPECT_EQ(read_frame(in, body), ReadStatus::too_large);
    EXPECT_TRUE(body.empty());
}

TEST(Framing, LengthAtTheLimitIsAccepted) {
    std::string prefix(4, '\0');
    const std::uint32_t length = 10;
    std::memcpy(prefix.data(), &length, 4);
    std::istringstream in(prefix + "0123456789");
    std::string body;
    EXPECT_EQ(read_frame(in, body, 10), ReadStatus::ok);
}

TEST(Framing, WriteThenReadRoundTrips) {
    std::ostringstream out;
    const std::string text = "{\"text\":\"Zoé 😀\"}";
    write_frame(out, text);
    EXPECT_EQ(out.str(), raw_frame(text));
    std::istringstream in(out.str());
    std::string body;
    ASSERT_EQ(read_frame(in, body), ReadStatus::ok);
    EXPECT_EQ(body, text);
}

TEST(Framing, NativeByteOrder) {
    std::ostringstream out;
    write_frame(out, std::string(258, 'x'));
    const std::uint32_t expected = 258;
    std::uint32_t got = 0;
    std::memcpy(&got, out.str().data(), 4);
    EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace gardefou::protocol
