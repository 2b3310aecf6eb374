// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Small filesystem helpers: atomic writes, whole-file reads, "is this runnable", and creating
// directories while remembering which ones did not exist before (so uninstall can remove them).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace gardefou::install {

[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path);

// Writes to a temporary file in the same directory, then renames it over `path`.
// `mode_0644`: world-readable, so browsers running as any user can read a system manifest.
[[nodiscard]] std::error_code write_file_atomically(const std::filesystem::path& path,
                                                    std::string_view content);

// Creates `dir` and its missing parents; appends the ones it created, outermost first.
[[nodiscard]] std::error_code create_directories_recorded(const std::filesystem::path& dir,
                                                          std::vector<std::filesystem::path>& made);

[[nodiscard]] bool path_exists(const std::filesystem::path& path);  // false on any error
[[nodiscard]] bool is_regular_executable(const std::filesystem::path& path);

// Same file after resolving symbolic links and "..", or equal paths when neither exists.
[[nodiscard]] bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace gardefou::install
