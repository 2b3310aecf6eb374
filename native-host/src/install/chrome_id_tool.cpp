// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Run by CMake at configure time (host_manifests.cmake, try_run): prints the Chrome extension id
// derived from the manifest key given as argv[1], so CMake and the host share one derivation.
#include <iostream>

#include "chrome_id.h"

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const auto id = gardefou::install::chrome_id_from_key(argv[1]);
    if (!id) return 1;
    std::cout << *id;
    return 0;
}
