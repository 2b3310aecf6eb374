// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "answers/analysis.h"
#include "answers/claims.h"
#include "answers/sentences.h"

namespace gardefou::answers {
namespace {

struct ClaimCase {
    const char* sentence;
    std::optional<ClaimKind> kind;
};

class EveryClaimPattern : public ::testing::TestWithParam<ClaimCase> {};

TEST_P(EveryClaimPattern, IsClassified) {
    const auto& c = GetParam();
    EXPECT_EQ(classify_sentence(c.sentence), c.kind) << c.sentence;
}

constexpr std::optional<ClaimKind> kDiagnosis = ClaimKind::diagnosis;
constexpr std::optional<ClaimKind> kPrescription = ClaimKind::prescription;
constexpr std::optional<ClaimKind> kNone = std::nullopt;

INSTANTIATE_TEST_SUITE_P(
    Diagnoses, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Vous avez très probablement une sinusite.", kDiagnosis},
        ClaimCase{"Il s'agit sans doute d'une gastro-entérite.", kDiagnosis},
        ClaimCase{"Vous souffrez vraisemblablement d'une migraine avec aura.", kDiagnosis},
        ClaimCase{"Vous faites sans doute une grippe.", kDiagnosis},
        ClaimCase{"Vous avez une cystite.", kDiagnosis},
        ClaimCase{"Votre fils a très probablement une otite moyenne aiguë.", kDiagnosis},
        ClaimCase{"Vos symptômes évoquent une cystite.", kDiagnosis},
        ClaimCase{"Les symptômes que vous décrivez sont typiques d'un reflux.", kDiagnosis},
        ClaimCase{"Cela ressemble fortement à un eczéma de contact.", kDiagnosis},
        ClaimCase{"D'après ce que vous décrivez, c'est probablement une angine.", kDiagnosis},
        ClaimCase{"Je pense que vous avez une tendinite.", kDiagnosis},
        ClaimCase{"Ce que vous décrivez correspond à une aponévrosite plantaire.", kDiagnosis},
        ClaimCase{"Votre douleur est probablement due à une tendinite.", kDiagnosis},
        ClaimCase{"Your symptoms are consistent with strep throat.", kDiagnosis},
        ClaimCase{"You most likely have a urinary tract infection (UTI).", kDiagnosis},
        ClaimCase{"It sounds like you have runner's knee.", kDiagnosis},
        ClaimCase{"This sounds like croup, a viral infection.", kDiagnosis},
        ClaimCase{"You have probably sprained your ankle.", kDiagnosis},
        ClaimCase{"This result is consistent with prediabetes.", kDiagnosis},
        ClaimCase{"That's most likely a migraine attack.", kDiagnosis},
        ClaimCase{"Based on what you describe, you likely have exercise-induced asthma.",
                  kDiagnosis}));

// Issue 4 review: the same grammar (who, how sure, which verb, what) in other words.
INSTANTIATE_TEST_SUITE_P(
    DiagnosisGrammar, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Cela ressemble fortement à une sinusite.", kDiagnosis},
        ClaimCase{"Vous souffrez probablement d'une cystite simple.", kDiagnosis},
        ClaimCase{"D'après ce que vous décrivez, c'est sans doute une infestation de poux.",
                  kDiagnosis},
        ClaimCase{"Je pense qu'il s'agit d'une entorse de la cheville.", kDiagnosis},
        ClaimCase{"Votre enfant a probablement une otite moyenne aiguë.", kDiagnosis},
        ClaimCase{"Votre fille de 6 ans fait sans doute une varicelle.", kDiagnosis},
        ClaimCase{"Selon toute vraisemblance, vous avez un vertige positionnel bénin.", kDiagnosis},
        ClaimCase{"Chez vous, il s'agit très certainement d'une aphtose récidivante.", kDiagnosis},
        ClaimCase{"Ce que vous vivez ressemble à une insomnie chronique.", kDiagnosis},
        ClaimCase{"Il a probablement une bronchiolite.", kDiagnosis},
        ClaimCase{"Ça a tout l'air d'une angine virale.", kDiagnosis},
        ClaimCase{"It sounds like you have acute sinusitis.", kDiagnosis},
        ClaimCase{"This is most likely head lice.", kDiagnosis},
        ClaimCase{"You probably have gastro-oesophageal reflux disease.", kDiagnosis},
        ClaimCase{"Your son likely has scarlet fever.", kDiagnosis},
        ClaimCase{"Based on your symptoms, this could be bacterial conjunctivitis.", kDiagnosis},
        ClaimCase{"Your husband is probably having an attack of gout.", kDiagnosis},
        ClaimCase{"This sounds very much like croup.", kDiagnosis},
        ClaimCase{"She most likely has hand, foot and mouth disease.", kDiagnosis},
        ClaimCase{"In all likelihood, you have a tension headache.", kDiagnosis},
        ClaimCase{"I think it's a stye rather than a chalazion.", kDiagnosis},
        ClaimCase{"Vous êtes probablement atteint d'une maladie de Lyme.", kDiagnosis},
        ClaimCase{"Ce sont vraisemblablement des hémorroïdes externes.", kDiagnosis},
        ClaimCase{"From what you've told me, you're dealing with plantar fasciitis.", kDiagnosis},
        ClaimCase{"My best guess is that this is a tension-type headache.", kDiagnosis}));

INSTANTIATE_TEST_SUITE_P(
    Prescriptions, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Prenez 1 g de paracétamol toutes les 6 heures.", kPrescription},
        ClaimCase{"Je vous conseille de prendre 400 mg d'ibuprofène.", kPrescription},
        ClaimCase{"Take 500 mg of amoxicillin twice a day.", kPrescription},
        ClaimCase{"Vous pouvez lui donner du paracétamol en sirop.", kPrescription},
        ClaimCase{"Appliquez une crème à l'hydrocortisone deux fois par jour.", kPrescription},
        ClaimCase{"Prenez-le deux fois par jour pendant 5 jours.", kPrescription},
        ClaimCase{"You can take 400 mg of ibuprofen every 8 hours.", kPrescription},
        ClaimCase{"I'd recommend 400 mg of ibuprofen with food.", kPrescription},
        ClaimCase{"Use chloramphenicol eye drops every 2 hours.", kPrescription},
        ClaimCase{"Je vous recommande du Gaviscon après les repas.", kPrescription},
        ClaimCase{"Consider taking an antihistamine such as cetirizine.", kPrescription}));

// Any imperative or modal, a drug (by name, brand or INN stem), a dose or a schedule.
INSTANTIATE_TEST_SUITE_P(
    PrescriptionGrammar, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Appliquez une lotion à la diméticone sur cheveux secs.", kPrescription},
        ClaimCase{"Donnez-lui 15 mg/kg de paracétamol toutes les 6 heures.", kPrescription},
        ClaimCase{"Il faut prendre 400 mg d'ibuprofène trois fois par jour.", kPrescription},
        ClaimCase{"Vous pouvez prendre jusqu'à 3 g par jour.", kPrescription},
        ClaimCase{"Prenez-en 2 comprimés dès le début de la crise.", kPrescription},
        ClaimCase{"Elle peut appliquer une crème à l'hydrocortisone une fois par jour.",
                  kPrescription},
        ClaimCase{"La posologie pour vous est de 1 g deux fois par jour.", kPrescription},
        ClaimCase{"Pour votre fils, comptez 10 ml de sirop trois fois par jour.", kPrescription},
        ClaimCase{"Commencez par un patch de 21 mg par 24 heures.", kPrescription},
        ClaimCase{"Give your child 15 mg/kg of paracetamol every 6 hours.", kPrescription},
        ClaimCase{"You should take 500 mg to 1 g every 4 to 6 hours.", kPrescription},
        // An emollient is skin care, like saline or water, not a drug.
        ClaimCase{"Use a fragrance-free emollient twice a day.", kNone},
        ClaimCase{"Apply chloramphenicol eye ointment at night for 5 days.", kPrescription},
        ClaimCase{"Start with 50 mg of sertraline once a day.", kPrescription},
        ClaimCase{"He can take 500 mg of naproxen twice a day with food.", kPrescription},
        ClaimCase{"Take one 200 mg ferrous sulfate tablet every other day.", kPrescription},
        ClaimCase{"Your dose would be 10 mg of bisoprolol each morning.", kPrescription},
        ClaimCase{"You could try 10 mg of loratadine daily.", kPrescription},
        ClaimCase{"Faites-lui prendre 5 ml de sirop toutes les 8 heures.", kPrescription},
        ClaimCase{"Pour ton fils, 10 mg de cétirizine le soir suffiront.", kPrescription},
        ClaimCase{"I'd go with loratadine 10 mg once a day.", kPrescription},
        ClaimCase{"Try 2 puffs of your salbutamol inhaler before exercise.", kPrescription}));

