// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

Reply handle_hello(const Request& /*request*/, Services& services) {
    nlohmann::json categories = nlohmann::json::array();
    for (const auto c : engine::all_categories()) categories.push_back(engine::category_name(c));
    nlohmann::json types = nlohmann::json::array();
    for (const auto& entry : handlers()) types.push_back(entry.type);
    return nlohmann::json{{"name", "gardefou-host"},
                          {"version", services.version},
                          {"protocol", 1},
                          {"categories", std::move(categories)},
                          {"types", std::move(types)}};
}

}  // namespace gardefou::protocol
