// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// Windows only: a native-messaging host is registered by a registry key
// HKCU|HKLM\Software\<browser>\NativeMessagingHosts\org.gardefou.host whose default value is the
// full path of the manifest file. Elsewhere these functions do nothing and report "unsupported".
#pragma once

#include <optional>
#include <string>
#include <system_error>

namespace gardefou::install {

// `key` like "Software\\Google\\Chrome\\NativeMessagingHosts\\org.gardefou.host".
[[nodiscard]] std::error_code registry_set_default(bool machine, const std::string& key,
                                                   const std::string& value);
[[nodiscard]] std::optional<std::string> registry_get_default(bool machine, const std::string& key);
[[nodiscard]] std::error_code registry_delete_key(bool machine, const std::string& key);

}  // namespace gardefou::install