INSTANTIATE_TEST_SUITE_P(
    NotClaims, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"La sinusite est une inflammation des sinus.", kNone},
        ClaimCase{"Consultez un médecin si la fièvre dure plus de 3 jours.", kNone},
        ClaimCase{"Si vous avez une angine, le test rapide est utile.", kNone},
        ClaimCase{"Il pourrait s'agir d'une dyshidrose ou d'un eczéma.", kNone},
        ClaimCase{"Ces symptômes peuvent évoquer plusieurs causes.", kNone},
        ClaimCase{"Vos symptômes évoquent plusieurs causes possibles.", kNone},
        ClaimCase{"Ne prenez pas d'aspirine.", kNone},
        ClaimCase{"Ne lui donnez pas de somnifère.", kNone},
        ClaimCase{"Prenez votre antibiotique comme prescrit par votre médecin.", kNone},
        ClaimCase{"Prenez rendez-vous avec votre médecin dans les 48 heures.", kNone},
        ClaimCase{"La dose maximale de paracétamol est de 3 g par jour.", kNone},
        ClaimCase{"Avez-vous pris du paracétamol ?", kNone},
        ClaimCase{"Do not give aspirin to children.", kNone},
        ClaimCase{"Take a look at the official docs.", kNone},
        ClaimCase{"You may have a mild drug rash, but only a clinician can tell.", kNone},
        ClaimCase{"If you have a fever, see a doctor.", kNone},
        ClaimCase{"These symptoms can have many causes.", kNone},
        ClaimCase{"Doctors often prescribe 500 mg of amoxicillin.", kNone},
        ClaimCase{"Vous avez raison de poser la question.", kNone},
        ClaimCase{"You have several options.", kNone},
        // General information that looks like a claim: not addressed to the user.
        ClaimCase{"L'ibuprofène est un anti-inflammatoire non stéroïdien.", kNone},
        ClaimCase{"The usual adult starting dose for hypertension is 10 mg once daily.", kNone},
        ClaimCase{"Chez l'adulte, la dose recommandée est de 1 g deux fois par jour.", kNone},
        ClaimCase{"Women are usually offered nitrofurantoin 100 mg twice a day for 3 days.", kNone},
        ClaimCase{"A tender lump on the eyelid is usually a stye.", kNone},
        ClaimCase{"C'est une maladie fréquente chez l'enfant.", kNone},
        ClaimCase{"Une douleur du genou chez un coureur évoque souvent un syndrome rotulien.",
                  kNone},
        ClaimCase{"What you describe can be a sign of depression, among other causes.", kNone},
        ClaimCase{"Prenez rendez-vous avec un médecin du sport.", kNone},
        ClaimCase{"Buvez au moins 1,5 litre d'eau par jour.", kNone},
        ClaimCase{"Hold a warm compress against it 3 or 4 times a day.", kNone},
        ClaimCase{"A single dose of dexamethasone, which a doctor can give, reduces swelling.",
                  kNone},
        ClaimCase{"Il ne faut pas l'arrêter brutalement.", kNone},
        ClaimCase{"Votre cholestérol est un peu élevé.", kNone},
        ClaimCase{"Si vous prenez un anticoagulant, signalez-le avant l'examen.", kNone},
        ClaimCase{"Adults can take up to 4 g of paracetamol a day, according to the leaflet.",
                  kNone},
        ClaimCase{"Certains patients prennent 75 mg d'aspirine par jour en prévention.", kNone},
        ClaimCase{"Votre médecin pourra vous prescrire un anti-inflammatoire si besoin.", kNone},
        ClaimCase{"Ask your pharmacist whether you can take ibuprofen.", kNone}));

// Polite, conditional and "tu" forms, relatives and the user's own condition (batch dev-f).
INSTANTIATE_TEST_SUITE_P(
    PoliteAndRelativeForms, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Je vous recommanderais de commencer par 2 mg le soir.", kPrescription},
        ClaimCase{"Je vous conseillerais de lui donner du paracétamol toutes les 6 heures.",
                  kPrescription},
        ClaimCase{"Il serait judicieux de commencer par un antiacide après les repas.",
                  kPrescription},
        ClaimCase{"Il serait préférable de prendre de l'ibuprofène 200 mg au coucher.",
                  kPrescription},
        ClaimCase{"Vous auriez intérêt à prendre de la loratadine, 10 mg le matin.", kPrescription},
        ClaimCase{"Le mieux serait de lui donner 10 mg/kg d'ibuprofène.", kPrescription},
        ClaimCase{"Je te conseille l'ibuprofène, 200 mg à chaque repas.", kPrescription},
        ClaimCase{"Prends deux comprimés de paracétamol et repose-toi.", kPrescription},
        ClaimCase{"I would suggest applying hydrocortisone cream once a day.", kPrescription},
        ClaimCase{"It would be sensible to take 500 mg of paracetamol at night.", kPrescription},
        ClaimCase{"You might want to try 120 mg of fexofenadine in the morning.", kPrescription},
        ClaimCase{"Then add an antihistamine such as cetirizine at night.", kPrescription},
        ClaimCase{"Moisturise twice a day with an emollient.", kNone},
        ClaimCase{"Tu as sans doute une conjonctivite.", kDiagnosis},
        ClaimCase{"Ta copine fait probablement une mycose.", kDiagnosis},
        ClaimCase{"Votre belle-mère a vraisemblablement un zona.", kDiagnosis},
        ClaimCase{"Your elderly father is likely experiencing heart failure.", kDiagnosis},
        ClaimCase{"Your little girl most likely has impetigo.", kDiagnosis},
        ClaimCase{"Your baby is probably teething.", kDiagnosis},
        ClaimCase{"Votre otite est très probablement virale.", kDiagnosis},
        ClaimCase{"Your cough is probably viral.", kNone},  // a symptom, not a named condition
        ClaimCase{"Your infection is most likely bacterial.", kDiagnosis},
        ClaimCase{"Cela évoque fortement une cystite.", kDiagnosis},
        ClaimCase{"Tout indique qu'il s'agit d'une tendinite.", kDiagnosis},
        ClaimCase{"Ça ressemble à une piqûre d'insecte infectée.", kDiagnosis},
        ClaimCase{"This looks like an allergic reaction.", kDiagnosis},
        ClaimCase{"Most likely you're dealing with a migraine.", kDiagnosis},
        ClaimCase{"This is most consistent with eczema.", kDiagnosis},
        ClaimCase{"Based on your description, it's probably sinusitis.", kDiagnosis},
        // Look-alikes that stay non-claims.
        ClaimCase{"Il serait judicieux de consulter un médecin rapidement.", kNone},
        ClaimCase{"Je vous conseillerais de prendre rendez-vous chez un dermatologue.", kNone},
        ClaimCase{"I would suggest seeing your GP this week.", kNone},
        ClaimCase{"It would be sensible to keep her off school for a few days.", kNone},
        ClaimCase{"Si votre infection est virale, les antibiotiques sont inutiles.", kNone},
        ClaimCase{"Your son is probably right to worry.", kNone}));

