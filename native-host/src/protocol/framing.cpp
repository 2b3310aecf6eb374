// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/framing.h"

#include <cstring>

namespace gardefou::protocol {

ReadStatus read_frame(std::istream& in, std::string& body, std::uint32_t max_bytes) {
    char prefix[sizeof(std::uint32_t)];
    in.read(prefix, sizeof prefix);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) return ReadStatus::eof;
    if (got < sizeof prefix) return ReadStatus::truncated;
    std::uint32_t length = 0;
    std::memcpy(&length, prefix, sizeof length);  // native byte order
    if (length > max_bytes) return ReadStatus::too_large;
    body.resize(length);
    if (length == 0) return ReadStatus::ok;
    in.read(body.data(), static_cast<std::streamsize>(length));
    if (static_cast<std::uint32_t>(in.gcount()) != length) return ReadStatus::truncated;
    return ReadStatus::ok;
}

void write_frame(std::ostream& out, std::string_view body) {
    const auto length = static_cast<std::uint32_t>(body.size());
    char prefix[sizeof length];
    std::memcpy(prefix, &length, sizeof length);
    out.write(prefix, sizeof prefix);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    out.flush();
}

}  // namespace gardefou::protocol
