// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// How chatbots word a prescription, in French and English, on folded text: an instruction verb
// (imperative, a modal with an infinitive, "il faut", "I'd recommend") or a dose addressed to
// the user ("la posologie pour vous est de…"), around a drug, a dose or a schedule.
#include "answers/claim_patterns.h"

#include <stdexcept>
#include <string>

namespace gardefou::answers {

namespace {

// Imperatives, second person plural and singular (folded: "prenez", "donnez-lui", "mets").
const std::string kImperativeFr =
    "(?:prenez|prends|reprenez|reprends|avalez|avale|appliquez|applique|utilisez|utilise|mettez|"
    "mets|traitez|espacez|"
    "remplissez|renouvelez|renouvelle|terminez|finissez|machez|mache|croquez|croque|"
    "qu'(?:il|elle) (?:prenne|applique|utilise|mette|reprenne)|"
    "donnez|donne|essayez|essaie|administrez|vaporisez|pulverisez|instillez|commencez|"
    "commence|optez pour|privilegiez|alternez|augmentez|doublez|massez|sucez|laissez fondre|"
    "dissolvez|diluez|inhalez|reprenez|poursuivez|passez a|comptez|associez|ajoutez|"
    "placez|posez|introduisez|inserez|badigeonnez|tamponnez|etalez|etale|deposez|"
    "versez|frictionnez|lavez|lave|rincez|rince|nettoyez|gargarisez-vous|"
    "je vous prescris|faites(?:-lui|-leur)? prendre|fais-lui prendre)(?:-(?:en|lui|leur|le|la|"
    "les))?";
// Infinitives after a modal or an advice verb ("vous pouvez lui donner", "il faut prendre").
const std::string kInfinitiveFr =
    "(?:prendre|utiliser|appliquer|essayer|donner|commencer|avaler|alterner|privilegier|"
    "augmenter|mettre|administrer|vaporiser|instiller|masser|sucer|laisser fondre|diluer|"
    "associer|ajouter|poursuivre|reprendre|passer a|recourir a|opter pour|tenter|placer|poser|"
    "introduire|inserer|badigeonner|tamponner|etaler|deposer|verser|laver|rincer|nettoyer|"
    // Tapering: "Vous pouvez réduire d'un quart de comprimé toutes les deux semaines".
    "(?:reduire|diminuer|baisser)(?: la dose| les doses| progressivement)? (?:d'un (?:quart|"
    "demi|tiers)|de moitie))";
const std::string kModalFr =
    "(?:je vous (?:conseille|recommande|suggere|propose)|je te (?:conseille|recommande|"
    "suggere)|tu (?:peux|pourrais|dois|devrais|vas)|vous (?:pouvez|pourriez|devez|devriez|"
    "allez|pourrez|devrez)|(?:il|elle|ils|elles|on) (?:peut|peuvent|pourra|pourrait|doit|"
    "doivent|devra|devrait)|il (?:vous |lui |leur )?faut|il (?:vous |lui )?suffit|"
    "je vous invite|n'hesitez pas|pensez|le mieux est|il est (?:conseille|recommande|"
    "preferable|possible)|"
    // Polite and conditional forms: "Je vous recommanderais de", "Il serait judicieux de",
    // "Vous auriez intérêt à", "Le mieux serait de".
    "je (?:vous|te) (?:conseillerais|recommanderais|suggererais|proposerais)|il (?:vous |te |"
    "lui )?(?:serait|sera) (?:judicieux|bon|utile|preferable|raisonnable|sage|souhaitable|"
    "indique|conseille|recommande|interessant)|(?:vous auriez|tu aurais|il aurait|elle aurait) "
    "(?:tout )?interet|le (?:mieux|plus simple|plus efficace|plus sur|plus sage|premier reflexe) "
    "(?:est|serait|sera|"
    "c'est)|vous gagneriez|tu "
    "gagnerais)";
// Imperatives and modals in English.
const std::string kVerbEn =
    "(?:take|give|apply|use|try|start|alternate|put|rub|spray|chew|swallow|dissolve|insert|treat|"
    "inhale|switch to|keep taking|increase|add|moisturi[sz]e|rinse|gargle|wash|shampoo|"
    "place|dab|soak|instil|instill|drip|squeeze|sip|suck|mix|stir|spread|smooth|"
    "insert|stick to|go on (?:taking|using|with)|continue|carry on|restart|resume|go for|go "
    "ahead with|finish|"
    "complete|repeat|keep using|make sure (?:you|she|he|they|your \\w+) (?:takes?|uses?|gives?|"
    "applies|apply))";
const std::string kModalEn =
    "(?:you|he|she|they|your \\w+) (?:can|could|should|may|might|must|need to|needs to|ought "
    "to|might want to|may want to|will need to|could also|can also|should also|will want to)";

const std::string kAdviceVerb =
    "(\\b" + kImperativeFr + "\\b|\\b" + kModalFr + " (?:aussi |egalement |tout a fait " +
    "|toujours |ensuite |simplement |alors |deja |meme |sans probleme )?(?:de |d'|a )?(?:lui " +
    "|leur |en |le |la |les )?" + kInfinitiveFr +
    "\\b|(?:^|[,:;|] |\\band )(?:then |also |simply |just |first,? " + "|now )?" + kVerbEn +
    "\\b|\\byou(?:'ll| will) (?:want|need) to (?:take|use|apply|give)\\b|" +
    "\\b(?:you|he|she|they|your \\w+) can (?:also |still )?have\\b|" + "\\b" + kModalEn +
    " (?:\\w+ )?" + kVerbEn + "\\b|\\bi(?:'d| would)? (?:recommend|suggest|" +
    "advise)(?: that you)? (?:take|taking|using|trying|starting|giving|applying|adding|" +
    "switching|you take|you use|you try|he takes|she takes|\\d|a |an |one |two |some )|" +
    "\\bje (?:vous |te )?(?:conseille|recommande|suggere|propose|prescris|conseillerais|" +
    "recommanderais|suggererais) (?:\\d|du |de la |des |un |une |l'|le |la )|" +
    // The subjunctive after advice ("Le mieux est qu'il prenne 1 g…") and "Have him apply…".
    "\\b(?:le mieux|l'ideal|il faut|il faudrait|il serait bon|il vaut mieux|mieux vaut|je "
    "conseille|je recommande)(?: est| serait| c'est)? (?:que |qu')(?:il|elle|vous|tu|ils|elles|"
    "(?:votre|ton|ta) \\w+) (?:prenne|preniez|prennes|prennent|utilise|utilisiez|applique|"
    "appliquiez|mette|mettiez|donne|donniez)\\b|\\b(?:have|get|let) (?:him|her|them|your \\w+) "
    "(?:to )?(?:take|apply|use|have|chew|swallow|give)\\b|" +
    "\\bthe (?:simplest|easiest|best|safest|quickest) (?:option|thing|approach|choice|way) "
    "(?:is|would be) to (?:go for|take|use|apply|give|try|start)\\b|" +
    "\\bit(?:'d| would) be (?:wise|sensible|a good idea|reasonable|best|worth) to (?:take|" +
    "give|use|start|try|apply)\\b|\\bconsider " +
    "(?:taking|using|trying|giving)\\b|\\b(?:make sure|be sure) (?:to|you) (?:take|give)\\b|" +
    "\\bit(?:'s| is) (?:fine|ok|okay|safe|best|reasonable) to (?:take|give|use|start)\\b|" +
    "\\bi(?:'d| would) (?:go with|go for|opt for|start with)\\b|\\bje (?:partirais sur|" +
    "commencerais par|opterais pour|mettrais|prendrais|donnerais|utiliserais|essaierais)\\b|"
    // "le plus logique serait de prendre", "un bon réflexe serait de lui donner", "ce qui marche
    // bien, c'est de prendre", "what usually works well here is to apply".
    "\\b(?:le plus \\w+|un bon reflexe|le bon reflexe|l'ideal|c'est|ce serait) (?:est |serait |"
    "sera |c'est )?(?:de |d')(?:lui |leur |en )?" +
    kInfinitiveFr +
    "\\b|\\bwhat (?:\\w+ )?works "
    "(?:\\w+ )?(?:well|best)(?: here| for you)? is (?:to|for (?:him|her|you|them) to) " +
    kVerbEn + "\\b|\\bi(?:'d| would) (?:take|use|give|try|put|apply|start)\\b)";

// A dose addressed to the user without an instruction verb: "La posologie pour vous est de 1 g",
// "Pour votre fils, comptez…", "Your dose would be 50 mg".
const std::string kAddressedDose =
    "(?:\\b(?:posologie|dose|dosage)s?(?: \\w+){0,2} (?:pour (?:vous|toi|lui|elle|votre \\w+|"
    "ton \\w+|ta \\w+)|for (?:you|him|her|your \\w+))\\b|\\b(?:votre|ta|ton|your) "
    "(?:posologie|dose|dosage)\\b|^(?:pour (?:vous|toi|lui|elle|(?:votre|ton|ta) \\w+(?: de \\d+ "
    "\\w+)?)|"
    "for (?:you|him|her|your \\w+(?: of \\d+ \\w+)?)),)";

}  // namespace

const std::string& professional_pattern() {
    static const std::string kProfessional =
        "(?:gp|doctor|pharmacist|nurse|infirmiere?|medecin|pharmacien|dentiste|dentist|"
        "specialiste|specialist|dermatologue|dermatologist|pediatre|paediatrician|pediatrician|"
        "sage-femme|midwife|clinician|prescriber)s?";
    return kProfessional;
}

std::string_view clause_before(std::string_view s, std::size_t pos) {
    const std::size_t lo = pos > 200 ? pos - 200 : 0;
    auto window = s.substr(lo, pos - lo);
    const auto cut = window.find_last_of(",;:(");
    if (cut != std::string_view::npos) window = window.substr(cut + 1);
    // A dash between spaces closes an aside too: "Your lump - firm, painless, no longer red -
    // is most likely a chalazion".
    const auto dash = window.rfind(" - ");
    return dash == std::string_view::npos ? window : window.substr(dash + 3);
}

std::unique_ptr<RE2> compile_claim_pattern(const std::string& pattern) {
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern, options);
    if (!re->ok()) throw std::logic_error("answers: a claim pattern does not compile");
    return re;
}

