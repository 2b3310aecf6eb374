// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// corpus_eval: measures the detection engine on an annotated corpus (tests/corpus/README.md).
//
//   corpus_eval FILE.jsonl [--min-recall R] [--min-precision P] [--max-false-alarms F] [--verbose]
//
// Prints recall per category, precision per category and overall, and the share of negative
// prompts (no annotated span) with any finding. Exits 1 when a threshold is not met.
// A gold span is found when a finding of the same category covers at least half of it; a
// finding is correct when at least half of it lies on a gold span of the same category.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "text/utf8.h"

namespace {

using gardefou::engine::Category;

struct Gold {
    Category category;
    std::size_t start;
    std::size_t end;
};

struct Tally {
    std::size_t gold = 0;
    std::size_t found = 0;
    std::size_t predicted = 0;
    std::size_t correct = 0;
};

std::size_t overlap(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    const std::size_t lo = std::max(a0, b0);
    const std::size_t hi = std::min(a1, b1);
    return hi > lo ? hi - lo : 0;
}

bool parse_gold(const nlohmann::json& item, std::vector<Gold>& gold) {
    const std::string& text = item.at("text").get_ref<const std::string&>();
    std::map<std::string, std::size_t> seen;
    for (const auto& span : item.at("spans")) {
        const auto category =
            gardefou::engine::category_from_name(span.at("category").get<std::string>());
        if (!category) return false;
        const std::string value = span.at("value");
        const std::size_t wanted = span.value("occurrence", seen[value] + 1);
        seen[value] = wanted;
        std::size_t pos = std::string::npos;
        std::size_t from = 0;
        for (std::size_t n = 0; n < wanted; ++n) {
            pos = text.find(value, from);
            if (pos == std::string::npos) return false;
            from = pos + 1;
        }
        const std::size_t start =
            gardefou::text::utf16_length(std::string_view(text).substr(0, pos));
        gold.push_back(Gold{*category, start, start + gardefou::text::utf16_length(value)});
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: corpus_eval FILE.jsonl [--min-recall R] [--min-precision P] "
                     "[--max-false-alarms F] [--verbose]\n";
        return 64;
    }
    double min_recall = 0;
    double min_precision = 0;
    double max_false_alarms = 1;
    bool verbose = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--verbose") {
            verbose = true;
        } else if (i + 1 < argc && a == "--min-recall") {
            min_recall = std::stod(argv[++i]);
        } else if (i + 1 < argc && a == "--min-precision") {
            min_precision = std::stod(argv[++i]);
        } else if (i + 1 < argc && a == "--max-false-alarms") {
            max_false_alarms = std::stod(argv[++i]);
        } else {
            std::cerr << "corpus_eval: unknown option " << a << '\n';
            return 64;
        }
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "corpus_eval: cannot open " << argv[1] << '\n';
        return 66;
    }
    const auto engine = gardefou::engine::Engine::build_default();
    std::map<Category, Tally> tally;
    std::size_t prompts = 0;
    std::size_t negatives = 0;
    std::size_t false_alarms = 0;
    double micros = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto item = nlohmann::json::parse(line);
        const std::string& text = item.at("text").get_ref<const std::string&>();
        const std::string id = item.value("id", "?");
        std::vector<Gold> gold;
        if (!parse_gold(item, gold)) {
            std::cerr << "corpus_eval: " << id << ": a span is not in the text\n";
            return 65;
        }
        ++prompts;
        const auto t0 = std::chrono::steady_clock::now();
        const auto findings = engine->scan(text);
        micros += std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                      .count();
        if (gold.empty()) {
            ++negatives;
            if (!findings.empty()) ++false_alarms;
        }
        for (const auto& g : gold) {
            auto& t = tally[g.category];
            ++t.gold;
            bool hit = false;
            for (const auto& f : findings) {
                if (f.category == g.category &&
                    2 * overlap(f.start, f.end, g.start, g.end) >= g.end - g.start) {
                    hit = true;
                }
            }
            if (hit) {
                ++t.found;
            } else if (verbose) {
                std::cout << "MISSED " << id << ' ' << category_name(g.category) << " \""
                          << text.substr(gardefou::text::byte_offset_of_utf16(text, g.start),
                                         gardefou::text::byte_offset_of_utf16(text, g.end) -
                                             gardefou::text::byte_offset_of_utf16(text, g.start))
                          << "\"\n";
            }
        }
        for (const auto& f : findings) {
            auto& t = tally[f.category];
            ++t.predicted;
            bool ok = false;
            for (const auto& g : gold) {
                if (f.category == g.category &&
                    2 * overlap(f.start, f.end, g.start, g.end) >= f.end - f.start) {
                    ok = true;
                }
            }
            if (ok) {
                ++t.correct;
            } else if (verbose) {
                const std::size_t b = gardefou::text::byte_offset_of_utf16(text, f.start);
                const std::size_t e = gardefou::text::byte_offset_of_utf16(text, f.end);
                std::cout << "FALSE  " << id << ' ' << category_name(f.category) << " \""
                          << text.substr(b, e - b) << "\" (" << f.rule << ")\n";
            }
        }
    }
    bool pass = true;
    std::size_t predicted = 0;
    std::size_t correct = 0;
    std::cout << std::left << std::setw(22) << "category" << std::setw(8) << "gold" << std::setw(9)
              << "recall" << std::setw(11) << "predicted"
              << "precision\n";
    for (const auto c : gardefou::engine::all_categories()) {
        const Tally& t = tally[c];
        predicted += t.predicted;
        correct += t.correct;
        const double recall =
            t.gold ? static_cast<double>(t.found) / static_cast<double>(t.gold) : 1.0;
        const double precision =
            t.predicted ? static_cast<double>(t.correct) / static_cast<double>(t.predicted) : 1.0;
        const bool ok = recall >= min_recall;
        pass = pass && ok;
        std::cout << std::left << std::setw(22) << category_name(c) << std::setw(8) << t.gold
                  << std::setw(9) << std::fixed << std::setprecision(3) << recall << std::setw(11)
                  << t.predicted << precision << (ok ? "" : "  < recall threshold") << '\n';
    }
    const double precision =
        predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 1.0;
    const double alarms =
        negatives ? static_cast<double>(false_alarms) / static_cast<double>(negatives) : 0.0;
    std::cout << "prompts " << prompts << ", negatives " << negatives << '\n'
              << "precision (all findings) " << precision << '\n'
              << "negative prompts with a finding " << alarms << " (" << false_alarms << ")\n"
              << "mean scan time " << std::setprecision(1) << micros / static_cast<double>(prompts)
              << " µs\n";
    if (precision < min_precision) {
        std::cout << "FAIL: precision below " << min_precision << '\n';
        pass = false;
    }
    if (alarms > max_false_alarms) {
        std::cout << "FAIL: false alarms above " << max_false_alarms << '\n';
        pass = false;
    }
    std::cout << (pass ? "PASS" : "FAIL") << '\n';
    return pass ? 0 : 1;
}
