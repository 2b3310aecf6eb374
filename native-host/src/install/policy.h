// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Managed browser policies that stop native messaging for Garde-fou (Chrome family, Linux JSON
// policy files): NativeMessagingUserLevelHosts=false ignores every per-user host manifest, and a
// NativeMessagingBlocklist containing "*" or our host name blocks it unless the
// NativeMessagingAllowlist names it.
#pragma once

#include <filesystem>
#include <vector>

#include "browsers.h"

namespace gardefou::install {

struct PolicyVerdict {
    bool user_level_blocked = false;
    bool host_blocked = false;
    std::filesystem::path user_level_source;  // the file that set NativeMessagingUserLevelHosts
    std::filesystem::path blocklist_source;   // the file with the blocklist
    std::vector<std::filesystem::path> unreadable;  // policy files that are not JSON objects
};

[[nodiscard]] PolicyVerdict read_policies(const Browser& browser, const Environment& env);

}  // namespace gardefou::install
