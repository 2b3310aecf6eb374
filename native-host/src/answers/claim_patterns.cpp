// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// The French and English wording of diagnoses and prescriptions, on folded text.
#include "answers/claim_patterns.h"

#include <stdexcept>
#include <string>

namespace gardefou::answers {

namespace {

// "très probablement", "sans doute", "most likely"…
const std::string kHedgeFr =
    "(?:tres |fort |tout |plus que |selon toute )?(?:probablement|sans doute|surement|"
    "vraisemblablement|certainement|visiblement|manifestement|clairement|bel et bien|"
    "vraisemblance|sans aucun doute)";
const std::string kHedgeEn =
    "(?:(?:most|very|almost|quite|highly) )?(?:likely|probably|certainly|clearly|definitely)";
const std::string kSubjectFr =
    "(?:vous|tu|votre (?:fils|fille|enfant|bebe|mari|femme|conjointe?|pere|mere|compagnon|"
    "compagne))";
const std::string kVerbFr =
    "(?:avez|as|a|souffrez|souffres|souffre|faites|fais|fait|presentez|presente|etes atteinte?|"
    "est atteinte?|couvez|couve|developpez|developpe)";
const std::string kArticleFr = "(?:d'|de |du |des |une? |la |le |l')";
const std::string kSubjectEn =
    "(?:you|your (?:son|daughter|child|baby|husband|wife|partner|father|mother))";

const std::string kConditionPattern =
    "\\b(?:\\w+ites?|\\w+oses?|\\w*pathies?|\\w+itis|\\w+osis|infections?|grippe|angine|rhume|"
    "covid(?:-19)?|allergies?|allergy|migraines?|diabetes?|hypertension|anemie|anemia|"
    "carences?|deficiency|ulceres?|ulcers?|hernies?|hernia|reflux|gerd|syndromes?|"
    "intoxication|entorses?|sprains?|fractures?|eczema|psoriasis|zona|shingles|varicelle|"
    "chickenpox|mononucleose|mononucleosis|mono|depression|burn-?out|hypothyroidie|"
    "hyperthyroidie|hypothyroidism|gastro(?:-enterite)?|torticolis|lumbago|sciatique|sciatica|"
    "calculs?|stones?|virus|crise (?:d'|de )\\w+|trouble \\w+|disorder|lesion|kyste|cyst|"
    "tumeur|tumor|cancer|asthme|asthma|maladie|disease|flu|influenza|cold|strep|uti|"
    "stomach bug|panic attack|attaque de panique|spasmophilie|claquage|strain|commotion|"
    "concussion|cystite|otite|candidose|mycose|thrush|yeast infection|dermatite|acne|urticaire|"
    "hives|apnees?|apnoea|apnea|coliques?|colic|constipation|hypotension|tachycardie|arythmie|"
    "fibrillation|thrombose|embolie|polypes?|fibromes?|rosacee|teigne|erysipele|coqueluche|"
    "rougeole|oreillons|scarlatine|roseole|pieds?-mains?-bouche|measles|mumps|whooping cough|"
    "scarlet fever|croup|vertigo|bppv|gallstones|tension headache|cluster headache|ibs|"
    "irritable "
    "bowel|coeliac|celiac|anxiety|panic|insomnia|insomnie|stye|orgelet|chalazion|hemorroides|"
    "hemorrhoids|piles|goutte|gout|furoncle|boil|"
    "abces|abscess|verrue|wart|bouton de fievre|cold sore|herpes|impetigo|gale|scabies|poux|lice|"
    "oxyures|pinworms?|intoxication alimentaire|food poisoning|coup de (?:chaleur|soleil)|"
    "heatstroke|sunburn|deshydratation|dehydration|hypoglycemi[ae]|pied d'athlete|athlete's foot|"
    "canal carpien|carpal tunnel|shin splints|whiplash|coup du lapin|insolation|"
    "insuffisance \\w+|deficit \\w+|intolerance|intolerance au \\w+|pneumonie|pneumonia)\\b";

std::unique_ptr<RE2> compile(const std::string& pattern) {
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern, options);
    if (!re->ok()) throw std::logic_error("answers: a claim pattern does not compile");
    return re;
}

std::vector<DiagnosisRule> diagnosis_rules() {
    std::vector<DiagnosisRule> rules;
    auto add = [&](const std::string& p, bool weak) { rules.push_back({compile(p), weak}); };
    // French, strong.
    add("(" + kSubjectFr + " " + kVerbFr + " " + kHedgeFr + " " + kArticleFr + ")", false);
    add("(" + kSubjectFr + " " + kVerbFr + " (?:probablement |sans doute )?" + kArticleFr +
            "(?:\\w+ )?(?:debut (?:d'|de )|forme (?:d'|de ))?)" + kConditionPattern,
        false);
    add("(il s'agit " + kHedgeFr +
            "|dans votre cas,? il s'agit|le diagnostic (?:le plus )?"
            "probable est|il est (?:tres |fort |hautement )?(?:probable|vraisemblable) que "
            "(?:vous|votre \\w+) (?:ayez|ait|souffriez|souffre|fassiez|fasse|soyez|soit))",
        false);
    add("((?:vos|ces|les) (?:symptomes|signes|manifestations|douleurs|troubles|resultats)"
        "(?: (?:que vous (?:decrivez|mentionnez|presentez|avez|ressentez)|actuels|decrits))? "
        "(?:evoquent|correspondent|font (?:fortement |beaucoup |immediatement )?penser|orientent|"
        "suggerent|sont (?:tres |tout a fait |parfaitement )?(?:compatibles|evocateurs|typiques|"
        "caracteristiques|ceux d)|ressemblent|indiquent|pointent))",
        false);
    add("((?:ce que vous (?:decrivez|ressentez|presentez|racontez)|votre description|ce "
        "tableau|what you(?:'re| are)? describ\\w*) (?:correspond|evoque|ressemble|fait penser|"
        "oriente|suggere|sounds like|is consistent with|is typical of|suggests|points to))",
        false);
    add("(je (?:pense|crois|dirais|suspecte) (?:fortement |plutot |donc )?(?:que (?:vous "
        "(?:avez|souffrez|faites)|c'est|il s'agit|cela|ca)|qu'il s'agit))",
        false);
    // French, weak.
    add("((?:c'est|cela est|ce serait) " + kHedgeFr + " " + kArticleFr + ")", true);
    add("((?:cela|ca|ceci|tout cela|le tableau(?: clinique)?) (?:ressemble|evoque|fait penser|"
        "correspond|oriente|fait fortement penser|ressemble fortement|evoque fortement|"
        "est typique|est evocateur))",
        true);
    add("((?:votre|vos) \\w+(?: \\w+)? (?:est|sont|semble|semblent) (?:" + kHedgeFr +
            " )?(?:due?s? a|liee?s? a|causee?s? par|provoquee?s? par|d'origine|le signe d))",
        true);
    add("((?:d'apres|selon) (?:vos symptomes|ce que vous decrivez|votre description),? "
        "(?:il s'agit|c'est|vous avez|cela|ca|votre))",
        true);
    // English, strong.
    add("(" + kSubjectEn +
            " (?:most |very |almost certainly |quite )?(?:likely|probably|"
            "certainly|clearly|definitely) (?:have|has|are suffering from|is suffering from|suffer "
            "from|caught|are dealing with|picked up|got))",
        false);
    add("(" + kSubjectEn + "(?:'ve| have| has)(?: got)? (?:a |an |the )?(?:\\w+ )?)" +
            kConditionPattern,
        false);
    add("((?:your|these|the) (?:symptoms|signs|results|pain|description)(?: you (?:describe|"
        "mention|have|are describing|report))? (?:are (?:very |highly |most |entirely |fully |"
        "quite )?(?:consistent with|typical of|characteristic of|compatible with|suggestive of|"
        "indicative of|classic for)|strongly suggest|suggest|point (?:to|towards)|sound like|"
        "look like|match|indicate))",
        false);
    add("((?:it|this|that) (?:sounds|looks|seems) (?:very |a lot |strongly |much )?like "
        "(?:you(?:'ve| have| are)|your \\w+ (?:has|is)))",
        false);
    add("(i (?:think|believe|suspect|would say) (?:that )?(?:you (?:have|are suffering|'ve "
        "got)|your \\w+ has))",
        false);
    add("(you(?:'ve| have) (?:most |very |almost certainly )?(?:likely|probably) (?:got|caught|"
        "developed|picked up|sprained|strained|pulled|torn|broken|fractured|twisted|bruised))",
        false);
    add("((?:vous (?:vous )?(?:etes|avez)|tu (?:t'es|as|t'as)|t'as) " + kHedgeFr +
            " (?:fait|attrape|contracte|developpe|"
            "foule|claque|casse|luxe|froisse|tordu|pris|chope))",
        false);
    add("((?:this|your|these|the) (?:test )?(?:results?|values?|levels?|findings|reading|"
        "x-ray|scan) (?:is|are) (?:very |highly |entirely |fully |quite )?(?:consistent with|"
        "typical of|compatible with|suggestive of|indicative of|in keeping with))",
        false);
    add("((?:ce|votre|vos|ces) (?:resultats?|bilan|analyses?|taux|valeurs?|chiffres?) "
        "(?:evoquent|evoque|correspondent|correspond|orientent|oriente|sont compatibles|est "
        "compatible|indiquent|indique|signent|signe))",
        false);
    add("((?:those|these|your|the|such) (?:symptoms|signs|findings) (?:fit|fits|match|matches|"
        "point to|points to|are classic for|are textbook)|you (?:seem|appear) to (?:have|be "
        "suffering)|(?:my|the) (?:best )?guess (?:is|would be)|i'd (?:bet|guess|say) (?:it's|"
        "you have|this is)|what you have is|(?:classic|typical|textbook) (?:case|presentation|"
        "signs?|symptoms?) of)",
        false);
    add("((?:ce que (?:vous|tu) (?:decrivez|decris|rapportez|rapportes|ressentez|ressens)|"
        "(?:tes|ton|ta) (?:symptomes|signes|douleur|toux)) (?:evoquent|evoque|correspond|"
        "correspondent|fait penser|font penser|ressemble|ressemblent|oriente|orientent|"
        "suggere|suggerent|sont typiques|est typique|sont compatibles|est compatible)|(?:on est|"
        "nous sommes) " +
            kHedgeFr +
            " (?:face a|devant)|tout (?:porte a croire|laisse penser|indique) qu|je suis "
            "(?:presque |quasiment )?(?:sur|certaine?) qu)",
        false);
    add("((?:cela|ca|ceci|tout cela|tout ca) (?:fait|font) (?:fortement |beaucoup |plutot )?"
        "penser|c'est (?:typique|caracteristique|evocateur|evocatrice) d|(?:evoque|evoquent) "
        "fortement|you(?:'re| are) (?:probably |likely |most likely )?(?:dealing with|"
        "experiencing|having) (?:a |an )?)",
        true);
    add("(the most likely (?:diagnosis|explanation) (?:is|would be)|you are (?:probably |"
        "likely |most likely )?suffering from)",
        false);
    // English, weak.
    add("((?:it|this|that) (?:does |really |definitely )?(?:sounds?|looks?|seems?) (?:very |a "
        "lot |strongly |much )?like (?:a |an |)|(?:on dirait|ca ressemble a|ca a l'air d'etre|"
        "(?:il y a|there(?:'s| is| are)) (?:de |a )?(?:fortes|grandes|bonnes|good|high|strong) "
        "chances?|chances are)|(?:it|this|that)(?: is|'s) " +
            kHedgeEn + " (?:a |an |just |due |caused ))",
        true);
    add("((?:your|the) \\w+(?: \\w+)? (?:is|are|seems|seem) (?:" + kHedgeEn +
            " )?(?:caused by|due to|a sign of|a symptom of|the result of))",
        true);
    add("((?:based on|from) (?:your symptoms|what you(?:'ve)? describ\\w*),? (?:you|it|this|"
        "your))",
        true);
    return rules;
}

}  // namespace

