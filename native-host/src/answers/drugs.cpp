// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Drug names the claim finder recognises: common French brands, international non-proprietary
// names (French and English spellings), drug classes, and the INN stems that name most others.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

#include "answers/claims.h"
#include "lexicons/lexicons.h"

namespace gardefou::answers {

namespace {

constexpr std::string_view kDrugPattern =
    R"(\b(?:)"
    // Analgesics, anti-inflammatories.
    R"(paracetamol|acetaminophen|doliprane|dafalgan|efferalgan|tylenol|panadol|ibuprofene?|)"
    R"(advil|nurofen|motrin|aspirine?|kardegic|naproxene?|aleve|ketoprofene?|diclofenac|)"
    R"(voltarene?|tramadol|codeine|morphine|spasfon|phloroglucinol|antalgiques?|)"
    R"(anti-inflammatoires?|anti-inflammator(?:y|ies)|painkillers?|analgesics?|)"
    // Anti-infectives.
    R"(augmentin|clamoxyl|fosfomycine?|monuril|nitrofurantoine?|oseltamivir|tamiflu|aciclovir|)"
    R"(acyclovir|zovirax|valaciclovir|fluconazole|ivermectine?|permethrine?|metronidazole|)"
    R"(antibiotiques?|antibiotics?|antiviraux|antivirals?|antifongiques?|antifungals?|)"
    // Allergy, respiratory, digestive.
    R"(cetirizine|loratadine|desloratadine|aerius|zyrtec|claritine?|antihistaminiques?|)"
    R"(antihistamines?|ventoline|salbutamol|albuterol|budesonide|fluticasone|montelukast|)"
    R"(seretide|symbicort|gaviscon|smecta|diosmectite|loperamide|imodium|metoclopramide|)"
    R"(domperidone|ondansetron|mopral|inexium|antiacides?|antacids?|laxatifs?|laxatives?|)"
    R"(macrogol|forlax|movicol|humex|actifed|rhinadvil|strepsils|antitussifs?|mucolytiques?|)"
    R"(decongestionnants?|decongestants?|sirop|syrup|pastilles?|lozenges?|)"
    R"(gommes? (?:a macher|de nicotine|nicotiniques?)|nicotine gum|)"
    // Hormones, cardiology, metabolism, psychiatry.
    R"(prednisone|prednisolone|solupred|cortisone|corticoides?|corticosteroids?|)"
    R"(hydrocortisone|levothyrox|levothyroxine|metformine?|insuline?|ramipril|amlodipine|)"
    R"(furosemide|lasilix|warfarine?|apixaban|eliquis|xarelto|rivaroxaban|melatonine?|)"
    R"(zolpidem|stilnox|diazepam|valium|alprazolam|xanax|lorazepam|bromazepam|lexomil|)"
    R"(sertraline|fluoxetine|prozac|paroxetine|deroxat|escitalopram|seroplex|venlafaxine|)"
    R"(antidepresseurs?|antidepressants?|anxiolytiques?|somniferes?|sleeping pills?|)"
    // Supplements and topical treatments.
    R"(vitamine? [a-d]\d?|fer|iron supplements?|calcium|supplements?|complements? alimentaires?|)"
    R"(magnesium|zinc|probiotiques?|probiotics?|)"
    R"(collyre|eye drops|pommade|ointment|creme (?:a |au |aux |de |d')(?:la |l')?\w+|creme (?:anti|cortico|dermocortico)\w*|cream|spray nasal|)"
    R"(nasal spray|patch(?:es)? (?:de |of )?nicotine|nicotine patch(?:es)?|)"
    // More names people ask about, French and English spellings.
    R"(dimeticone|dimethicone|lidocaine|xylocaine|chloramphenicol|dexamethasone|betamethasone|)"
    R"(naproxen|colchicine|allopurinol|nitrofurantoin|ferrous (?:sulfate|sulphate|fumarate)|)"
    R"(sulfate ferreux|tardyferon|fumafer|lisinopril|bisoprolol|ventolin|salbutamol|)"
    R"(amoxicillin|amoxil|azithromycin|doxycycline|clarithromycin|penicillin|flucloxacillin|)"
    R"(spironolactone|hydrochlorothiazide|clopidogrel|plavix|methotrexate|hydroxychloroquine|)"
    R"(levonorgestrel|norlevo|ellaone|semaglutide|ozempic|wegovy|liraglutide|sitagliptin|)"
    R"(ondansetron|zofran|buscopan|simethicone|lactulose|senna|movicol|dulcolax|rennie|)"
    R"(nicorette|nicopatch|champix|varenicline|dexeryl|bepanthen|)"
    R"(biafine|arnica|homeopathie|eosine|chlorhexidine|betadine|biseptine|daktarin|)"
    R"(oxybutynine?|solifenacine?|tolterodine|mirabegron|doxazosine?|prazosine?|co-codamol|)"
    R"(atovaquone|proguanil|malarone|mefloquine|lariam|chloroquine|nivaquine|)"
    R"(folic acid|acide folique|prenatal vitamins?|vitamines? prenatales?|speciafoldine|)"
    R"(aluminium chloride|chlorure d'aluminium|driclor|etiaxil|)"
    R"(lamisil|terbinafine|canesten|clotrimazole|gyno-pevaryl|pevaryl|eludril|hextril|)"
    R"(fervex|rhinofluimucil|derinox|otipax|maxidrol|tobradex|dacryoserum|optive|)"
    R"(solution hydro-alcoolique|)"
    R"(lotion|gel|drops|gouttes|suppositoires?|suppositor(?:y|ies)|inhalateur|inhaler|)"
    // Names from the dev-g batch's topics and their neighbours (digestive, skin, urinary,
    // women's health, paediatrics, mental health).
    R"(trimebutine|debridat|racecadotril|tiorfan|docosanol|ispaghula|psyllium|fybogel|)"
    R"(fexofenadine|telfast|adapalene|differine|peroxyde de benzoyle|benzoyl peroxide|)"
    R"(acide fusidique|fusidic acid|fucidine|mupirocine?|tamsulosine?|alfuzosine?|)"
    R"(desmopressine?|minirin|methylphenidate|ritaline?|lisdexamfetamine|gabapentine?|)"
    R"(pregabaline?|lyrica|hydroxyzine|atarax|doxylamine|donormyl|sudocrem|metanium|anusol|)"
    R"(oxyde de zinc|zinc oxide|calpol|piriton|chlorphenamine|pseudoephedrine|sudafed|)"
    R"(trimethoprim|pivmecillinam|selexid|estradiol|progesterone|utrogestan|duphaston|)"
    R"(acide tranexamique|tranexamic acid|exacyl|acide mefenamique|mefenamic acid|ponstyl|)"
    R"(lactase|acide salicylique|salicylic acid|flubendazole|fluvermal|minoxidil|azelaic acid|acide azelaique|permethrin|malathion|mebendazole|vermox|)"
    R"(antalgic|lamaline|izalgi|toplexil|helicidine|)"
    R"(alginate|calcium carbonate|carbonate de calcium|mometasone|beclometasone|nasonex|)"
    R"(antispasmodiques?|antispasmodics?|antiemetiques?|antiemetics?|diuretiques?|diuretics?|)"
    R"(anticoagulants?|beta-?bloquants?|beta-?blockers?|statines?|statins?|)"
    // INN stems (French and English spellings): -cilline/-cillin, -olol, -prazole,
    // -statine/-statin, -sartan, -mab, -pril, -dipine, -oxetine, -vir, -xaban, -gliptine…
    R"(\w+(?:cilline|cillin|mycine|mycin|cycline|floxacine|floxacin|prazole|tidine|olol|)"
    R"(azole|pril|sartan|statine|statin|azepam|azolam|profene|profen|triptan|setron|afil|)"
    R"(mab|dipine|oxetine|pramine|triptyline|azepine|apine|idone|vir|xaban|gatran|)"
    R"(gliptine?|gliflozine?|glitazone|parine|semide|thiazide|lukast|buterol|meterol|moterol|aterol|tropium|ocaine|vacaine|)"
    R"(dronate|sone|solone|cortisone|phenicol|conazole|fungine?|tadine|zoline|nidazole|)"
    // More INN families: -fenac, -oxicam, -coxib, -opram, -faxine, -glutide, -formine, -fenadine,
    // -astine, -izine/-yzine, -azine (not "magazine"), -zosine/-losine, -dotril, -cillinam, cef-…,
    // -dogrel, -sonide, -tinib, -dopa, -gabaline (not "cholesterol", "limousine", "mongrel").
    R"(fenac|oxicam|coxib|opram|faxine|glutide|formine?|fenadine|astine|izine|yzine|zosine?|)"
    R"(losine?|dotril|cillinam|dogrel|grelor|sonide|tinib|dopa|alol|ilol|gabaline?|)"
    R"(gabapentine?|butine)|\w*[^g\W]azine|cef\w{3,})\b)";

}  // namespace

namespace {

// Saline is not a drug: "saline drops", "gouttes de sérum physiologique", "spray à l'eau de mer".
// Nor is an oral rehydration solution: it is fluids ("une solution de réhydratation orale").
const RE2& saline() {
    static const RE2 kSaline(
        "(?:(?:gouttes|spray(?: nasal)?|lavages? de nez|drops|nasal spray|spray) (?:(?:au|de|a "
        "l'|d'|a) ?)?)?(?:saline|salt water|sea ?water|serum physiologique|eau (?:de mer|salee))"
        "(?: (?:nasal )?(?:drops|spray|solution|rinse))?|(?:sachets? de )?(?:solution|solute)s? "
        "de rehydratation(?: orale)?|oral rehydration (?:salts|solutions?|sachets|drinks)|"
        "\\b(?:sro|ors)\\b");
    return kSaline;
}

}  // namespace

bool mentions_saline(std::string_view folded) {
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), saline());
}

