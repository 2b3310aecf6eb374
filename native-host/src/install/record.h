// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// The install record: what `install` wrote (manifest files, registry keys, directories it had to
// create), so that `uninstall` removes exactly that and nothing else.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "browsers.h"

namespace gardefou::install {

struct RecordEntry {
    std::string kind;                   // "file" or "registry"
    std::string location;               // a file path, or "HKCU\\Software\\...\\org.gardefou.host"
    std::vector<std::string> browsers;  // browser ids served by this entry
};

struct InstallRecord {
    std::vector<RecordEntry> entries;
    std::vector<std::string> created_dirs;  // outermost first

    RecordEntry& entry(std::string_view kind, std::string_view location);
    void add_created_dir(const std::filesystem::path& dir);
};

// ~/.local/share/gardefou/install-user.json, /var/lib/gardefou/install-system.json, and the
// macOS and Windows equivalents.
[[nodiscard]] std::filesystem::path record_path(Scope scope, const Environment& env);
[[nodiscard]] std::optional<InstallRecord> load_record(const std::filesystem::path& path);
[[nodiscard]] std::string render_record(const InstallRecord& record);

}  // namespace gardefou::install
