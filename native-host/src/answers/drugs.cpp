// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Drug names the claim finder recognises: common French brands, international non-proprietary
// names (French and English spellings), drug classes, and the INN stems that name most others.
#include <re2/re2.h>

#include "answers/claims.h"

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
    R"(decongestionnants?|decongestants?|sirop|syrup|)"
    // Hormones, cardiology, metabolism, psychiatry.
    R"(prednisone|prednisolone|solupred|cortisone|corticoides?|corticosteroids?|)"
    R"(hydrocortisone|levothyrox|levothyroxine|metformine?|insuline?|ramipril|amlodipine|)"
    R"(furosemide|lasilix|warfarine?|apixaban|eliquis|xarelto|rivaroxaban|melatonine?|)"
    R"(zolpidem|stilnox|diazepam|valium|alprazolam|xanax|lorazepam|bromazepam|lexomil|)"
    R"(sertraline|fluoxetine|prozac|paroxetine|deroxat|escitalopram|seroplex|venlafaxine|)"
    R"(antidepresseurs?|antidepressants?|anxiolytiques?|somniferes?|sleeping pills?|)"
    // Supplements and topical treatments.
    R"(vitamine? [a-d]\d?|fer|iron supplements?|magnesium|zinc|probiotiques?|probiotics?|)"
    R"(collyre|eye drops|pommade|ointment|creme (?:a |au |aux )?(?:la |l')?\w+|cream|spray nasal|)"
    R"(nasal spray|patch(?:es)? (?:de |of )?nicotine|nicotine patch(?:es)?|)"
    // INN stems.
    R"(\w+(?:cilline|cillin|mycine|mycin|cycline|floxacine|floxacin|prazole|tidine|olol|)"
    R"(azole|pril|sartan|statine|statin|azepam|azolam|profene|profen|triptan|setron|afil))\b)";

}  // namespace

bool mentions_drug(std::string_view folded) {
    static const RE2 kDrug(kDrugPattern);
    return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), kDrug);
}

}  // namespace gardefou::answers
