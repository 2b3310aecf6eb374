// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

#include "protocol/reply.h"
#include "protocol/request.h"
#include "protocol/services.h"

namespace gardefou::protocol {

/// A handler returns the result members of a successful response (the dispatcher adds id, type
/// and ok), or throws ProtocolError.
using Handler = Reply (*)(const Request& request, Services& services);

struct HandlerEntry {
    std::string_view type;
    Handler handler;
};

/// Every request type this host answers: the one list (handlers/registry.cpp).
std::span<const HandlerEntry> handlers();

// One file per request type.
Reply handle_hello(const Request& request, Services& services);
Reply handle_scan(const Request& request, Services& services);
Reply handle_redact(const Request& request, Services& services);
Reply handle_restore(const Request& request, Services& services);
Reply handle_forget(const Request& request, Services& services);
Reply handle_configure(const Request& request, Services& services);
Reply handle_analyze_answer(const Request& request, Services& services);
Reply handle_match_reference(const Request& request, Services& services);

/// The JSON of findings, shared by scan and the command line.
nlohmann::json findings_to_json(const std::vector<engine::Finding>& findings);

}  // namespace gardefou::protocol