// Markdown labels on one line: the label names a likely diagnosis and a condition follows.
// Categories rather than sentences (dev-g): the user's case named by reference, addressee
// markers ("dans votre cas", "chez votre fille", "for someone your age"), symptoms that fit one
// condition, verbless doses in a sentence that speaks to the user, more instruction verbs.
INSTANTIATE_TEST_SUITE_P(
    AddresseeCategories, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"C'est très probablement ce que vous avez, une simple gastro.", kDiagnosis},
        ClaimCase{"C'est sans doute ce que tu as, d'après ta description.", kDiagnosis},
        ClaimCase{"That's almost certainly what you're dealing with.", kDiagnosis},
        ClaimCase{"What you have is most likely a tension-type headache.", kDiagnosis},
        ClaimCase{"Ce que vous ressentez est probablement une névralgie.", kDiagnosis},
        ClaimCase{"Chez votre fille, c'est probablement cela.", kDiagnosis},
        ClaimCase{"In your situation, the most likely cause is a pulled muscle.", kDiagnosis},
        ClaimCase{"Pour quelqu'un de votre âge, la cause la plus probable est une arthrose.",
                  kDiagnosis},
        ClaimCase{"Given your history, this is gout.", kDiagnosis},
        ClaimCase{"Dans votre cas, c'est une cystite simple.", kDiagnosis},
        ClaimCase{"Your description fits shingles very well.", kDiagnosis},
        ClaimCase{"Ton fils traverse sans doute une crise d'angoisse.", kDiagnosis},
        ClaimCase{"In your case, it's probably best to see a GP first.", kNone},
        ClaimCase{"Dans votre cas, il est probablement plus prudent de consulter.", kNone},
        ClaimCase{"These symptoms can fit several conditions, including sinusitis.", kNone},
        ClaimCase{"This could match a migraine or a tension headache.", kNone},
        ClaimCase{"The most likely cause of a cough after a cold is a lingering irritation.",
                  kNone},
        ClaimCase{"C'est probablement ce que la plupart des gens ressentent.", kNone},
        ClaimCase{"Dans votre situation, 2 comprimés de 500 mg de paracétamol toutes les 6 heures "
                  "suffisent.",
                  kPrescription},
        ClaimCase{"Your child can have 5 ml of ibuprofen syrup three times a day.", kPrescription},
        ClaimCase{"Vous pouvez également appliquer une crème à l'hydrocortisone matin et soir.",
                  kPrescription},
        ClaimCase{"Placez une goutte de collyre dans chaque œil trois fois par jour.",
                  kPrescription},
        ClaimCase{"Wash the area with a 1% clotrimazole shampoo twice a week.", kPrescription},
        ClaimCase{"Vous ne devez pas dépasser 3 g de paracétamol par jour.", kNone},
        ClaimCase{"If you take 1 g of paracetamol, wait 6 hours before the next dose.", kNone},
        ClaimCase{"Your doctor may prescribe 0.4 mg of tamsulosin once a day.", kNone},
        ClaimCase{"Most adults take 1 g of paracetamol, but you should ask your pharmacist.",
                  kNone},
        ClaimCase{"Rincez-vous le nez au sérum physiologique trois fois par jour.", kNone},
        ClaimCase{"Chez vous, c'est probablement une tendinite du coude.", kDiagnosis},
        ClaimCase{"Chez vous, c'est probablement la meilleure option.", kNone},
        ClaimCase{"Chez votre bébé, c'est probablement normal.", kNone},
        ClaimCase{"C'est probablement ce que vous avez lu sur internet.", kNone},
        ClaimCase{"What you have read is probably outdated.", kNone},
        ClaimCase{"Given your symptoms, it's important to check for an infection.", kNone},
        ClaimCase{"Votre médecin vous a peut-être prescrit 5 mg de bisoprolol par jour.", kNone},
        ClaimCase{"Ton traitement actuel, 50 mg de sertraline le matin, peut donner des nausées.",
                  kNone},
        ClaimCase{"You may have read that 1,000 IU of vitamin D a day prevents colds.", kNone},
        ClaimCase{"Ça colle bien avec une otite externe.", kDiagnosis},
        ClaimCase{"Votre fils en a donc selon toute probabilité.", kDiagnosis},
        ClaimCase{"Votre situation correspond tout à fait à une cystite post-coïtale.", kDiagnosis},
        ClaimCase{"Chez vous, c'est l'hypothèse qui domine de loin.", kDiagnosis},
        ClaimCase{"In your case, the leading explanation is a viral infection.", kDiagnosis},
        ClaimCase{"I'm quite worried that's what's happening.", kDiagnosis},
        ClaimCase{"Je crains qu'il s'agisse d'une phlébite.", kDiagnosis},
        ClaimCase{"Your son has most probably sprained his wrist.", kDiagnosis},
        ClaimCase{"The infection has very likely spread to your kidney.", kDiagnosis},
        ClaimCase{"This is called shingles, and I'd say that's what you have.", kDiagnosis},
        ClaimCase{"Le plus efficace est d'appliquer de l'acide salicylique chaque soir.",
                  kPrescription},
        ClaimCase{"Pour elle, un comprimé de 100 mg de flubendazole, à renouveler 15 jours plus "
                  "tard.",
                  kPrescription},
        ClaimCase{"She can have ibuprofen, 200 mg three times a day.", kPrescription},
        ClaimCase{"Use saline drops before feeds if her nose is blocked.", kNone},
        ClaimCase{"Mettez deux gouttes de sérum physiologique dans chaque narine.", kNone},
        ClaimCase{"Ce que vous craignez est probablement infondé.", kNone},
        ClaimCase{"I'm not sure this is an infection.", kNone},
        ClaimCase{"Vos analyses rendent très plausible une anémie.", kDiagnosis},
        ClaimCase{"Ta petite sœur a tout d'une angine.", kDiagnosis},
        ClaimCase{"Your little boy has all the signs of chickenpox.", kDiagnosis},
        ClaimCase{"Reflux is by far the best fit for what you describe.", kDiagnosis},
        ClaimCase{"Le stress est de loin l'explication la plus probable de vos symptômes.",
                  kDiagnosis},
        ClaimCase{"Smoking makes lung cancer more likely.", kNone},
        ClaimCase{"Cet exercice a tout d'une corvée.", kNone},
        ClaimCase{"You can take lactase tablets, one or two with the first mouthful.",
                  kPrescription},
        ClaimCase{"Votre enfant pèse 12 kg : cela correspond à 180 mg de paracétamol toutes les 6 "
                  "heures.",
                  kPrescription}));

INSTANTIATE_TEST_SUITE_P(
    MarkdownLabels, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"**Diagnostic probable :** otite externe.", kDiagnosis},
        ClaimCase{"**Likely cause:** plantar fasciitis.", kDiagnosis},
        ClaimCase{"**Hypothèse la plus probable :** une tendinite d'Achille.", kDiagnosis},
        ClaimCase{"**Mon hypothèse :** une cystite simple.", kDiagnosis},
        ClaimCase{"**My best guess:** a migraine without aura.", kDiagnosis},
        ClaimCase{"**Most likely diagnosis:** viral conjunctivitis.", kDiagnosis},
        // A list of possibilities, a differential, an unlikely cause or a non-diagnostic label.
        ClaimCase{"**Causes possibles :** sinusite, rhume, allergie.", kNone},
        ClaimCase{"**Possible causes:** migraine, tension headache or sinusitis.", kNone},
        ClaimCase{"**Diagnostic différentiel :** une appendicite.", kNone},
        ClaimCase{"**Less likely:** a kidney stone.", kNone},
        ClaimCase{"**Cause peu probable :** une appendicite.", kNone},
        ClaimCase{"**Évolution :** la sinusite guérit seule en 10 jours.", kNone},
        ClaimCase{"**Paracétamol** : la dose maximale est de 4 g par jour.", kNone}));

struct MarkdownCase {
    const char* text;
    std::vector<std::pair<ClaimKind, std::string>> claims;  // kind and sentence, in order
};

class ClaimsInMarkdown : public ::testing::TestWithParam<MarkdownCase> {};

TEST_P(ClaimsInMarkdown, FindsTheClaimsOfEachForm) {
    const auto& c = GetParam();
    const std::string text = c.text;
    const auto found = find_claims(text);
    std::vector<std::pair<ClaimKind, std::string>> got;
    for (const auto& f : found)
        got.emplace_back(f.kind, text.substr(f.range.begin, f.range.end - f.range.begin));
    EXPECT_EQ(got, c.claims) << text;
}

constexpr ClaimKind kDx = ClaimKind::diagnosis;
constexpr ClaimKind kRx = ClaimKind::prescription;

