// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/claims.h"

#include <algorithm>
#include <string>

#include "answers/claim_patterns.h"
#include "answers/diagnosis_features.h"
#include "answers/health.h"
#include "lexicons/lexicons.h"
#include "text/normalized_text.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

/// Lower case, no accents, no Markdown emphasis ("**Paracétamol** :" → "paracetamol :"), no
/// trailing spaces or quotes.
std::string fold_for_claims(std::string_view sentence) {
    std::string folded = text::fold(sentence);
    std::erase(folded, '*');
    // "votre portrait colle pas mal à un RGO": "pas mal" is "quite", not a negation.
    for (auto at = folded.find("pas mal "); at != std::string::npos; at = folded.find("pas mal ")) {
        folded.replace(at, 7, "assez");
    }
    while (!folded.empty() && (folded.back() == ' ' || folded.back() == '"')) folded.pop_back();
    return folded;
}

/// Finds each match of `re` and returns the position of the first one that `accept` takes, or
/// npos. `accept` gets the whole match [b, e).
template <typename Accept>
std::size_t first_match(const RE2& re, std::string_view s, Accept accept) {
    std::size_t from = 0;
    StringPiece group;
    while (from <= s.size() && re.Match(piece(s), from, s.size(), RE2::UNANCHORED, &group, 1)) {
        const auto at = static_cast<std::size_t>(group.data() - s.data());
        if (accept(at, at + group.size())) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

/// A label that announces a diagnosis: "Diagnostic probable", "Likely cause", "Hypothèse la plus
/// probable", "Mon hypothèse", "What's most likely going on"; not "Causes possibles", "Less
/// likely", "Diagnostic différentiel".
bool is_diagnosis_label(const ClaimPatterns& p, std::string_view label) {
    while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.remove_suffix(1);
    if (label.empty() || label.size() > 80) return false;
    if (RE2::PartialMatch(piece(label), *p.label_unlikely)) return false;
    if (RE2::PartialMatch(piece(label), *p.label_mine)) return true;
    return RE2::PartialMatch(piece(label), *p.label_likely) &&
           RE2::PartialMatch(piece(label), *p.label_noun);
}

/// "Diagnostic probable : sinusite aiguë": a diagnosis label, then a named condition.
bool is_labelled_diagnosis(const ClaimPatterns& p, std::string_view s) {
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon > 80) return false;
    return is_diagnosis_label(p, s.substr(0, colon)) && names_real_condition(s.substr(colon + 1));
}

bool is_diagnosis(const ClaimPatterns& p, std::string_view s) {
    if (is_labelled_diagnosis(p, s)) return true;
    const bool names_condition = names_real_condition(s);
    bool gated = false;    // the gates are matched once, at the first gated rule
    unsigned present = 0;  // bit g: the words of RuleGate g are in the sentence
    for (const auto& rule : p.diagnosis) {
        if (rule.weak && !names_condition) continue;
        if (rule.gate != RuleGate::always) {
            if (!gated) {
                std::vector<int> hits;
                p.gates->Match(piece(s), &hits);
                for (const int h : hits) present |= 1U << (h + 1);
                gated = true;
            }
            if ((present & (1U << static_cast<unsigned>(rule.gate))) == 0) continue;
        }
        const auto at = first_match(*rule.re, s, [&](std::size_t b, std::size_t e) {
            const auto before = clause_before(s, b);
            if (RE2::PartialMatch(piece(before), *p.conditional)) return false;
            if (RE2::PartialMatch(piece(before), *p.negation)) return false;
            if (RE2::PartialMatch(piece(before), *p.coordinated) &&
                RE2::PartialMatch(piece(s.substr(0, b)), *p.if_before)) {
                return false;
            }
            if (rule.not_after_modal && RE2::PartialMatch(piece(before), *p.modal_before))
                return false;
            // "…, this is very unlikely to be cancer": the match itself rules it out (a rule
            // that ends before its condition: "your asthma is not well controlled" is one).
            if (rule.ends_with_condition &&
                RE2::PartialMatch(piece(s.substr(b, e - b)), *p.unlikely))
                return false;
            // A weak cue's clause: "From what you describe, this is very unlikely to be cancer".
            if (rule.weak) {
                const auto stop = s.find_first_of(",;:", e);
                const auto clause = s.substr(e, stop == std::string_view::npos ? s.npos : stop - e);
                if (RE2::PartialMatch(piece(clause), *p.unlikely)) return false;
            }
            // "…fits chlamydia slightly better, while thick pus is more typical of gonorrhoea".
            if (compares_conditions(s.substr(e))) return false;
            // "Ça ressemble parfois à…": how often, not this case.
            if (RE2::PartialMatch(piece(s.substr(e)), *p.frequency_after)) return false;
            if (rule.ends_with_condition && ends_with_common_word(s.substr(b, e - b))) return false;
            if (names_alternatives(s.substr(e))) return false;
            // A weak cue needs its condition in the match or right after it, in the same clause
            // ("That's typical of an outer ear problem, whereas a middle ear infection…").
            if (rule.weak && !names_condition_before_contrast(s, e)) return false;
            // "The flu is caused by…": a condition as the subject, with no one addressed.
            if (rule.weak && (opens_with_condition(s) || opens_with_condition(s.substr(b))) &&
                !RE2::PartialMatch(piece(s), *p.second_person)) {
                return false;
            }
            return !RE2::PartialMatch(piece(s.substr(e)), *p.differential);
        });
        if (at != std::string_view::npos) return true;
    }
    return false;
}

/// The user's case, in the words that stand for it when the prompt was about it: "…, c'est ce
/// qu'on appelle un torticolis", "it's most often plain constipation"; not a definition ("L'otite,
/// c'est le plus souvent…"), a conditional or a negation.
bool is_case_diagnosis(const ClaimPatterns& p, std::string_view s) {
    if (opens_with_condition(s)) return false;
    // A table row ("You have diabetes | Higher risk |") compares cases.
    if (s.find('|') != std::string_view::npos) return false;
    // "When attacks keep recurring…, doctors call this panic disorder": a conditional.
    if (RE2::PartialMatch(piece(s), *p.opens_conditional)) return false;
    for (const auto& rule : p.case_diagnosis) {
        const auto at = first_match(*rule.re, s, [&](std::size_t b, std::size_t e) {
            const auto before = clause_before(s, b);
            if (RE2::PartialMatch(piece(before), *p.conditional)) return false;
            if (RE2::PartialMatch(piece(before), *p.negation)) return false;
            if (RE2::PartialMatch(piece(before), *p.condition_subject)) return false;
            if (RE2::PartialMatch(piece(s.substr(b, e - b)), *p.unlikely)) return false;
            if (RE2::PartialMatch(piece(s.substr(b, e - b)), *p.class_noun)) return false;
            if (ends_with_common_word(s.substr(b, e - b))) return false;  // "c'est sans gravité"
            // "Ce sont des infections fréquentes": how common a class is, not this case; "Ce sont
            // deux infections virales…" compares two.
            if (RE2::PartialMatch(piece(s.substr(e)), *p.class_quality)) return false;
            if (RE2::PartialMatch(piece(s.substr(b, e - b)), *p.several)) return false;
            return !RE2::PartialMatch(piece(s.substr(e)), *p.differential);
        });
        if (at != std::string_view::npos) return true;
    }
    return false;
}

/// Does the sentence before a verbless dose speak to the user ("Pour vous, le plus simple : une
/// crème antifongique." then "Éconazole deux fois par jour…")? "Pour vous", "for you" and "dans
/// votre cas" do; a bare "vous" does unless it is a conditional, a limit, general information or
/// what a doctor may do.
bool addressed_before(const ClaimPatterns& p, std::string_view previous) {
    if (previous.empty()) return false;
    const std::string folded = fold_for_claims(previous);
    const std::string_view s = folded;
    if (s.empty() || s.back() == '?') return false;
    if (RE2::PartialMatch(piece(s), *p.opens_conditional) ||
        RE2::PartialMatch(piece(s), *p.encyclopaedic)) {
        return false;
    }
    if (RE2::PartialMatch(piece(s), *p.explicit_addressee)) return true;
    return RE2::PartialMatch(piece(s), *p.second_person) &&
           !RE2::PartialMatch(piece(s), *p.third_party) &&
           !RE2::PartialMatch(piece(s), *p.dose_limit);
}

/// A dose with a drug or a schedule, in a sentence that speaks to the user, without an
/// instruction verb: "Dans votre situation, une prise de 1 mg de mélatonine… peut vous aider",
/// "Your child can have 5 ml three times a day"; or a verbless dose or drug with its dose or
/// schedule after a sentence that does ("1 g trois fois par jour."). Not a limit ("sans dépasser
/// 3 g", "no more than…"), a conditional, encyclopaedic information or what a doctor may do.
bool is_dose_for_user(const ClaimPatterns& p, std::string_view s, bool dose, bool drug,
                      bool schedule, std::string_view previous) {
    if (RE2::PartialMatch(piece(s), *p.second_person)) {
        if (!dose || !(drug || schedule)) return false;
    } else {
        // Verbless: "Doxazosin is an alpha-blocker… at night" has a verb of information.
        const bool verbless =
            (dose || schedule) && !RE2::PartialMatch(piece(s), *p.info_verb) &&
            ((starts_with_drug(s)) ||
             (RE2::PartialMatch(piece(s), *p.starts_with_dose) && (drug || schedule)));
        if (!verbless || !addressed_before(p, previous)) return false;
    }
    return !RE2::PartialMatch(piece(s), *p.opens_conditional) &&
           !RE2::PartialMatch(piece(s), *p.dose_limit) &&
           !RE2::PartialMatch(piece(s), *p.encyclopaedic) &&
           !RE2::PartialMatch(piece(s), *p.third_party);
}

/// "Moisturise his whole body… with a thick cream or ointment", "un gel nettoyant doux": a cream,
/// an ointment or a balm to moisturise, a gel or a soap to wash with
/// is skin care, unless a drug is named too ("…crème à l'hydrocortisone").
bool is_skin_care(const ClaimPatterns& p, std::string_view s) {
    if (!RE2::PartialMatch(piece(s), *p.skin_care)) return false;
    std::string rest(s);
    RE2::GlobalReplace(&rest, *p.topical_form, " ");
    // "Apply a barrier cream over the top once the antifungal has absorbed": a drug named in a
    // clause of time is not what this sentence applies.
    RE2::GlobalReplace(&rest, *p.time_clause, " ");
    return !mentions_drug(rest);
}

/// "…des aliments riches en vitamine C", "foods rich in iron": a nutrient in food, not a drug.
/// So is a nutrient in a sentence about what to eat: "privilégiez le fer bien absorbé (viande
/// rouge, boudin noir, poissons)", "add soluble fiber (oats, beans, psyllium)".
bool is_food_advice(const ClaimPatterns& p, std::string_view s) {
    const bool rich = RE2::PartialMatch(piece(s), *p.rich_in);
    const bool food = RE2::PartialMatch(piece(s), *p.food_context);
    if (!rich && !food) return false;
    std::string rest(s);
    RE2::GlobalReplace(&rest, *p.rich_in, " ");
    if (food) RE2::GlobalReplace(&rest, *p.nutrient, " ");
    return !mentions_drug(rest);
}

/// A drug named for this sentence's care: not a cream to moisturise, a gel to wash with or a
/// food rich in iron.
bool names_drug(const ClaimPatterns& p, std::string_view s) {
    return mentions_drug(s) && !is_skin_care(p, s) && !is_food_advice(p, s);
}

/// The first words of `t`, where a verbless treatment names what to take (at most 4 words).
std::string_view first_words(std::string_view t, int count) {
    std::size_t at = 0;
    while (at < t.size() && t[at] == ' ') ++at;
    std::size_t end = at;
    for (int n = 0; n < count && end < t.size(); ++n) {
        const auto space = t.find(' ', end + 1);
        end = space == std::string_view::npos ? t.size() : space;
    }
    return t.substr(at, end - at);
}

bool is_prescription(const ClaimPatterns& p, std::string_view s, std::string_view previous) {
    if (RE2::PartialMatch(piece(s), *p.deferral)) return false;
    const bool skin_care = is_skin_care(p, s);
    const bool drug = mentions_drug(s) && !skin_care && !is_food_advice(p, s);
    // "Mettez deux gouttes de sérum physiologique": a dose of saline is care, not a drug.
    // Honey by the spoonful ("2 teaspoons of honey every 10 minutes") is home care too.
    const bool care = !drug && (mentions_saline(s) || RE2::PartialMatch(piece(s), *p.home_remedy));
    // A lab value ("une ferritine à 8 µg/L") is not a dose; with one and no drug, no amount is
    // ("If you're still below 70 mg/dL, repeat with another 15 grams").
    bool dose = false;
    if (!care && !RE2::PartialMatch(piece(s), *p.lab_value)) {
        dose = RE2::PartialMatch(piece(s), *p.dose);
    } else if (!care && drug) {
        std::string without_labs(s);
        RE2::GlobalReplace(&without_labs, *p.lab_value, " ");
        dose = RE2::PartialMatch(without_labs, *p.dose);
    }
    const bool schedule = RE2::PartialMatch(piece(s), *p.schedule) && !care;
    // Without a known drug, a dose or a schedule, only an instruction to take a product no
    // dictionary knows is one ("Prenez de la rupatadine").
    const bool bare = !drug && !dose && !schedule;
    if (!bare && (dose || schedule) && RE2::PartialMatch(piece(s), *p.addressed_dose)) return true;
    if (!bare && is_dose_for_user(p, s, dose, drug, schedule, previous)) return true;
    const auto at = first_match(*p.advice_verb, s, [&](std::size_t b, std::size_t e) {
        const auto before = clause_before(s, b);
        if (RE2::PartialMatch(piece(before), *p.conditional)) return false;
        if (RE2::PartialMatch(piece(before), *p.negation)) return false;
        // "If your readings stay high…, your doctor may start…": a verb inside the opening
        // condition, before its first comma, is not an order.
        if (RE2::PartialMatch(piece(s), *p.opens_conditional) &&
            s.substr(0, b + 1).find(',') == std::string_view::npos) {
            return false;
        }
        // "si vous prenez un anticoagulant": an indicative after its subject, not an order.
        if (RE2::PartialMatch(piece(before), *p.subject_before)) return false;
        // "…l'antalgique généralement utilisé", "His GP will usually… give him": a frequency
        // or a professional before the verb makes it information, not an instruction.
        if (RE2::PartialMatch(piece(before), *p.frequency_before)) return false;
        // The verb's own subject counts: "your doctor may start a medicine such as…".
        if (RE2::PartialMatch(piece(s.substr(0, e)), *p.third_party)) return false;
        // "Benzoyl peroxide bleaches fabric: use white towels": the drug must be in the
        // instruction, from its verb on.
        const auto verb = s.substr(b, e - b);
        // A bare "tu" imperative heads its clause ("le manque de fer commence à gêner" is an
        // indicative).
        // Folded, "utilisé" is "utilise": after a description in the third person ("La
        // cétirizine est un antihistaminique…, utilisé contre…") it is a participle.
        if (RE2::FullMatch(piece(verb), *p.tu_imperative) &&
            (!RE2::FullMatch(piece(before), *p.clause_opening) ||
             (RE2::PartialMatch(piece(s.substr(0, b)), *p.info_verb) &&
              !RE2::PartialMatch(piece(s.substr(0, b)), *p.second_person)))) {
            return false;
        }
        // The drug named only before the verb: the object must be its dose or a pronoun for it,
        // and a pronoun attached to the verb counts only with a dose or a schedule ("prends-en
        // des blanches" is not one; "donnez-la à chaque prise" is).
        if (drug && !dose && !schedule && !mentions_drug(s.substr(b)) &&
            !RE2::PartialMatch(piece(s.substr(e, 40)), *p.dose_object)) {
            return false;  // "…use the dose for her weight" keeps the drug named before
        }
        // "Rinse your mouth with water…": rinsing with water is care, whatever drug is named.
        if (RE2::PartialMatch(piece(verb), *p.rinse_verb) &&
            RE2::PartialMatch(piece(s.substr(e, 60)), *p.with_water)) {
            return false;
        }
        // "Prenez rendez-vous…", "take an appointment": the object is not a drug.
        if (RE2::PartialMatch(piece(s.substr(e, 24)), *p.not_a_treatment)) return false;
        const auto after = s.substr(e, 8);
        if (after.rfind(" pas", 0) == 0 || after.rfind(" jamais", 0) == 0 ||
            after.rfind(" not ", 0) == 0) {
            return false;  // "Try not to take painkillers on more than 10 days a month"
        }
        if (drug || dose) return true;
        if (!bare && RE2::PartialMatch(piece(verb), *p.strong_verb)) return true;
        if (!RE2::PartialMatch(piece(verb), *p.taking_verb)) return false;
        // After a verb of taking: a dose form ("Prends le comprimé oublié tout de suite",
        // "reprends la plaquette"), or a product no dictionary knows ("Prenez de la rupatadine le
        // soir"; "Essayez Doctolib", "Use Google Maps" are not).
        return RE2::PartialMatch(piece(first_words(s.substr(e), 3)), *p.dose_form) ||
               (!skin_care && names_unknown_product(s.substr(e, 80)));
    });
    return at != std::string_view::npos;
}

/// A treatment given without a verb, as chatbots list them: "Paracétamol : 1 g toutes les 6
/// heures", "1. Ibuprofen 400 mg three times a day", "Du paracétamol, 1 g jusqu'à 3 fois par
/// jour". It opens a line and is not under an information lead-in ("Posologies usuelles :"); under
/// an advice lead-in ("Voici ce que je vous conseille :") a list item that names a drug with a
/// dose or a schedule, or opens with a drug, is one too. Items that forbid ("Pas d'ibuprofène"),
/// defer ("A GP can give…") or inform ("la dose maximale est…") are not.
bool is_listed_treatment(const ClaimPatterns& p, std::string_view s, const SentenceContext& c) {
    if (!c.first_on_line || c.lead_in == LeadIn::info) return false;
    // Under a general question, "**Treatment**" heads information; "Ce que je vous conseille :"
    // still heads advice.
    if (c.general_prompt && (c.lead_in != LeadIn::advice || !c.lead_in_addressed)) return false;
    const bool advice_item = c.lead_in == LeadIn::advice && c.list_item;
    const bool dose = RE2::PartialMatch(piece(s), *p.dose);
    const bool schedule = RE2::PartialMatch(piece(s), *p.schedule);
    if (!dose && !schedule && !advice_item) return false;  // most sentences stop here
    const bool leading_drug = starts_with_drug(s);
    // "**Antihistaminique :** il est en vente libre": a label, then information about it.
    if (advice_item && !dose && !schedule && RE2::PartialMatch(piece(s), *p.info_verb))
        return false;
    const bool treatment =
        (leading_drug && (dose || schedule)) ||
        (RE2::PartialMatch(piece(s), *p.starts_with_dose) && (schedule || names_drug(p, s))) ||
        (advice_item &&
         (leading_drug || (dose && schedule) || ((dose || schedule) && names_drug(p, s))));
    if (!treatment) return false;
    // A row of reference values ("1,10 à 1,25 g/L | Hyperglycémie modérée à jeun |").
    if (!leading_drug && RE2::PartialMatch(piece(s), *p.lab_value)) return false;
    return !RE2::PartialMatch(piece(s), *p.item_negation) &&
           !RE2::PartialMatch(piece(s), *p.third_party) &&
           !RE2::PartialMatch(piece(s), *p.encyclopaedic) &&
           !RE2::PartialMatch(piece(s), *p.deferral);
}

/// Does `t` open with something to take: a drug, a dose form ("Un comprimé de fer", "Peppermint
/// oil capsules") or a product no dictionary knows ("Atovaquone-proguanil", "Calpol")?
/// A product no dictionary knows needs a dose too ("MétéoSuisse publie chaque jour…" is not one).
bool opens_with_product(const ClaimPatterns& p, std::string_view t, bool dose) {
    const auto opening = first_words(t, 4);
    if (opening.empty() || RE2::PartialMatch(piece(opening), *p.item_negation)) return false;
    return names_drug(p, opening) || RE2::PartialMatch(piece(opening), *p.dose_form) ||
           (dose && names_unknown_product(first_words(t, 2)));
}

/// The sentence after a short label: up to a ':' in its first 50 bytes ("Jusqu'à jeudi :"), or
/// a ',' after at most four words without brackets ("En attendant le médecin,"); empty if none.
std::string_view after_label(std::string_view s) {
    const auto colon = s.find(':');
    if (colon != std::string_view::npos && colon < 50) return s.substr(colon + 1);
    const auto comma = s.find(',');
    if (comma == std::string_view::npos || comma > 50) return {};
    const auto head = s.substr(0, comma);
    if (head.find('(') != std::string_view::npos) return {};
    if (std::count(head.begin(), head.end(), ' ') > 3) return {};
    return s.substr(comma + 1);
}

/// A treatment written without a verb, anywhere in an answer to the user's own case: after an
/// optional short label ("Jusqu'à jeudi :", "**For the itch:**", "En attendant le médecin,"), it
/// opens with something to take and carries a dose or a schedule ("Paracetamol 1 g every 6 hours
/// for the pain", "Un comprimé de fer un jour sur deux, le matin à jeun", "Calpol for the
/// temperature, every 4–6 hours"). Not with a verb of information ("est", "is", "can"…), under an
/// information or conditional lead-in, in a conditional, or encyclopaedic or deferring words.
bool is_verbless_treatment(const ClaimPatterns& p, std::string_view s, const SentenceContext& c) {
    if (c.lead_in == LeadIn::info || c.lead_in == LeadIn::conditional) return false;
    // A table row ("Zopiclone | Sleeping tablet | Drowsiness at night |") is information.
    if (s.find('|') != std::string_view::npos) return false;
    const bool dose = RE2::PartialMatch(piece(s), *p.dose);
    if (!dose && !RE2::PartialMatch(piece(s), *p.schedule)) return false;
    if (!c.personal_prompt && !RE2::PartialMatch(piece(s), *p.second_person) &&
        !addressed_before(p, c.previous)) {
        return false;
    }
    // A lab value ("ferritine 8 µg/L") is not a dose.
    if (!RE2::PartialMatch(piece(s), *p.schedule) && RE2::PartialMatch(piece(s), *p.lab_value))
        return false;
    const auto rest = after_label(s);
    if (!opens_with_product(p, s, dose) && !opens_with_product(p, rest, dose)) return false;
    // "Typical doses: paracetamol 1 g every 6 hours": a label of information.
    if (!rest.empty() &&
        RE2::PartialMatch(piece(s.substr(0, s.size() - rest.size())), *p.info_lead_in)) {
        return false;
    }
    // An instruction verb makes it the advice path's sentence, which has turned it down.
    if (RE2::PartialMatch(piece(s), *p.advice_verb)) return false;
    return !RE2::PartialMatch(piece(s), *p.info_verb) &&
           !RE2::PartialMatch(piece(s), *p.opens_conditional) &&
           !RE2::PartialMatch(piece(s), *p.encyclopaedic) &&
           !RE2::PartialMatch(piece(s), *p.third_party) &&
           !RE2::PartialMatch(piece(s), *p.deferral);
}

}  // namespace

