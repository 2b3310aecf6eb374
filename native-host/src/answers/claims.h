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
enum class LeadIn { none, advice, info, diagnosis };
struct SentenceContext {
    bool first_on_line = false;  // nothing but bullets, '#' or emphasis before it on its line
    bool list_item = false;      // under "- ", "* ", "• ", "1. ", "2) "
    LeadIn lead_in = LeadIn::none;
    bool after_diagnosis_heading = false;  // the first sentence after a diagnosis heading
};

/// classify_sentence with the sentence's place in the answer.
std::optional<ClaimKind> classify_sentence(std::string_view sentence,
                                           const SentenceContext& context);

/// The kind of lead-in a heading or a line ending with ':' is ("Ce que vous pouvez faire :" is
/// advice, "Posologies usuelles :" information, "**Diagnostic probable**" a diagnosis).
LeadIn classify_lead_in(std::string_view sentence);

/// Every claim of a normalised answer, sentence by sentence, in text order.
std::vector<FoundClaim> find_claims(std::string_view normalized);

/// True when the (folded) text names a drug or a drug class ("paracétamol", "amoxicilline",
/// "un antibiotique", any "-prazole", "-cilline"…). drugs.cpp.
bool mentions_drug(std::string_view folded);

/// True when the (folded) text names saline ("sérum physiologique", "saline drops", "eau de
/// mer"): a dose of it ("deux gouttes") is care, not a drug. drugs.cpp.
bool mentions_saline(std::string_view folded);

/// True when the (folded) text opens with a drug, after at most a partitive or indefinite
/// article or "puis"/"then" ("Paracétamol : 1 g…", "Du paracétamol, 1 g…", "Ibuprofen 400 mg…").
bool starts_with_drug(std::string_view folded);

}  // namespace gardefou::answers