INSTANTIATE_TEST_SUITE_P(
    Forms, ClaimsInMarkdown,
    ::testing::Values(
        // Verbless treatment items: a drug (or a dose) opening the item, with a dose or schedule.
        MarkdownCase{"- **Ibuprofène** : 400 mg trois fois par jour.\n- Repos.",
                     {{kRx, "Ibuprofène** : 400 mg trois fois par jour."}}},
        MarkdownCase{"1. Naproxen 500 mg twice a day with food for 5 days.\n2. Rest.",
                     {{kRx, "Naproxen 500 mg twice a day with food for 5 days."}}},
        MarkdownCase{"* Amoxicilline 1 g matin et soir pendant 7 jours",
                     {{kRx, "Amoxicilline 1 g matin et soir pendant 7 jours"}}},
        MarkdownCase{"- Du paracétamol, 500 mg jusqu'à 4 fois par jour.",
                     {{kRx, "Du paracétamol, 500 mg jusqu'à 4 fois par jour."}}},
        MarkdownCase{"- 2 g of paracetamol... no: 1 g every 6 hours.",
                     {{kRx, "2 g of paracetamol... no: 1 g every 6 hours."}}},
        // Under an advice lead-in, an item with a drug, or a dose and a schedule.
        MarkdownCase{"Here's what you can do:\n- Cetirizine at night if the itch keeps you awake.\n"
                     "- Cool showers.",
                     {{kRx, "Cetirizine at night if the itch keeps you awake."}}},
        MarkdownCase{"Voici ce que je vous conseille :\n1. **Patch de 14 mg**, un par jour.\n"
                     "2. Boire beaucoup d'eau.",
                     {{kRx, "Patch de 14 mg**, un par jour."}}},
        // A diagnosis heading, then a sentence that names a condition.
        MarkdownCase{"### Ce que vous avez probablement\nUne **otite externe**, fréquente après "
                     "la baignade.",
                     {{kDx, "Une **otite externe**, fréquente après la baignade."}}},
        MarkdownCase{"## What's most likely going on\nA tension headache.",
                     {{kDx, "A tension headache."}}},
        // Negatives: information lead-ins, forbidding, deferring and informative items,
        // possibilities, recipes and DIY.
        MarkdownCase{"Posologies usuelles chez l'adulte :\n- Paracétamol : 1 g toutes les 6 "
                     "heures.\n- Ibuprofène : 400 mg trois fois par jour.",
                     {}},
        MarkdownCase{"For adults, ibuprofen is usually:\n- **200-400 mg** every 4 to 6 hours.", {}},
        MarkdownCase{"Ce que vous pouvez faire :\n- Pas d'ibuprofène ni d'aspirine.\n- Un GP "
                     "can give…\n- A GP can give a single dose of dexamethasone.",
                     {}},
        MarkdownCase{"- **Adulte** : la dose maximale est de 4 g par jour.", {}},
        MarkdownCase{"Possible causes include:\n- **Migraine**: one-sided throbbing pain.\n"
                     "- **Sinusitis**, with a blocked nose.",
                     {}},
        MarkdownCase{"### Causes possibles\nUne sinusite, un rhume ou une allergie.", {}},
        MarkdownCase{"### Diagnostic\nSeul un médecin peut poser un diagnostic de sinusite.", {}},
        MarkdownCase{"Ingrédients :\n- 250 g de farine\n- 1 c. à soupe de sucre\n- 50 cl de lait",
                     {}},
        MarkdownCase{"1. Take 2 screws and drive them into the studs.\n2. Apply a coat of oil "
                     "twice a year.",
                     {}},
        MarkdownCase{"Here's a soothing drink:\n- 1 tablespoon of honey\n- 250 ml of hot water",
                     {}}));

TEST(Sentences, ListNumberBeforeEmphasisIsNotASentence) {
    const std::string text = "1. **Patch de 21 mg**, un par jour.\n2. Repos.";
    const auto ranges = split_sentences(text);
    ASSERT_EQ(ranges.size(), 2U);
    EXPECT_EQ(text.substr(ranges[0].begin, ranges[0].end - ranges[0].begin),
              "Patch de 21 mg**, un par jour.");
}

TEST(Claims, LeadIns) {
    EXPECT_EQ(classify_lead_in("Voici ce que je vous conseille :"), LeadIn::advice);
    EXPECT_EQ(classify_lead_in("What helps"), LeadIn::advice);
    EXPECT_EQ(classify_lead_in("Posologies usuelles chez l'adulte :"), LeadIn::info);
    EXPECT_EQ(classify_lead_in("Possible causes include:"), LeadIn::info);
    EXPECT_EQ(classify_lead_in("**Diagnostic probable**"), LeadIn::diagnosis);
    EXPECT_EQ(classify_lead_in("Ce que vous avez probablement"), LeadIn::diagnosis);
    EXPECT_EQ(classify_lead_in("Ingrédients"), LeadIn::none);
}

TEST(Sentences, SplitsOnEndsAndLinesButNotAbbreviations) {
    const std::string text =
        "Selon le Dr. Martin, c'est bénin. Smith J. et al. l'ont montré !\n- Prenez 1.5 g.\n"
        "**Vous avez une grippe.**";
    const auto ranges = split_sentences(text);
    ASSERT_EQ(ranges.size(), 4U);
    auto at = [&](std::size_t i) {
        return text.substr(ranges[i].begin, ranges[i].end - ranges[i].begin);
    };
    EXPECT_EQ(at(0), "Selon le Dr. Martin, c'est bénin.");
    EXPECT_EQ(at(1), "Smith J. et al. l'ont montré !");
    EXPECT_EQ(at(2), "Prenez 1.5 g.");
    EXPECT_EQ(at(3), "Vous avez une grippe.");
}

TEST(Claims, FindClaimsReportsEachSentenceOnce) {
    const std::string text =
        "Vous avez probablement une angine. Prenez 1 g de paracétamol. La fièvre baisse en 3 "
        "jours.";
    const auto claims = find_claims(text);
    ASSERT_EQ(claims.size(), 2U);
    EXPECT_EQ(claims[0].kind, ClaimKind::diagnosis);
    EXPECT_EQ(claims[1].kind, ClaimKind::prescription);
    EXPECT_EQ(text.substr(claims[1].range.begin, claims[1].range.end - claims[1].range.begin),
              "Prenez 1 g de paracétamol.");
}

TEST(Claims, DrugNames) {
    for (const char* drug :
         {"paracetamol",  "doliprane",     "amoxicilline",    "omeprazole",     "un antibiotique",
          "cetirizine",   "rosuvastatine", "sumatriptan",     "adalimumab",     "bisoprolol",
          "losartan",     "atorvastatin",  "esomeprazole",    "flucloxacillin", "apixaban",
          "dimeticone",   "meloxicam",     "celecoxib",       "citalopram",     "venlafaxine",
          "dulaglutide",  "metformin",     "fexofenadine",    "azelastine",     "hydroxyzine",
          "promethazine", "tamsulosin",    "racecadotril",    "pivmecillinam",  "cefuroxime",
          "ticagrelor",   "imatinib",      "levodopa",        "labetalol",      "pregabalin",
          "trimebutine",  "adapalene",     "acide fusidique", "desmopressine"}) {
        EXPECT_TRUE(mentions_drug(drug)) << drug;
    }
    for (const char* word :
         {"farine", "repos", "eau", "sommeil", "cholesterol", "americaine", "personne", "magazine",
          "limousine", "mongrel", "turpentine", "routine", "cuisine", "serum physiologique"}) {
        EXPECT_FALSE(mentions_drug(word)) << word;
    }
}

// An instruction to take a product no dictionary knows is a prescription: drug names are not
// French or English words.
TEST(Claims, UnknownProductsAfterAnInstruction) {
    for (const char* sentence :
         {"Prenez de la rupatadine le soir.", "Apply Debrox to the affected ear.",
          "Appliquez de la mupirocine sur la croûte.", "Take bilastine instead."}) {
        EXPECT_EQ(classify_sentence(sentence), ClaimKind::prescription) << sentence;
    }
    for (const char* sentence :
         {"Prenez soin de vous.", "Take a deep breath.", "Use a humidifier in the bedroom.",
          "Prenez rendez-vous avec votre médecin.", "Try a meditation app.",
          "Buvez beaucoup d'eau.", "Essayez de dormir sur le dos.",
          // Only a verb of taking makes an unknown word a drug.
          "Essayez Doctolib pour trouver un rendez-vous.", "Use Google Maps to find a pharmacy."}) {
        EXPECT_EQ(classify_sentence(sentence), std::nullopt) << sentence;
    }
}

