// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "engine/engine.h"

#include "detectors/registry.h"
#include "text/tokens.h"

namespace gardefou::engine {

namespace {

// Touches every rule family once so that RE2 builds its lazy parts (reverse programs, first DFA
// states) and libphonenumber its metadata before the first real scan, not during it.
constexpr std::string_view kWarmUp =
    "Bonjour, je m'appelle Marie Dupont, née le 12/03/1954. Dr Martin, CHU de Rennes, "
    "laboratoire Cerballiance. Tél 06 12 34 56 78, +44 20 7946 0958, marie@example.fr, "
    "12 rue des Lilas, 35000 Rennes. Sécu 2 54 03 35 238 012 69, RPPS 10003879623, "
    "IBAN FR14 2004 1010 0505 0001 3M02 606, carte 4111 1111 1111 1111, NHS 943 476 5870, "
    "passeport 12AB34567. Hello, my name is John Smith, DOB 1950-03-03, SSN 536-90-4399.";

}  // namespace

std::unique_ptr<const Engine> Engine::build_default(Build when) {
    if (when == Build::now) {
        return std::make_unique<const Engine>(detectors::builtin_rules(),
                                              detectors::builtin_detectors());
    }
    auto parts = std::async(std::launch::async, [] {
        auto built = std::make_shared<const Parts>(detectors::builtin_rules(),
                                                   detectors::builtin_detectors());
        const text::NormalizedText normalized(kWarmUp);
        const auto tokens = text::tokenize(normalized.view());
        const ScanState state{normalized, tokens, Lang::fr};
        std::vector<Candidate> ignored;
        built->catalogue.find(state, ignored);
        for (const auto& d : built->detectors) d->find(state, ignored);
        return built;
    });
    return std::unique_ptr<const Engine>(new Engine(parts.share()));
}

Engine::Engine(std::vector<PatternRule> rules, std::vector<std::unique_ptr<Detector>> detectors) {
    std::promise<std::shared_ptr<const Parts>> ready;
    ready.set_value(std::make_shared<const Parts>(std::move(rules), std::move(detectors)));
    parts_ = ready.get_future().share();
}

Engine::Engine(std::shared_future<std::shared_ptr<const Parts>> parts) : parts_(std::move(parts)) {}

std::vector<Candidate> Engine::candidates(const ScanState& state) const {
    std::vector<Candidate> out;
    const Parts& p = parts();
    p.catalogue.find(state, out);
    for (const auto& d : p.detectors) d->find(state, out);
    return out;
}

std::vector<Finding> Engine::scan(std::string_view utf8, std::optional<Lang> lang,
                                  const Detector* extra, Lang* language_out) const {
    const text::NormalizedText normalized(utf8);
    const Parts& p = parts();
    text::Tokens tokens;
    Lang language = Lang::fr;
    std::vector<Candidate> detected;
    const auto words = [&] {
        tokens = text::tokenize(normalized.view());
        language = detect_language(tokens).value_or(lang.value_or(Lang::fr));
    };
    const auto names = [&] {
        const ScanState state{normalized, tokens, language};
        for (const auto& d : p.detectors) d->find(state, detected);
    };
    std::vector<Candidate> all;
    if (normalized.view().size() < kParallelBytes) {
        words();
        names();
        const ScanState state{normalized, tokens, language};
        p.catalogue.score(state, p.catalogue.match(normalized.view()), all);
    } else {
        // A long text on two threads. The patterns need only the text, so this thread runs them
        // while the other cuts the text into words and looks for names; the pattern matches are
        // then scored with the words. The candidates are joined in the same order as above, so
        // the findings are exactly the same.
        std::promise<void> words_ready;
        auto ready = words_ready.get_future();
        auto other = std::async(std::launch::async, [&] {
            try {
                words();
            } catch (...) {
                words_ready.set_exception(std::current_exception());
                return;
            }
            words_ready.set_value();
            names();
        });
        const auto hits = p.catalogue.match(normalized.view());
        ready.get();
        const ScanState state{normalized, tokens, language};
        p.catalogue.score(state, hits, all);
        other.get();
    }
    if (language_out != nullptr) *language_out = language;
    const ScanState state{normalized, tokens, language};
    // Pattern candidates first, then the name detectors', then the session's own patterns.
    all.insert(all.end(), detected.begin(), detected.end());
    if (extra != nullptr) extra->find(state, all);
    auto kept = resolve_overlaps(std::move(all));
    std::vector<Finding> findings;
    findings.reserve(kept.size());
    for (const auto& c : kept) {
        const auto span = normalized.to_utf16(c.begin, c.end);
        findings.push_back(
            {c.category, span.start, span.end, c.score, c.validated, std::string(c.rule)});
    }
    return findings;
}

Lang text_language(std::string_view utf8, std::optional<Lang> hint) {
    const text::NormalizedText normalized(utf8);
    return detect_language(text::tokenize(normalized.view())).value_or(hint.value_or(Lang::fr));
}

}  // namespace gardefou::engine
