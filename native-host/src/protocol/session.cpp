// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/session.h"

#include <spdlog/spdlog.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "protocol/dispatcher.h"
#include "protocol/framing.h"

namespace gardefou::protocol {

namespace {

/// After a large request, drops the frame buffer and hands the freed memory back to the system:
/// the host lives as long as the browser, and a pasted document should not leave it tens of
/// megabytes heavier.
void release_memory_after(std::string& frame) {
    if (frame.size() < std::size_t{256} * 1024U) return;
    std::string().swap(frame);
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

}  // namespace

int run_session(std::istream& in, std::ostream& out, Services& services) {
    std::string frame;
    std::size_t requests = 0;
    for (;;) {
        switch (read_frame(in, frame)) {
            case ReadStatus::ok:
                ++requests;
                write_frame(out, answer(frame, services));
                release_memory_after(frame);
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
