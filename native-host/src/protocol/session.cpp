// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/session.h"

#include <spdlog/spdlog.h>

#include "protocol/dispatcher.h"
#include "protocol/framing.h"

namespace gardefou::protocol {

int run_session(std::istream& in, std::ostream& out, Services& services) {
    std::string frame;
    std::size_t requests = 0;
    for (;;) {
        switch (read_frame(in, frame)) {
            case ReadStatus::ok:
                ++requests;
                write_frame(out, answer(frame, services));
                if (!out) {
                    spdlog::error("cannot write to the browser any more; stopping");
                    return kExitBrokenStream;
                }
                break;
            case ReadStatus::eof:
                spdlog::info("the browser closed the connection after {} requests", requests);
                return kExitOk;
            case ReadStatus::truncated:
                spdlog::error("the input ended in the middle of a message; stopping");
                return kExitBrokenStream;
            case ReadStatus::too_large:
                spdlog::error(
                    "a message declared more than 64 MiB; the stream cannot be "
                    "resynchronised, stopping");
                write_frame(out, error_response(nullptr, nullptr, "too_large",
                                                "The message exceeds the 64 MiB limit.")
                                     .dump());
                return kExitBrokenStream;
        }
    }
}

}  // namespace gardefou::protocol
