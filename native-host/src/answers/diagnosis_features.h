// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::answers {

/// A diagnosis read from features of the sentence taken together rather than from one wording,
/// for the ways of singling out a condition that the rules of diagnosis_rules.cpp do not list.
/// Three features must all be there:
/// - a cue that ties this case to one condition: a resemblance ("ressemble beaucoup à", "sounds
///   very much like", "correspond bien à"), a type ("is classic croup", "a textbook description
///   of", "typique d'"), or a cause with a hedge ("c'est vraisemblablement l'amlodipine qui en est
///   responsable", "…is most likely the culprit");
/// - what the cue names: a condition after a resemblance or a type; a condition or a drug for a
///   cause;
/// - whom it is about: the user or a relative in the second person ("vous", "votre père",
///   "your"), or, when the question was about the user's own case, the description of their
///   symptoms ("Sudden pain in the big toe… is a textbook description of a gout attack"); not a
///   condition as the subject ("Gout is a classic…").
/// Any of these vetoes it, in the cue's clause: a possibility ("pourrait", "parfois", "can",
/// "may"), a negation ("ne ressemble pas", "unlikely"), a conditional ("si", "if"), several
/// options ("plusieurs", "or", "such as"), a population ("chez l'adulte", "most people") or a
/// professional as the subject ("your doctor…").
/// `folded`: the sentence folded for claims (lower case, no accents, no emphasis).
bool is_feature_diagnosis(std::string_view folded, bool personal_prompt);

/// True when the folded text names a condition that is not one of the common words the suffix
/// families take by mistake ("gravité", "activité", "visite", "dose").
bool names_real_condition(std::string_view folded);

/// True when a rule's match ends on such a common word ("…c'est sans gravité").
bool ends_with_common_word(std::string_view match);

/// True when the folded sentence is worded as general information: a proportion of people ("1
/// patient sur 10"), or a condition as the subject that "is one of" several.
bool is_general_statement(std::string_view folded);

/// True when the folded sentence speaks of a population ("in roughly 1 in 10 people over 60",
/// "chez l'adulte", "most people"): what follows it ("This is called…") is general.
bool speaks_of_population(std::string_view folded);

/// True when the folded sentence's subject is a condition, after an opening "Oui," or "Well,"
/// ("Oui, la goutte peut toucher le genou : c'est une arthrite…", "Croup is very common: it's a
/// viral infection…"): what follows defines the condition, it does not name the user's case.
bool opens_with_condition(std::string_view folded);

/// True when the folded sentence names a condition before the first contrast ("whereas", "but",
/// "mais", "tandis que"…) at or after byte `from`: "That's typical of an outer ear problem,
/// whereas a middle ear infection…" names none on the side of its cue.
bool names_condition_before_contrast(std::string_view s, std::size_t from);

/// True when `after` (the words after a cue's condition) sets another condition against it: "…,
/// while thick yellow-green pus is more typical of gonorrhoea", "…, alors qu'une otite…".
bool compares_conditions(std::string_view after);

/// True when the words after a diagnosis cue name two conditions or more ("…sound like a
/// migraine or a tension headache", "…à une sinusite, voire une otite"): a list of possibilities,
/// not one condition singled out. `after`: the folded sentence after the cue.
bool names_alternatives(std::string_view after);

}  // namespace gardefou::answers
