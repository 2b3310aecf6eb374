// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gardefou::answers {

/// A bibliographic record that exists (from Crossref or PubMed).
struct FoundRecord {
    std::string title;
    std::vector<std::string> authors;  // as given: "Smith J", "John Smith", "Smith, John"
    std::optional<int> year;
    std::string journal;
};

enum class Verdict { match, partial, mismatch };

struct ReferenceMatch {
    Verdict verdict;
    double score;  // 0..1
};

/// Does `found` correspond to the reference as the chatbot wrote it (`claimed`)? Compares the
/// words of the title, the first author's surname, the year and the journal, each only when the
/// claimed reference mentions it. match: score >= 0.75 with no contradiction on the title;
/// partial: score >= 0.4; mismatch otherwise.
ReferenceMatch match_reference(std::string_view claimed, const FoundRecord& found);

std::string_view verdict_name(Verdict verdict);

/// The surname of an author as records write it: "Smith J" → "smith", "John Smith" → "smith",
/// "Smith, John" → "smith", "Le Goff, A." → "le goff" (folded).
std::string author_surname(std::string_view author);

}  // namespace gardefou::answers
