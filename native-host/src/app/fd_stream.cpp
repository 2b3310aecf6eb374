// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "app/fd_stream.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#define GARDEFOU_READ _read
#define GARDEFOU_WRITE _write
#define GARDEFOU_DUP _dup
#define GARDEFOU_DUP2 _dup2
#else
#include <unistd.h>
#define GARDEFOU_READ ::read
#define GARDEFOU_WRITE ::write
#define GARDEFOU_DUP ::dup
#define GARDEFOU_DUP2 ::dup2
#endif

namespace gardefou::app {

FdStreamBuf::int_type FdStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    for (;;) {
        const auto n = GARDEFOU_READ(fd_, in_.data(), static_cast<unsigned>(in_.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return traits_type::eof();
        setg(in_.data(), in_.data(), in_.data() + n);
        return traits_type::to_int_type(*gptr());
    }
}

std::streamsize FdStreamBuf::xsgetn(char* s, std::streamsize n) {
    std::streamsize done = 0;
    // Serve what the buffer holds, then read large remainders straight into the caller's memory.
    while (done < n) {
        const std::streamsize buffered = egptr() - gptr();
        if (buffered > 0) {
            const std::streamsize take = std::min(buffered, n - done);
            std::memcpy(s + done, gptr(), static_cast<std::size_t>(take));
            gbump(static_cast<int>(take));
            done += take;
            continue;
        }
        if (n - done >= static_cast<std::streamsize>(in_.size())) {
            const auto got = GARDEFOU_READ(fd_, s + done, static_cast<unsigned>(n - done));
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) break;
            done += got;
            continue;
        }
        if (traits_type::eq_int_type(underflow(), traits_type::eof())) break;
    }
    return done;
}

bool FdStreamBuf::flush_out() {
    const char* p = pbase();
    while (p < pptr()) {
        const auto n = GARDEFOU_WRITE(fd_, p, static_cast<unsigned>(pptr() - p));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
    }
    setp(out_.data(), out_.data() + out_.size());
    return true;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
    if (!flush_out()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(ch);
        pbump(1);
    }
    return traits_type::not_eof(ch);
}

int FdStreamBuf::sync() {
    return flush_out() ? 0 : -1;
}

int guard_stdout() {
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    const int protocol_fd = GARDEFOU_DUP(1);
    if (protocol_fd < 0) return 1;
    GARDEFOU_DUP2(2, 1);
    return protocol_fd;
}

}  // namespace gardefou::app
