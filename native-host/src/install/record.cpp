// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "record.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "fs_util.h"

namespace gardefou::install {

using nlohmann::json;
namespace fs = std::filesystem;

RecordEntry& InstallRecord::entry(std::string_view kind, std::string_view location) {
    for (auto& e : entries) {
        if (e.kind == kind && e.location == location) return e;
    }
    entries.push_back({std::string(kind), std::string(location), {}});
    return entries.back();
}

void InstallRecord::add_created_dir(const fs::path& dir) {
    const auto text = dir.string();
    if (std::find(created_dirs.begin(), created_dirs.end(), text) == created_dirs.end()) {
        created_dirs.push_back(text);
    }
}

fs::path record_path(Scope scope, const Environment& env) {
    const auto file = scope == Scope::User ? "install-user.json" : "install-system.json";
    switch (env.os) {
        case Os::Windows:
            return scope == Scope::User ? env.home_path("AppData/Local/Garde-fou") / file
                                        : env.system_path("ProgramData/Garde-fou") / file;
        case Os::MacOs:
            return scope == Scope::User
                       ? env.home_path("Library/Application Support/Garde-fou") / file
                       : env.system_path("/Library/Application Support/Garde-fou") / file;
        case Os::Linux:
            break;
    }
    return scope == Scope::User ? env.home_path(".local/share/gardefou") / file
                                : env.system_path("/var/lib/gardefou") / file;
}

std::optional<InstallRecord> load_record(const fs::path& path) {
    const auto text = read_file(path);
    if (!text) return std::nullopt;
    const json doc = json::parse(*text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return std::nullopt;
    InstallRecord record;
    try {
        for (const auto& e : doc.value("entries", json::array())) {
            record.entries.push_back({e.at("kind").get<std::string>(),
                                      e.at("location").get<std::string>(),
                                      e.value("browsers", std::vector<std::string>{})});
        }
        record.created_dirs = doc.value("created_dirs", std::vector<std::string>{});
    } catch (const json::exception&) {
        return std::nullopt;
    }
    return record;
}

std::string render_record(const InstallRecord& record) {
    json doc = {{"format", 1}, {"host", kHostName}, {"entries", json::array()}};
    for (const auto& e : record.entries) {
        doc["entries"].push_back(
            {{"kind", e.kind}, {"location", e.location}, {"browsers", e.browsers}});
    }
    doc["created_dirs"] = record.created_dirs;
    return doc.dump(2) + "\n";
}

}  // namespace gardefou::install
