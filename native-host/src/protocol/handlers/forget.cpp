// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

Reply handle_forget(const Request& request, Services& services) {
    return nlohmann::json{{"forgotten", services.store.forget(request.string("conversation"))}};
}

}  // namespace gardefou::protocol