bool mentions_drug(std::string_view folded) {
    static const RE2 kDrug(kDrugPattern);
    // Creams and gels one eats or styles with: "ice cream", "crème fraîche", "hair gel".
    static const RE2 kFoodAndHair(
        "\\b(?:ice cream|creme (?:glacee|fraiche|chantilly|anglaise|brulee|de marrons)|whipped "
        "cream|cream cheese|sour cream|heavy cream|double cream|single cream|hair gel|gel "
        "(?:coiffant|pour cheveux))\\b");
    const re2::StringPiece text(folded.data(), folded.size());
    if (!RE2::PartialMatch(text, kDrug)) return false;
    const bool care = RE2::PartialMatch(text, saline());
    const bool food = RE2::PartialMatch(text, kFoodAndHair);
    if (!care && !food) return true;
    // The saline phrase and its form word, or the food, are blanked before looking again.
    std::string rest(folded);
    RE2::GlobalReplace(&rest, saline(), " ");
    RE2::GlobalReplace(&rest, kFoodAndHair, " ");
    return RE2::PartialMatch(rest, kDrug);
}

bool starts_with_drug(std::string_view folded) {
    static const RE2 kLeadingDrug(
        "^(?:(?:puis|then|ou|or|et|and) )?(?:(?:du|de la|de l'|des|un|une|a|an|some) ?)?" +
        std::string(kDrugPattern));
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), kLeadingDrug);
}