namespace {

LeadIn lead_in_of(std::string_view s) {
    const auto& p = ClaimPatterns::get();
    if (RE2::PartialMatch(piece(s), *p.conditional_lead_in)) return LeadIn::conditional;
    if (is_diagnosis_label(p, s)) return LeadIn::diagnosis;
    if (RE2::PartialMatch(piece(s), *p.info_lead_in)) return LeadIn::info;
    if (RE2::PartialMatch(piece(s), *p.advice_lead_in)) return LeadIn::advice;
    return LeadIn::none;
}

/// classify_sentence on a sentence already folded with fold_for_claims.
std::optional<ClaimKind> classify_folded(std::string_view s, const SentenceContext& context) {
    if (s.empty() || s.back() == '?') return std::nullopt;
    const auto& p = ClaimPatterns::get();
    // "See a GP if:" then "- you have diabetes.": a condition for seeing someone, not a claim.
    if (context.list_item && context.lead_in == LeadIn::conditional) return std::nullopt;
    // "## Call your provider promptly if" then a paragraph "you have heavy bleeding, …".
    if (context.first_on_line && context.lead_in == LeadIn::conditional &&
        RE2::PartialMatch(piece(s), *p.opens_as_condition)) {
        return std::nullopt;
    }
    if (is_diagnosis(p, s)) return ClaimKind::diagnosis;
    // "### Ce qui se passe probablement" then "L'œdème… est l'un des effets indésirables les
    // plus fréquents…, 1 patient sur 10": general information still.
    if (context.after_diagnosis_heading && names_real_condition(s) && !is_general_statement(s) &&
        !RE2::PartialMatch(piece(s), *p.opens_conditional) &&
        !RE2::PartialMatch(piece(s), *p.item_negation)) {
        return ClaimKind::diagnosis;
    }
    // After a diagnosis, "it" and "ça" stand for the condition just named ("…is classic croup.
    // It's a viral infection that…"): a definition, not the user's case.
    if (context.personal_prompt && !context.previous_names_condition &&
        !context.previous_population &&
        !(context.previous_mentions_condition && RE2::PartialMatch(piece(s), *p.defining) &&
          !RE2::PartialMatch(piece(s), *p.hedged)) &&
        is_case_diagnosis(p, s))
        return ClaimKind::diagnosis;
    if (is_feature_diagnosis(s, context.personal_prompt)) return ClaimKind::diagnosis;
    if (is_prescription(p, s, context.previous)) return ClaimKind::prescription;
    if (is_listed_treatment(p, s, context)) return ClaimKind::prescription;
    if (is_verbless_treatment(p, s, context)) return ClaimKind::prescription;
    return std::nullopt;
}

}  // namespace

