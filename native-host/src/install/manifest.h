// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Native-messaging host manifests: the JSON file a browser reads to find and trust gardefou-host.
// Chrome family: "allowed_origins" (chrome-extension://<id>/); Firefox: "allowed_extensions".
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "browsers.h"

namespace gardefou::install {

struct HostManifest {
    std::string name;
    std::string description;
    std::string path;
    std::string type;
    std::vector<std::string> allowed_origins;     // Chrome family
    std::vector<std::string> allowed_extensions;  // Firefox
};

struct ManifestInput {
    Family family = Family::Chrome;
    std::filesystem::path executable;
    std::vector<std::string> chrome_extension_ids;
    std::string firefox_extension_id;
};

inline constexpr std::string_view kHostDescription =
    "Garde-fou: keeps identifying data out of health questions sent to AI chatbots";

[[nodiscard]] std::string chrome_origin(std::string_view extension_id);
[[nodiscard]] HostManifest make_manifest(const ManifestInput& input);
[[nodiscard]] std::string render_manifest(const HostManifest& manifest);  // pretty JSON + "\n"

struct ParsedManifest {
    bool ok = false;
    std::string error;  // when !ok: a short English reason ("not JSON", "no \"path\"")
    HostManifest manifest;
};

[[nodiscard]] ParsedManifest parse_manifest(std::string_view text);

}  // namespace gardefou::install
