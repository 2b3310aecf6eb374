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

/// Every claim of a normalised answer, sentence by sentence, in text order.
std::vector<FoundClaim> find_claims(std::string_view normalized);

/// True when the (folded) text names a drug or a drug class ("paracétamol", "amoxicilline",
/// "un antibiotique", any "-prazole", "-cilline"…). drugs.cpp.
bool mentions_drug(std::string_view folded);

}  // namespace gardefou::answers
