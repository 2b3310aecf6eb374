// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gardefou::lexicons {

/// The word lists embedded in the binary (lexicons/data/*.txt, generated into lexicon_data.cpp
/// by scripts/gen-lexicons.py). Entries are folded like text::Token::key (lower case, no
/// accents); multi-word entries keep their spaces, hyphens and apostrophes.
enum class List : std::uint8_t {
    drug_brands,          // hand-written: Doliprane, Levothyrox, Freestyle Libre...
    en_proper,            // wamerican, capitalised entries: English names, places, brands
    en_words,             // wamerican, lower-case entries: common English words
    eponyms,              // hand-written: Parkinson, Crohn, Gilbert, Heimlich...
    facility_types_en,    // hand-written: "hospital", "medical centre" (after the name)
    facility_types_fr,    // hand-written: "chu", "clinique", "centre hospitalier" (before)
    fields,               // hand-written: "patient", "nom", "prenom", "name"...
    first_names,          // hunspell-fr-comprehensive, po:prn
    fr_words,             // wfrench: common French words
    greetings,            // hand-written: "bonjour", "hello", "dear"...
    kinship,              // hand-written: "fille", "mari", "daughter"...
    not_names,            // hand-written: months, days, AIs, function words...
    particles,            // hand-written: "de", "van", "ben"...
    places,               // hunspell-fr-comprehensive, po:npr
    professions,          // hand-written: "kine", "infirmiere", "nurse"...
    self_intro,           // hand-written: "je m'appelle", "my name is"... (lower case allowed)
    self_intro_weak,      // hand-written: "je suis", "c'est", "i'm"... (known names only)
    signatures,           // hand-written: "cordialement", "regards"...
    street_words,         // hand-written: "rue", "lycee", "station": a place name follows
    surnames,             // hunspell-fr-comprehensive, po:patr
    titles_person,        // hand-written: "mme", "monsieur", "mrs"...
    titles_professional,  // hand-written: "dr", "docteur", "pr", "professor"...
};

/// A list as embedded: its entries, sorted by bytes, each followed by '\n', and where each
/// entry starts (`offsets[count]` is the blob's size). Static storage.
struct ListData {
    std::string_view blob;
    const std::uint32_t* offsets = nullptr;
    std::size_t count = 0;
    /// first[b]: index of the first entry whose first byte is >= b (257 values).
    const std::uint32_t* first = nullptr;
};

/// The embedded list (lexicon_data.cpp, generated).
ListData list_data(List list);

/// The list's entries, sorted by bytes, each followed by '\n' (static storage).
inline std::string_view data(List list) {
    return list_data(list).blob;
}

/// True when `folded` is an entry of `list`. A binary search over the embedded text: nothing is
/// built at start-up, a look-up costs about log2(entries) short comparisons.
bool contains(List list, std::string_view folded);

/// The list's entries, split into their tokens (as text::tokenize folds them): for the short
/// phrase lists the detectors match token by token. Builds vectors: call once, at start-up.
std::vector<std::vector<std::string_view>> phrases(List list);

}  // namespace gardefou::lexicons