const ClaimPatterns& ClaimPatterns::get() {
    static const ClaimPatterns kPatterns = [] {
        ClaimPatterns p;
        p.diagnosis = diagnosis_rules();
        p.condition = compile(kConditionPattern);
        p.differential = compile(
            "^,? ?(?:a |avec |to |with )?(?:plusieurs|differentes|de nombreuses|diverses|"
            "beaucoup de|several|many|various|a number of|a range of|different|multiple)");
        p.advice_verb = compile(
            "(\\b(?:prenez|prends|avalez|avale|appliquez|applique|utilisez|utilise|mets|"
            "donne(?:-lui|-leur| lui)|donnez(?:-lui|-leur| lui)?|essaie|"
            "administrez|vaporisez|pulverisez|instillez|commencez|essayez|optez pour|privilegiez|"
            "alternez|augmentez|doublez|je vous prescris)\\b|\\b(?:je vous (?:conseille|"
            "recommande|suggere|propose)|je te (?:conseille|recommande|suggere)|tu "
            "(?:peux|pourrais|"
            "dois|devrais)|vous (?:pouvez|pourriez|devez|devriez|allez)|il (?:vous "
            ")?faut|je vous invite|n'hesitez pas|pensez) (?:de |d'|a )?(?:lui |leur |en |le |la "
            "|les )?(?:prendre|utiliser|"
            "appliquer|essayer|donner|commencer|avaler|alterner|privilegier|augmenter)\\b|"
            "(?:^|[,:;] |\\band )(?:then |also |simply |just |first,? )?(?:take|give|apply|use|try|"
            "start|alternate)"
            "\\b|\\byou(?:'ll| will) (?:want|need) to (?:take|use|apply|give)\\b|"
            "\\byou (?:can|could|should|may|might|must|need to|might want to|may want to|will "
            "need to|could also|can also|should also) (?:take|give|apply|use|try|start|"
            "alternate)\\b|\\bi(?:'d| would)? (?:recommend|suggest|advise)(?: that you)? (?:take|"
            "taking|using|trying|starting|giving|you take|you use|\\d|a |an |one |two |some )|"
            "\\bje (?:vous )?(?:conseille|recommande|suggere|propose|prescris) (?:\\d|du |de la |"
            "des |un |une |l'|le |la )|\\bconsider (?:taking|"
            "using|trying)\\b|\\b(?:make sure|be sure) (?:to|you) take\\b)");
        p.strong_verb = compile("\\b(?:prenez|prends|prendre|donnez|donner|take|taking|give)\\b");
        p.dose = compile(
            "(?:\\b\\d+(?:[.,]\\d+)? ?(?:mg|mcg|\\x{00b5}g|\\x{03bc}g|ug|ui|iu|ml|g|gouttes?|"
            "drops?|comprimes?|gelules?|cachets?|sachets?|tablets?|capsules?|pills?|puffs?|"
            "bouffees?|pulverisations?|sprays?|units?|unites?)\\b|\\b(?:un|une|deux|trois|one|"
            "two|three) (?:comprimes?|gelules?|cachets?|sachets?|tablets?|capsules?|pills?|"
            "puffs?|bouffees?|pulverisations?|gouttes?|drops?)\\b)");
        p.schedule = compile(
            "(?:toutes les \\d+(?:-\\d+| a \\d+)? ?(?:h|heures)\\b|\\b(?:\\d|une|deux|trois|"
            "quatre) fois par jour|matin,? (?:midi )?et soir|pendant \\d+ (?:jours|semaines)|"
            "\\bpar jour\\b|au coucher|a jeun|every \\d+(?:-\\d+| to \\d+)? hours|(?:once|twice|"
            "three times|\\d times) (?:a|per) day|for \\d+ days|at bedtime|\\bdaily\\b|per day)");
        p.conditional = compile(
            "(?:^|\\W)(?:si|s'|if|when|quand|lorsque|whether|unless|once|meme si|sauf si|"
            "savoir si|que si)\\W*$");
        p.negation = compile(
            "(?:\\bne\\W*$|\\bne (?:lui|leur|le|la|les|en|vous|me|te|y)\\W*$|\\bn'$|\\bn'\\w+ "
            "pas\\W*$|\\b(?:don't|do not|never|ne jamais|jamais|"
            "not|avoid|evitez|eviter|n'utilisez|ne prenez|ne donnez)\\W*$|ne (?:pas|jamais) "
            "$)");
        p.deferral = compile(
            "(?:comme (?:prescrit|indique par votre)|prescrite? par (?:votre|un)|as prescribed|"
            "prescribed by (?:your|a)|votre medecin vous a prescrit|your doctor (?:has )?"
            "prescribed|sur (?:avis|prescription) medical|only if your doctor|seulement si votre)");
        return p;
    }();
    return kPatterns;
}

}  // namespace gardefou::answers
