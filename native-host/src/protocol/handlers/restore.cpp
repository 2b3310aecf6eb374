// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

Reply handle_restore(const Request& request, Services& services) {
    const auto restored =
        services.store.restore(request.string("conversation"), request.string("text"));
    nlohmann::json spans = nlohmann::json::array();
    for (const auto& [start, end] : restored.spans)
        spans.push_back({{"start", start}, {"end", end}});
    return nlohmann::json{{"text", restored.text}, {"restored", std::move(spans)}};
}

}  // namespace gardefou::protocol
