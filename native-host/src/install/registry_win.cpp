// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "registry_win.h"

#if defined(_WIN32)
#include <windows.h>

#include <filesystem>
#endif

namespace gardefou::install {

#if defined(_WIN32)
namespace {

// UTF-8 <-> UTF-16 through std::filesystem::path, which converts with the right code page.
std::wstring wide(const std::string& utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end())).wstring();
}

std::string narrow(const std::wstring& utf16) {
    const auto u8 = std::filesystem::path(utf16).u8string();
    return std::string(u8.begin(), u8.end());
}

HKEY hive(bool machine) {
    return machine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

std::error_code from_status(LSTATUS status) {
    return std::error_code(static_cast<int>(status), std::system_category());
}

}  // namespace

std::error_code registry_set_default(bool machine, const std::string& key,
                                     const std::string& value) {
    HKEY handle = nullptr;
    // KEY_WOW64_64KEY: the native view, which every browser reads (Firefox after the 32-bit one).
    LSTATUS status = RegCreateKeyExW(hive(machine), wide(key).c_str(), 0, nullptr, 0,
                                     KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &handle, nullptr);
    if (status != ERROR_SUCCESS) return from_status(status);
    const std::wstring data = wide(value);
    status = RegSetValueExW(handle, nullptr, 0, REG_SZ, reinterpret_cast<const BYTE*>(data.c_str()),
                            static_cast<DWORD>((data.size() + 1) * sizeof(wchar_t)));
    RegCloseKey(handle);
    return from_status(status);
}

std::optional<std::string> registry_get_default(bool machine, const std::string& key) {
    wchar_t buffer[32768];
    DWORD size = sizeof(buffer);
    const LSTATUS status =
        RegGetValueW(hive(machine), wide(key).c_str(), nullptr,
                     RRF_RT_REG_SZ | RRF_SUBKEY_WOW6464KEY, nullptr, buffer, &size);
    if (status != ERROR_SUCCESS) return std::nullopt;
    return narrow(buffer);
}

std::error_code registry_delete_key(bool machine, const std::string& key) {
    const LSTATUS status = RegDeleteKeyExW(hive(machine), wide(key).c_str(), KEY_WOW64_64KEY, 0);
    return status == ERROR_FILE_NOT_FOUND ? std::error_code() : from_status(status);
}

#else

std::error_code registry_set_default(bool, const std::string&, const std::string&) {
    return std::make_error_code(std::errc::not_supported);
}

std::optional<std::string> registry_get_default(bool, const std::string&) {
    return std::nullopt;
}

std::error_code registry_delete_key(bool, const std::string&) {
    return std::make_error_code(std::errc::not_supported);
}

#endif

}  // namespace gardefou::install