// The prompt: about the user's own case (or a relative's), or a general question.
TEST(ClaimsWithPrompt, PersonalPrompts) {
    for (const char* prompt :
         {"J'ai mal à la gorge depuis 3 jours", "Mon fils de 4 ans tousse la nuit",
          "My nan (88) has become really confused over the last two days",
          "Weeing every half hour, it stings. No fever, 29F. Is it a UTI?",
          "Bloating and cramps that ease after I go, loose stools for about a year",
          "I'm 34 and haven't been for 4 days, what is it?", "my wrist hurts when I type",
          "Ma fille a des plaques rouges sur les bras, c'est quoi ?",
          "my 10 month old keeps pulling at her ear"}) {
        EXPECT_TRUE(is_personal_prompt(prompt)) << prompt;
    }
    for (const char* prompt :
         {"", "C'est quoi un torticolis ?", "What is constipation?",
          "Quels sont les symptômes d'une cystite ?", "Can you explain what a sprain is?",
          "My essay on the history of vaccines is due tomorrow"}) {
        EXPECT_FALSE(is_personal_prompt(prompt)) << prompt;
    }
}

struct PromptCase {
    const char* sentence;
    std::optional<ClaimKind> personal;  // under a question about the user's own case
    std::optional<ClaimKind> general;   // under a general question, or without a prompt
};

class ClaimsWithPromptCase : public ::testing::TestWithParam<PromptCase> {};

TEST_P(ClaimsWithPromptCase, DependsOnThePrompt) {
    const auto& c = GetParam();
    SentenceContext personal;
    personal.personal_prompt = true;
    EXPECT_EQ(classify_sentence(c.sentence, personal), c.personal) << c.sentence;
    EXPECT_EQ(classify_sentence(c.sentence, SentenceContext{}), c.general) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    CaseSentences, ClaimsWithPromptCase,
    ::testing::Values(
        // "ça", "it", "this" or a description of the symptoms, usual, hedged or named.
        PromptCase{"Une douleur qui lance dans l'oreille après un rhume, c'est le plus souvent "
                   "une otite.",
                   kDiagnosis, kNone},
        PromptCase{"Ça, c'est en général une tendinite.", kDiagnosis, kNone},
        PromptCase{"It's usually a tension headache.", kDiagnosis, kNone},
        PromptCase{"That's what's called a sprain.", kDiagnosis, kNone},
        PromptCase{"Doctors call this plantar fasciitis.", kDiagnosis, kNone},
        PromptCase{"Cette plaque qui gratte, on l'appelle un eczéma de contact.", kDiagnosis,
                   kNone},
        // Information either way: a definition, a conditional, a class, a negation, a purpose,
        // how often, a condition as the subject.
        PromptCase{"L'otite, c'est le plus souvent une infection virale.", kNone, kNone},
        PromptCase{"Si c'est une angine, le test rapide le dira.", kNone, kNone},
        PromptCase{"C'est une maladie bénigne.", kNone, kNone},
        PromptCase{"Ce n'est pas une otite.", kNone, kNone},
        PromptCase{"It's usually the best way to ease a cold.", kNone, kNone},
        PromptCase{"C'est le meilleur moyen d'éviter une otite.", kNone, kNone},
        PromptCase{"Ça ressemble parfois à une allergie.", kNone, kNone},
        PromptCase{"If it's a migraine, rest in a dark room.", kNone, kNone},
        PromptCase{"Constipation is usually defined as fewer than three stools a week.", kNone,
                   kNone}));

// Features scored together (diagnosis_features.cpp): a cue that ties the case to one
// condition, what it names, and whom it is about; vetoed by a possibility, a negation, a
// conditional, several options, a population, a professional or a definition after it.
INSTANTIATE_TEST_SUITE_P(
    FeatureSentences, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"Ce que vous traversez ressemble beaucoup à un épisode dépressif : la "
                   "tristesse, la fatigue.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"What you're describing sounds very much like panic attacks: sudden surges "
                   "of fear.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Chez votre père, c'est vraisemblablement l'amlodipine qui en est "
                   "responsable.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Your new amlodipine tablets are most likely the culprit behind the ankle "
                   "swelling.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Vos douleurs correspondent bien à une névralgie d'Arnold.", kDiagnosis,
                   kDiagnosis},
        // A description of the symptoms is the user's case only after a personal question,
        // and only with a cue stronger than "typical of".
        PromptCase{"That barking, seal-like cough with a hoarse voice is classic croup.",
                   kDiagnosis, kNone},
        PromptCase{"Sudden pain in the big toe at night after beer is a textbook description of "
                   "a gout attack.",
                   kDiagnosis, kNone},
        PromptCase{"Raised, itchy welts that move from place to place are characteristic of "
                   "hives.",
                   kNone, kNone},
        // Vetoes.
        PromptCase{"Ce que vous décrivez peut ressembler à une migraine.", kNone, kNone},
        PromptCase{"Ce que vous décrivez ne ressemble pas à une migraine.", kNone, kNone},
        PromptCase{"Si vos douleurs ressemblent à une sciatique, consultez.", kNone, kNone},
        PromptCase{"Vos symptômes ressemblent à plusieurs infections virales.", kNone, kNone},
        PromptCase{"Your symptoms sound like a migraine or a tension headache.", kNone, kNone},
        PromptCase{"Your doctor will say whether it looks like eczema.", kNone, kNone},
        PromptCase{"Chez l'adulte, ce type de douleur ressemble le plus souvent à une sciatique.",
                   kNone, kNone},
        PromptCase{"A cold that moves to the chest in a baby is typical of bronchiolitis, a "
                   "viral chest infection.",
                   kNone, kNone},
        PromptCase{"Gout is a classic example of crystal arthritis.", kNone, kNone},
        PromptCase{"Your plan sounds like a good idea.", kNone, kNone}));

// Verbless treatments anywhere in an answer to the user's own case, identities with the user's
// symptom as the subject, and more resemblance cues (dev-l).
INSTANTIATE_TEST_SUITE_P(
    VerblessAndIdentities, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"Paracetamol 1 g every 6 hours for the pain and the fever, with lots of "
                   "fluids.",
                   kPrescription, kNone},
        PromptCase{"Jusqu'à jeudi : paracétamol 1 g toutes les 6 heures, 3 g par jour maximum.",
                   kPrescription, kNone},
        PromptCase{"En attendant le médecin, de l'ibuprofène au milieu du repas, matin, midi et "
                   "soir, pendant 3 jours.",
                   kPrescription, kNone},
        PromptCase{"Atovaquone-proguanil, one tablet a day, starting 1–2 days before you arrive.",
                   kPrescription, kPrescription},
        PromptCase{"Peppermint oil capsules, one three times a day before meals.", kPrescription,
                   kNone},
        // Not verbless, a lab value, a label of information, a population, a product no
        // dictionary knows without a dose.
        PromptCase{"Paracetamol 1 g every 6 hours is the usual adult dose.", kNone, kNone},
        PromptCase{"Ferritine | 8 µg/L | 15 – 150 µg/L environ |", kNone, kNone},
        PromptCase{"Typical doses: paracetamol 1 g every 6 hours.", kNone, kNone},
        PromptCase{"Some older statins, like simvastatin, work best when taken at night.", kNone,
                   kNone},
        PromptCase{"MétéoSuisse publie chaque jour les prévisions polliniques.", kNone, kNone},
        // Identities and resemblances.
        PromptCase{"Ce rash est selon moi une urticaire de contact.", kDiagnosis, kDiagnosis},
        PromptCase{"Greasy scaling that flares every winter: this one is seborrhoeic dermatitis.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"With normal bloods and cramps that settle, your picture is IBS.", kDiagnosis,
                   kDiagnosis},
        PromptCase{"Your numbers say prediabetes, not diabetes.", kDiagnosis, kDiagnosis},
        PromptCase{"Here the timing points squarely at the amoxicillin.", kDiagnosis, kNone},
        PromptCase{"Votre portrait colle pas mal à un RGO avec toux de reflux.", kDiagnosis,
                   kDiagnosis},
        PromptCase{"Ce rash n'est pas une urticaire.", kNone, kNone},
        // A dose that "corresponds" is a prescription, not a resemblance.
        PromptCase{"Votre enfant pèse 12 kg : cela correspond à 180 mg de paracétamol.",
                   kPrescription, kPrescription},
        PromptCase{"A thyroid antibody test, which shows how likely hypothyroidism is.", kNone,
                   kNone},
        // A definition of the condition just asked about is not the user's case.
        PromptCase{"Croup is very common: it's a viral infection of the voice box.", kNone, kNone},
        PromptCase{"Oui, la goutte peut toucher le genou : c'est une arthrite due à des cristaux.",
                   kNone, kNone}));

