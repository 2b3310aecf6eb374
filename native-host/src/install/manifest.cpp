// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "manifest.h"

#include <nlohmann/json.hpp>

namespace gardefou::install {

using nlohmann::json;

std::string chrome_origin(std::string_view extension_id) {
    return "chrome-extension://" + std::string(extension_id) + "/";
}

HostManifest make_manifest(const ManifestInput& input) {
    HostManifest manifest;
    manifest.name = std::string(kHostName);
    manifest.description = std::string(kHostDescription);
    manifest.path = input.executable.string();
    manifest.type = "stdio";
    if (input.family == Family::Chrome) {
        for (const auto& id : input.chrome_extension_ids) {
            manifest.allowed_origins.push_back(chrome_origin(id));
        }
    } else {
        manifest.allowed_extensions.push_back(input.firefox_extension_id);
    }
    return manifest;
}

std::string render_manifest(const HostManifest& manifest) {
    json out = json::object();
    out["name"] = manifest.name;
    out["description"] = manifest.description;
    out["path"] = manifest.path;
    out["type"] = manifest.type;
    if (!manifest.allowed_origins.empty()) out["allowed_origins"] = manifest.allowed_origins;
    if (!manifest.allowed_extensions.empty()) {
        out["allowed_extensions"] = manifest.allowed_extensions;
    }
    return out.dump(2) + "\n";
}

ParsedManifest parse_manifest(std::string_view text) {
    ParsedManifest result;
    const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
        result.error = "not a JSON object";
        return result;
    }
    auto string_member = [&](const char* key, std::string& into) {
        const auto it = doc.find(key);
        if (it == doc.end() || !it->is_string()) return false;
        into = it->get<std::string>();
        return true;
    };
    auto list_member = [&](const char* key, std::vector<std::string>& into) {
        const auto it = doc.find(key);
        if (it == doc.end()) return true;
        if (!it->is_array()) return false;
        for (const auto& item : *it) {
            if (!item.is_string()) return false;
            into.push_back(item.get<std::string>());
        }
        return true;
    };
    auto& m = result.manifest;
    for (auto [key, into] :
         {std::pair{"name", &m.name}, std::pair{"path", &m.path}, std::pair{"type", &m.type}}) {
        if (!string_member(key, *into)) {
            result.error = std::string("no string \"") + key + "\"";
            return result;
        }
    }
    string_member("description", m.description);
    if (!list_member("allowed_origins", m.allowed_origins) ||
        !list_member("allowed_extensions", m.allowed_extensions)) {
        result.error = "allowed_origins or allowed_extensions is not a list of strings";
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace gardefou::install
