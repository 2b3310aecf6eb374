// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// doctor's verdict and exit status for each way an installation breaks.
#include <gtest/gtest.h>

#include "install/manifest.h"
#include "sandbox.h"

namespace gardefou::install::test {
namespace {

using nlohmann::json;

// The codes of the findings doctor --json reports for `browser` (or the whole machine: "").
std::vector<std::string> codes(const CliResult& r, std::string_view browser) {
    std::vector<std::string> found;
    const auto doc = r.json();
    for (const auto& f : doc["findings"]) {
        if (f["browser"] == browser) found.push_back(f["code"]);
    }
    return found;
}

bool has(const std::vector<std::string>& codes, std::string_view code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

class Doctor : public ::testing::Test {
  protected:
    Doctor() {
        box.install_browser(*find_browser("chrome"));
        box.install_browser(*find_browser("firefox"));
    }
    [[nodiscard]] fs::path chrome_manifest() const {
        return box.env.home / ".config/google-chrome/NativeMessagingHosts/org.gardefou.host.json";
    }
    [[nodiscard]] fs::path firefox_manifest() const {
        return box.env.home / ".mozilla/native-messaging-hosts/org.gardefou.host.json";
    }
    void write_manifest(const fs::path& file, json manifest) const {
        write_text(file, manifest.dump());
    }
    [[nodiscard]] json good(Family family) const {
        return json::parse(render_manifest(make_manifest(
            {family, box.env.executable, box.env.chrome_extension_ids, "gardefou@gardefou.org"})));
    }
    Sandbox box;
};

TEST_F(Doctor, NothingInstalledNamesEachMissingManifest) {
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "chrome"), "manifest_missing"));
    EXPECT_TRUE(has(codes(r, "firefox"), "manifest_missing"));
    EXPECT_EQ(r.json()["browsers"].size(), 2U);
}

TEST_F(Doctor, AllGoodIsExitZeroInBothLanguages) {
    ASSERT_EQ(box.run("install").status, 0);
    const auto fr = box.run("doctor", {"--lang", "fr"});
    EXPECT_EQ(fr.status, 0) << fr.out;
    EXPECT_NE(fr.out.find("Verdict : tout est en place."), std::string::npos) << fr.out;
    EXPECT_NE(fr.out.find("Google Chrome : prêt."), std::string::npos) << fr.out;
    EXPECT_NE(fr.out.find("Garde-fou 9.8.7"), std::string::npos);
    const auto en = box.run("doctor", {"--lang", "en"});
    EXPECT_NE(en.out.find("Verdict: everything is in place."), std::string::npos) << en.out;
}

TEST_F(Doctor, LanguageFollowsTheLocale) {
    box.env.locale = "fr_FR.UTF-8";
    EXPECT_NE(box.run("doctor").out.find("Verdict :"), std::string::npos);
    box.env.locale = "de_DE.UTF-8";
    EXPECT_NE(box.run("doctor").out.find("Verdict:"), std::string::npos);
}

TEST_F(Doctor, WrongChromeExtensionId) {
    auto m = good(Family::Chrome);
    m["allowed_origins"] = {"chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"};
    write_manifest(chrome_manifest(), m);
    write_manifest(firefox_manifest(), good(Family::Firefox));
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "chrome"), "extension_id_missing"));
    EXPECT_TRUE(has(codes(r, "firefox"), "manifest_ok"));
    ASSERT_EQ(box.run("install").status, 0);  // install rewrites it
    EXPECT_EQ(box.run("doctor").status, 0);
}

TEST_F(Doctor, WrongFirefoxExtensionId) {
    auto m = good(Family::Firefox);
    m["allowed_extensions"] = {"someone@else.org"};
    write_manifest(firefox_manifest(), m);
    const auto r = box.run("doctor", {"--json", "--browser", "firefox"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "firefox"), "extension_id_missing"));
}

TEST_F(Doctor, MissingExecutable) {
    ASSERT_EQ(box.run("install").status, 0);
    fs::remove(box.env.executable);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "chrome"), "executable_missing"));
    EXPECT_TRUE(has(codes(r, "firefox"), "executable_missing"));
    const auto text = box.run("doctor", {"--lang", "fr"}).out;
    EXPECT_NE(text.find("n'existe plus"), std::string::npos) << text;
}

