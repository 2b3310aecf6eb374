// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "support/host_process.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gardefou::testing {

namespace {

std::string quote(const std::string& s) {
    std::string q = "'";
    for (const char c : s) {
        if (c == '\'') {
            q += "'\\''";
        } else {
            q += c;
        }
    }
    return q + "'";
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

}  // namespace

HostRun run_host(const std::vector<std::string>& args, const std::string& input,
                 const std::vector<std::string>& env) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("gardefou-host-test-" + std::to_string(::getpid()) + "-" +
                      std::to_string(std::rand()));  // NOLINT(cert-msc50-cpp): a unique name only
    std::filesystem::create_directories(dir);
    {
        std::ofstream in(dir / "in", std::ios::binary);
        in << input;
    }
    std::string command = "env";
    for (const auto& e : env) command += " " + quote(e);
    command += " " + quote(GARDEFOU_HOST_EXE);
    for (const auto& a : args) command += " " + quote(a);
    command += " < " + quote((dir / "in").string()) + " > " + quote((dir / "out").string()) +
               " 2> " + quote((dir / "err").string());
    const int status = std::system(command.c_str());  // NOLINT(cert-env33-c): test harness
    HostRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(dir / "out");
    run.err = slurp(dir / "err");
    std::filesystem::remove_all(dir);
    return run;
}

}  // namespace gardefou::testing
