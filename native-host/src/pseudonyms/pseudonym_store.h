// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/category.h"
#include "engine/finding.h"

namespace gardefou::pseudonyms {

struct Replacement {
    std::size_t start;  // UTF-16 offsets into the redacted text
    std::size_t end;
    engine::Category category;
    std::string placeholder;
};

struct Redacted {
    std::string text;
    std::vector<Replacement> replacements;
};

struct Restored {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // UTF-16, into the restored text
};

/// The placeholder tables of every conversation, in memory only (never written anywhere).
///
/// Within a conversation the same value always gets the same placeholder ("[NOM 1]"), whatever
/// its case, accents, spacing or separators; a new value gets the next number of its category.
/// The number of conversations is bounded: beyond kMaxConversations the least recently used one
/// is forgotten.
class PseudonymStore {
  public:
    static constexpr std::size_t kMaxConversations = 256;
    static constexpr std::size_t kMaxEntries = 10000;  // per conversation

    /// Replaces each finding (sorted, non-overlapping, UTF-16 offsets into `text`) with its
    /// placeholder. `lang` picks the labels of a conversation's first placeholders; later calls
    /// keep the conversation's language so placeholders stay stable.
    Redacted redact(std::string_view conversation, std::string_view text,
                    const std::vector<engine::Finding>& findings, engine::Lang lang);

    /// Puts the original values back in place of this conversation's placeholders.
    Restored restore(std::string_view conversation, std::string_view text);

    /// Drops a conversation's table. Returns whether it existed.
    bool forget(std::string_view conversation);

    [[nodiscard]] std::size_t conversation_count() const { return conversations_.size(); }

  private:
    struct Conversation {
        engine::Lang lang = engine::Lang::fr;
        std::unordered_map<std::string, std::string> placeholder_of;  // value key → placeholder
        std::unordered_map<std::string, std::string> original_of;     // placeholder key → value
        std::map<engine::Category, std::size_t> counters;
        std::size_t last_used = 0;
    };
    Conversation& conversation(std::string_view id, engine::Lang lang);

    std::unordered_map<std::string, Conversation> conversations_;
    std::size_t clock_ = 0;
};

/// How two values are compared: folded, letters and digits only ("06 12" = "0612").
std::string value_key(engine::Category category, std::string_view value);

/// How placeholders are recognised in an answer: folded, spaces collapsed ("[Nom  1]" = "nom 1").
std::string placeholder_key(std::string_view inside_brackets);

}  // namespace gardefou::pseudonyms
