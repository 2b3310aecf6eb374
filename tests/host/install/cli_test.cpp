// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// The command line: options, help, languages, exit statuses, and the JSON shape scripts rely on.
#include <gtest/gtest.h>

#include "install/messages.h"
#include "sandbox.h"

namespace gardefou::install::test {
namespace {

TEST(Cli, HelpInBothLanguages) {
    Sandbox box;
    const auto fr = box.run("install", {"--help", "--lang", "fr"});
    EXPECT_EQ(fr.status, 0);
    EXPECT_NE(fr.out.find("pour tous les utilisateurs"), std::string::npos);
    const auto en = box.run("doctor", {"-h", "--lang", "en"});
    EXPECT_NE(en.out.find("for all users"), std::string::npos);
}

TEST(Cli, BadArgumentsExitTwoWithAReason) {
    Sandbox box;
    auto r = box.run("install", {"--browser", "netscape"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("netscape"), std::string::npos);
    EXPECT_TRUE(r.out.empty());
    r = box.run("install", {"--frobnicate", "--lang", "fr"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("Option inconnue"), std::string::npos);
    EXPECT_EQ(box.run("install", {"--browser"}).status, 2);
    EXPECT_EQ(box.run("install", {"--lang", "de"}).status, 2);
    EXPECT_EQ(box.run("install", {"--extension-id", "nope"}).status, 2);
    EXPECT_EQ(box.run("reinstall").status, 2);
}

TEST(Cli, LocaleChoosesTheLanguage) {
    EXPECT_EQ(lang_from_locale("fr_FR.UTF-8"), Lang::Fr);
    EXPECT_EQ(lang_from_locale("fr"), Lang::Fr);
    EXPECT_EQ(lang_from_locale("en_GB.UTF-8"), Lang::En);
    EXPECT_EQ(lang_from_locale(""), Lang::En);
    EXPECT_EQ(lang_from_locale("C"), Lang::En);
}

TEST(Cli, InstallTextSaysTheNextStep) {
    Sandbox box;
    box.install_browser(*find_browser("firefox"));
    const auto fr = box.run("install", {"--lang", "fr"});
    EXPECT_EQ(fr.status, 0);
    EXPECT_NE(fr.out.find("Étape suivante : ajoutez l'extension Garde-fou"), std::string::npos)
        << fr.out;
    EXPECT_NE(fr.out.find(".mozilla/native-messaging-hosts/org.gardefou.host.json"),
              std::string::npos);
    const auto en = box.run("uninstall", {"--lang", "en"});
    EXPECT_NE(en.out.find("removed"), std::string::npos) << en.out;
}

TEST(Cli, JsonShapes) {
    Sandbox box;
    box.install_browser(*find_browser("chromium"));
    const auto install = box.run("install", {"--json"}).json();
    EXPECT_EQ(install["command"], "install");
    EXPECT_EQ(install["scope"], "user");
    EXPECT_TRUE(install["ok"]);
    EXPECT_TRUE(install["problem"].is_null());
    EXPECT_EQ(install["steps"][0]["browsers"][0], "chromium");
    EXPECT_TRUE(install["record"].get<std::string>().ends_with("install-user.json"));

    const auto doctor = box.run("doctor", {"--json"}).json();
    EXPECT_EQ(doctor["command"], "doctor");
    EXPECT_EQ(doctor["os"], "linux");
    EXPECT_EQ(doctor["executable"], box.env.executable.string());
    for (const auto& f : doctor["findings"]) {
        for (const auto* key : {"browser", "severity", "code", "path", "detail", "message"}) {
            EXPECT_TRUE(f.contains(key)) << key;
        }
    }
}

TEST(Cli, ProcessEntryPointRuns) {
    std::ostringstream out, err;
    EXPECT_EQ(run_install_cli("doctor", {"--help"}, out, err, "1.2.3"), 0);
    EXPECT_FALSE(out.str().empty());
}

}  // namespace
}  // namespace gardefou::install::test
