// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/errors.h"
#include "protocol/framing.h"
#include "protocol/handlers/handlers.h"
#include "protocol/json_text.h"

namespace gardefou::protocol {

namespace {

/// A lower bound of the serialised size of the findings: when even that exceeds the browsers'
/// limit, the answer is too_large without building thousands of JSON objects first.
std::size_t minimum_json_bytes(const std::vector<engine::Finding>& findings) {
    std::size_t bytes = 0;
    for (const auto& f : findings) {
        // {"category":"…","end":N,"rule":"…","score":N,"start":N,"validated":false} ≥ 70 + names
        bytes += 70 + engine::category_name(f.category).size() + f.rule.size();
    }
    return bytes;
}

}  // namespace

nlohmann::json findings_to_json(const std::vector<engine::Finding>& findings) {
    return nlohmann::json::parse(findings_json(findings));
}

Reply handle_scan(const Request& request, Services& services) {
    const auto& text = request.string("text");
    const auto findings = services.engine.scan(text, request.lang(), services.custom.get());
    if (minimum_json_bytes(findings) > kMaxResponseBytes) {
        throw ProtocolError(
            ErrorCode::too_large,
            "The answer would exceed the browsers' 1 MiB limit; send a shorter text.");
    }
    Reply reply(nlohmann::json::object());
    reply.raw.emplace_back("findings", findings_json(findings));
    return reply;
}

}  // namespace gardefou::protocol