namespace {

/// Words that stand between an instruction verb and what it asks to take: articles, pronouns,
/// forms and amounts ("Prenez-en un comprimé de…", "Give her a spoonful of…").
bool is_filler(std::string_view w) {
    static constexpr auto kFillers = std::to_array<std::string_view>({
        "a",    "an",         "the",  "some",  "your", "his",    "her",   "him",
        "them", "their",      "one",  "two",   "du",   "de",     "des",   "la",
        "le",   "les",        "l'",   "d'",    "un",   "une",    "en",    "lui",
        "leur", "votre",      "vos",  "ton",   "ta",   "tes",    "son",   "sa",
        "ses",  "-en",        "-lui", "-leur", "of",   "plutot", "aussi", "egalement",
        "bien", "simplement", "also", "just",  "then", "puis",
    });
    return std::find(kFillers.begin(), kFillers.end(), w) != kFillers.end();
}

/// Five letters or more, none of them a digit, and in no dictionary or name list.
bool is_unknown_word(std::string_view word) {
    bool letters = word.size() >= 5;
    for (const char c : word) letters = letters && c >= 'a' && c <= 'z';
    return letters && !lexicons::contains(lexicons::List::fr_words, word) &&
           !lexicons::contains(lexicons::List::en_words, word) &&
           !lexicons::contains(lexicons::List::first_names, word) &&
           !lexicons::contains(lexicons::List::places, word);
}

}  // namespace

bool names_unknown_product(std::string_view after) {
    std::size_t at = 0;
    int content = 0;
    while (at < after.size() && content < 3) {
        while (at < after.size() && (after[at] == ' ' || after[at] == '-')) ++at;
        std::size_t end = at;
        while (end < after.size() && after[end] != ' ' && after[end] != ',' && after[end] != '.' &&
               after[end] != ';' && after[end] != ':' && after[end] != '(' && after[end] != ')') {
            ++end;
        }
        if (end == at) break;  // punctuation: the object ends
        auto word = after.substr(at, end - at);
        at = end;
        if (word.size() > 2 && (word.substr(0, 2) == "d'" || word.substr(0, 2) == "l'")) {
            word.remove_prefix(2);
        }
        if (is_filler(word)) continue;
        ++content;
        // "atovaquone-proguanil": each part of a compound name.
        for (std::size_t from = 0; from <= word.size();) {
            const auto dash = std::min(word.find('-', from), word.size());
            if (is_unknown_word(word.substr(from, dash - from))) return true;
            from = dash + 1;
        }
        if (at < after.size() && after[at] != ' ') break;  // punctuation ends the object
    }
    return false;
}

}  // namespace gardefou::answers