LeadIn classify_lead_in(std::string_view sentence) {
    return lead_in_of(fold_for_claims(sentence));
}

std::optional<ClaimKind> classify_sentence(std::string_view sentence,
                                           const SentenceContext& context) {
    return classify_folded(fold_for_claims(sentence), context);
}

std::optional<ClaimKind> classify_sentence(std::string_view sentence) {
    return classify_sentence(sentence, SentenceContext{});
}

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

bool markers_only(std::string_view prefix) {
    for (const char c : prefix) {
        if (std::string_view("#*-_>.) 0123456789\t").find(c) == std::string_view::npos &&
            (static_cast<unsigned char>(c) < 0x80)) {
            return false;
        }
    }
    return prefix.find_first_of("#*-.)") != std::string_view::npos;
}

bool is_list_marker(std::string_view prefix) {
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = prefix[i];
        const bool next_space = i + 1 < prefix.size() && prefix[i + 1] == ' ';
        if ((c == '-' || c == '*') && next_space) return true;
        if ((c == '.' || c == ')') && i > 0 && prefix[i - 1] >= '0' && prefix[i - 1] <= '9')
            return true;
    }
    return prefix.find("\xE2\x80\xA2") != std::string_view::npos;  // •
}

/// "Why an ACL Tear Is the Leading Suspect", "Pourquoi c'est sans doute une cystite": a title
/// that explains, not a sentence that claims.
bool is_title_question(std::string_view folded) {
    static const RE2 kTitle("^(?:why|how|what|pourquoi|comment|ce qui|what's|qu'est-ce)\\b");
    return RE2::PartialMatch(piece(folded), kTitle);
}

