// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

Reply handle_redact(const Request& request, Services& services) {
    const auto& text = request.string("text");
    const auto& conversation = request.string("conversation");
    engine::Lang lang = engine::Lang::fr;
    const auto findings = services.engine.scan(text, request.lang(), services.custom.get(), &lang);
    const auto redacted = services.store.redact(conversation, text, findings, lang);
    nlohmann::json replacements = nlohmann::json::array();
    for (const auto& r : redacted.replacements) {
        replacements.push_back({{"start", r.start},
                                {"end", r.end},
                                {"category", engine::category_name(r.category)},
                                {"placeholder", r.placeholder}});
    }
    return nlohmann::json{{"text", redacted.text}, {"replacements", std::move(replacements)}};
}

}  // namespace gardefou::protocol
