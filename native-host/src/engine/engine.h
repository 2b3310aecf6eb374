// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/catalogue.h"
#include "engine/detector.h"
#include "engine/finding.h"

namespace gardefou::engine {

/// Findings below this score are not reported.
inline constexpr double kReportThreshold = 0.5;

/// The detection engine: every detector compiled once at start-up, immutable afterwards, safe to
/// share between threads. A scan allocates only its own per-call state.
class Engine {
  public:
    /// When the built-in detectors are compiled.
    enum class Build {
        now,         // before build_default returns
        background,  // on a thread of its own: the host answers `hello` at once, and the first
                     // scan waits for the compilation to finish
    };

    /// The built-in detectors (detectors/registry.cpp). Throws PatternError if a built-in rule
    /// does not compile (a bug caught by the tests); with Build::background, the first scan
    /// throws it instead.
    static std::unique_ptr<const Engine> build_default(Build when = Build::now);

    /// An engine from explicit parts (tests, custom detectors).
    Engine(std::vector<PatternRule> rules, std::vector<std::unique_ptr<Detector>> detectors);

    /// Finds identifying data in `utf8` (any length; invalid bytes count as U+FFFD).
    /// Findings are sorted by start, never overlap, have score >= kReportThreshold and UTF-16
    /// offsets into `utf8`. The text's own words decide its language; `lang` is the hint used
    /// when they do not tell.
    /// `extra`, when given, adds its candidates (a session's custom detectors).
    /// `language_out`, when given, receives the language decided (what text_language() would say,
    /// without cutting the text into words a second time).
    [[nodiscard]] std::vector<Finding> scan(std::string_view utf8,
                                            std::optional<Lang> lang = std::nullopt,
                                            const Detector* extra = nullptr,
                                            Lang* language_out = nullptr) const;

    /// Same, with the candidates before overlap resolution kept in byte offsets of the
    /// normalised text (for tests and the redaction of the normalised text).
    [[nodiscard]] std::vector<Candidate> candidates(const ScanState& state) const;

  private:
    struct Parts {
        Parts(std::vector<PatternRule> rules, std::vector<std::unique_ptr<Detector>> d)
            : catalogue(std::move(rules)), detectors(std::move(d)) {}
        Catalogue catalogue;
        std::vector<std::unique_ptr<Detector>> detectors;
    };
    explicit Engine(std::shared_future<std::shared_ptr<const Parts>> parts);
    [[nodiscard]] const Parts& parts() const { return *parts_.get(); }

    std::shared_future<std::shared_ptr<const Parts>> parts_;
};

/// From this many bytes on, a scan runs the patterns on one thread and the tokens, language and
/// name detectors on another (same findings; below it, a thread would cost more than it saves).
inline constexpr std::size_t kParallelBytes = std::size_t{64} * 1024;

/// Keeps the best of overlapping candidates (score, then validated, then length), and returns
/// the kept ones sorted by begin.
std::vector<Candidate> resolve_overlaps(std::vector<Candidate> candidates);

/// French or English from common words; nullopt when the words do not tell (a short text).
std::optional<Lang> detect_language(const std::vector<text::Token>& tokens);

/// detect_language, French when unsure.
Lang guess_language(const std::vector<text::Token>& tokens);

/// The language of a text for its placeholders: what its words say, else the client's hint
/// (the browser's language), else French.
Lang text_language(std::string_view utf8, std::optional<Lang> hint);

}  // namespace gardefou::engine
