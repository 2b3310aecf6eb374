// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// `gardefou-host install|uninstall|doctor [options]`. main.cpp calls run_install_cli with the
// command and the arguments after it. Exit status: 0 done / everything in place, 1 something is
// missing or failed, 2 the command line is wrong.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "environment.h"

namespace gardefou::install {

// `version` defaults to the version CMake gave this library (the project's version).
int run_install_cli(std::string_view command, const std::vector<std::string>& args,
                    std::ostream& out, std::ostream& err, std::string_view version = {});

// Same, against an explicit environment (tests use a temporary HOME and root).
int run_install_cli(const Environment& env, std::string_view command,
                    const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

[[nodiscard]] bool is_install_command(std::string_view command);  // install|uninstall|doctor

}  // namespace gardefou::install
