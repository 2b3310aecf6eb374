// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace gardefou::testing {

/// What a run of the real gardefou-host executable produced.
struct HostRun {
    int exit_code = -1;
    std::string out;  // stdout, byte for byte
    std::string err;  // stderr
};

/// Runs the built gardefou-host (GARDEFOU_HOST_EXE) with `args`, `input` on stdin, extra
/// environment assignments (`NAME=value`), and waits for it to exit.
HostRun run_host(const std::vector<std::string>& args, const std::string& input,
                 const std::vector<std::string>& env = {});

}  // namespace gardefou::testing
