// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "answers/analysis.h"
#include "answers/sentences.h"

namespace gardefou::answers {

struct FoundClaim {
    ClaimKind kind;
    ByteRange range;  // the sentence, in bytes of the normalised text
};

/// The kind of claim one sentence makes, if any. A diagnosis is addressed to the user and
/// asserts a likely condition ("Vous avez très probablement une sinusite"); a hedged list of
/// possibilities ("il pourrait s'agir de…"), general information and conditionals ("si vous avez
/// une sinusite…") are not claims. A prescription is an instruction to take or use a drug, a dose
/// or a schedule ("Prenez 1 g de paracétamol toutes les 6 heures"); negated advice ("ne prenez
/// pas d'aspirine"), "as prescribed" and questions are not.
std::optional<ClaimKind> classify_sentence(std::string_view sentence);

/// Where a sentence sits in a Markdown answer. A list item under an advice lead-in ("Voici ce
/// que je vous conseille :", "What helps") or a verbless item that opens with a drug and a dose
/// ("- **Paracétamol** : 1 g toutes les 6 heures") is a prescription; the first sentence under a
/// diagnosis heading ("### Ce que vous avez probablement") that names a condition is a diagnosis.
/// A `conditional` lead-in ("Consultez si :", "See a GP if:") makes its list items conditions,
/// not claims.
enum class LeadIn { none, advice, info, diagnosis, conditional };
struct SentenceContext {
    bool first_on_line = false;  // nothing but bullets, '#' or emphasis before it on its line
    bool list_item = false;      // under "- ", "* ", "• ", "1. ", "2) "
    LeadIn lead_in = LeadIn::none;
    bool after_diagnosis_heading = false;  // the first sentence after a diagnosis heading
    // The prompt was about the user's own case (is_personal_prompt): "ça", "it", "this" and a
    // description of the symptoms stand for what the user has.
    bool personal_prompt = false;
    // A question was given and it is a general one ("What's the maximum daily dose of
    // ibuprofen?"): a verbless dose in a list is information unless an advice lead-in says so.
    bool general_prompt = false;
    bool lead_in_addressed = false;  // the lead-in speaks to the user ("Ce que je vous conseille")
    // The sentence before (raw), or a lead-in: its "pour vous" carries to a verbless dose.
    std::string_view previous;
    // The sentence before was a diagnosis or a question naming a condition ("Qu'est-ce qu'un
    // chalazion ?"): "c'est", "it" stand for that condition, not for the user's case.
    bool previous_names_condition = false;
    // The sentence before spoke of a population ("in 1 in 10 people over 60"): "This is called…"
    // names a general phenomenon.
    bool previous_population = false;
    // The sentence before named a condition, whatever it said of it: "C'est une infection de la
    // vessie très fréquente…" after it defines that condition.
    bool previous_mentions_condition = false;
};

/// classify_sentence with the sentence's place in the answer.
std::optional<ClaimKind> classify_sentence(std::string_view sentence,
                                           const SentenceContext& context);

/// The kind of lead-in a heading or a line ending with ':' is ("Ce que vous pouvez faire :" is
/// advice, "Posologies usuelles :" information, "**Diagnostic probable**" a diagnosis).
LeadIn classify_lead_in(std::string_view sentence);

/// True when the user's question is about their own case or a relative's: a first-person or
/// possessive word ("je", "j'ai", "mon", "ma", "I'm", "my") and a symptom or its duration
/// ("mal", "depuis", "hurts", "for 4 days"). "C'est quoi un torticolis ?" is not.
bool is_personal_prompt(std::string_view prompt);

/// Every claim of a normalised answer, sentence by sentence, in text order. With a personal
/// prompt, naming and hedged sentences about "ça", "it", "this" are diagnoses too.
/// `general_prompt`: a question was given and it is not personal.
std::vector<FoundClaim> find_claims(std::string_view normalized, bool personal_prompt = false,
                                    bool general_prompt = false);

/// True when the (folded) text names a drug or a drug class ("paracétamol", "amoxicilline",
/// "un antibiotique", any "-prazole", "-cilline"…). drugs.cpp.
bool mentions_drug(std::string_view folded);

/// True when the (folded) text names saline ("sérum physiologique", "saline drops", "eau de
/// mer"): a dose of it ("deux gouttes") is care, not a drug. drugs.cpp.
bool mentions_saline(std::string_view folded);

/// True when the object of an instruction verb (the folded text after it) names a product no
/// dictionary knows: within its first three content words, after articles and pronouns, a word of
/// five letters or more that is neither a common French or English word nor a first name or
/// place ("Prenez de la rupatadine", "Use Debrox drops"): drug names are not dictionary words.
bool names_unknown_product(std::string_view after);

/// True when the (folded) text opens with a drug, after at most a partitive or indefinite
/// article or "puis"/"then" ("Paracétamol : 1 g…", "Du paracétamol, 1 g…", "Ibuprofen 400 mg…").
bool starts_with_drug(std::string_view folded);

}  // namespace gardefou::answers
