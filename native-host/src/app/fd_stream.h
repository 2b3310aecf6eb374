// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <streambuf>

namespace gardefou::app {

/// A buffered std::streambuf over a POSIX file descriptor, for reading or writing binary
/// frames. The protocol's output stream owns the private duplicate of stdout (see
/// guard_stdout), so nothing else in the process can write to the browser's pipe.
class FdStreamBuf : public std::streambuf {
  public:
    explicit FdStreamBuf(int fd) : fd_(fd) {
        setg(in_.data(), in_.data(), in_.data());
        setp(out_.data(), out_.data() + out_.size());
    }
    FdStreamBuf(const FdStreamBuf&) = delete;
    FdStreamBuf& operator=(const FdStreamBuf&) = delete;
    FdStreamBuf(FdStreamBuf&&) = delete;
    FdStreamBuf& operator=(FdStreamBuf&&) = delete;
    ~FdStreamBuf() override { sync(); }

  protected:
    int_type underflow() override;
    std::streamsize xsgetn(char* s, std::streamsize n) override;
    int_type overflow(int_type ch) override;
    int sync() override;

  private:
    bool flush_out();
    int fd_;
    std::array<char, 65536> in_{};
    std::array<char, 65536> out_{};
};

/// Makes stdout safe for the protocol: duplicates the real stdout to a private descriptor
/// (returned), then points descriptor 1 at stderr, so a stray printf from any library lands in
/// the browser's log instead of corrupting a frame. Also puts stdin and stdout in binary mode
/// on Windows.
int guard_stdout();

}  // namespace gardefou::app
