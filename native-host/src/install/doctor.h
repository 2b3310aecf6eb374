// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// doctor: for each browser, is everything in place for it to start gardefou-host? The manifest
// where that browser looks (user, then system; user ignored under NativeMessagingUserLevelHosts
// = false), valid, naming this host, pointing at an executable that exists (ideally this one),
// allowing Garde-fou's extension id; Snap and Flatpak sandboxes; policies blocking the host.
#pragma once

#include <string>
#include <vector>

#include "browsers.h"

namespace gardefou::install {

enum class Severity { Ok, Info, Warning, Error };

// `code` is stable (support scripts read it from --json); doctor_text.cpp words it for people.
struct Finding {
    std::string browser;  // browser id, or "" for the whole machine
    Severity severity = Severity::Info;
    std::string code;
    std::string path;    // the file concerned, if any
    std::string detail;  // an id, a path, a parse error
};

struct BrowserState {
    const Browser* browser = nullptr;
    Detection detection;
    bool ready = false;  // this browser can start Garde-fou's host right now
};

struct Diagnosis {
    std::vector<Finding> findings;
    std::vector<BrowserState> browsers;
    // True when no finding is an error and at least one browser is ready.
    [[nodiscard]] bool ok() const;
};

[[nodiscard]] Diagnosis diagnose(const Environment& env,
                                 const std::vector<const Browser*>& browsers);

[[nodiscard]] std::string_view severity_name(Severity severity);

}  // namespace gardefou::install
