// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "environment.h"

#include <cstdlib>
#include <system_error>

#include "gardefou_install_build_config.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>

#include <climits>
#endif

namespace gardefou::install {
namespace {

std::string getenv_or_empty(const char* name) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read once at start
    return value != nullptr ? std::string(value) : std::string();
}

std::filesystem::path running_executable() {
#if defined(_WIN32)
    std::wstring buffer(32768, L'\0');
    const DWORD size =
        GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    buffer.resize(size);
    return std::filesystem::path(buffer);
#elif defined(__APPLE__)
    char buffer[PATH_MAX];
    uint32_t size = sizeof(buffer);
    if (_NSGetExecutablePath(buffer, &size) != 0) return {};
    std::error_code ec;
    auto path = std::filesystem::weakly_canonical(buffer, ec);
    return ec ? std::filesystem::path(buffer) : path;
#else
    std::error_code ec;
    auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : path;
#endif
}

std::vector<std::string> split_ids(std::string_view list) {
    std::vector<std::string> ids;
    while (!list.empty()) {
        const auto semicolon = list.find(';');
        const auto item = list.substr(0, semicolon);
        if (!item.empty()) ids.emplace_back(item);
        if (semicolon == std::string_view::npos) break;
        list.remove_prefix(semicolon + 1);
    }
    return ids;
}

}  // namespace

Os current_os() {
#if defined(_WIN32)
    return Os::Windows;
#elif defined(__APPLE__)
    return Os::MacOs;
#else
    return Os::Linux;
#endif
}

std::string_view os_name(Os os) {
    switch (os) {
        case Os::Linux:
            return "linux";
        case Os::MacOs:
            return "macos";
        case Os::Windows:
            return "windows";
    }
    return "linux";
}

Environment Environment::from_process(std::string version) {
    Environment env;
    env.os = current_os();
    env.home = getenv_or_empty(env.os == Os::Windows ? "USERPROFILE" : "HOME");
    env.root = env.os == Os::Windows ? std::filesystem::path(getenv_or_empty("SystemDrive") + "\\")
                                     : std::filesystem::path("/");
    env.executable = running_executable();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        env.locale = getenv_or_empty(name);
        if (!env.locale.empty()) break;
    }
    env.version = version.empty() ? std::string(build::kDefaultVersion) : std::move(version);
    env.chrome_extension_ids = split_ids(build::kChromeExtensionIds);
    return env;
}

std::filesystem::path Environment::system_path(std::string_view absolute) const {
    while (!absolute.empty() && (absolute.front() == '/' || absolute.front() == '\\')) {
        absolute.remove_prefix(1);
    }
    return root / std::filesystem::path(absolute);
}

std::filesystem::path Environment::home_path(std::string_view relative) const {
    return home / std::filesystem::path(relative);
}

}  // namespace gardefou::install
