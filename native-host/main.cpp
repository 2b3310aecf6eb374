// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// gardefou-host: a thin executable over the gardefou libraries (see app/cli.h).
#include <string>
#include <vector>

#include "app/cli.h"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return gardefou::app::run(args);
}
