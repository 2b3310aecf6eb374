// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as the host's stdin (framing + JSON + dispatch). Every
// response must be a well-formed frame of valid JSON no larger than 1 MiB.
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "engine/engine.h"
#include "protocol/framing.h"
#include "protocol/session.h"
#include "pseudonyms/pseudonym_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto engine = gardefou::engine::Engine::build_default();
    gardefou::pseudonyms::PseudonymStore store;
    gardefou::protocol::Services services{*engine, store, "fuzz"};
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out;
    const int code = gardefou::protocol::run_session(in, out, services);
    if (code != gardefou::protocol::kExitOk && code != gardefou::protocol::kExitBrokenStream) {
        __builtin_trap();
    }
    std::istringstream responses(out.str());
    std::string body;
    while (gardefou::protocol::read_frame(responses, body) == gardefou::protocol::ReadStatus::ok) {
        if (body.size() > gardefou::protocol::kMaxResponseBytes) __builtin_trap();
        const auto parsed = nlohmann::json::parse(body, nullptr, false);
        if (parsed.is_discarded() || !parsed.contains("ok")) __builtin_trap();
    }
    return 0;
}