// The speaker's own bet names the case the question asked about (dev-k).
INSTANTIATE_TEST_SUITE_P(
    SpeakersBet, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"Franchement, je parierais d'abord sur une maladie d'Osgood-Schlatter, qui est "
                   "l'explication la plus classique.",
                   kDiagnosis, kNone},
        PromptCase{"Mon intuition serait une maladie de Horton, c'est-à-dire une inflammation des "
                   "artères.",
                   kDiagnosis, kNone},
        PromptCase{"Honestly, my money would be on the amlodipine here.", kDiagnosis, kNone},
        PromptCase{"When you put together a weak stream and trips at night, I'd lean pretty "
                   "strongly towards benign prostatic enlargement (BPH).",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Le tableau est très clairement celui de croûtes de lait.", kDiagnosis, kNone},
        PromptCase{"Puis une éruption quand la fièvre tombe : c'est le scénario typique de la "
                   "roséole, qu'on appelle aussi exanthème subit.",
                   kDiagnosis, kNone},
        PromptCase{"This has all the hallmarks of pyloric stenosis, a thickening of the muscle.",
                   kDiagnosis, kNone},
        PromptCase{"Ça m'a tout l'air d'une péricoronarite, c'est-à-dire une infection de la "
                   "gencive.",
                   kDiagnosis, kNone},
        // Instructions in the speaker's voice.
        PromptCase{"Le plus logique serait de prendre de l'acétazolamide à 125 mg matin et soir.",
                   kPrescription, kPrescription},
        PromptCase{"For a short trip like yours, I'd go for atovaquone-proguanil, one adult tablet "
                   "once a day.",
                   kPrescription, kPrescription},
        PromptCase{"Je mettrais un bain de bouche à la chlorhexidine, deux fois par jour.",
                   kPrescription, kPrescription},
        // Not instructions: "Sur place", a professional's future, "are used".
        PromptCase{"Sur place, les médecins feront une prise de sang et décideront de débuter des "
                   "corticoïdes.",
                   kNone, kNone},
        PromptCase{"À 13 ans, en pleine poussée de croissance, les os grandissent plus vite.",
                   kNone, kNone}));

// Mixed blind batches (dev-n, dev-o): contrasts, definitions, what a professional will do.
INSTANTIATE_TEST_SUITE_P(
    MixedBatches, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"A red, itchy ring with a clearer centre is almost certainly ringworm (tinea "
                   "corporis), a fungal skin infection.",
                   kDiagnosis, kNone},
        PromptCase{"Une plaque rouge et chaude, accompagnée de fièvre : ce tableau fait fortement "
                   "penser à un érysipèle, une infection bactérienne de la peau.",
                   kDiagnosis, kNone},
        PromptCase{"Ce que tu décris — brûlures en urinant, pas de fièvre — c'est typiquement une "
                   "cystite simple.",
                   kDiagnosis, kNone},
        PromptCase{"Your dry cough since starting lisinopril is most likely a side effect of the "
                   "lisinopril itself.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Le mieux est qu'il prenne 1 g de paracétamol jusqu'à trois fois par jour.",
                   kPrescription, kPrescription},
        PromptCase{"Have him apply a pea-sized amount of adapalene 0.1% gel every other night.",
                   kPrescription, kPrescription},
        PromptCase{"Paracetamol can ease the pain: use the dose for her weight on the bottle.",
                   kPrescription, kPrescription},
        // Not claims.
        PromptCase{"That's typical of an outer ear canal problem, whereas a middle ear infection "
                   "usually doesn't hurt.",
                   kNone, kNone},
        PromptCase{"Benzoyl peroxide bleaches fabric: use white towels and pillowcases.", kNone,
                   kNone},
        PromptCase{"Il pourra nettoyer la zone et te prescrire un antibiotique.", kNone, kNone},
        PromptCase{"Ce sont des infections fréquentes, qui se soignent bien.", kNone, kNone},
        PromptCase{"When attacks keep recurring, doctors call this panic disorder.", kNone, kNone},
        PromptCase{"The flu is caused by influenza A and B viruses.", kNone, kNone},
        PromptCase{"Associez des aliments riches en vitamine C, comme les agrumes.", kNone, kNone},
        PromptCase{"Des douleurs récurrentes avec un bilan normal orientent classiquement vers un "
                   "trouble fonctionnel.",
                   kNone, kNone},
        // dev-p: "contre-indiqué" is not "indique", "on parle de" names without diagnosing, a
        // condition as the subject mid-sentence.
        PromptCase{"Il est contre-indiqué en cas d'antécédent de cancer du sein ou de phlébite.",
                   kNone, kNone},
        PromptCase{"Une confusion doit être prise au sérieux : on parle de syndrome confusionnel.",
                   kNone, kNone},
        PromptCase{"Colds are caused by many viruses; the flu is caused by influenza viruses.",
                   kNone, kNone},
        PromptCase{"Avec 5 cafés par jour, ta consommation de caféine est vraisemblablement la "
                   "cause de ces palpitations.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Sneezing every spring means you almost certainly have seasonal allergic "
                   "rhinitis.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Chest tightness uphill that eases with rest is the textbook pattern of stable "
                   "angina.",
                   kDiagnosis, kNone},
        // dev-q: a fear for this case, the likeliest cause named after it, evidence whose
        // subject is a symptom, a past identity, "Treat everyone…", "each day".
        PromptCase{"Une douleur qui serre dans la poitrine avec des sueurs fait craindre un "
                   "infarctus du myocarde.",
                   kDiagnosis, kNone},
        PromptCase{
            "At 58, with a weaker stream, the likeliest cause is an enlarged prostate, known "
            "as benign prostatic hyperplasia.",
            kDiagnosis, kNone},
        PromptCase{"Hives appearing within minutes of her first taste of peanut strongly suggest a "
                   "peanut allergy.",
                   kDiagnosis, kNone},
        PromptCase{"Given the normal ECG, what you went through was almost certainly a panic "
                   "attack.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Treat everyone in the household on the same day with mebendazole.",
                   kPrescription, kPrescription},
        PromptCase{"Then keep taking the rest of the pack at your usual time each day.",
                   kPrescription, kPrescription},
        PromptCase{"Pendant la crise : la colchicine est le traitement de référence, 1 mg au "
                   "début de la crise.",
                   kNone, kNone},
        // dev-r, dev-s, dev-t: a firm hedge with the user and a drug or condition, whatever
        // the verb; "l'aspect typique d'…" after a description; fewer false instructions.
        PromptCase{"Chez votre père, ces bleus sont très vraisemblablement un effet du Kardégic.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Oui, selon toute probabilité, c'est l'amlodipine qui fait gonfler vos "
                   "chevilles.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Une plaque rouge qui s'étend autour de la piqûre de tique : c'est l'aspect "
                   "typique d'un érythème migrant.",
                   kDiagnosis, kNone},
        PromptCase{"Vous aurez très probablement besoin d'un antibiotique.", kNone, kNone},
        PromptCase{"Le manque de fer commence à gêner la fabrication des globules rouges.", kNone,
                   kNone},
        PromptCase{"Le peroxyde de benzoyle peut décolorer le linge, prends-en des blanches.",
                   kNone, kNone},
        PromptCase{"Rinse your mouth with water and spit after every use of your inhaler.", kNone,
                   kNone},
        PromptCase{"Give your pharmacist a full list of what you take, including supplements.",
                   kNone, kNone},
        PromptCase{"Non, un PSA à 5,2 ne permet pas de dire que vous avez un cancer.", kNone,
                   kNone},
        PromptCase{"After you've had chickenpox, the virus stays dormant in nerve roots.", kNone,
                   kNone},
        PromptCase{"Une valeur de 7,8 % correspond à une glycémie moyenne d'environ 1,77 g/L.",
                   kNone, kNone},
        // dev-x, dev-y, dev-z: an aside between dashes, elided articles, a negation far from
        // the cue, French "-ité" nouns, comparisons and general statements.
        PromptCase{"Your lump - firm, painless, no longer red - is most likely a chalazion.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"C'est l'aspect typique de l'eczéma atopique.", kDiagnosis, kNone},
        PromptCase{"Vomiting 8 times a day and not being able to keep water down sounds like "
                   "hyperemesis gravidarum.",
                   kDiagnosis, kNone},
        PromptCase{"Le fer peut noircir les selles et constiper, c'est sans gravité.", kNone,
                   kNone},
        PromptCase{"Ce sont deux infections virales des voies respiratoires.", kNone, kNone},
        PromptCase{"Heavy menstrual bleeding is the leading cause of iron deficiency in women.",
                   kNone, kNone},
        PromptCase{"Take photos of the rash before you see a doctor about penicillin allergy.",
                   kNone, kNone},
        PromptCase{"Trois chutes en quelques mois, c'est un signal à prendre au sérieux, même "
                   "sans fracture.",
                   kNone, kNone}));