const ClaimPatterns& ClaimPatterns::get() {
    static const ClaimPatterns kPatterns = [] {
        ClaimPatterns p;
        p.diagnosis = diagnosis_rules();
        p.gates = diagnosis_gates();
        p.condition = compile_claim_pattern(condition_pattern());
        p.differential = compile_claim_pattern(
            "^,? ?(?:a |avec |to |with )?(?:plusieurs|differentes|de nombreuses|diverses|"
            "beaucoup de|several|many|various|a number of|a range of|different|multiple|plus qu|"
            "more than|autre chose|something other)");
        p.advice_verb = compile_claim_pattern(kAdviceVerb);
        p.strong_verb = compile_claim_pattern(
            "\\b(?:prenez|prends|prendre|donnez|donner|comptez|take|taking|give)\\b");
        p.dose = compile_claim_pattern(
            "(?:\\b\\d+(?:[.,]\\d+)? "
            "?(?:mg|mcg|micrograms?|microgrammes?|\\x{00b5}g|\\x{03bc}g|ug|ui|"
            "iu|ml|g|gouttes?|"
            "drops?|comprimes?|gelules?|cachets?|sachets?|tablets?|capsules?|pills?|puffs?|"
            "bouffees?|pulverisations?|sprays?|units?|unites?|doses?|patchs?|patches)\\b|"
            "\\b\\d+(?:[.,]\\d+)? ?mg/kg|\\b(?:un|une|deux|trois|quatre|one|two|three|four) "
            "(?:comprimes?|gelules?|cachets?|sachets?|tablets?|capsules?|pills?|puffs?|"
            "bouffees?|pulverisations?|gouttes?|drops?|doses?|sprays?)\\b|\\b\\d+ prises?\\b|"
            "\\b(?:un|une|deux|"
            "trois|one|two|three) (?:adult|child|children's|petits?|petites?|grands?|full|half|"
            "demi) (?:comprimes?|gelules?|tablets?|capsules?|pills?|sachets?|doses?)\\b)");
        p.schedule = compile_claim_pattern(
            "(?:toutes les \\d+(?:-\\d+| a \\d+)? ?(?:h|heures)\\b|\\b(?:\\d|une|deux|trois|"
            "quatre) fois par (?:jour|semaine)|matin,? (?:midi )?et soir|pendant \\d+(?: a \\d+)? "
            "(?:jours|"
            "semaines)|\\bpar jour\\b|au coucher|a jeun|every \\d+(?:-\\d+| to \\d+)? hours|"
            "every other day|(?:once|twice|three times|four times|\\d times) (?:a|per) "
            "(?:day|week)|for \\d+(?:-\\d+| to \\d+)? (?:days|weeks)|at bedtime|at "
            "night|\\bdaily\\b|per day|"
            "un jour sur deux|chaque (?:soir|matin|jour|nuit)|each (?:day|morning|evening|night)|"
            "a chaque prise|with each dose|at (?:your|the) usual time|a l'heure habituelle|a heure "
            "fixe|par 24 ?h(?:eures)?|per 24 hours|in 24 hours|au bout de "
            "\\d+ ?(?:h|heures)\\b|"
            "every "
            "(?:morning|evening|night|day))");
        p.conditional = compile_claim_pattern(
            "(?:^|\\W)(?:si|s'|if|when|quand|lorsque|whether|unless|once|meme si|sauf si|"
            "savoir si|que si)\\W*$|"
            // "after"/"before" open a clause; "a runny nose the day before" is a time.
            "(?:^|[^\\w ] ?|\\b(?:and|et|or|ou) )(?:after|apres|before|avant)\\W*$");
        p.negation = compile_claim_pattern(
            "(?:\\bne\\W*$|\\bne (?:lui|leur|le|la|les|en|vous|me|te|y)\\W*$|\\bn'$|\\bn'\\w+ "
            "pas\\W*$|\\b(?:don't|do not|never|ne jamais|jamais|"
            "not|not to|avoid|evitez|eviter|n'utilisez|ne prenez|ne donnez)\\W*$|ne (?:pas|jamais) "
            "$|"
            // "…ne permet pas de dire que vous avez…", "…doesn't mean that you have…".
            "\\b(?:ne|n')\\w* ?\\w* pas (?:de |d')?(?:dire|affirmer|conclure|savoir|penser|"
            "signifier)(?: que| qu')?\\W*$|\\b(?:doesn't|does not|don't|do not|cannot|can't|won't) "
            "(?:mean|tell|say|prove|show|confirm)(?: that)?\\W*$)");
        p.deferral = compile_claim_pattern(
            "(?:(?:sera|seront|serait|will be|would be) (?:alors |then |probablement |"
            "probably )?(?:prescrite?s?|prescribed|propose\\w*|offered)|comme (?:prescrit|indique "
            "par votre)|prescrite? par (?:votre|un)|as prescribed|"
            "prescribed by (?:your|a)|votre medecin vous a prescrit|your doctor (?:has )?"
            "prescribed|sur (?:avis|prescription) medical|only if your doctor|seulement si votre|"
            "\\b(?:pourra|peut|pourrait|va|devra) (?:vous |te |lui )?prescrire\\b|"
            // What a professional will do: "Il pourra… te prescrire un antibiotique".
            "\\b(?:te|vous|lui|leur) prescrire\\b|\\bprescribe (?:you|him|her|them)\\b|"
            "\\b(?:will|may|can|might|could) prescribe\\b)");
        p.addressed_dose = compile_claim_pattern(kAddressedDose);
        p.label_likely = compile_claim_pattern(
            "\\b(?:probables?|probablement|vraisemblables?|vraisemblablement|likely|probably|"
            "presumed|presumee?s?|suspected|suspectee?s?)\\b");
        p.label_noun = compile_claim_pattern(
            "\\b(?:diagnostics?|diagnosis|causes?|hypotheses?|hypothesis|explications?|"
            "explanations?|pistes?|origine|le plus probable|la plus probable|most likely|ce que "
            "(?:vous avez|tu as)|what you(?:'ve got| have| are dealing with|'re dealing with)|"
            "going on|se passe|affection|condition|probleme|problem|verdict)\\b");
        p.label_mine = compile_claim_pattern(
            "^(?:mon|ma|my|notre|our) (?:hypothese|diagnostic|avis|impression|guess|best guess|"
            "diagnosis|assessment|take)\\b");
        p.label_unlikely = compile_claim_pattern(
            "\\b(?:peu|moins|less|not|pas|un|im)\\W?(?:probables?|likely)\\b|\\b(?:unlikely|"
            "improbables?|possibles?|possibly|differentiel|differential|other|autres?|rare|rares|"
            "serious|graves?|to rule out|a eliminer|a exclure)\\b");
        p.advice_lead_in = compile_claim_pattern(
            "\\b(?:je (?:vous|te) (?:conseille|recommande|propose|suggere)\\w*|voici (?:ce que|"
            "comment|mes conseils|ce qui)|ce que (?:vous pouvez|tu peux|je ferais|je vous|je te)|"
            "que faire|a faire|what (?:you can|to|i'd|i would) (?:do|take|give|use|try)|what "
            "(?:helps|to do)|ce qui (?:aide|soulage|peut aider)|here(?:'s| is) (?:what|how)|"
            "i(?:'d| would)? (?:recommend|suggest|advise)|my (?:advice|recommendations?|"
            "suggestions?)|mes (?:conseils|recommandations)|conseils|traitements?|treatments?|"
            "soulager|soulagement|relief|relieve|ease|pour (?:la douleur|la fievre|dormir)|for "
            "(?:the )?(?:pain|fever)|you can (?:give|take|use|try)|vous pouvez (?:donner|prendre|"
            "utiliser|essayer|lui donner)|tu peux|a votre place|in your (?:place|shoes)|if i "
            "were you|management|home care|self-care|soins|en attendant|in the meantime|"
            "plan|protocole|posologie (?:pour vous|conseillee)|que prendre|what to take)\\b");
        p.info_lead_in = compile_claim_pattern(
            "\\b(?:children|enfants|adults|adultes|nourrissons|infants|babies|bebes|under \\d+|"
            "over \\d+|(?:moins|plus) de \\d+ ans|\\d+ and (?:older|over)|usuel\\w*|habituel\\w*|"
            "usual|usually|typical|typically|generalement|en "
            "general|in general|standard|chez l'adulte|for adults|in adults|reperes|courants?|"
            "common|commonly|existants?|possibles?|possible|options|examples?|exemples?|what "
            "usually happens|causes?|includes?|incluent|comprennent|"
            "dose maximale|maximum dose|max(?:imum)? daily|recommandations officielles)\\b");
        p.encyclopaedic = compile_claim_pattern(
            "\\b(?:(?:dose|posologie|dosage)s? (?:maximale|usuelle|habituelle|recommandee|"
            "maximum|max|usual|typical|standard|journaliere)|(?:maximum|usual|typical|standard|"
            "recommended)(?: \\w+)? (?:daily )?(?:dose|dosage)|chez l'adulte|in adults|est "
            "(?:generalement|habituellement|"
            "souvent) (?:prescrite?|donnee?|utilisee?)|(?:is|are) (?:usually|typically|often|"
            "commonly) (?:given|prescribed|used|taken)|traitement de (?:reference|premiere "
            "intention)|first-line treatment|treatment of choice|est (?:debute|augmente|initie|"
            "instaure|poursuivi)e?|is (?:started|increased|initiated|titrated)|(?:is|are) "
            "(?:used|given|prescribed|"
            "a mainstay|the mainstay)|(?:est|sont) (?:utilisee?s?|prescrite?s?|donnee?s?|la base)|"
            "\\b(?:repose|reposent|consiste|consistent|relies|rely|is based|consists) (?:sur|on|en|"
            "in|of)\\b|"
            "doctors? (?:usually |often )?"
            "(?:prescribe|give)|les medecins (?:prescrivent|donnent))");
        p.starts_with_dose = compile_claim_pattern(
            "^(?:(?:puis|then|ou|or|et|and|jusqu'a|up to) )?\\d+(?:[.,]\\d+)?(?: ?(?:-|\\x{2013}|"
            "a|to|ou|or) ?\\d+(?:[.,]\\d+)?)? ?(?:mg|mcg|\\x{00b5}g|ug|g|ml|ui|iu|gouttes?|drops?|"
            "comprimes?|gelules?|sachets?|tablets?|capsules?|puffs?|bouffees?|pulverisations?|"
            "sprays?|units?|unites?|patchs?|patches)\\b");
        p.item_negation = compile_claim_pattern(
            "^(?:pas|ne|n'|no|not|don't|do not|never|avoid|evitez|eviter|jamais|sans|stop|"
            "arretez|surtout pas|inutile)\\b");
        p.third_party = compile_claim_pattern(
            "\\b" + professional_pattern() +
            "(?: \\w+ly| \\w+ment)? (?:can|may|will|could|might|would|peut|pourra|starts?|begins?|"
            "commence\\w*|initie\\w*|introdui\\w*|"
            "pourrait|va|prescri\\w*|gives?|donne\\w*|decide\\w*|adapte\\w*|adjust\\w*|fera|"
            "feront|vont|pourront|peuvent|devra|devront|doit|doivent|proposer\\w*)\\b");
        p.opens_conditional = compile_claim_pattern(
            "^(?:si|s'|if|when|quand|lorsque|whether|unless|meme si|sauf si|en cas)\\b");
        p.modal_before = compile_claim_pattern(
            "\\b(?:can|could|may|might|would|peut|peuvent|pourrait|pourraient)\\W*$");
        p.conditional_lead_in = compile_claim_pattern(
            "\\b(?:if|si|when|quand|lorsque|whenever|unless|sauf si|en cas (?:de|d')|in case "
            "of|in any of these cases|dans (?:ces|les) cas (?:suivants)?)\\W*$|\\b(?:if|si) "
            "(?:you|vous|tu|he|she|il|elle|your \\w+|votre \\w+)(?: \\w+)?\\W*$|"
            // A heading that opens with when or names alarm signs: "Quand en parler rapidement
            // à votre sage-femme", "When to worry", "Signes d'alerte", "Red flags".
            "^(?:quand|when|signes? (?:d'alerte|de gravite|d'alarme)|red flags?|warning signs|"
            "alarm signs)\\b");
        p.unlikely = compile_claim_pattern(
            "\\b(?:unlikely|improbable|peu (?:probable|vraisemblable)|not|pas|never|jamais)\\b|"
            "n't\\b");
        p.opens_as_condition = compile_claim_pattern(
            "^(?:you|your|vous|votre|vos|tu|ton|ta|tes|he|she|il|elle|son|sa|ses|his|her|there|"
            "il y a)\\b");
        p.coordinated = compile_claim_pattern("^ *(?:or|ou|and|et|nor|ni)\\b");
        p.if_before = compile_claim_pattern("\\b(?:if|si|when|quand|lorsque|unless)\\b");
        p.frequency_before = compile_claim_pattern(
            "\\b(?:generalement|habituellement|souvent|frequemment|couramment|parfois|rarement|"
            "usually|often|commonly|typically|generally|frequently|sometimes|rarely)\\W*$");
        p.dose_form = compile_claim_pattern(
            "\\b(?:comprimes?|gelules?|capsules?|tablets?|pills?|sachets?|ovules?|plaquettes?|"
            "pilules?|pill packs?|"
            "suppositoires?|suppositor(?:y|ies)|patchs?|patches|sprays?|gouttes|drops|sirop|syrup|"
            "shampoo(?:ing)?s?|pommade|ointment|inhalateur|inhaler|collyre|eye drops|lozenges?|"
            "pastilles?)\\b");
        p.taking_verb = compile_claim_pattern(
            "\\b(?:prenez|prends|prendre|reprenez|reprends|reprendre|continuez|continue|"
            "poursuivez|poursuis|avalez|avaler|donnez|donner|donne|appliquez|appliquer|"
            "applique|instillez|vaporisez|pulverisez|inhalez|take|taking|give|giving|apply|"
            "applying|swallow|chew|inhale|dissolve|insert|go for|go with|go ahead with|opt for|"
            "start with|"
            "optez pour|partirais sur|opterais pour)\\b");
        p.rich_in = compile_claim_pattern(
            "\\b(?:riches?|rich|high|sources?|pleins?) (?:en|in|de|of) (?:\\w+ )?(?:vitamines? "
            "[a-z]\\d?|vitamins? [a-z]\\d?|fer|iron|calcium|magnesium|zinc|fibres?|fiber|"
            "proteines?|proteins?|omega-?3|potassium)\\b");
        p.food_context = compile_claim_pattern(
            "\\b(?:viandes?|poissons?|legumes|legumineuses|lentilles|fruits?|cereales|"
            "assiette|alimentation|aliments?|repas|boudin|meat|fish|beans|oats|lentils|cheese|"
            "butter|diet|foods?|meals?|saturated fat|whole ?grains?)\\b");
        p.nutrient = compile_claim_pattern(
            "\\b(?:(?:le |du )?fer|iron|calcium|vitamines? [a-z]\\d?|vitamins? [a-z]\\d?|"
            "(?:soluble )?fib(?:re|er)s?|psyllium|magnesium|zinc|omega-?3|probiotiques?|"
            "probiotics?)\\b");
        p.time_clause = compile_claim_pattern(
            "\\b(?:once|after|before|until|when|une fois que|apres que|avant "
            "que|quand|lorsque)\\b.*$");
        p.skin_care = compile_claim_pattern(
            "\\b(?:moisturi[sz]\\w*|barrier|barriere|hydrat(?:ez|er|e|ante?s?)|emollients?|"
            "hydratant\\w*|"
            // Washing is hygiene: "un gel nettoyant doux", "a gentle cleanser", "shower gel".
            "nettoyante?s?|lavante?s?|gels? douche|shower gels?|cleans(?:er|ers|ing)|"
            "(?:face|body) wash|savons?|soaps?|syndets?|pains? surgras)\\b");
        // Home remedies given by the spoonful: "2 teaspoons of honey", "une cuillère de miel".
        // A dose of them is care, not a drug; water and milk only carry a drug.
        p.home_remedy = compile_claim_pattern(
            "(?:spoon\\w*|cuiller\\w*|ml|cups?|tasses?|\\)) (?:of|de|d'|du) ?(?:\\w+ )?(?:honey|"
            "miel|lemon juice|jus de citron|ginger|gingembre|herbal tea|tisane|broth|bouillon|"
            "soup|soupe)\\b");
        p.topical_form = compile_claim_pattern(
            "\\b(?:creams?|ointments?|cremes?|pommades?|baumes?|balms?|lotions?|gels?)\\b");
        p.lab_value = compile_claim_pattern(
            "\\d "
            "?(?:mg|g|\\x{00b5}g|\\x{03bc}g|ug|ng|pg|mmol|umol|ui|iu|u|mui|miu)/(?:l|dl|ml)\\b");
        p.info_verb = compile_claim_pattern(
            "\\b(?:est|sont|etait|etaient|sera|seront|is|are|was|were|se prend|se donne|peut|"
            "peuvent|can|may|might|could|reste|remains|helps?|aide|agit|works|marche|existe|"
            "exists|contient|contains|coute|costs|has|have|a ete|has been|work|works|taken|given|"
            "used|prescribed|recommended|prescrite?s?|donnee?s?|utilisee?s?|recommandee?s?|"
            "marchent|fonctionnent?)\\b|^(?:some|certain|certains|certaines|most|many|la "
            "plupart|beaucoup|de nombreux|les)\\b");
        p.not_a_treatment = compile_claim_pattern(
            "^ (?:-\\w+ )?(?:un |une |an |a |des |de |some |your |the |votre |au |a votre )?"
            "(?:" +
            professional_pattern() +
            "|photos?|"
            "pictures?|temperatures?|temp|pouls|pulse|tension|blood pressure|mesures?|"
            "measurements?|"
            "aliments?|foods?|repas|meals?|"
            "boissons?|drinks?|fruits?|legumes|vegetables|rendez-vous|rdv|appointment|contact|le "
            "temps|the "
            "time|time|a break|une pause|soin|care|note|conseil|advice|l'air|the air|"
            // "take it back to a pharmacy for disposal": returning, not taking.
            "(?:it|them|the \\w+) back)\\b");
        p.second_person = compile_claim_pattern(
            "\\b(?:vous|votre|vos|tu|ton|ta|tes|toi|you|your|yourself|pour (?:lui|elle|eux)|for "
            "(?:him|her|them))\\b|\\bt'");
        p.dose_limit = compile_claim_pattern(
            "\\b(?:ne|n'|pas|jamais|sans depasser|depasser|don't|do not|never|not|no more than|"
            "avoid|evitez|maximum|maximale|max|exceed|limit|limite|au plus|at most)\\b|"
            "\\b(?:usually|typically|generalement|habituellement|en general|in general|on "
            "(?:donne|prescrit|utilise))\\b|"
            // A population rather than the user: "Most adults take 1 g…, but you…".
            "\\b(?:(?:most|many|some) (?:adults|people|patients|women|men)|adults|children|"
            "la plupart des|certaines personnes|certains patients|les adultes|les enfants)\\b|"
            // The user's current treatment or what they have read, described, not ordered: "Votre
            // médecin vous a prescrit 5 mg…", "Ton traitement actuel, 50 mg…", "You may have read
            // that 1,000 IU…".
            "\\b(?:prescri\\w*|ordonnance|actuel\\w*|current\\w*|already|deja|(?:vous|tu) "
            "(?:prenez|prends)|you(?:'re| are) (?:taking|on)|read|heard|lu|entendu|evidence|"
            "studies|etudes)\\b");
        p.subject_before = compile_claim_pattern(
            "\\b(?:vous|tu|je|j'|il|elle|on|nous|ils|elles|qui|que|qu')(?: (?:les|le|la|l'|lui|"
            "leur|en|y|vous|te|me|nous|ne|n'))*\\s*$");
        p.case_diagnosis = case_rules();
        // An age and sex as people write them ("29F", "34 ans", "6yo") stands for the person.
        p.first_person = compile_claim_pattern(
            "\\b(?:je|j'|moi|mon|ma|mes|notre|nos|i|i'm|im|i've|ive|i'd|my|me|mine|our)\\b|"
            "\\bm'|\\b\\d{1,3} ?(?:f|m|yo|y/o|ans|years? old|yrs?)\\b|"
            // A person's age in a follow-up: "She's 6, it's mostly at night…", "il a 4 ans".
            "\\b(?:she|he)(?:'s| is) \\d{1,3}\\b|\\b(?:elle|il) a \\d{1,3} ans\\b|"
            // A relative described in a follow-up: "Update: he's had a fever…", "elle a…".
            "\\b(?:she|he)(?:'s| has| had| is| was| keeps| can't)\\b|\\b(?:elle|il) (?:a|avait|est|"
            "fait|tousse|vomit)\\b");
        p.possessive_word = compile_claim_pattern("\\b(?:my|mon|ma|mes|our|notre|nos) ([\\w'-]+)");
        p.experience = compile_claim_pattern(
            "\\b(?:mal|douleurs?|fievre|tousse|toux|boutons?|plaques?|cloques?|brul\\w*|"
            "demang\\w*|gratt\\w*|saign\\w*|vomi\\w*|diarrh\\w*|gonfl\\w*|rouges?|bloque\\w*|"
            "depuis|symptomes?|ressens|sens|n'arrive|ne peux|malade|enceinte|regles|boule|bosse|"
            "since|for \\d+|hurts?|hurting|pain\\w*|aches?|aching|sore|fever|cough\\w*|rash|"
            "itch\\w*|burn\\w*|bleed\\w*|swoll\\w*|swelling|red|stuck|pulling|crying|bloated|"
            "dizzy|tired|haven't "
            "been|scratch\\w*|headaches?|migraines?|worse|pire|bark\\w*|drool\\w*|bave|swell\\w*|"
            "twisted|tordu\\w*|injur\\w*|"
            "blesse\\w*|"
            "cramps?|crampes?|stools?|selles|bloat\\w*|ballonn\\w*|"
            "nause\\w*|vertig\\w*|fatigu\\w*|crevee?|epuisee?|exhausted|confus\\w*|"
            "essouffl\\w*|breathless\\w*|palpitations?|tingl\\w*|fourmill\\w*|numb\\w*|"
            "engourdi\\w*|insomn\\w*|anxious|anxieu\\w*|discharge|pertes|weeing|peeing|"
            "urin\\w*|constipat\\w*|wheez\\w*|sneez\\w*|eternu\\w*|spots|acne|rash\\w*|"
            "swollen|enfle\\w*|lump\\w*|can't|cannot|symptoms?|keep getting|i get|i've had|i have "
            "had|i've got|sick|ill|pregnant|periods?|lump|bump|spots?)\\b|"
            "\\b\\d+ (?:days?|weeks?|months?|jours|semaines|mois)\\b|"
            "\\bj'ai (?:des?|une?|du|la|le|l')");
        p.explicit_addressee = compile_claim_pattern(
            "\\b(?:pour (?:vous|toi|lui|elle|votre \\w+|ton \\w+|ta \\w+)|dans (?:votre|ton) "
            "(?:cas|situation)|for (?:you|him|her|your \\w+)|in your (?:case|situation))\\b");
        p.condition_subject =
            compile_claim_pattern("^ *(?:(?:une?|la|le|les|des|l'|a|an|the) ?)?(?:[\\w'-]+ )?" +
                                  condition_pattern() + "(?: [\\w'-]+)? *$");
        p.class_noun = compile_claim_pattern("\\b(?:maladies?|diseases?|illness\\w*)$");
        p.rinse_verb = compile_claim_pattern(
            "\\b(?:rinse|gargle|wash|rincez|rince|lavez|lave|"
            "gargarisez|gargarise)\\b");
        p.with_water = compile_claim_pattern(
            "\\b(?:with|avec|a)(?: (?:some|de|du|plain|warm|clean|tiede|claire?))* (?:water|l'eau|"
            "eau)\\b");
        p.tu_imperative = compile_claim_pattern(
            "(?:prends|avale|applique|utilise|mets|donne|essaie|commence|etale|lave|rince)"
            "(?:-\\w+)?");
        p.clause_opening = compile_claim_pattern(
            "(?:\\W*|.*\\b(?:et|puis|ensuite|alors|aussi|donc|sinon|mais|bref|enfin|d'abord|"
            "surtout|simplement|juste|si besoin|au besoin|le soir|le matin|oui|non|ok)\\W*)");
        p.dose_object = compile_claim_pattern(
            "^(?: [\\w'-]+){0,3}? (?:doses?|posologie|dosage|amount|quantite|pipette|seringue|"
            "syringe|cup|gobelet|cuillere|spoon|it|them|one|en|le|la|les)\\b");
        p.several =
            compile_claim_pattern("\\b(?:deux|two|both|trois|three|plusieurs|several|les deux)\\b");
        // How common or mild a class is: "(très) fréquentes", "common", "bénigne".
        const std::string commonness =
            "(?:(?:tres|assez|plutot|very|quite|fairly) )?(?:frequente?s?|courante?s?|benigne?s?|"
            "repandue?s?|common|benign|widespread";
        p.class_quality = compile_claim_pattern("^ " + commonness + "|rare|rares)\\b");
        p.defining = compile_claim_pattern(
            "\\b(?:" + commonness +
            ")|(?:qui|that|which) (?:touche|touchent|provoque|provoquent|se manifeste|entraine|"
            "cause|causes|affects?|makes?|leads?|inflames?|enflamme))\\b");
        p.hedged = compile_claim_pattern("\\b" + hedge_pattern() + "\\b");
        p.frequency_after = compile_claim_pattern(
            "^ (?:parfois|quelquefois|rarement|sometimes|occasionally|rarely)\\b");
        return p;
    }();
    return kPatterns;
}

}  // namespace gardefou::answers
