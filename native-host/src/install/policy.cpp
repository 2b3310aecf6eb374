// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "policy.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <system_error>

#include "fs_util.h"

namespace gardefou::install {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

bool list_contains(const json& doc, const char* key, std::string_view value) {
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_array()) return false;
    return std::any_of(it->begin(), it->end(),
                       [&](const json& item) { return item.is_string() && item == value; });
}

std::vector<fs::path> policy_files(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".json") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

PolicyVerdict read_policies(const Browser& browser, const Environment& env) {
    PolicyVerdict verdict;
    if (env.os != Os::Linux || browser.family != Family::Chrome) return verdict;
    bool blocklisted = false;
    bool allowlisted = false;
    for (auto dir : browser.linux_layout.policy_dirs) {
        for (const auto& file : policy_files(env.system_path(dir))) {
            const auto text = read_file(file);
            const json doc = text ? json::parse(*text, nullptr, false) : json();
            if (!doc.is_object()) {
                verdict.unreadable.push_back(file);
                continue;
            }
            const auto user_level = doc.find("NativeMessagingUserLevelHosts");
            if (user_level != doc.end() && user_level->is_boolean() && !user_level->get<bool>()) {
                verdict.user_level_blocked = true;
                verdict.user_level_source = file;
            }
            if (list_contains(doc, "NativeMessagingBlocklist", "*") ||
                list_contains(doc, "NativeMessagingBlocklist", kHostName)) {
                blocklisted = true;
                verdict.blocklist_source = file;
            }
            allowlisted |= list_contains(doc, "NativeMessagingAllowlist", kHostName);
        }
    }
    verdict.host_blocked = blocklisted && !allowlisted;
    return verdict;
}

}  // namespace gardefou::install
