// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "messages.h"

namespace gardefou::install {

Lang lang_from_locale(std::string_view locale) {
    return locale.size() >= 2 && (locale[0] == 'f' || locale[0] == 'F') &&
                   (locale[1] == 'r' || locale[1] == 'R')
               ? Lang::Fr
               : Lang::En;
}

std::optional<Lang> parse_lang(std::string_view code) {
    if (code == "fr") return Lang::Fr;
    if (code == "en") return Lang::En;
    return std::nullopt;
}

std::string fill(std::string_view text, std::initializer_list<std::string_view> args) {
    std::string out;
    auto next = args.begin();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '}' && next != args.end()) {
            out += *next++;
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace gardefou::install
