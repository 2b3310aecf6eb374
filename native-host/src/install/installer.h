// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// install: writes the host manifest where each chosen browser looks (and, on Windows, the registry
// key that points at it), only when its content differs, and records what it wrote.
// uninstall: removes exactly what the record lists, then the directories install had to create if
// they are empty. Without a record, it removes only files at the known locations that are
// Garde-fou manifests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "browsers.h"

namespace gardefou::install {

enum class StepStatus { Written, Unchanged, Removed, Absent, Failed };

struct Step {
    std::vector<std::string> browsers;  // browser ids served by this location
    std::string location;               // a file path or a registry key
    StepStatus status = StepStatus::Failed;
    std::string problem;  // when Failed: "permission_denied", "no_chrome_id", "not_supported",
                          // "io_error"
    std::string detail;   // the system's own words, for support
};

struct Outcome {
    std::vector<Step> steps;
    std::string problem;  // "no_browser" (nothing detected), "no_executable" (own path unknown),
                          // "no_record" (uninstall fallback)
    std::filesystem::path record;
    [[nodiscard]] bool ok() const;
};

// `which`: "" = the browsers detected on this machine, "all", or one browser id.
// Sets `unknown` when `which` names no browser.
[[nodiscard]] std::vector<const Browser*> select_browsers(const Environment& env,
                                                          std::string_view which, bool& unknown);

[[nodiscard]] Outcome install(const Environment& env, Scope scope,
                              const std::vector<const Browser*>& browsers);
[[nodiscard]] Outcome uninstall(const Environment& env, Scope scope,
                                const std::vector<const Browser*>& browsers);

}  // namespace gardefou::install
