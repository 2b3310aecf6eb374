// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

nlohmann::json findings_to_json(const std::vector<engine::Finding>& findings) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : findings) {
        out.push_back({{"category", engine::category_name(f.category)},
                       {"start", f.start},
                       {"end", f.end},
                       {"score", std::round(f.score * 100.0) / 100.0},
                       {"validated", f.validated},
                       {"rule", f.rule}});
    }
    return out;
}

nlohmann::json handle_scan(const Request& request, Services& services) {
    const auto& text = request.string("text");
    return {{"findings",
             findings_to_json(services.engine.scan(text, request.lang(), services.custom.get()))}};
}

}  // namespace gardefou::protocol
