// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// A throw-away machine for install tests: a temporary HOME, a temporary root for system paths,
// and a fake gardefou-host executable, wired into an Environment.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "install/browsers.h"
#include "install/cli.h"
#include "install/environment.h"

namespace gardefou::install::test {

namespace fs = std::filesystem;

inline constexpr std::string_view kTestChromeId = "gppgiomgkadonbnhobhlaflefoeciigb";

inline void write_text(const fs::path& path, std::string_view text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct CliResult {
    int status;
    std::string out;
    std::string err;
    [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(out); }
};

class Sandbox {
  public:
    explicit Sandbox(Os os = Os::Linux) {
        std::random_device rd;
        base_ = fs::temp_directory_path() / ("gardefou-install-" + std::to_string(rd()));
        fs::create_directories(base_ / "home");
        fs::create_directories(base_ / "root");
        env.os = os;
        env.home = base_ / "home";
        env.root = base_ / "root";
        env.executable = base_ / "root/opt/gardefou/gardefou-host";
        env.locale = "C";
        env.version = "9.8.7";
        env.chrome_extension_ids = {std::string(kTestChromeId)};
        make_executable(env.executable);
    }
    ~Sandbox() {
        std::error_code ec;
        fs::permissions(base_, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(base_, ec);
    }
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    static void make_executable(const fs::path& path) {
        write_text(path, "#!/bin/sh\n");
        fs::permissions(path,
                        fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
    }

    // Makes `browser` look installed, natively (its first system probe becomes a file).
    void install_browser(const Browser& browser) const {
        const auto& probes = browser.layout(env.os).probes_system;
        write_text(env.system_path(probes.front()), "");
    }
    void install_snap(std::string_view name) const {
        fs::create_directories(env.system_path("/snap") / name);
    }
    void install_flatpak(std::string_view id) const {
        fs::create_directories(env.system_path("/var/lib/flatpak/app") / id);
    }

    CliResult run(std::string_view command, std::vector<std::string> args = {}) const {
        std::ostringstream out;
        std::ostringstream err;
        const int status = run_install_cli(env, command, args, out, err);
        return {status, out.str(), err.str()};
    }

    // Every regular file under HOME and root, relative to the sandbox, for "nothing else" checks.
    [[nodiscard]] std::vector<std::string> files() const {
        std::vector<std::string> all;
        for (const auto& entry : fs::recursive_directory_iterator(base_)) {
            all.push_back(fs::relative(entry.path(), base_).string() +
                          (entry.is_directory() ? "/" : ""));
        }
        std::sort(all.begin(), all.end());
        return all;
    }

    Environment env;

  private:
    fs::path base_;
};

}  // namespace gardefou::install::test
