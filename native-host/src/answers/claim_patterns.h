// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gardefou::answers {

/// Words a category rule needs in the sentence before it is tried: one RE2::Set pass per
/// sentence tells which of these are present, so the rules cost nothing on other sentences.
enum class RuleGate : std::uint8_t {
    always,
    reference,
    marker,
    hedge,
    pronoun_en,
    situation,
    worry,
    fit,
    likeliness
};

/// A diagnosis pattern. A `weak` one counts only when the sentence also names a condition
/// ("Cela ressemble à une cystite"), a strong one on its own ("Vous avez très probablement…").
struct DiagnosisRule {
    std::unique_ptr<RE2> re;
    bool weak;
    bool not_after_modal = false;  // "…can fit several conditions": a possibility, not a claim
    RuleGate gate = RuleGate::always;
    // The pattern ends with a named condition: a match that ends on a common word the suffix
    // families take by mistake ("…c'est sans gravité") is not one.
    bool ends_with_condition = false;
};

/// The claim patterns, compiled once, matched against folded sentences (lower case, no
/// accents). claim_patterns.cpp holds the prescription side, diagnosis_rules.cpp the diagnoses.
struct ClaimPatterns {
    std::vector<DiagnosisRule> diagnosis;
    std::unique_ptr<RE2::Set> gates;      // one pattern per RuleGate after `always`, in order
    std::unique_ptr<RE2> condition;       // a named condition ("sinusite", "strep throat")
    std::unique_ptr<RE2> differential;    // "…évoquent plusieurs causes": not a diagnosis
    std::unique_ptr<RE2> advice_verb;     // "prenez", "je vous conseille de prendre", "take"
    std::unique_ptr<RE2> strong_verb;     // take/give verbs a schedule alone makes a prescription
    std::unique_ptr<RE2> dose;            // "400 mg", "deux comprimés"
    std::unique_ptr<RE2> schedule;        // "toutes les 6 heures", "twice a day"
    std::unique_ptr<RE2> conditional;     // a clause opener before the trigger: "si", "if"
    std::unique_ptr<RE2> negation;        // "ne … pas", "don't", "évitez"
    std::unique_ptr<RE2> deferral;        // "comme prescrit", "as prescribed"
    std::unique_ptr<RE2> subject_before;  // "vous" before "prenez": indicative, not imperative
    std::unique_ptr<RE2> addressed_dose;  // "la posologie pour vous est de", "for your son"

    // Markdown answers: labels, headings, lead-ins and list items (claims.cpp).
    std::unique_ptr<RE2> label_likely;  // "probable", "most likely" in "Diagnostic probable :"
    std::unique_ptr<RE2>
        label_noun;  // what the label names: "diagnostic", "cause", "what you have"
    std::unique_ptr<RE2> label_mine;      // the speaker's view: "Mon hypothèse", "My best guess"
    std::unique_ptr<RE2> label_unlikely;  // "peu probable", "possible causes", "differential"
    std::unique_ptr<RE2> advice_lead_in;  // "Voici ce que je vous conseille :", "What helps"
    std::unique_ptr<RE2> info_lead_in;  // "Posologies usuelles :", "is usually:", "Possible causes"
    std::unique_ptr<RE2> encyclopaedic;     // "la dose maximale est", "is usually given"
    std::unique_ptr<RE2> starts_with_dose;  // "1 g de…", "200-400 mg", "Puis 14 mg"
    std::unique_ptr<RE2> item_negation;  // a list item that forbids: "Pas d'ibuprofène", "Avoid…"
    std::unique_ptr<RE2> third_party;    // "A GP can give…", "votre médecin pourra…"
    std::unique_ptr<RE2> opens_conditional;    // "Si…", "If…" opening a sentence
    std::unique_ptr<RE2> modal_before;         // "can", "could", "peut" right before a trigger
    std::unique_ptr<RE2> conditional_lead_in;  // "Consultez si :", "See a GP if:"
    std::unique_ptr<RE2> not_a_treatment;      // "rendez-vous", "an appointment" after a verb
    std::unique_ptr<RE2> frequency_before;     // "généralement", "usually" right before a verb
    std::unique_ptr<RE2> dose_form;     // "comprimé", "capsules", "shampoo": something to take
    std::unique_ptr<RE2> info_verb;     // "est", "is", "can": a verbless treatment has none
    std::unique_ptr<RE2> taking_verb;   // "prenez", "take", "appliquez": what is taken is a drug
    std::unique_ptr<RE2> lab_value;     // "8 µg/L", "11,2 g/dL": a result, not a dose
    std::unique_ptr<RE2> rich_in;       // "riches en vitamine C", "rich in iron": food
    std::unique_ptr<RE2> skin_care;     // "moisturise", "émollient", "gel nettoyant", "soap"
    std::unique_ptr<RE2> topical_form;  // "cream", "ointment", "crème", "baume"

