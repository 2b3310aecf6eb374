// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gardefou::text {

/// A UTF-16 span [start, end) into the text the client sent.
struct Utf16Span {
    std::size_t start;
    std::size_t end;
};

/// The text the detectors read, with typing noise taken out, and the way back to the original.
///
/// Normalisation keeps letters, case and accents, and changes only what people type by accident
/// or by habit: zero-width characters and soft hyphens are removed; non-breaking, narrow and other
/// Unicode spaces become ' ' (line breaks stay); full-width ASCII (０６…) becomes ASCII;
/// typographic apostrophes become '\''; Unicode dashes and minus become '-'.
///
/// Every byte of the normalised text remembers the UTF-16 range of the original character it came
/// from, so a span found in the normalised text maps back to exact offsets into the original
/// string (which is what a JavaScript client indexes).
class NormalizedText {
  public:
    explicit NormalizedText(std::string_view original);

    /// The normalised UTF-8 text.
    [[nodiscard]] const std::string& str() const { return text_; }
    [[nodiscard]] std::string_view view() const { return text_; }
    [[nodiscard]] std::size_t size() const { return text_.size(); }

    /// Maps the normalised byte range [begin, end) (begin < end <= size()) to UTF-16 offsets in
    /// the original text.
    [[nodiscard]] Utf16Span to_utf16(std::size_t begin, std::size_t end) const;

    /// True when normalisation changed nothing (the common case); offsets are then computed
    /// from a sparse table instead of per-byte ones.
    [[nodiscard]] bool identical() const { return mode_ != Mode::mapped; }

  private:
    enum class Mode : std::uint8_t {
        ascii,   // pure ASCII, unchanged: a byte is a UTF-16 unit
        same,    // valid UTF-8, unchanged: UTF-16 offsets counted from checkpoints
        mapped,  // changed (or invalid UTF-8): per-byte tables
    };
    static constexpr std::size_t kCheckpointBytes = 64;
    [[nodiscard]] std::size_t units_before(std::size_t byte) const;
    void build_mapped(std::string_view original);

    std::string text_;
    Mode mode_ = Mode::ascii;
    // Mode::same: UTF-16 units before the first character boundary at or after k * 64 bytes.
    std::vector<std::uint32_t> checkpoints_;
    // Mode::mapped: for each byte of text_, the UTF-16 offsets where its original character
    // starts and ends.
    std::vector<std::uint32_t> start_;
    std::vector<std::uint32_t> end_;
};

/// Lower case without accents, for lexicon and context-word look-ups: "Éléonore" → "eleonore",
/// "ŒUF" → "oeuf", "N'Diaye" → "n'diaye". Non-Latin letters are lower-cased and kept.
std::string fold(std::string_view utf8);

/// Appends fold(cp) to out.
void append_folded(std::string& out, char32_t cp);

/// Unicode letter / decimal digit / upper-case tests (ICU).
bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_mark(char32_t cp);

}  // namespace gardefou::text
