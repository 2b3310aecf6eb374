// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace gardefou::app {

/// The whole command line of gardefou-host. With no arguments, or with the arguments a browser
/// passes (Chrome: the caller's origin; Firefox: the manifest path and the add-on id; anything
/// unknown), it speaks the native-messaging protocol on stdin/stdout. Otherwise it runs a
/// command for people: scan, redact, install, uninstall, doctor, --version, --help.
/// Returns the process exit status.
int run(const std::vector<std::string>& args);

}  // namespace gardefou::app