TEST_F(Doctor, NotExecutable) {
    ASSERT_EQ(box.run("install").status, 0);
    fs::permissions(box.env.executable, fs::perms::owner_read | fs::perms::owner_write);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "chrome"), "executable_not_executable"));
}

TEST_F(Doctor, StalePathToAnotherLiveCopyIsOnlyAWarning) {
    ASSERT_EQ(box.run("install").status, 0);
    const auto other = box.env.root / "usr/lib/gardefou/gardefou-host";
    Sandbox::make_executable(other);
    auto m = good(Family::Chrome);
    m["path"] = other.string();
    write_manifest(chrome_manifest(), m);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(has(codes(r, "chrome"), "other_executable"));
}

TEST_F(Doctor, DamagedManifests) {
    write_text(chrome_manifest(), "{not json");
    auto m = good(Family::Firefox);
    m["name"] = "org.other.host";
    write_manifest(firefox_manifest(), m);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, "chrome"), "manifest_invalid"));
    EXPECT_TRUE(has(codes(r, "firefox"), "manifest_wrong_name"));

    m = good(Family::Firefox);
    m["path"] = "gardefou-host";
    write_manifest(firefox_manifest(), m);
    EXPECT_TRUE(has(codes(box.run("doctor", {"--json"}), "firefox"), "manifest_path_relative"));
}

TEST_F(Doctor, SystemManifestIsFoundWhenThereIsNoUserOne) {
    ASSERT_EQ(box.run("install", {"--system"}).status, 0);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(has(codes(r, "firefox"), "manifest_ok"));
}

TEST_F(Doctor, Lib64FirefoxDirectoryIsSearched) {
    write_manifest(box.env.root / "usr/lib64/mozilla/native-messaging-hosts/org.gardefou.host.json",
                   good(Family::Firefox));
    EXPECT_EQ(box.run("doctor", {"--browser", "firefox"}).status, 0);
}

TEST(DoctorSandboxes, FlatpakOnlyCannotWork) {
    Sandbox box;
    box.install_flatpak("org.chromium.Chromium");
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_TRUE(has(codes(r, "chromium"), "flatpak"));
    EXPECT_TRUE(has(codes(r, ""), "no_ready_browser"));
    EXPECT_FALSE(has(codes(r, "chromium"), "manifest_missing"));
    EXPECT_NE(box.run("doctor", {"--lang", "fr"}).out.find("Flatpak"), std::string::npos);
}

TEST(DoctorSandboxes, SnapFirefoxWorksOnceInstalled) {
    Sandbox box;
    box.install_snap("firefox");
    ASSERT_EQ(box.run("install").status, 0);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(has(codes(r, "firefox"), "snap_firefox"));
    EXPECT_TRUE(r.json()["browsers"][0]["snap"]);
}

TEST(DoctorSandboxes, SnapChromiumAloneIsNotReady) {
    Sandbox box;
    box.install_snap("chromium");
    ASSERT_EQ(box.run("install").status, 0);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_TRUE(has(codes(r, "chromium"), "snap_chromium"));
}

TEST(DoctorSandboxes, NativeBrowserBesideAFlatpakOneStillWorks) {
    Sandbox box;
    box.install_browser(*find_browser("firefox"));
    box.install_flatpak("org.chromium.Chromium");
    ASSERT_EQ(box.run("install").status, 0);
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(has(codes(r, "chromium"), "flatpak"));
}

TEST(DoctorMachine, NoBrowserAtAll) {
    Sandbox box;
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(codes(r, ""), "no_browser"));
}

TEST(DoctorMachine, AllListsBrowsersThatAreAbsentWithoutBlamingThem) {
    Sandbox box;
    box.install_browser(*find_browser("firefox"));
    ASSERT_EQ(box.run("install").status, 0);
    const auto r = box.run("doctor", {"--json", "--browser", "all"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(r.json()["browsers"].size(), all_browsers().size());
    EXPECT_TRUE(has(codes(r, "edge"), "browser_not_found"));
}

TEST(DoctorMachine, UnknownChromeIdIsAWarning) {
    Sandbox box;
    box.install_browser(*find_browser("chromium"));
    ASSERT_EQ(box.run("install").status, 0);
    box.env.chrome_extension_ids.clear();
    const auto r = box.run("doctor", {"--json"});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(has(codes(r, "chromium"), "extension_id_unknown"));
}

}  // namespace
}  // namespace gardefou::install::test
