// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "browsers.h"

#include <array>
#include <system_error>

#include "fs_util.h"

namespace gardefou::install {
namespace {

namespace fs = std::filesystem;

// clang-format off
const std::array<Browser, 6> kBrowsers{{
    {"chrome", "Google Chrome", Family::Chrome,
     {".config/google-chrome/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts", {},
      {"/etc/opt/chrome/policies/managed"},
      {"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome"},
      {".config/google-chrome/Local State"}},
     {"Library/Application Support/Google/Chrome/NativeMessagingHosts",
      "/Library/Google/Chrome/NativeMessagingHosts", {}, {},
      {"/Applications/Google Chrome.app"}, {"Library/Application Support/Google/Chrome/Local State"}},
     "Software\\Google\\Chrome\\NativeMessagingHosts",
     {"AppData/Local/Google/Chrome/User Data"}, "", "com.google.Chrome"},
    {"chromium", "Chromium", Family::Chrome,
     {".config/chromium/NativeMessagingHosts", "/etc/chromium/native-messaging-hosts", {},
      {"/etc/chromium/policies/managed"},
      {"/usr/bin/chromium", "/usr/lib/chromium/chromium"},  // Ubuntu's chromium-browser is a Snap
      {".config/chromium/Local State"}},
     {"Library/Application Support/Chromium/NativeMessagingHosts",
      "/Library/Application Support/Chromium/NativeMessagingHosts", {}, {},
      {"/Applications/Chromium.app"}, {"Library/Application Support/Chromium/Local State"}},
     "Software\\Chromium\\NativeMessagingHosts",
     {"AppData/Local/Chromium/User Data"}, "chromium", "org.chromium.Chromium"},
    {"edge", "Microsoft Edge", Family::Chrome,
     {".config/microsoft-edge/NativeMessagingHosts", "/etc/opt/edge/native-messaging-hosts", {},
      {"/etc/opt/edge/policies/managed"},
      {"/usr/bin/microsoft-edge", "/usr/bin/microsoft-edge-stable", "/opt/microsoft/msedge/msedge"},
      {".config/microsoft-edge/Local State"}},
     {"Library/Application Support/Microsoft Edge/NativeMessagingHosts",
      "/Library/Microsoft/Edge/NativeMessagingHosts", {}, {},
      {"/Applications/Microsoft Edge.app"}, {"Library/Application Support/Microsoft Edge/Local State"}},
     "Software\\Microsoft\\Edge\\NativeMessagingHosts",
     {"AppData/Local/Microsoft/Edge/User Data"}, "", "com.microsoft.Edge"},
    // Brave and Vivaldi system directories, and Brave's policy directory: [unverified].
    // On Windows both read Chrome's registry key (KeePassXC; woodruffw/ff2mpv#103).
    {"brave", "Brave", Family::Chrome,
     {".config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
      "/etc/opt/brave/native-messaging-hosts", {}, {"/etc/brave/policies/managed"},
      {"/usr/bin/brave-browser", "/usr/bin/brave", "/opt/brave.com/brave/brave"},
      {".config/BraveSoftware/Brave-Browser/Local State"}},
     {"Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
      "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", {}, {},
      {"/Applications/Brave Browser.app"},
      {"Library/Application Support/BraveSoftware/Brave-Browser/Local State"}},
     "Software\\Google\\Chrome\\NativeMessagingHosts",
     {"AppData/Local/BraveSoftware/Brave-Browser/User Data"}, "brave", "com.brave.Browser"},
    {"vivaldi", "Vivaldi", Family::Chrome,
     {".config/vivaldi/NativeMessagingHosts", "/etc/opt/vivaldi/native-messaging-hosts", {}, {},
      {"/usr/bin/vivaldi", "/usr/bin/vivaldi-stable", "/opt/vivaldi/vivaldi"},
      {".config/vivaldi/Local State"}},
     {"Library/Application Support/Vivaldi/NativeMessagingHosts",
      "/Library/Application Support/Vivaldi/NativeMessagingHosts", {}, {},
      {"/Applications/Vivaldi.app"}, {"Library/Application Support/Vivaldi/Local State"}},
     "Software\\Google\\Chrome\\NativeMessagingHosts",
     {"AppData/Local/Vivaldi/User Data"}, "", "com.vivaldi.Vivaldi"},
    // Firefox keeps ~/.mozilla even with XDG profiles, and its Snap reads it through a portal.
    {"firefox", "Mozilla Firefox", Family::Firefox,
     {".mozilla/native-messaging-hosts", "/usr/lib/mozilla/native-messaging-hosts",
      {"/usr/lib64/mozilla/native-messaging-hosts"}, {},
      {"/usr/bin/firefox", "/usr/lib/firefox/firefox", "/usr/bin/firefox-esr",
       "/usr/lib/firefox-esr/firefox-esr"},
      {".mozilla/firefox/profiles.ini"}},
     {"Library/Application Support/Mozilla/NativeMessagingHosts",
      "/Library/Application Support/Mozilla/NativeMessagingHosts", {}, {},
      {"/Applications/Firefox.app"}, {"Library/Application Support/Firefox/profiles.ini"}},
     "Software\\Mozilla\\NativeMessagingHosts",
     {"AppData/Roaming/Mozilla/Firefox"}, "firefox", "org.mozilla.firefox"},
}};
// clang-format on

}  // namespace

const Layout& Browser::layout(Os os) const {
    return os == Os::MacOs ? macos_layout : linux_layout;
}

std::span<const Browser> all_browsers() {
    return kBrowsers;
}

const Browser* find_browser(std::string_view id) {
    for (const auto& browser : kBrowsers) {
        if (browser.id == id) return &browser;
    }
    return nullptr;
}

std::string_view family_name(Family family) {
    return family == Family::Chrome ? "chrome" : "firefox";
}

std::string_view scope_name(Scope scope) {
    return scope == Scope::User ? "user" : "system";
}

Detection detect(const Browser& browser, const Environment& env) {
    Detection found;
    if (env.os == Os::Windows) {
        for (auto probe : browser.windows_probes_home)
            found.native |= path_exists(env.home_path(probe));
        return found;
    }
    const Layout& layout = browser.layout(env.os);
    for (auto probe : layout.probes_system) found.native |= path_exists(env.system_path(probe));
    for (auto probe : layout.probes_home) found.native |= path_exists(env.home_path(probe));
    if (env.os == Os::Linux) {
        if (!browser.snap_name.empty()) {
            found.snap = path_exists(env.system_path("/snap") / browser.snap_name) ||
                         path_exists(env.home_path("snap") / browser.snap_name);
        }
        if (!browser.flatpak_id.empty()) {
            found.flatpak =
                path_exists(env.system_path("/var/lib/flatpak/app") / browser.flatpak_id) ||
                path_exists(env.home_path(".local/share/flatpak/app") / browser.flatpak_id);
        }
    }
    return found;
}

fs::path manifest_dir(const Browser& browser, Scope scope, const Environment& env) {
    if (env.os == Os::Windows) return {};
    const Layout& layout = browser.layout(env.os);
    if (scope == Scope::User) {
        return layout.user_dir.empty() ? fs::path() : env.home_path(layout.user_dir);
    }
    return layout.system_dir.empty() ? fs::path() : env.system_path(layout.system_dir);
}

fs::path manifest_file(const Browser& browser, Scope scope, const Environment& env) {
    auto dir = manifest_dir(browser, scope, env);
    return dir.empty() ? dir : dir / (std::string(kHostName) + ".json");
}

}  // namespace gardefou::install
