// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/health.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "text/tokens.h"

namespace gardefou::answers {

namespace {

struct Word {
    std::string key;
    bool prefix;
};

struct CompiledTerm {
    std::vector<Word> words;
    double weight;
};

struct CompiledLexicon {
    std::vector<CompiledTerm> terms;
    // Term indexes by the first byte of their first word, in lexicon order: a token is only
    // compared with the terms that can start with it.
    std::array<std::vector<std::size_t>, 256> by_first_byte;
};

/// The lexicon split into words once.
const CompiledLexicon& compiled_lexicon() {
    static const CompiledLexicon kLexicon = [] {
        CompiledLexicon lexicon;
        auto& terms = lexicon.terms;
        for (const auto& t : health_lexicon()) {
            CompiledTerm c{{}, t.weight};
            std::string_view rest = t.phrase;
            while (!rest.empty()) {
                const auto space = rest.find(' ');
                std::string_view w = rest.substr(0, space);
                const bool prefix = !w.empty() && w.back() == '*';
                if (prefix) w.remove_suffix(1);
                c.words.push_back({std::string(w), prefix});
                rest =
                    space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
            }
            if (c.words.empty() || c.words.front().key.empty()) continue;
            const auto first = static_cast<unsigned char>(c.words.front().key.front());
            lexicon.by_first_byte.at(first).push_back(terms.size());
            terms.push_back(std::move(c));
        }
        return lexicon;
    }();
    return kLexicon;
}

bool word_matches(const Word& w, std::string_view key) {
    if (w.prefix) return key.size() >= w.key.size() && key.substr(0, w.key.size()) == w.key;
    return key == w.key;
}

/// A Roman numeral from II to XXX, as kings and popes are numbered.
bool is_regnal_numeral(std::string_view k) {
    if (k.size() < 2 || k.size() > 5) return false;
    return k.find_first_not_of("ivx") == std::string_view::npos && k != "vi" && k != "xi";
}

/// Words that number things in medicine ("type II", "stade III", "Phase III", "classe IV").
bool numbers_a_class(std::string_view k) {
    static constexpr auto kWords = std::to_array<std::string_view>({
        "type",  "stade",   "stage",    "phase",   "grade", "class",   "classe", "niveau", "level",
        "titre", "title",   "chapitre", "chapter", "tome",  "volume",  "partie", "part",   "annexe",
        "annex", "article", "section",  "groupe",  "group", "facteur", "factor", "degre",  "degree",
    });
    return std::find(kWords.begin(), kWords.end(), k) != kWords.end();
}

/// History borrows the words of medicine ("De quoi est mort Louis XIV ?", "What illness did
/// King George III have?"): a ruler's name with its numeral weighs -2 and a year from 1000 to
/// 1899 weighs -0.8, each at most three times.
double history_weight(const text::Tokens& tokens) {
    int rulers = 0;
    int years = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        if (t.is(text::Token::kNumber) && t.key.size() == 4 && t.key >= "1000" && t.key <= "1899") {
            years = std::min(years + 1, 3);
        } else if (i > 0 && t.is(text::Token::kAllCaps) && is_regnal_numeral(t.key) &&
                   tokens[i - 1].is(text::Token::kCapitalized) &&
                   !tokens[i - 1].is(text::Token::kAllCaps) &&
                   !numbers_a_class(tokens[i - 1].key)) {
            rulers = std::min(rulers + 1, 3);
        }
    }
    return -2.0 * rulers - 0.8 * years;
}

}  // namespace

double topic_weight(std::string_view utf8) {
    const text::NormalizedText nt(utf8);
    const auto tokens = text::tokenize(nt.view());
    const auto& lexicon = compiled_lexicon();
    const auto& terms = lexicon.terms;
    std::vector<int> hits(terms.size(), 0);
    double total = history_weight(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].key.empty()) continue;
        const auto first = static_cast<unsigned char>(tokens[i].key.front());
        for (const std::size_t t : lexicon.by_first_byte.at(first)) {
            const auto& words = terms[t].words;
            if (i + words.size() > tokens.size()) continue;
            bool all = true;
            for (std::size_t k = 0; k < words.size() && all; ++k) {
                all = word_matches(words[k], tokens[i + k].key);
            }
            if (!all || hits[t] >= 3) continue;
            ++hits[t];
            total += terms[t].weight;
            break;  // one term per token position
        }
    }
    return total;
}

HealthVerdict classify_health(std::string_view answer, std::string_view prompt) {
    const double s = topic_weight(answer) + 2.5 * topic_weight(prompt);
    // 2.5 weighted health words make an even call (one strong word in the prompt does); the
    // logistic keeps the score in 0..1.
    const double score = 1.0 / (1.0 + std::exp(-(s - 2.5)));
    const double rounded = std::round(score * 100.0) / 100.0;
    return {rounded >= 0.5, rounded};
}

}  // namespace gardefou::answers
