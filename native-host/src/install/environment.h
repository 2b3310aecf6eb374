// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Everything the installer reads from the outside world, in one struct, so that tests can point
// it at a temporary HOME and a temporary root instead of the real machine.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gardefou::install {

enum class Os { Linux, MacOs, Windows };

struct Environment {
    Os os = Os::Linux;
    std::filesystem::path home;        // the user's home directory
    std::filesystem::path root = "/";  // prefix for every system path ("/" on a real machine)
    std::filesystem::path executable;  // absolute path of this gardefou-host
    std::string locale;                // first non-empty of LC_ALL, LC_MESSAGES, LANG
    std::string version;               // host version shown by doctor
    std::vector<std::string> chrome_extension_ids;  // ids allowed in Chrome-family manifests
    std::string firefox_extension_id = "gardefou@gardefou.org";

    // The real process: HOME/USERPROFILE, "/", the running executable, the build's extension ids.
    static Environment from_process(std::string version);

    // `absolute` is a system path written as on a real machine ("/etc/opt/chrome/...").
    [[nodiscard]] std::filesystem::path system_path(std::string_view absolute) const;
    // `relative` is relative to the home directory (".config/chromium/NativeMessagingHosts").
    [[nodiscard]] std::filesystem::path home_path(std::string_view relative) const;
};

[[nodiscard]] Os current_os();
[[nodiscard]] std::string_view os_name(Os os);

inline constexpr std::string_view kHostName = "org.gardefou.host";
inline constexpr std::string_view kExecutableName = "gardefou-host";

}  // namespace gardefou::install
