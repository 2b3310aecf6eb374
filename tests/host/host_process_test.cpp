// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// The real executable: browser arguments, stdout discipline, exit codes, logs without user text,
// and the commands for people.
#include "support/host_process.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "support/frames.h"

namespace gardefou::testing {
namespace {

using nlohmann::json;

const std::string kSecretName = "Gwendoline Kerbrat-Quéméner";
const std::string kSecretPhone = "06 98 76 54 32";
const std::string kSecretNir = "2 54 03 35 238 012 69";

std::string secret_session() {
    const std::string text =
        "Je m'appelle " + kSecretName + ", tél " + kSecretPhone + ", sécu " + kSecretNir + ".";
    return frame(json{{"id", 1}, {"type", "hello"}}) +
           frame(json{{"id", 2}, {"type", "scan"}, {"text", text}}) +
           frame(json{{"id", 3}, {"type", "redact"}, {"text", text}, {"conversation", "c"}}) +
           frame(json{{"id", 4}, {"type", "restore"}, {"text", "[NOM 1]"}, {"conversation", "c"}}) +
           raw_frame("{\"id\":5,\"type\":\"scan\",\"text\":\"" + kSecretPhone + "\" BROKEN") +
           frame(json{{"id", 6}, {"type", kSecretName}});
}

TEST(HostProcess, ChromeArgumentsSpeakTheProtocolAndExitZeroOnEof) {
    const auto run = run_host({"chrome-extension://nfahmhdncnipgomgobnoejmknhfhhide/"},
                              frame(json{{"id", 1}, {"type", "hello"}}));
    EXPECT_EQ(run.exit_code, 0);
    const auto responses = parse_frames(run.out);
    ASSERT_EQ(responses.size(), 1U);
    EXPECT_EQ(responses[0]["name"], "gardefou-host");
}

TEST(HostProcess, FirefoxAndUnknownArgumentsAreAccepted) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"/home/u/.mozilla/native-messaging-hosts/org.gardefou.host.json",
                                   "gardefou@gardefou.org"},
          std::vector<std::string>{"chrome-extension://x/", "--parent-window=0"},
          std::vector<std::string>{}}) {
        const auto run = run_host(args, frame(json{{"id", 1}, {"type", "hello"}}));
        EXPECT_EQ(run.exit_code, 0);
        EXPECT_EQ(parse_frames(run.out).size(), 1U);
    }
}

TEST(HostProcess, StdoutHoldsOnlyFrames) {
    const auto run = run_host({}, secret_session());
    EXPECT_EQ(run.exit_code, 0);
    const auto responses = parse_frames(run.out);  // fails on any stray byte
    ASSERT_EQ(responses.size(), 6U);
    EXPECT_EQ(responses[4]["error"]["code"], "bad_json");
    EXPECT_EQ(responses[5]["error"]["code"], "unknown_type");
}

TEST(HostProcess, LogsNeverContainTheUsersText) {
    const auto run = run_host({"--log-level", "trace"}, secret_session());
    ASSERT_EQ(run.exit_code, 0);
    ASSERT_FALSE(run.err.empty()) << "trace logging should say something";
    for (const std::string& secret : {kSecretName, kSecretPhone, kSecretNir, std::string("Kerbrat"),
                                      std::string("98 76 54"), std::string("Gwendoline")}) {
        EXPECT_EQ(run.err.find(secret), std::string::npos) << "log leaks: " << secret;
    }
}

TEST(HostProcess, LogFileOptionWritesThereWithoutUserText) {
    const auto path = std::filesystem::temp_directory_path() / "gardefou-log-test.log";
    std::filesystem::remove(path);
    const auto run =
        run_host({"--log-level", "trace", "--log-file", path.string()}, secret_session());
    ASSERT_EQ(run.exit_code, 0);
    std::ifstream f(path);
    const std::string log((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    EXPECT_FALSE(log.empty());
    EXPECT_EQ(log.find("Kerbrat"), std::string::npos);
    EXPECT_EQ(log.find("98 76 54"), std::string::npos);
    std::filesystem::remove(path);
}

TEST(HostProcess, OverLimitLengthExitsTwoAfterAnError) {
    std::string prefix(4, '\0');
    const std::uint32_t length = 64U * 1024U * 1024U + 1U;
    std::memcpy(prefix.data(), &length, 4);
    const auto run = run_host({}, prefix + "junk");
    EXPECT_EQ(run.exit_code, 2);
    const auto responses = parse_frames(run.out);
    ASSERT_EQ(responses.size(), 1U);
    EXPECT_EQ(responses[0]["error"]["code"], "too_large");
}

TEST(HostProcess, TruncatedFrameExitsTwo) {
    const auto run = run_host({}, frame(json{{"id", 1}, {"type", "hello"}}).substr(0, 9));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_TRUE(run.out.empty());
}

TEST(HostProcess, VersionAndHelp) {
    const auto version = run_host({"--version"}, "");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_NE(version.out.find("gardefou-host "), std::string::npos);
    const auto help = run_host({"--help"}, "");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("scan"), std::string::npos);
}

TEST(HostProcess, ScanCommandPrintsATableOrJson) {
    const auto table = run_host({"scan", "-"}, "Rappelez-moi au 06 12 34 56 78.");
    EXPECT_EQ(table.exit_code, 0);
    EXPECT_NE(table.out.find("phone"), std::string::npos);
    const auto as_json = run_host({"scan", "--json", "-"}, "Rappelez-moi au 06 12 34 56 78.");
    EXPECT_EQ(as_json.exit_code, 0);
    const auto parsed = json::parse(as_json.out);
    EXPECT_EQ(parsed["findings"][0]["category"], "phone");
    EXPECT_EQ(parsed["findings"][0]["start"], 16);
}

TEST(HostProcess, RedactCommandPrintsPlaceholders) {
    const auto run = run_host({"redact", "-"}, "Rappelez-moi au 06 12 34 56 78.");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out, "Rappelez-moi au [TÉLÉPHONE 1].\n");
}

TEST(HostProcess, MissingFileIsExplained) {
    const auto run = run_host({"scan", "/nonexistent/prompt.txt"}, "");
    EXPECT_NE(run.exit_code, 0);
    EXPECT_NE(run.err.find("cannot open"), std::string::npos);
}

TEST(HostProcess, UnknownOptionIsExplained) {
    const auto run = run_host({"scan", "--bogus"}, "");
    EXPECT_EQ(run.exit_code, 64);
    EXPECT_NE(run.err.find("--help"), std::string::npos);
}

}  // namespace
}  // namespace gardefou::testing
