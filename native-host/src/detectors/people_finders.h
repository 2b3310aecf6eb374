// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "detectors/people_text.h"

namespace gardefou::detectors::people {

/// Names of people and of health professionals, found after their triggers (je m'appelle, ma
/// fille, Mme, Dr, l'infirmière, Patient :, Bonjour, Cordialement...) or, with a lower score,
/// from the lexicons alone (a known first name followed by a surname).
class NameFinder {
  public:
    NameFinder();
    void find(const View& v, std::vector<engine::Candidate>& out) const;

  private:
    void after_trigger(const View& v, std::size_t i, unsigned sets,
                       std::vector<engine::Candidate>& out) const;
    void from_lexicons(const View& v, std::size_t i, std::vector<engine::Candidate>& out) const;
    [[nodiscard]] bool profession_before(const View& v, std::size_t title) const;
    [[nodiscard]] bool profession_after(const View& v, std::size_t end) const;
    /// A profession, or its noun phrase, ends just before token `i` ("L'orthophoniste de mon
    /// fils").
    [[nodiscard]] bool profession_ends_at(const View& v, std::size_t i) const;
    void repeat_compounds(const View& v, std::size_t from,
                          std::vector<engine::Candidate>& out) const;
    /// The end of "[et] [ma|la...] <profession> [lower-case words]" from token `c` up to `end`, 0
    /// when tokens [c, end) are not such a noun phrase.
    [[nodiscard]] std::size_t profession_clause(const View& v, std::size_t c,
                                                std::size_t end) const;
    [[nodiscard]] std::size_t title_at(const View& v, std::size_t i, const PhraseSet& set) const;

    PhraseSet self_intro_{lexicons::List::self_intro};
    PhraseSet self_intro_weak_{lexicons::List::self_intro_weak};
    PhraseSet kinship_{lexicons::List::kinship};
    PhraseSet titles_person_{lexicons::List::titles_person};
    PhraseSet titles_professional_{lexicons::List::titles_professional};
    PhraseSet professions_{lexicons::List::professions};
    PhraseSet fields_{lexicons::List::fields};
    PhraseSet greetings_{lexicons::List::greetings};
    PhraseSet signatures_{lexicons::List::signatures};
    // The first word of every trigger, with one bit per set (in the order of sets()) it opens.
    std::unordered_map<std::string_view, unsigned> first_words_;
};

/// Named places of care: "CHU de Rennes", "clinique Saint-Augustin", "Mayo Clinic".
class FacilityFinder {
  public:
    FacilityFinder();
    void find(const View& v, std::vector<engine::Candidate>& out) const;

  private:
    PhraseSet types_fr_{lexicons::List::facility_types_fr};
    PhraseSet types_en_{lexicons::List::facility_types_en};
    std::unordered_set<std::string_view> first_words_;  // the first word of every type
};

/// Other occurrences of a name already found with a strong trigger ("Ma fille Emma ... Emma").
void find_repeats(const View& v, std::vector<engine::Candidate>& out);

}  // namespace gardefou::detectors::people
