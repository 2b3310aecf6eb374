// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <iostream>
#include <string>
#include <vector>

#include "gardefou/version.h"
#ifdef GARDEFOU_HAVE_INSTALL
#include "install/cli.h"
#endif

namespace gardefou::app {

int run_install_command(const std::string& command, const std::vector<std::string>& args) {
#ifdef GARDEFOU_HAVE_INSTALL
    return install::run_install_cli(command, args, std::cout, std::cerr);
#else
    (void)args;
    std::cerr << "gardefou-host: \"" << command
              << "\" is not part of this build. Use scripts/install.sh instead.\n";
    return 69;
#endif
}

}  // namespace gardefou::app
