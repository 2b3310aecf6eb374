// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "install/manifest.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace gardefou::install {
namespace {

TEST(Manifest, ChromeFamilyAllowsOriginsOnly) {
    const auto text = render_manifest(
        make_manifest({Family::Chrome,
                       "/usr/lib/gardefou/gardefou-host",
                       {"gppgiomgkadonbnhobhlaflefoeciigb", "abcdefghijklmnopabcdefghijklmnop"},
                       "x@y"}));
    const auto doc = nlohmann::json::parse(text);
    EXPECT_EQ(doc["name"], "org.gardefou.host");
    EXPECT_EQ(doc["type"], "stdio");
    EXPECT_EQ(doc["path"], "/usr/lib/gardefou/gardefou-host");
    EXPECT_FALSE(doc["description"].get<std::string>().empty());
    EXPECT_EQ(doc["allowed_origins"][0], "chrome-extension://gppgiomgkadonbnhobhlaflefoeciigb/");
    EXPECT_EQ(doc["allowed_origins"].size(), 2U);
    EXPECT_FALSE(doc.contains("allowed_extensions"));
    EXPECT_EQ(text.back(), '\n');
}

TEST(Manifest, FirefoxAllowsTheAddOnId) {
    const auto doc = nlohmann::json::parse(render_manifest(make_manifest(
        {Family::Firefox, "/opt/g/gardefou-host", {"ignored"}, "gardefou@gardefou.org"})));
    EXPECT_EQ(doc["allowed_extensions"], nlohmann::json::array({"gardefou@gardefou.org"}));
    EXPECT_FALSE(doc.contains("allowed_origins"));
}

TEST(Manifest, RoundTrip) {
    const auto m =
        make_manifest({Family::Firefox, "/a b/gardefou-host", {}, "gardefou@gardefou.org"});
    const auto parsed = parse_manifest(render_manifest(m));
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.manifest.path, "/a b/gardefou-host");
    EXPECT_EQ(parsed.manifest.allowed_extensions, m.allowed_extensions);
}

TEST(Manifest, ParseErrorsSayWhat) {
    EXPECT_EQ(parse_manifest("[]").error, "not a JSON object");
    EXPECT_EQ(parse_manifest("{").error, "not a JSON object");
    EXPECT_EQ(parse_manifest(R"({"name":"n","type":"stdio"})").error, "no string \"path\"");
    EXPECT_FALSE(
        parse_manifest(R"({"name":"n","path":"/p","type":"stdio","allowed_origins":"x"})").ok);
}

}  // namespace
}  // namespace gardefou::install
