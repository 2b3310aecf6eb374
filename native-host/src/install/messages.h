// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// French or English for everything a person reads. Each message is written where it is used, in
// both languages side by side: pick(lang, "français", "English").
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace gardefou::install {

enum class Lang { Fr, En };

// French when the locale (LC_ALL, LC_MESSAGES or LANG) starts with "fr", else English.
[[nodiscard]] Lang lang_from_locale(std::string_view locale);
[[nodiscard]] std::optional<Lang> parse_lang(std::string_view code);  // "fr" | "en"

[[nodiscard]] inline std::string_view pick(Lang lang, std::string_view fr, std::string_view en) {
    return lang == Lang::Fr ? fr : en;
}

// Replaces each "{}" in `text` by the next argument.
[[nodiscard]] std::string fill(std::string_view text, std::initializer_list<std::string_view> args);

}  // namespace gardefou::install