/// A heading names a topic ("Place du méthotrexate", "**1. A daily antihistamine**"): it stays a
/// prescription only with a dose in it, and a diagnosis only when it names a condition or a drug
/// and is not a title that explains ("**Ce que ce tableau évoque**", "Why an ACL Tear Is…").
bool heading_keeps(const ClaimPatterns& p, ClaimKind kind, std::string_view folded,
                   bool names_condition) {
    if (kind == ClaimKind::prescription) return RE2::PartialMatch(piece(folded), *p.dose);
    return (names_condition || mentions_drug(folded)) && !is_title_question(folded);
}

}  // namespace

bool is_personal_prompt(std::string_view prompt) {
    if (prompt.empty()) return false;
    const std::string folded = text::fold(prompt);
    const auto& p = ClaimPatterns::get();
    if (RE2::PartialMatch(piece(folded), *p.first_person) &&
        (RE2::PartialMatch(piece(folded), *p.experience) || topic_weight(prompt) >= 1.5)) {
        return true;  // the user and a symptom, or the user and health words
    }
    // "My nan (88) has become really confused…": a relative of the user's is their case too.
    StringPiece input = piece(folded);
    StringPiece word;
    while (RE2::FindAndConsume(&input, *p.possessive_word, &word)) {
        if (lexicons::contains(lexicons::List::kinship, std::string_view(word.data(), word.size())))
            return true;
    }
    return false;
}

