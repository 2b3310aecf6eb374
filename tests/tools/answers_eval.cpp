// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Evaluates the answer analysis (analyze_answer) on an annotated corpus of chatbot answers
// (tests/corpus/answers*.jsonl) and exits non-zero below the thresholds of issue 4.
//
//   answers_eval [--verbose] [--report] FILE.jsonl   (--report: print the figures, never fail)
//
// A found source counts when it has the annotated kind and overlaps the annotated value; a
// found claim when it has the annotated kind and overlaps the annotated sentence. A false claim
// is a found claim that overlaps no annotated claim.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "answers/analysis.h"
#include "text/utf8.h"

namespace {

using gardefou::answers::Analysis;

constexpr double kMinHealthAccuracy = 0.95;
constexpr double kMinSourceRecall = 0.95;
constexpr double kMinClaimRecall = 0.85;
constexpr double kMaxFalseClaimsPer20 = 1.0;

struct Expected {
    std::string kind;
    std::size_t start;  // UTF-16
    std::size_t end;
    std::string value;
};

struct Totals {
    int answers = 0;
    int health_right = 0;
    int sources = 0;
    int sources_found = 0;
    int claims = 0;
    int claims_found = 0;
    int false_claims = 0;
    int extra_sources = 0;  // found where nothing is annotated (reported, not gating)
};

std::vector<Expected> expected_spans(const std::string& text, const nlohmann::json& list,
                                     const std::string& id) {
    std::vector<Expected> out;
    for (const auto& item : list) {
        const auto value = item.at("value").get<std::string>();
        const auto at = text.find(value);
        if (at == std::string::npos) {
            throw std::runtime_error(id + ": annotated value not in text: " + value);
        }
        const auto start = gardefou::text::utf16_length(std::string_view(text).substr(0, at));
        out.push_back({item.at("kind").get<std::string>(), start,
                       start + gardefou::text::utf16_length(value), value});
    }
    return out;
}

bool overlaps(std::size_t a, std::size_t b, std::size_t c, std::size_t d) {
    return a < d && c < b;
}

/// How many of the found items (claims or sources) overlap no annotation; each is printed when
/// `id` is not empty ("dev-x-en-01: false claim (diagnosis): …").
template <typename Found, typename KindName>
int count_unannotated(const std::vector<Found>& found, const std::vector<Expected>& expected,
                      const std::string& text, const std::string& id, const char* label,
                      KindName kind_name) {
    int count = 0;
    for (const auto& f : found) {
        bool annotated = false;
        for (const auto& e : expected)
            annotated = annotated || overlaps(f.span.start, f.span.end, e.start, e.end);
        if (annotated) continue;
        ++count;
        if (!id.empty()) {
            const auto b = gardefou::text::byte_offset_of_utf16(text, f.span.start);
            const auto e = gardefou::text::byte_offset_of_utf16(text, f.span.end);
            std::cout << id << ": " << label << " (" << kind_name(f.kind)
                      << "): " << text.substr(b, e - b) << "\n";
        }
    }
    return count;
}

void evaluate(const nlohmann::json& record, Totals& t, bool verbose) {
    namespace answers = gardefou::answers;
    const auto id = record.at("id").get<std::string>();
    const auto text = record.at("text").get<std::string>();
    const auto prompt = record.value("prompt", std::string());
    answers::AnalyzeOptions options;
    options.prompt = prompt;
    const Analysis a = answers::analyze(text, options);

    ++t.answers;
    const bool health = record.at("health").get<bool>();
    if (a.health.health == health) {
        ++t.health_right;
    } else if (verbose) {
        std::cout << id << ": health " << a.health.health << " (score " << a.health.score
                  << "), expected " << health << "\n";
    }
    const auto sources = expected_spans(text, record.at("sources"), id);
    t.extra_sources += count_unannotated(a.sources, sources, text, verbose ? id : "",
                                         "extra source", answers::source_kind_name);
    for (const auto& e : sources) {
        ++t.sources;
        bool found = false;
        for (const auto& s : a.sources) {
            found = found || (answers::source_kind_name(s.kind) == e.kind &&
                              overlaps(s.span.start, s.span.end, e.start, e.end));
        }
        if (found) {
            ++t.sources_found;
        } else if (verbose) {
            std::cout << id << ": source missed (" << e.kind << "): " << e.value << "\n";
        }
    }
    const auto claims = expected_spans(text, record.at("claims"), id);
    for (const auto& e : claims) {
        ++t.claims;
        bool found = false;
        for (const auto& c : a.claims) {
            found = found || (answers::claim_kind_name(c.kind) == e.kind &&
                              overlaps(c.span.start, c.span.end, e.start, e.end));
        }
        if (found) {
            ++t.claims_found;
        } else if (verbose) {
            std::cout << id << ": claim missed (" << e.kind << "): " << e.value << "\n";
        }
    }
    t.false_claims += count_unannotated(a.claims, claims, text, verbose ? id : "", "false claim",
                                        answers::claim_kind_name);
}

double ratio(int n, int d) {
    return d == 0 ? 1.0 : static_cast<double>(n) / d;
}

}  // namespace

int main(int argc, char** argv) {
    bool verbose = false;
    bool report_only = false;
    std::string path;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--verbose" || arg == "-v") {
            verbose = true;
        } else if (arg == "--report") {
            report_only = true;
        } else {
            path = arg;
        }
    }
    if (path.empty()) {
        std::cerr << "usage: answers_eval [--verbose] [--report] FILE.jsonl\n";
        return 2;
    }
    std::ifstream in(path);
    if (!in) {
        std::cerr << "answers_eval: cannot read " << path << "\n";
        return 2;
    }
    Totals t;
    try {
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty()) evaluate(nlohmann::json::parse(line), t, verbose);
        }
    } catch (const std::exception& e) {
        std::cerr << "answers_eval: " << e.what() << "\n";
        return 2;
    }
    const double health = ratio(t.health_right, t.answers);
    const double sources = ratio(t.sources_found, t.sources);
    const double claims = ratio(t.claims_found, t.claims);
    const double false_per_20 = t.answers == 0 ? 0.0 : 20.0 * t.false_claims / t.answers;
    std::printf("%s: %d answers\n", path.c_str(), t.answers);
    std::printf("  health accuracy   %.3f (%d/%d, min %.2f)\n", health, t.health_right, t.answers,
                kMinHealthAccuracy);
    std::printf("  sources found     %.3f (%d/%d, min %.2f)\n", sources, t.sources_found, t.sources,
                kMinSourceRecall);
    std::printf("  extra sources     %d (found, not annotated; reported only)\n", t.extra_sources);
    std::printf("  claims found      %.3f (%d/%d, min %.2f)\n", claims, t.claims_found, t.claims,
                kMinClaimRecall);
    std::printf("  false claims      %.2f per 20 answers (%d, max %.0f)\n", false_per_20,
                t.false_claims, kMaxFalseClaimsPer20);
    const bool pass = health >= kMinHealthAccuracy && sources >= kMinSourceRecall &&
                      claims >= kMinClaimRecall && false_per_20 <= kMaxFalseClaimsPer20;
    std::printf("  %s%s\n", pass ? "PASS" : "FAIL", report_only ? " (report only)" : "");
    return pass || report_only ? 0 : 1;
}
