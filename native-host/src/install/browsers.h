// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// The one table of supported browsers: where each looks for native-messaging host manifests on
// each system, for one user and for all users, and how to tell that it is installed.
// Sources: ../shared/notes/native-messaging.md §3.2, §3.4, §4.1 (Chrome, MDN and Edge docs,
// KeePassXC's NativeMessageInstaller.cpp). Entries marked [unverified] follow other installers.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "environment.h"

namespace gardefou::install {

enum class Family { Chrome, Firefox };
enum class Scope { User, System };

// Where one browser looks on one system. User paths are relative to the home directory; system
// paths are absolute (resolved under Environment::root). Empty = not supported there.
struct Layout {
    std::string_view user_dir;
    std::string_view system_dir;
    std::vector<std::string_view> extra_system_dirs;  // also searched, never written
    std::vector<std::string_view> policy_dirs;        // managed policy *.json (Chrome family)
    std::vector<std::string_view> probes_system;      // a file here means "installed"
    std::vector<std::string_view> probes_home;        // a file the browser writes on first run
    // (never a directory that installing Garde-fou itself would create)
};

struct Browser {
    std::string_view id;    // "chrome", as given to --browser
    std::string_view name;  // "Google Chrome", as shown to people
    Family family;
    Layout linux_layout;
    Layout macos_layout;
    std::string_view windows_key;  // under HKCU/HKLM, without the host name
    std::vector<std::string_view> windows_probes_home;
    std::string_view snap_name;   // Linux Snap package name, if any
    std::string_view flatpak_id;  // Flatpak application id, if any

    [[nodiscard]] const Layout& layout(Os os) const;
};

[[nodiscard]] std::span<const Browser> all_browsers();
[[nodiscard]] const Browser* find_browser(std::string_view id);
[[nodiscard]] std::string_view family_name(Family family);  // "chrome" | "firefox"
[[nodiscard]] std::string_view scope_name(Scope scope);     // "user" | "system"

struct Detection {
    bool native = false;   // a binary or a profile directory was found
    bool snap = false;     // installed as a Snap
    bool flatpak = false;  // installed as a Flatpak
    [[nodiscard]] bool found() const { return native || snap || flatpak; }
};

[[nodiscard]] Detection detect(const Browser& browser, const Environment& env);

// The directory this browser reads for `scope` (empty when the scope does not exist there, or on
// Windows, where the registry says where the manifest is).
[[nodiscard]] std::filesystem::path manifest_dir(const Browser& browser, Scope scope,
                                                 const Environment& env);
[[nodiscard]] std::filesystem::path manifest_file(const Browser& browser, Scope scope,
                                                  const Environment& env);

}  // namespace gardefou::install
