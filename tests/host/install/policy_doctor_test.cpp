// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Managed policies that stop the host: NativeMessagingUserLevelHosts=false (user manifests are
// ignored, `install --system` is the fix) and NativeMessagingBlocklist without an allowlist.
#include <gtest/gtest.h>

#include "sandbox.h"

namespace gardefou::install::test {
namespace {

struct PolicyDirs {
    std::string_view browser;
    std::string_view policy_dir;
};

const PolicyDirs kPolicyDirs[] = {
    {"chrome", "etc/opt/chrome/policies/managed"},
    {"chromium", "etc/chromium/policies/managed"},
    {"edge", "etc/opt/edge/policies/managed"},
    {"brave", "etc/brave/policies/managed"},
};

std::vector<std::string> codes(const CliResult& r) {
    std::vector<std::string> found;
    const auto doc = r.json();
    for (const auto& f : doc["findings"]) found.push_back(f["code"]);
    return found;
}

bool has(const CliResult& r, std::string_view code) {
    const auto all = codes(r);
    return std::find(all.begin(), all.end(), code) != all.end();
}

class Policy : public ::testing::TestWithParam<PolicyDirs> {
  protected:
    Policy() { box.install_browser(*find_browser(GetParam().browser)); }
    void policy(std::string_view json) const {
        write_text(box.env.root / GetParam().policy_dir / "gardefou-test.json", json);
    }
    Sandbox box;
};

TEST_P(Policy, UserLevelHostsForbiddenNeedsASystemInstall) {
    ASSERT_EQ(box.run("install").status, 0);
    policy(R"({"NativeMessagingUserLevelHosts": false})");
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_TRUE(has(r, "user_manifest_ignored_by_policy"));
    EXPECT_NE(box.run("doctor", {"--lang", "en"}).out.find("sudo gardefou-host install --system"),
              std::string::npos);

    ASSERT_EQ(box.run("install", {"--system"}).status, 0);
    const auto fixed = box.run("doctor", {"--json"});
    EXPECT_EQ(fixed.status, 0) << fixed.out;
    EXPECT_TRUE(has(fixed, "user_manifest_ignored"));
}

TEST_P(Policy, UserLevelHostsForbiddenWithNothingInstalledAsksForSystem) {
    policy(R"({"NativeMessagingUserLevelHosts": false})");
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(r, "manifest_missing_system"));
}

TEST_P(Policy, UserLevelHostsAllowedExplicitly) {
    ASSERT_EQ(box.run("install").status, 0);
    policy(R"({"NativeMessagingUserLevelHosts": true})");
    EXPECT_EQ(box.run("doctor").status, 0);
}

TEST_P(Policy, BlocklistEverythingBlocksUs) {
    ASSERT_EQ(box.run("install", {"--system"}).status, 0);
    policy(R"({"NativeMessagingBlocklist": ["*"]})");
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(r, "policy_blocks_host"));
}

TEST_P(Policy, BlocklistWithOurHostAllowedIsFine) {
    ASSERT_EQ(box.run("install", {"--system"}).status, 0);
    policy(
        R"({"NativeMessagingBlocklist": ["*"], "NativeMessagingAllowlist": ["org.gardefou.host"]})");
    EXPECT_EQ(box.run("doctor").status, 0);
}

TEST_P(Policy, BrokenPolicyFileIsReported) {
    ASSERT_EQ(box.run("install").status, 0);
    policy("{oops");
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(has(r, "policy_unreadable"));
}

std::string policy_name(const ::testing::TestParamInfo<PolicyDirs>& info) {
    return std::string(info.param.browser);
}

INSTANTIATE_TEST_SUITE_P(ChromeFamily, Policy, ::testing::ValuesIn(kPolicyDirs), policy_name);

TEST(PolicyScope, ChromePolicyDoesNotAffectFirefox) {
    Sandbox box;
    box.install_browser(*find_browser("firefox"));
    write_text(box.env.root / "etc/opt/chrome/policies/managed/p.json",
               R"({"NativeMessagingUserLevelHosts": false, "NativeMessagingBlocklist": ["*"]})");
    ASSERT_EQ(box.run("install").status, 0);
    EXPECT_EQ(box.run("doctor").status, 0);
}

}  // namespace
}  // namespace gardefou::install::test
