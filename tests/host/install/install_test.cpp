// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// install / uninstall for every browser, on the Linux and macOS layouts, for one user and for all
// users: files land where each browser looks, re-running changes nothing, a stale manifest is
// repaired, uninstall removes exactly what install wrote and leaves everything else.
#include <gtest/gtest.h>

#include "install/manifest.h"
#include "sandbox.h"

namespace gardefou::install::test {
namespace {

struct Layout {
    std::string_view browser;
    Os os;
    Scope scope;
    std::string_view dir;  // restated from the browsers' documentation, not from browsers.cpp
};

// clang-format off
const Layout kLayouts[] = {
    {"chrome", Os::Linux, Scope::User, "home/.config/google-chrome/NativeMessagingHosts"},
    {"chrome", Os::Linux, Scope::System, "root/etc/opt/chrome/native-messaging-hosts"},
    {"chromium", Os::Linux, Scope::User, "home/.config/chromium/NativeMessagingHosts"},
    {"chromium", Os::Linux, Scope::System, "root/etc/chromium/native-messaging-hosts"},
    {"edge", Os::Linux, Scope::User, "home/.config/microsoft-edge/NativeMessagingHosts"},
    {"edge", Os::Linux, Scope::System, "root/etc/opt/edge/native-messaging-hosts"},
    {"brave", Os::Linux, Scope::User, "home/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {"brave", Os::Linux, Scope::System, "root/etc/opt/brave/native-messaging-hosts"},
    {"vivaldi", Os::Linux, Scope::User, "home/.config/vivaldi/NativeMessagingHosts"},
    {"vivaldi", Os::Linux, Scope::System, "root/etc/opt/vivaldi/native-messaging-hosts"},
    {"firefox", Os::Linux, Scope::User, "home/.mozilla/native-messaging-hosts"},
    {"firefox", Os::Linux, Scope::System, "root/usr/lib/mozilla/native-messaging-hosts"},
    {"chrome", Os::MacOs, Scope::User, "home/Library/Application Support/Google/Chrome/NativeMessagingHosts"},
    {"chrome", Os::MacOs, Scope::System, "root/Library/Google/Chrome/NativeMessagingHosts"},
    {"chromium", Os::MacOs, Scope::User, "home/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"chromium", Os::MacOs, Scope::System, "root/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"edge", Os::MacOs, Scope::User, "home/Library/Application Support/Microsoft Edge/NativeMessagingHosts"},
    {"edge", Os::MacOs, Scope::System, "root/Library/Microsoft/Edge/NativeMessagingHosts"},
    {"brave", Os::MacOs, Scope::User, "home/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {"brave", Os::MacOs, Scope::System, "root/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {"vivaldi", Os::MacOs, Scope::User, "home/Library/Application Support/Vivaldi/NativeMessagingHosts"},
    {"vivaldi", Os::MacOs, Scope::System, "root/Library/Application Support/Vivaldi/NativeMessagingHosts"},
    {"firefox", Os::MacOs, Scope::User, "home/Library/Application Support/Mozilla/NativeMessagingHosts"},
    {"firefox", Os::MacOs, Scope::System, "root/Library/Application Support/Mozilla/NativeMessagingHosts"},
};
// clang-format on

class LayoutTest : public ::testing::TestWithParam<Layout> {
  protected:
    LayoutTest() : box(GetParam().os), browser(*find_browser(GetParam().browser)) {
        box.install_browser(browser);
    }
    [[nodiscard]] fs::path manifest() const {
        return box.env.home.parent_path() / GetParam().dir / "org.gardefou.host.json";
    }
    [[nodiscard]] std::vector<std::string> args() const {
        return {GetParam().scope == Scope::User ? "--user" : "--system", "--json"};
    }
    Sandbox box;
    const Browser& browser;
};

TEST_P(LayoutTest, InstallWritesWhereTheBrowserLooksAndDoctorAgrees) {
    const auto before = box.run("doctor", {"--json"});
    EXPECT_EQ(before.status, 1) << before.out;

    const auto result = box.run("install", args());
    ASSERT_EQ(result.status, 0) << result.out;
    EXPECT_EQ(result.json()["steps"][0]["status"], "written");
    ASSERT_TRUE(fs::exists(manifest())) << manifest();

    const auto parsed = parse_manifest(read_text(manifest()));
    ASSERT_TRUE(parsed.ok) << parsed.error;
    EXPECT_EQ(parsed.manifest.name, "org.gardefou.host");
    EXPECT_EQ(parsed.manifest.type, "stdio");
    EXPECT_EQ(parsed.manifest.path, box.env.executable.string());
    if (browser.family == Family::Firefox) {
        EXPECT_EQ(parsed.manifest.allowed_extensions,
                  std::vector<std::string>{"gardefou@gardefou.org"});
        EXPECT_TRUE(parsed.manifest.allowed_origins.empty());
    } else {
        EXPECT_EQ(
            parsed.manifest.allowed_origins,
            std::vector<std::string>{"chrome-extension://" + std::string(kTestChromeId) + "/"});
        EXPECT_TRUE(parsed.manifest.allowed_extensions.empty());
    }

    const auto doctor = box.run("doctor", {"--json"});
    EXPECT_EQ(doctor.status, 0) << doctor.out;
    EXPECT_TRUE(doctor.json()["ok"]);
    EXPECT_EQ(doctor.json()["version"], "9.8.7");
}

TEST_P(LayoutTest, InstallTwiceChangesNothing) {
    ASSERT_EQ(box.run("install", args()).status, 0);
    const auto files = box.files();
    const auto content = read_text(manifest());
    const auto again = box.run("install", args());
    EXPECT_EQ(again.status, 0) << again.out;
    EXPECT_EQ(again.json()["steps"][0]["status"], "unchanged");
    EXPECT_EQ(box.files(), files);
    EXPECT_EQ(read_text(manifest()), content);
}

TEST_P(LayoutTest, StaleManifestIsRepaired) {
    ASSERT_EQ(box.run("install", args()).status, 0);
    const auto moved = box.env.executable.parent_path().parent_path() / "new/gardefou-host";
    Sandbox::make_executable(moved);
    fs::remove(box.env.executable);  // an upgrade moved the program

    Environment after = box.env;
    after.executable = moved;
    std::ostringstream out, err;
    EXPECT_EQ(run_install_cli(box.env, "doctor", {"--json"}, out, err), 1) << out.str();
    EXPECT_NE(out.str().find("executable_missing"), std::string::npos) << out.str();

    std::ostringstream out2;
    EXPECT_EQ(run_install_cli(after, "install", args(), out2, err), 0) << out2.str();
    EXPECT_EQ(parse_manifest(read_text(manifest())).manifest.path, moved.string());
    std::ostringstream out3;
    EXPECT_EQ(run_install_cli(after, "doctor", {}, out3, err), 0) << out3.str();
}

TEST_P(LayoutTest, UninstallRemovesExactlyWhatInstallWrote) {
    const auto before = box.files();
    ASSERT_EQ(box.run("install", args()).status, 0);
    const auto foreign = manifest().parent_path() / "com.example.other.json";
    write_text(foreign, "{\"name\":\"com.example.other\"}");

    const auto result = box.run("uninstall", args());
    EXPECT_EQ(result.status, 0) << result.out;
    EXPECT_EQ(result.json()["steps"][0]["status"], "removed");
    EXPECT_FALSE(fs::exists(manifest()));
    EXPECT_EQ(read_text(foreign), "{\"name\":\"com.example.other\"}");

    // Nothing else changed: only the foreign file and the directories holding it remain.
    auto expected = before;
    const auto base = box.env.home.parent_path();
    for (auto p = foreign; p != base; p = p.parent_path()) {
        const auto name = fs::relative(p, base).string() + (p == foreign ? "" : "/");
        if (std::find(before.begin(), before.end(), name) == before.end()) expected.push_back(name);
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(box.files(), expected);

    EXPECT_EQ(box.run("doctor").status, 1);
}

TEST_P(LayoutTest, UninstallWithoutForeignFilesLeavesTheMachineAsBefore) {
    const auto before = box.files();
    ASSERT_EQ(box.run("install", args()).status, 0);
    ASSERT_EQ(box.run("uninstall", args()).status, 0);
    EXPECT_EQ(box.files(), before);
    const auto again = box.run("uninstall", args());  // nothing left: still fine
    EXPECT_EQ(again.status, 0) << again.out;
}

std::string layout_name(const ::testing::TestParamInfo<Layout>& info) {
    return std::string(info.param.browser) + (info.param.os == Os::Linux ? "_linux_" : "_macos_") +
           std::string(scope_name(info.param.scope));
}

INSTANTIATE_TEST_SUITE_P(EveryBrowser, LayoutTest, ::testing::ValuesIn(kLayouts), layout_name);

TEST(Install, NoBrowserFoundSaysWhatToDo) {
    Sandbox box;
    const auto result = box.run("install", {"--lang", "en"});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.out.find("No supported browser was found"), std::string::npos) << result.out;
    EXPECT_TRUE(box.run("install", {"--browser", "firefox"}).status == 0);
}

TEST(Install, UnknownOwnPathWritesNothing) {
    Sandbox box;
    box.env.executable = "gardefou-host";
    const auto result = box.run("install", {"--browser", "all", "--json"});
    EXPECT_EQ(result.status, 1);
    EXPECT_EQ(result.json()["problem"], "no_executable");
    EXPECT_FALSE(fs::exists(box.env.home / ".mozilla"));
}

TEST(Install, DetectedBrowsersOnlyByDefault) {
    Sandbox box;
    box.install_browser(*find_browser("firefox"));
    box.install_browser(*find_browser("chromium"));
    const auto result = box.run("install", {"--json"});
    ASSERT_EQ(result.status, 0) << result.out;
    EXPECT_EQ(result.json()["steps"].size(), 2U);
    EXPECT_TRUE(
        fs::exists(box.env.home / ".mozilla/native-messaging-hosts/org.gardefou.host.json"));
    EXPECT_FALSE(fs::exists(box.env.home / ".config/google-chrome"));
}

TEST(Install, AllWritesEveryBrowser) {
    Sandbox box;
    const auto result = box.run("install", {"--browser", "all", "--json"});
    ASSERT_EQ(result.status, 0) << result.out;
    EXPECT_EQ(result.json()["steps"].size(), all_browsers().size());
}

TEST(Install, WithoutChromeIdWritesNoChromeManifestAndSaysWhy) {
    Sandbox box;
    box.env.chrome_extension_ids.clear();
    const auto result = box.run("install", {"--browser", "all", "--json"});
    EXPECT_EQ(result.status, 1);
    int failed = 0;
    const auto doc = result.json();
    for (const auto& step : doc["steps"]) {
        if (step["status"] == "failed") {
            EXPECT_EQ(step["problem"], "no_chrome_id");
            ++failed;
        }
    }
    EXPECT_EQ(failed, 5);
    EXPECT_TRUE(
        fs::exists(box.env.home / ".mozilla/native-messaging-hosts/org.gardefou.host.json"));
    EXPECT_FALSE(fs::exists(box.env.home / ".config/chromium/NativeMessagingHosts"));
    // --extension-id supplies one (an unpacked development build).
    EXPECT_EQ(
        box.run("install", {"--browser", "chromium", "--extension-id", std::string(kTestChromeId)})
            .status,
        0);
}

TEST(Install, WriteFailureIsReportedNotThrown) {
    Sandbox box;
    write_text(box.env.root / "etc", "a file where a directory should be");
    const auto result = box.run("install", {"--system", "--browser", "chromium", "--json"});
    EXPECT_EQ(result.status, 1);
    EXPECT_EQ(result.json()["steps"][0]["status"], "failed");
    EXPECT_NE(result.json()["steps"][0]["message"].get<std::string>().find("/etc/chromium"),
              std::string::npos);
}

TEST(Install, PermissionDeniedSuggestsSudo) {
    if (geteuid() == 0) GTEST_SKIP() << "root ignores permissions";
    Sandbox box;
    fs::create_directories(box.env.root / "etc");
    fs::permissions(box.env.root / "etc", fs::perms::owner_read | fs::perms::owner_exec);
    const auto result = box.run("install", {"--system", "--browser", "chrome", "--lang", "fr"});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.out.find("sudo gardefou-host install --system"), std::string::npos);
}

TEST(Uninstall, LeavesFilesItDidNotWrite) {
    Sandbox box;
    // A package already put the very same manifest there: install finds it in place, and
    // uninstall must not take it away from the package.
    const auto system = box.env.root / "etc/chromium/native-messaging-hosts/org.gardefou.host.json";
    ASSERT_EQ(box.run("install", {"--system", "--browser", "chromium"}).status, 0);
    const auto content = read_text(system);
    ASSERT_EQ(box.run("uninstall", {"--system"}).status, 0);
    write_text(system, content);
    const auto result = box.run("install", {"--system", "--browser", "chromium", "--json"});
    EXPECT_EQ(result.json()["steps"][0]["status"], "unchanged");
    ASSERT_EQ(box.run("uninstall", {"--system"}).status, 0);
    EXPECT_TRUE(fs::exists(system));
}

TEST(Uninstall, OneBrowserKeepsTheOthers) {
    Sandbox box;
    ASSERT_EQ(box.run("install", {"--browser", "all"}).status, 0);
    ASSERT_EQ(box.run("uninstall", {"--browser", "firefox"}).status, 0);
    EXPECT_FALSE(fs::exists(box.env.home / ".mozilla"));
    EXPECT_TRUE(
        fs::exists(box.env.home / ".config/chromium/NativeMessagingHosts/org.gardefou.host.json"));
    ASSERT_EQ(box.run("uninstall").status, 0);
    EXPECT_FALSE(fs::exists(box.env.home / ".config"));
    EXPECT_FALSE(fs::exists(box.env.home / ".local"));
}

TEST(Uninstall, WithoutRecordRemovesOnlyGardefouManifests) {
    Sandbox box;
    const auto ours = box.env.home / ".config/chromium/NativeMessagingHosts/org.gardefou.host.json";
    const auto theirs = box.env.home / ".mozilla/native-messaging-hosts/org.gardefou.host.json";
    write_text(ours, R"({"name":"org.gardefou.host","path":"/x","type":"stdio"})");
    write_text(theirs, R"({"name":"something.else","path":"/x","type":"stdio"})");
    const auto result = box.run("uninstall", {"--json"});
    EXPECT_EQ(result.status, 0) << result.out;
    EXPECT_EQ(result.json()["problem"], "no_record");
    EXPECT_FALSE(fs::exists(ours));
    EXPECT_TRUE(fs::exists(theirs));
}

}  // namespace
}  // namespace gardefou::install::test
