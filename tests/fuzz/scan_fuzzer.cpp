// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes (valid UTF-8 or not) through Engine::scan and redaction.
// Findings must be sorted, non-overlapping, within the text's UTF-16 length, scored in 0..1.
#include <cstdint>
#include <string>

#include "engine/engine.h"
#include "pseudonyms/pseudonym_store.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto engine = gardefou::engine::Engine::build_default();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto findings = engine->scan(text);
    const std::size_t units = gardefou::text::utf16_length(text);
    std::size_t previous_end = 0;
    for (const auto& f : findings) {
        if (f.start >= f.end || f.end > units || f.start < previous_end) __builtin_trap();
        if (f.score < 0.0 || f.score > 1.0) __builtin_trap();
        previous_end = f.end;
    }
    gardefou::pseudonyms::PseudonymStore store;
    const auto redacted = store.redact("fuzz", text, findings, gardefou::engine::Lang::fr);
    const auto restored = store.restore("fuzz", redacted.text);
    (void)restored;
    return 0;
}