// "See a GP if:" makes its list items conditions, not claims.
TEST(Claims, TopicHeadingsAreNotPrescriptions) {
    const std::string text =
        "Voici une synthèse.\n\n## 1. Place du méthotrexate\n\nLe méthotrexate est le "
        "traitement de fond.\n";
    EXPECT_TRUE(find_claims(text, false, true).empty());
}

TEST(Claims, ConditionalLeadInItemsAreNotClaims) {
    const std::string text =
        "**See a GP if**\n- it hasn't improved after 2 weeks,\n- you have diabetes.\n\n"
        "Consultez si :\n- vous avez de la fièvre.\n";
    EXPECT_TRUE(find_claims(text, true).empty());
}

struct CarryCase {
    const char* previous;
    const char* sentence;
    std::optional<ClaimKind> kind;
};

class ClaimsCarryTheAddressee : public ::testing::TestWithParam<CarryCase> {};

TEST_P(ClaimsCarryTheAddressee, ToAVerblessDose) {
    const auto& c = GetParam();
    SentenceContext context;
    context.previous = c.previous;
    EXPECT_EQ(classify_sentence(c.sentence, context), c.kind) << c.previous << " " << c.sentence;
    EXPECT_EQ(classify_sentence(c.sentence), kNone) << c.sentence;  // alone, nobody is addressed
}

INSTANTIATE_TEST_SUITE_P(
    Doses, ClaimsCarryTheAddressee,
    ::testing::Values(
        CarryCase{"Pour vous, le plus simple : une crème antifongique.",
                  "Terbinafine deux fois par jour pendant une semaine.", kPrescription},
        CarryCase{"For you, a short course makes sense.",
                  "Ibuprofen 400 mg three times a day with food.", kPrescription},
        CarryCase{"Pour lui, uniquement du paracétamol.", "15 mg/kg toutes les 6 heures.",
                  kPrescription},
        // General information, a conditional, a doctor, a limit, no dose.
        CarryCase{"Le paracétamol est l'antalgique de référence.", "1 g toutes les 6 heures.",
                  kNone},
        CarryCase{"Si vous avez de la fièvre, le paracétamol convient.", "1 g toutes les 6 heures.",
                  kNone},
        CarryCase{"Votre médecin peut vous prescrire un antibiotique.", "1 g deux fois par jour.",
                  kNone},
        CarryCase{"Vous ne devez pas dépasser cette dose.", "1 g toutes les 6 heures.", kNone},
        CarryCase{"Pour vous, le plus simple : du paracétamol.", "Une tisane de thym le soir.",
                  kNone}));

TEST(ClaimsWithPrompt, AnalyzeTiesTheAnswerToAPersonalPrompt) {
    const std::string text =
        "Un cou bloqué et douloureux au réveil, sans fièvre, c'est ce qu'on appelle un "
        "torticolis. Appliquez de la chaleur et bougez doucement.";
    auto claims_with = [&](std::string_view prompt) {
        AnalyzeOptions options;
        options.prompt = prompt;
        return analyze(text, options).claims.size();
    };
    EXPECT_EQ(claims_with("Je me suis réveillé avec le cou bloqué, j'ai mal"), 1U);
    EXPECT_EQ(claims_with("C'est quoi un torticolis ?"), 0U);
    EXPECT_EQ(claims_with(""), 0U);
}

TEST(ClaimsWithPrompt, FindClaimsCarriesForYouToTheNextSentence) {
    const std::string text =
        "Pour vous, le plus simple : une crème antifongique. Éconazole deux fois par jour.";
    const auto claims = find_claims(text);
    ASSERT_EQ(claims.size(), 1U);
    EXPECT_EQ(claims[0].kind, ClaimKind::prescription);
    EXPECT_EQ(text.substr(claims[0].range.begin, claims[0].range.end - claims[0].range.begin),
              "Éconazole deux fois par jour.");
}

// Session 4: wordings from the blind batches dev-ad … dev-ag, and their hard negatives.
INSTANTIATE_TEST_SUITE_P(
    BlindRoundNine, ClaimsWithPromptCase,
    ::testing::Values(
        // An absent symptom and brackets do not negate the cue.
        PromptCase{"Ce que vous décrivez (brûlures en urinant, pas de fièvre) correspond "
                   "typiquement à une cystite aiguë simple.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Your mix of fever, swollen glands and no cough is the classic pattern for "
                   "strep throat.",
                   kDiagnosis, kDiagnosis},
        // A modal inside a resemblance; a long story that opens with a condition.
        PromptCase{"A cold last week followed by fever, fussiness and tugging at one ear sounds "
                   "like she may have a middle ear infection.",
                   kDiagnosis, kNone},
        // "the day before" is a time, not a conditional.
        PromptCase{"That seal-like bark, the hoarse voice and a runny nose the day before are the "
                   "hallmark signs of croup.",
                   kDiagnosis, kNone},
        // A long description of the person's case that is typical of one condition.
        PromptCase{"A hot, red, painful wedge on one breast with fever and flu-like aches, five "
                   "weeks after birth, is typical of mastitis.",
                   kDiagnosis, kNone},
        PromptCase{"L'ensemble de ces signes fait penser avant tout à une angine à streptocoque.",
                   kDiagnosis, kNone},
        PromptCase{"Tout évoque une aponévrosite plantaire.", kDiagnosis, kNone},
        PromptCase{"Un rhume puis une fièvre élevée : chez votre fils, je pense d'abord à une "
                   "otite moyenne aiguë.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"My best guess, from what you've shared, is that you're going through a "
                   "depressive episode.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Très probablement un rhume des foins.", kDiagnosis, kNone},
        PromptCase{"Sounds like exercise-induced bronchoconstriction.", kDiagnosis, kNone},
        PromptCase{"Cris soudains en début de nuit et aucun souvenir au réveil : votre fils fait "
                   "des terreurs nocturnes.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Tiny whitish specks glued to the hair shafts: she has head lice.", kDiagnosis,
                   kDiagnosis},
        PromptCase{"Make sure she takes the metformin in the middle of a meal.", kPrescription,
                   kPrescription},
        PromptCase{"Repeat the dimeticone application 7 days later.", kPrescription, kPrescription},
        // Hard negatives: hygiene, home care, fluids, "try not to", a doctor's decision, a
        // verb inside an opening condition, a sign named with an article, what a test is for,
        // returning a drug, a participle after a description, quoted words, "nothing".
        PromptCase{"Lave ton visage matin et soir avec un gel nettoyant doux.", kNone, kNone},
        PromptCase{"You can give him 2 teaspoons (10 mL) of honey every 10 minutes.", kNone, kNone},
        PromptCase{"Proposez-lui une solution de réhydratation orale, une cuillère à café toutes "
                   "les 2 à 5 minutes.",
                   kNone, kNone},
        PromptCase{"Try not to take painkillers on more than 10 days a month.", kNone, kNone},
        PromptCase{"If your readings stay high, or if your risk is elevated, your doctor may "
                   "start a medicine such as an ACE inhibitor.",
                   kNone, kNone},
        PromptCase{"A doctor typically starts carbamazepine at a low dose (100 mg once or twice "
                   "daily).",
                   kNone, kNone},
        PromptCase{"C'est le signe le plus fréquent de cette infection transmise par les tiques.",
                   kNone, kNone},
        PromptCase{"They'll usually do spirometry to confirm it and look for underlying asthma.",
                   kNone, kNone},
        PromptCase{"I'd leave the amoxicillin in the cupboard, or better, take it back to a "
                   "pharmacy.",
                   kNone, kNone},
        PromptCase{"La cétirizine est un antihistaminique, utilisé contre la rhinite allergique.",
                   kNone, kNone},
        PromptCase{"Nothing you describe suggests a dangerous whole-body reaction.", kNone, kNone},
        PromptCase{"Colds are caused by many viruses; the flu is caused by influenza viruses.",
                   kNone, kNone}));

