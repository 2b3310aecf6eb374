// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "pseudonyms/pseudonym_store.h"

#include <algorithm>

#include "text/normalized_text.h"
#include "text/utf8.h"

namespace gardefou::pseudonyms {

std::string value_key(engine::Category category, std::string_view value) {
    std::string key(engine::category_name(category));
    key.push_back(':');
    for (const char c : text::fold(value)) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) key.push_back(c);
    }
    return key;
}

std::string placeholder_key(std::string_view inside) {
    std::string key;
    bool space = false;
    for (const char c : text::fold(inside)) {
        if (c == ' ' || c == '\n') {
            space = !key.empty();
            continue;
        }
        if (space) key.push_back(' ');
        space = false;
        key.push_back(c);
    }
    return key;
}

PseudonymStore::Conversation& PseudonymStore::conversation(std::string_view id, engine::Lang lang) {
    auto it = conversations_.find(std::string(id));
    if (it == conversations_.end()) {
        if (conversations_.size() >= kMaxConversations) {
            const auto oldest = std::min_element(conversations_.begin(), conversations_.end(),
                                                 [](const auto& a, const auto& b) {
                                                     return a.second.last_used < b.second.last_used;
                                                 });
            conversations_.erase(oldest);
        }
        it = conversations_.emplace(std::string(id), Conversation{}).first;
        it->second.lang = lang;
    }
    it->second.last_used = ++clock_;
    return it->second;
}

Redacted PseudonymStore::redact(std::string_view id, std::string_view text,
                                const std::vector<engine::Finding>& findings, engine::Lang lang) {
    Conversation& conv = conversation(id, lang);
    Redacted out;
    out.text.reserve(text.size());
    std::size_t byte = 0;   // position in `text`
    std::size_t units = 0;  // UTF-16 offset of `byte`
    std::size_t out_units = 0;
    const auto advance_to = [&](std::size_t target_units) {
        const std::size_t from = byte;
        while (byte < text.size() && units < target_units) {
            const auto d = text::decode_utf8(text, byte);
            units += text::utf16_units(d.code_point);
            byte += d.length;
        }
        return text.substr(from, byte - from);
    };
    for (const auto& f : findings) {
        const std::string_view before = advance_to(f.start);
        out.text.append(before);
        out_units += text::utf16_length(before);
        const std::string_view value = advance_to(f.end);
        const std::string key = value_key(f.category, value);
        auto it = conv.placeholder_of.find(key);
        if (it == conv.placeholder_of.end()) {
            if (conv.placeholder_of.size() >= kMaxEntries) {
                conv.placeholder_of.clear();
                conv.original_of.clear();
            }
            const std::size_t n = ++conv.counters[f.category];
            std::string placeholder = "[";
            placeholder += engine::placeholder_label(f.category, conv.lang);
            placeholder += ' ';
            placeholder += std::to_string(n);
            placeholder += ']';
            conv.original_of[placeholder_key(
                std::string_view(placeholder).substr(1, placeholder.size() - 2))] =
                std::string(value);
            it = conv.placeholder_of.emplace(key, std::move(placeholder)).first;
        }
        const std::size_t len = text::utf16_length(it->second);
        out.replacements.push_back({out_units, out_units + len, f.category, it->second});
        out.text.append(it->second);
        out_units += len;
    }
    out.text.append(text.substr(byte));
    return out;
}

Restored PseudonymStore::restore(std::string_view id, std::string_view text) {
    Restored out;
    const auto found = conversations_.find(std::string(id));
    if (found == conversations_.end()) {
        out.text = std::string(text);
        return out;
    }
    Conversation& conv = found->second;
    conv.last_used = ++clock_;
    out.text.reserve(text.size());
    std::size_t out_units = 0;
    std::size_t copied = 0;
    std::size_t pos = 0;
    while ((pos = text.find('[', pos)) != std::string_view::npos) {
        const std::size_t close = text.find(']', pos + 1);
        if (close == std::string_view::npos || close - pos > 64) {
            ++pos;
            continue;
        }
        const auto it =
            conv.original_of.find(placeholder_key(text.substr(pos + 1, close - pos - 1)));
        if (it == conv.original_of.end()) {
            ++pos;
            continue;
        }
        const std::string_view before = text.substr(copied, pos - copied);
        out.text.append(before);
        out_units += text::utf16_length(before);
        const std::size_t len = text::utf16_length(it->second);
        out.spans.emplace_back(out_units, out_units + len);
        out.text.append(it->second);
        out_units += len;
        copied = close + 1;
        pos = close + 1;
    }
    out.text.append(text.substr(copied));
    return out;
}

bool PseudonymStore::forget(std::string_view id) {
    return conversations_.erase(std::string(id)) > 0;
}

}  // namespace gardefou::pseudonyms