    // A dose addressed to the user without an instruction verb: "Dans votre situation, 1 mg de
    // mélatonine… peut vous aider" (claims.cpp).
    std::unique_ptr<RE2> second_person;  // "vous", "ton", "your"… anywhere in the sentence
    std::unique_ptr<RE2> dose_limit;     // "ne … pas", "sans dépasser", "maximum": a limit

    // The user's own case, known from the prompt (claims.cpp).
    std::vector<DiagnosisRule> case_diagnosis;  // "ça, c'est en général…", "it's usually…"
    std::unique_ptr<RE2> first_person;          // "je", "j'", "mon", "ma", "my", "I'm"
    std::unique_ptr<RE2> experience;            // "mal", "depuis", "hurts", "for 4 days"
    std::unique_ptr<RE2> possessive_word;       // "my (nan)", "ma (mère)": group 1 the word
    std::unique_ptr<RE2> explicit_addressee;    // "pour vous", "pour lui", "for you"
    std::unique_ptr<RE2> condition_subject;     // a clause that is a condition: "L'otite, c'est…"
    std::unique_ptr<RE2> class_noun;       // "c'est une maladie virale": a class, not a diagnosis
    std::unique_ptr<RE2> frequency_after;  // "ressemble parfois à": how often, not this case
    std::unique_ptr<RE2> class_quality;    // "fréquentes", "common" after a condition: a class
    // How a definition describes a class: "très fréquente chez la femme", "a viral infection
    // that causes…": after a sentence that named a condition, "C'est une infection…" defines it.
    std::unique_ptr<RE2> defining;
    std::unique_ptr<RE2> hedged;        // any hedge: "très probablement", "most likely"
    std::unique_ptr<RE2> home_remedy;   // "teaspoons of honey": a spoonful is care
    std::unique_ptr<RE2> food_context;  // "viande", "beans", "diet": a sentence about eating
    std::unique_ptr<RE2> nutrient;      // "fer", "iron", "psyllium": a drug only as a supplement
    std::unique_ptr<RE2> time_clause;   // "once the antifungal has absorbed" to the end
    std::unique_ptr<RE2> unlikely;      // "unlikely", "peu probable", "not" inside a rule's match
    std::unique_ptr<RE2> opens_as_condition;  // "you have…" under "…promptly if"
    // "if you have a fever, … or you have diabetes": a clause coordinated after an "if" is part
    // of the condition.
    std::unique_ptr<RE2> coordinated;     // "or", "ou", "and" opening the clause
    std::unique_ptr<RE2> if_before;       // "if", "si", "when" anywhere before
    std::unique_ptr<RE2> several;         // "deux", "both", "plusieurs": more than one condition
    std::unique_ptr<RE2> dose_object;     // "the dose", "la pipette", "it": the drug named before
    std::unique_ptr<RE2> rinse_verb;      // "rinse", "rincez", "gargle"
    std::unique_ptr<RE2> with_water;      // "with water", "à l'eau": care
    std::unique_ptr<RE2> tu_imperative;   // "commence", "donne": also a third-person indicative
    std::unique_ptr<RE2> clause_opening;  // what may stand before an imperative: "et", "puis"

    static const ClaimPatterns& get();
};

/// The health professionals, singular or plural ("doctor", "pharmaciens", "sage-femme"): who
/// may prescribe, give or decide in the user's place.
const std::string& professional_pattern();

/// A string_view as RE2 takes it.
inline re2::StringPiece piece(std::string_view s) {
    return {s.data(), s.size()};
}

/// The clause before `pos` in a folded sentence: from the last ',', ';', ':', '(' or spaced dash
/// ("Your lump - firm, painless - is…") before it, looking back at most 200 bytes (a clause
/// opener is near its verb; this keeps a huge run-on sentence linear).
std::string_view clause_before(std::string_view s, std::size_t pos);

/// Compiles one claim pattern; throws std::logic_error when it does not compile.
std::unique_ptr<RE2> compile_claim_pattern(const std::string& pattern);

/// The diagnosis rules and the named-condition pattern (diagnosis_rules.cpp).
std::vector<DiagnosisRule> diagnosis_rules();
/// The rules tried only when the prompt is about the user's own case: "ça", "it", "this" and a
/// description of the symptoms stand for what the user has ("…, c'est ce qu'on appelle un
/// torticolis", "it's most often plain constipation").
std::vector<DiagnosisRule> case_rules();
std::unique_ptr<RE2::Set> diagnosis_gates();
const std::string& condition_pattern();
/// The hedges of both languages ("très probablement", "sans doute", "most likely"…).
const std::string& hedge_pattern();

}  // namespace gardefou::answers