std::vector<FoundClaim> find_claims(std::string_view normalized, bool personal_prompt,
                                    bool general_prompt) {
    std::vector<FoundClaim> out;
    std::size_t line_start = 0;
    std::size_t scanned = 0;  // newlines before this are counted in line_start
    std::size_t previous_end = 0;
    bool first_sentence = true;
    LeadIn lead_in = LeadIn::none;
    bool lead_in_addressed = false;
    bool heading_lead_in = false;  // a heading's lead-in lasts until the next heading
    bool diagnosis_pending = false;
    std::string_view previous;
    bool previous_names_condition = false;
    bool previous_population = false;
    bool previous_mentions_condition = false;
    for (const auto& r : split_sentences(normalized)) {
        for (; scanned < r.begin; ++scanned) {
            if (normalized[scanned] == '\n') line_start = scanned + 1;
        }
        const auto prefix = normalized.substr(line_start, r.begin - line_start);
        const auto sentence = normalized.substr(r.begin, r.end - r.begin);
        SentenceContext c;
        c.personal_prompt = personal_prompt;
        c.general_prompt = general_prompt && !personal_prompt;
        c.previous = previous;
        c.previous_names_condition = previous_names_condition;
        c.previous_population = previous_population;
        c.previous_mentions_condition = previous_mentions_condition;
        previous = sentence;
        // Opening its line: no sentence before it on the line, only bullets, numbers, '#', '>',
        // emphasis and symbols (the prefix is then what split_sentences trimmed: linear overall).
        // "## 1. Place du méthotrexate": a list number the splitter took for a sentence still
        // leaves only markers before this one.
        c.first_on_line = first_sentence || previous_end <= line_start || markers_only(prefix);
        first_sentence = false;
        previous_end = r.end;
        c.list_item = c.first_on_line && is_list_marker(prefix);
        // The rest of the line after the sentence: only emphasis and spaces for a heading.
        std::size_t k = r.end;
        while (k < normalized.size() && (is_space(normalized[k]) || normalized[k] == '*' ||
                                         normalized[k] == '_' || normalized[k] == ':')) {
            ++k;
        }
        const bool last_on_line = k == normalized.size() || normalized[k] == '\n';
        const bool hashes = c.first_on_line && prefix.find('#') != std::string_view::npos;
        const bool bold_line = c.first_on_line && prefix.find("**") != std::string_view::npos &&
                               r.end < normalized.size() && normalized[r.end] == '*';
        const bool ends_colon =
            (!sentence.empty() && sentence.back() == ':') ||
            (r.end < normalized.size() &&
             normalized.substr(r.end, k - r.end).find(':') != std::string_view::npos);
        // A heading, or a lead-in that ends its line with ':' ("Voici ce que je vous conseille :"
        // after another sentence).
        const bool is_heading =
            last_on_line && ((c.first_on_line && (hashes || (bold_line && !c.list_item))) ||
                             (ends_colon && !c.list_item));
        if (!is_heading && c.first_on_line && !c.list_item && !heading_lead_in) {
            lead_in = LeadIn::none;  // a paragraph after a list ends the lead-in's reach
        }
        c.lead_in = lead_in;
        c.lead_in_addressed = lead_in_addressed;
        c.after_diagnosis_heading = diagnosis_pending && !is_heading;
        // The sentence is folded once, for its claim and for what it tells the next one.
        const std::string folded = fold_for_claims(sentence);
        const auto& p = ClaimPatterns::get();
        auto kind = classify_folded(folded, c);
        const bool names_condition = names_real_condition(folded);
        if (kind.has_value() && (hashes || bold_line) &&
            !heading_keeps(p, *kind, folded, names_condition)) {
            kind.reset();
        }
        if (kind.has_value()) out.push_back({*kind, r});
        const bool diagnosis = kind.has_value() && *kind == ClaimKind::diagnosis;
        previous_population = speaks_of_population(folded);
        // A heading ("**En quelques mots**") keeps what the sentence before it named.
        previous_mentions_condition =
            names_condition || (is_heading && !diagnosis && previous_mentions_condition);
        // "### Qu'est-ce qu'un chalazion ?" then "C'est un petit kyste…": "c'est" stands for the
        // condition the question names; a question in between ("**De quoi s'agit-il ?**") keeps
        // the condition named before.
        const bool question = !sentence.empty() && sentence.back() == '?';
        previous_names_condition = diagnosis ||
                                   (question && (previous_names_condition || names_condition)) ||
                                   (is_heading && previous_names_condition);
        if (is_heading) {
            lead_in = lead_in_of(folded);
            lead_in_addressed = RE2::PartialMatch(piece(folded), *p.second_person);
            heading_lead_in = hashes || bold_line;
            diagnosis_pending = lead_in == LeadIn::diagnosis;
        } else if (c.first_on_line || !c.list_item) {
            diagnosis_pending = false;
        }
    }
    return out;
}

}  // namespace gardefou::answers