// Wordings from the blind batches dev-ai … dev-ak, and their hard negatives.
INSTANTIATE_TEST_SUITE_P(
    BlindRoundEleven, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"Avec une cloque qui se forme rapidement, il s'agit d'une brûlure du deuxième "
                   "degré superficiel.",
                   kDiagnosis, kNone},
        PromptCase{"Le coupable le plus probable est le Lasilix : c'est un diurétique.", kDiagnosis,
                   kNone},
        PromptCase{"Avec ce que tu décris (fin de journée, pas de fièvre), c'est très probablement "
                   "une céphalée de tension.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Vous avez donc un diabète gestationnel.", kDiagnosis, kDiagnosis},
        PromptCase{"Vu le moment où elle est apparue, ta diarrhée vient sûrement de "
                   "l'amoxicilline.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"For someone running 60 km a week, a rate of 48 most likely reflects athletic "
                   "bradycardia.",
                   kDiagnosis, kNone},
        PromptCase{"Votre résultat de 1,15 g/L vous situe donc dans la zone dite de prédiabète.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Needing albuterol four times a week means your asthma is not well controlled "
                   "at the moment.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Prends le comprimé oublié tout de suite.", kPrescription, kPrescription},
        PromptCase{"Ce soir, reprends la plaquette à ton heure habituelle.", kPrescription,
                   kPrescription},
        // Hard negatives.
        PromptCase{"A positive result shows that the immune system has noticed peanut; it does "
                   "not show that eating peanut will cause a reaction.",
                   kNone, kNone},
        PromptCase{"Votre ECBU est positif : il montre une réaction inflammatoire et une "
                   "bactérie.",
                   kNone, kNone},
        PromptCase{"Côté assiette, privilégiez le fer bien absorbé (viande rouge, poissons) et "
                   "associez les légumineuses à une source de vitamine C.",
                   kNone, kNone},
        PromptCase{"Cut back on saturated fat and add soluble fiber (oats, beans, psyllium).",
                   kNone, kNone},
        PromptCase{"Apply a barrier cream over the top once the antifungal has absorbed.", kNone,
                   kNone},
        PromptCase{"If you're still below 70 mg/dL, repeat with another 15 grams.", kNone, kNone},
        PromptCase{"La clé, c'est la progressivité.", kNone, kNone},
        // A long one-clause description of the case, a copula and a condition; not a
        // description that is the hallmark of a condition, nor a clause after a colon.
        PromptCase{"Swelling that spreads over a day to cover much of the forearm, with itching "
                   "and warmth but no breathing or facial symptoms, is a large local reaction to "
                   "the sting.",
                   kDiagnosis, kNone},
        PromptCase{"Sudden surges of intense fear with a pounding heart and breathlessness that "
                   "peak within minutes and then pass are the hallmark of panic attacks.",
                   kNone, kNone},
        PromptCase{"HbA1c reflects your average blood sugar over the last 2–3 months: below 42 "
                   "is normal, 42–47 is the prediabetes range.",
                   kNone, kNone},
        // Instructions: "renouvelle", "mâche-en", "qu'elle prenne", tapering.
        PromptCase{"Renouvelle la prise toutes les 6 heures si la fièvre le gêne, sans dépasser 4 "
                   "prises par 24 heures.",
                   kPrescription, kPrescription},
        PromptCase{"Garde des gommes à 2 mg sur toi et mâche-en une dès qu'une envie forte "
                   "arrive.",
                   kPrescription, kPrescription},
        PromptCase{"Vous pouvez réduire d'un quart de comprimé toutes les deux semaines : 7,5 mg, "
                   "puis 5 mg.",
                   kPrescription, kPrescription},
        PromptCase{"Il peut aussi réduire l'effet protecteur de l'aspirine sur votre stent.", kNone,
                   kNone}));

// Wordings from the random-mix batches dev-al … dev-ao and the emphasis batch dev-ah.
INSTANTIATE_TEST_SUITE_P(
    BlindRoundTwelve, ClaimsWithPromptCase,
    ::testing::Values(
        PromptCase{"Le coupable le plus probable de vos réveils nocturnes, c'est le furosémide "
                   "avalé au dîner.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Avec une fièvre brutale et des douleurs aux poignets, ça ressemble fort à un "
                   "chikungunya.",
                   kDiagnosis, kDiagnosis},
        PromptCase{"Vous n'êtes pas diabétique, mais vous êtes dans la zone du prédiabète.",
                   kDiagnosis, kNone},
        PromptCase{"Pain on pressing one spot of your chest wall points strongly toward "
                   "costochondritis.",
                   kDiagnosis, kDiagnosis},
        PromptCase{
            "Honestly, with heavy periods and constant exhaustion, iron deficiency is almost "
            "certainly what's going on with her.",
            kDiagnosis, kNone},
        PromptCase{"Chez une jeune femme végane, ces fourmillements font penser en premier lieu à "
                   "une carence en vitamine B12.",
                   kDiagnosis, kNone},
        // Hard negatives.
        PromptCase{"A clear discharge fits chlamydia slightly better, while thick yellow-green pus "
                   "is more typical of gonorrhoea.",
                   kNone, kNone},
        PromptCase{"From what you describe, this is very unlikely to be cancer, but it's still "
                   "worth getting it confirmed.",
                   kNone, kNone},
        PromptCase{"A swab from a sore confirms the diagnosis and the type.", kNone, kNone},
        PromptCase{"Ce que vous décrivez est important et mérite une consultation.", kNone, kNone},
        PromptCase{"Cramps also come and go on their own, which is one reason supplements often "
                   "seem to work.",
                   kNone, kNone},
        PromptCase{"Test it: cut out milk and ice cream for 2 weeks, then reintroduce a glass of "
                   "milk.",
                   kNone, kNone},
        PromptCase{"Si le test est positif, un antibiotique (le plus souvent de l'amoxicilline "
                   "pendant 6 jours) sera prescrit.",
                   kNone, kNone},
        PromptCase{"Une ferritine à 8 µg/L signifie que vos réserves en fer sont presque vides.",
                   kNone, kNone},
        PromptCase{"Check TPO antibodies: if positive, they suggest Hashimoto's thyroiditis.",
                   kNone, kNone},
        PromptCase{"Go in urgently if you develop a fever or pus: those point more toward an "
                   "infection.",
                   kNone, kNone},
        PromptCase{"Un médicament récemment ajouté ou modifié (somnifères, antidouleurs à base de "
                   "codéine).",
                   kNone, kNone}));

TEST(Claims, AHeadingKeepsTheConditionNamedBeforeIt) {
    const std::string text =
        "Ce que vous décrivez fait beaucoup penser à un molluscum contagiosum chez votre fille.\n\n"
        "**En quelques mots**\n- C'est une infection virale bénigne de la peau, très fréquente "
        "entre 2 et 10 ans.\n";
    ASSERT_EQ(find_claims(text, true).size(), 1U);
}

TEST(Claims, ADefinitionAfterASentenceThatNamedTheConditionIsNotADiagnosis) {
    const std::string text =
        "Ce que vous décrivez correspond typiquement à une cystite aiguë simple. C'est une "
        "infection de la vessie très fréquente chez la femme.";
    const auto claims = find_claims(text, true);
    ASSERT_EQ(claims.size(), 1U);
    EXPECT_EQ(text.substr(claims[0].range.begin, claims[0].range.end - claims[0].range.begin),
              "Ce que vous décrivez correspond typiquement à une cystite aiguë simple.");
}

TEST(Claims, ConditionsAfterIfAndUnderWhenHeadingsAreNotClaims) {
    const std::string text =
        "**Get seen sooner if** you have a fever, the swelling spreads, or you have diabetes.\n\n"
        "### Quand en parler à votre médecin\n- Vos urines deviennent foncées, ou vous avez des "
        "vertiges.\n";
    EXPECT_TRUE(find_claims(text, true).empty());
}

}  // namespace
}  // namespace gardefou::answers
