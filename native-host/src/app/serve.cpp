// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <spdlog/spdlog.h>

#include <chrono>
#include <istream>
#include <ostream>

#include "app/commands.h"
#include "app/fd_stream.h"
#include "engine/engine.h"
#include "gardefou/version.h"
#include "protocol/session.h"
#include "pseudonyms/pseudonym_store.h"
#include "validators/phone.h"

namespace gardefou::app {

int serve() {
    const int protocol_fd = guard_stdout();
    const auto started = std::chrono::steady_clock::now();
    validators::warm_up_phone_metadata();
    const auto engine = engine::Engine::build_default(engine::Engine::Build::background);
    spdlog::info("version {} answering after {} µs (detectors compile in the background)", kVersion,
                 std::chrono::duration_cast<std::chrono::microseconds>(
                     std::chrono::steady_clock::now() - started)
                     .count());
    pseudonyms::PseudonymStore store;
    protocol::Services services{*engine, store, kVersion};
    FdStreamBuf in_buf(0);
    FdStreamBuf out_buf(protocol_fd);
    std::istream in(&in_buf);
    std::ostream out(&out_buf);
    return protocol::run_session(in, out, services);
}

}  // namespace gardefou::app
