// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace gardefou::protocol {

/// Largest request accepted: 64 MiB (what Chrome sends at most).
inline constexpr std::uint32_t kMaxRequestBytes = 64U * 1024U * 1024U;
/// Largest response the browsers accept: 1 MiB.
inline constexpr std::size_t kMaxResponseBytes = std::size_t{1024} * 1024;

enum class ReadStatus {
    ok,         // `body` holds one frame
    eof,        // clean end of input before a new frame
    truncated,  // input ended inside a length prefix or a body
    too_large,  // the declared length exceeds the limit; nothing more can be read safely
};

/// Reads one frame: a 4-byte unsigned length in native byte order, then that many bytes.
/// Reads exactly the declared length (never more), so pipelined frames stay intact.
ReadStatus read_frame(std::istream& in, std::string& body,
                      std::uint32_t max_bytes = kMaxRequestBytes);

/// Writes one frame (length prefix + body) and flushes. Precondition: body.size() fits in 32 bits.
void write_frame(std::ostream& out, std::string_view body);

}  // namespace gardefou::protocol
