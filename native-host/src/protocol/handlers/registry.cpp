// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <array>

#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

std::span<const HandlerEntry> handlers() {
    static constexpr std::array<HandlerEntry, 8> kHandlers{{
        {"hello", handle_hello},
        {"scan", handle_scan},
        {"redact", handle_redact},
        {"restore", handle_restore},
        {"forget", handle_forget},
        {"configure", handle_configure},
        {"analyze_answer", handle_analyze_answer},
        {"match_reference", handle_match_reference},
    }};
    return kHandlers;
}

}  // namespace gardefou::protocol
