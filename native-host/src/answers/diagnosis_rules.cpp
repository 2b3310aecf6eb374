// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// How chatbots word a diagnosis addressed to the user, in French and English, on folded text:
// who (the user or a relative), how sure (hedges), which verb (have, suffer from, look like)
// and what (a named condition: a list and the suffix families of disease names).
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "answers/claim_patterns.h"

namespace gardefou::answers {

namespace {

// "très probablement", "sans doute", "most likely"…
const std::string kHedgeFr =
    "(?:tres |fort |tout |plus que |selon toute )?(?:probablement|sans doute|surement|"
    "vraisemblablement|certainement|visiblement|manifestement|clairement|bel et bien|"
    "vraisemblance|probabilite|sans aucun doute|donc|quasiment a coup sur|presque a coup sur|"
    "a coup sur)";
const std::string kHedgeEn =
    "(?:(?:most|very|almost|quite|highly) )?(?:likely|probably|certainly|clearly|definitely)";
// The user or someone they speak for: "vous", "votre fils", "ta fille", "chez vous, vous".
const std::string kRelativeFr =
    "(?:petite-fille|petit-fils|fils|fille|fillette|garcon|enfant|bebe|nourrisson|petite?|ado|"
    "adolescente?|mari|femme|"
    "epouse|epoux|conjointe?|pere|mere|papa|maman|compagnon|compagne|partenaire|frere|soeur|"
    "grand-pere|grand-mere|copine|copain|ami|amie|belle-mere|beau-pere|neveu|niece|oncle|"
    "tante)";
const std::string kSubjectFr =
    "(?:vous|tu|(?:votre|ton|ta) " + kRelativeFr + "(?: de \\d+ (?:ans|mois))?)";
const std::string kVerbFr =
    "(?:avez|as|a|souffrez|souffres|souffre|faites|fais|fait|presentez|presente|etes atteinte?|"
    "est atteinte?|couvez|couve|developpez|developpe|traversez|traverses|traverse|vivez|vis|"
    "vit|subissez|subis|subit)";
const std::string kArticleFr = "(?:d'|de |du |des |une? |la |le |l')";
const std::string kRelativeEn =
    "(?:son|daughter|child|kid|baby|toddler|little one|husband|wife|partner|boyfriend|"
    "girlfriend|father|dad|mother|mum|mom|brother|sister|grandmother|grandfather|grandma|"
    "grandpa|friend|fiance|fiancee|teen|teenager|niece|nephew|aunt|uncle|girl|boy)";
// "your son", and with one word between: "your little girl", "your 6-year-old daughter".
const std::string kSubjectEn = "(?:you|your (?:[\\w-]+ )?" + kRelativeEn + ")";
// A hedge or an appeal to what the user said, opening the sentence: "Selon toute
// vraisemblance, vous avez…", "Based on what you've told me, you have…".
const std::string kOpenerFr =
    "(?:selon toute vraisemblance|(?:tres |fort |plus que )?probablement|sans (?:aucun )?doute|"
    "vraisemblablement|a mon avis|a premiere vue|au vu de (?:vos|ces|tes) symptomes|"
    "(?:d'apres|selon|vu) (?:vos symptomes|tes symptomes|ce que (?:vous|tu) (?:\\w+ )?"
    "(?:decrivez|decris|dites|dis|racontez|me dites|me decrivez|ressentez|mentionnez))|"
    "dans votre cas|chez vous|en l'occurrence)";
const std::string kOpenerEn =
    "(?:(?:most |very )?(?:likely|probably)|in all likelihood|in your case|from what you(?:'ve| "
    "have)? (?:describe|said|told me|mention)\\w*|based on (?:your symptoms|your description|"
    "what you(?:'ve| have)? (?:describe|said|told me|mention)\\w*|the symptoms you describe)|"
    "given (?:your symptoms|what you describe\\w*)|my (?:best )?guess is that)";

// Where the answer turns to this user's case: "dans votre cas", "chez votre bébé", "in your
// case", "for someone your age", "given what you describe".
const std::string kAddresseeMarker =
    "(?:in your (?:case|situation)|for someone (?:of )?your age|at your age|for you|given "
    "(?:what you(?:'ve| have)? (?:describe\\w*|said|told me|mention\\w*)|your (?:symptoms|age|"
    "history|description))|from what you(?:'ve| have)? (?:describe\\w*|said|told me|mention\\w*)|"
    "based on (?:what you|your)|from what you(?:'re| are) (?:telling|describing)|dans "
    "(?:votre|ton) (?:cas|situation)|chez (?:vous|toi)|chez "
    "(?:votre|ton|ta) \\w+|pour quelqu'un de (?:votre|ton) age|a (?:votre|ton) age|(?:vu|etant "
    "donne|compte tenu de|au vu de|d'apres|selon) (?:ce que (?:vous|tu)|vos|tes|votre|ton|ta))";
// What the user has, named by reference rather than by name: "c'est sans doute ce que vous
// avez", "c'est vraisemblablement ce qui vous arrive", "this is almost certainly what you have".
const std::string kBackReferenceFr =
    "(?:ce (?:que|qu') ?(?:vous|tu) (?:avez|as|vivez|vis|ressentez|ressens|faites|fais|"
    "presentez|traversez|traverses)|ce qui (?:vous|t') ?(?:arrive|concerne)|(?:votre|ton) cas)";
const std::string kBackReferenceEn =
    "(?:what you(?:'ve got| have| are dealing with|'re dealing with| are experiencing|'re "
    "experiencing| are getting|'re getting| have got)|what(?:'s| is) (?:going on|happening))";

const std::string kConditionPattern =
    // At least three letters before -ite and two before -ose: "vite", "suite", "site", "dose",
    // "rose", "chose" are words, not diseases ("otite" is listed below).
    "\\b(?:\\w{3,}ites?|\\w{2,}oses?|\\w*pathies?|\\w+itis|\\w+osis|infections?|grippe|angine|"
    "rhume|"
    // Suffix families of disease names: névralgie, anémie, diarrhée, hématurie, tachycardie…
    // More families: psoriasis, candidiase, impétigo, vitiligo, neuropathy, hydrocèle,
    // hémorragie, dyspnée, splénomégalie, hypertrophie, hyperthyroidism, agoraphobie.
    "\\w+iasis|\\w+iases?|\\w+igo|\\w+pathy|\\w+celes?|\\w+rr?agies?|\\w+rrhages?|"
    "\\w+pnees?|\\w+pno?ea|\\w+megalies?|\\w+megaly|\\w+trophies?|\\w+trophy|"
    "hyper\\w+ism|hypo\\w+ism|hyper\\w+isme|hypo\\w+isme|\\w+phobies?|\\w+phobias?|"
    "\\w+ectasis|\\w+ectasies?|"
    // Abbreviations and names without a family: RGO, UTI, BPCO, IBS, delirium, bruxisme…
    "prediabet\\w*|rgo|gerd|uti|ist|sti|std|bpco|copd|avc|ibs|sii|tdah|adhd|ptsd|tspt|ocd|toc|dmla|"
    "hta|mici|"
    "ibd|pcos|sopk|dvt|tvp|delirium|delire|syndrome confusionnel|bruxisme|bruxism|chlamydia|"
    "syphilis|gonorrhee|gonorrhoea|gonorrhea|trichomonas|exacerbation|croutes? de lait|"
    // A drug's side effect is a diagnosis too: "…is most likely a side effect of the lisinopril".
    "side[- ]effects?|effets? (?:secondaires?|indesirables?)|adverse (?:effects?|reactions?)|"
    "post-?(?:viral|virale?|infectious|infectieuse|traumatic|traumatique|partum|natal|natale)|"
    "cradle cap|rosacea|urticaria|threadworms?|regurgitations?|angina|colds|infarctus|"
    "heart attack|myocardial infarction|stroke|ectopic beats?|extrasystoles?|"
    "attaques? de panique|crises? de panique|crises? d'angoisse|erytheme|erythema|"
    "fluid retention|retention (?:d'eau|hydrique)|o?edema|oedemes?|malaria|paludisme|dengue|"
    "typhoid|typhoide|cholera|lyme|cholestas\\w*|anorexi\\w*|boulimi\\w*|bulimi\\w*|"
    "dyslexi\\w*|molluscum|fissures?|fistules?|fistula|deshydrate\\w*|dehydrated|"
    "sundowning|barotrauma\\w*|airplane ear|menorrag\\w*|menorrhag\\w*|heavy menstrual "
    "bleeding|regles abondantes|saignements? (?:de l'estomac|digestifs?)|bleeding|"
    "hyperemesis|bell's palsy|paralysie faciale|"
    "(?:pre-?)?eclampsi[ae]|preeclampsi[ae]|acl|lca|dechirure|(?:ligament|meniscus|meniscal|"
    "tendon|muscle|cuff) tears?|withdrawal|sevrage|(?:peri)?menopause|andropause|"
    // A reaction is a condition when it says which ("a large local reaction to the sting", "une
    // réaction allergique"); "will cause a reaction", "une réaction inflammatoire" on a lab
    // report are findings.
    "(?:local|skin|allergic|allergic-type|vaccine|drug|injection-site|cutaneous|large local) "
    "reactions?|reactions? (?:allergiques?|cutanees?|locales?|au vaccin|to (?:the|a|an) \\w+)|"
    "reactions? (?:\\w+ )?(?:a la vaccination|au vaccin|post-vaccinale?|to (?:the )?vaccin\\w*)|"
    "origine (?:anxieuse|psychologique|psychosomatique|virale|bacterienne|allergique|"
    "musculaire|nerveuse|hormonale|mecanique|inflammatoire)|"
    "(?:prostatic|prostate) "
    "enlargement|bph|hbp|degeneration|"
    "degenerescence|"
    "\\w+algies?|\\w+algia|\\w+[ae]?emi[ae]s?|\\w+rrh[o]?e[ae]s?|\\w+uries?|\\w+uria|\\w+penies?|"
    "\\w+penia|\\w+cardies?|\\w+cardia|\\w+spasmes?|\\w+spasms?|\\w+plegies?|\\w+plegia|"
    "(?:carcin|melan|lip|fibr|aden|angi|hemat|lymph|my|gli|papill|neurin)om(?:es?|as?)|"
    "vertiges?|aphtes?|aphtose|hemorroid\\w*|crise \\w+|poussee (?:d'|de |du "
    ")(?:eczema|psoriasis|acne|herpes|urticaire|\\w+ite)|"
    "flare(?:-up)?|nits|lentes|"
    "infestation|surmenage|motion sickness|mal des transports|injur(?:y|ies)|blessure|"
    "eye strain|tonsillitis|reaction allergique|allergic reaction|virose|viral illness|"
    "covid(?:-19)?|allergies?|allergy|migraines?|diabetes?|hypertension|anemie|anemia|"
    "carences?|deficiency|ulceres?|ulcers?|hernies?|hernia|reflux|gerd|syndromes?|"
    "intoxication|entorses?|sprains?|fractures?|eczema|psoriasis|zona|shingles|varicelle|"
    "chickenpox|mononucleose|mononucleosis|mono|depression|episode depressif|depressive "
    "episode|burn-?out|hypothyroidie|"
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
    "heatstroke|sunburn|\\w+plasi(?:a|es?)|enlarged prostate|hypertrophie (?:benigne )?de la "
    "prostate|adenome de la prostate|\\w+ sickness|nausees de (?:la "
    ")?grossesse|deshydratation|dehydration|hypoglycemi[ae]|pied d'athlete|athlete's foot|"
    "canal carpien|carpal tunnel|shin splints|whiplash|coup du lapin|insolation|"
    "insuffisance \\w+|deficit \\w+|intolerance|intolerance au \\w+|pneumonie|pneumonia|"
    "teething|poussee dentaire|muguet|incontinence|tension-type headaches?|cephalees? de "
    "tension|chikungunya|zika|augmentation (?:benigne )?du volume de "
    "la prostate|prostate (?:enlargement|hypertrophy)|brulures? (?:du|au) \\w+ "
    "degre|(?:first|second|third)[- ]"
    "degree burns?|(?:superficial|partial-thickness|full-thickness)(?: \\(\\w+-degree\\))? burns?|"
    "cephalees?|poisoning|empoisonnement|coeur d'athlete|athlete's heart|pressure ulcers?|"
    "pressure sores?|escarres?|low blood sugar|enuresie|enuresis|bedwetting|terreurs? nocturnes?|"
    "night terrors?|(?:nappy|diaper|heat) rash|erytheme fessier|dermite du siege|"
    "transient isch(?:a)?emic attack|accident ischemique transitoire|mini-stroke|"
    "bronchoconstriction|bronchospasm\\w*|heart failure|high blood pressure|"
    "hypertension arterielle|traumatismes? (?:sonores?|acoustiques?)|acoustic trauma|"
    "noise-induced hearing loss|constipated|constipee?s?|ringworm|tinea|glandular "
    "fever|piqures?|morsures?|insect "
    "bites?|stings?|pink ?eye)\\b";

}  // namespace

std::unique_ptr<RE2::Set> diagnosis_gates() {
    RE2::Options options;
    options.set_log_errors(false);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    // In RuleGate order, after `always`.
    for (const char* words :
         {"ce que|ce qu'|ce qui|what|votre cas|ton cas",
          "in your|your age|for you|given|from what|based on|dans votre|dans ton|chez |de votre|"
          "de ton|a votre|a ton|vu |etant donne|compte tenu|d'apres|selon",
          "likely|probabl|certain|clearly|definitely|sans doute|surement|vraisembl|visiblement|"
          "manifestement|clairement|bel et bien|doute",
          " en | l'", "situation|cas |tableau|description|histoire|case|story|presentation",
          "i'm |i am |je crains|je redoute|peur", "fit|match",
          "plausible|probable|vraisembl|likel|best|la plus|tout d|tous les signes|toutes les "
          "carac|signs of|hallmarks|features of|makings"}) {
        if (set->Add(words, nullptr) < 0)
            throw std::logic_error("answers: a gate does not compile");
    }
    if (!set->Compile()) throw std::logic_error("answers: the gates do not compile");
    return set;
}

const std::string& condition_pattern() {
    return kConditionPattern;
}

const std::string& hedge_pattern() {
    static const std::string kHedge = "(?:" + kHedgeFr + "|" + kHedgeEn + ")";
    return kHedge;
}

std::vector<DiagnosisRule> diagnosis_rules() {
    std::vector<DiagnosisRule> rules;
    const auto ends_with_condition = [](const std::string& p) {
        return p.ends_with(kConditionPattern);
    };
    auto add = [&](const std::string& p, bool weak) {
        rules.push_back(
            {compile_claim_pattern(p), weak, false, RuleGate::always, ends_with_condition(p)});
    };
    // The category rules below are tried only on sentences holding their gate's words.
    auto add_if = [&](RuleGate gate, const std::string& p, bool weak) {
        rules.push_back({compile_claim_pattern(p), weak, false, gate, ends_with_condition(p)});
    };
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
    add("((?:ce que vous (?:\\w+ )?(?:decrivez|ressentez|presentez|racontez|vivez|avez|me dites|"
        "observez|mentionnez|subissez)|votre description|ce tableau|what you(?:'re| are)? "
        "(?:describ|experienc|go)\\w*(?: through)?) (?:correspond|evoque|ressemble|fait penser|"
        "oriente|suggere|sounds like|is consistent with|is typical of|suggests|points to))",
        false);
    add("(je (?:pense|crois|dirais|suspecte) (?:fortement |plutot |donc )?(?:que (?:vous "
        "(?:avez|souffrez|faites)|c'est|il s'agit|cela|ca)|qu'il s'agit))",
        false);
    // French, weak.
    add("((?:c'est|cela est|ce serait|ce sont|ce seraient) " + kHedgeFr + " " + kArticleFr + ")",
        true);
    // "Vous êtes probablement atteint d'une maladie de Lyme", "votre fils est sans doute porteur".
    add("(" + kSubjectFr + " (?:etes|est|es) " + kHedgeFr +
            " (?:atteinte?s?|victime|porteur|porteuse) (?:d'|de |du |des ))",
        false);
    add("((?:cela|ca|ceci|tout cela|le tableau(?: clinique)?) (?:colle|cadre|concorde|ressemble|"
        "evoque|fait penser|"
        "correspond|oriente|fait fortement penser|ressemble fortement|evoque fortement|"
        "est typique|est evocateur))",
        true);
    add("((?:votre|vos) \\w+(?: \\w+)? (?:est|sont|semble|semblent) (?:" + kHedgeFr +
            " )?(?:due?s? a|liee?s? a|causee?s? par|provoquee?s? par|d'origine|le signe d))",
        true);
    add("((?:d'apres|selon) (?:vos symptomes|ce que vous decrivez|votre description),? "
        "(?:il s'agit|c'est|vous avez|cela|ca|votre))",
        true);
    // A chronic condition of the user's that is not under control: "ton asthme n'est pas
    // contrôlé", "his asthma is not well controlled at the moment".
    add("((?:votre|ton|ta|son|sa|vos|your|his|her|their) (?:asthme|asthma|diabete|diabetes|"
        "tension|hypertension|blood pressure|epilepsie|epilepsy|glycemie|blood sugar)(?: "
        "[\\w'-]+){0,3}"
        " (?:n'est (?:pas|plus)|is not|isn't|is no longer|are not|aren't)(?: (?:encore|bien|well|"
        "correctement|properly|yet|assez|very|really|tres))* (?:controle|controlled|equilibree?|"
        "stabilisee?|under control))",
        false);
    // English, strong.
    add("(" + kSubjectEn +
            " (?:(?:most|very|almost|quite) )?(?:likely|probably|"
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
    add("(you(?:'ve| have)? (?:most |very |almost certainly )?(?:likely|probably) (?:got|caught|"
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
        "lot |strongly |much |very much |so much |exactly |just |a bit |an awful lot )?like "
        "(?:a |an |)|(?:on dirait|ca ressemble a|ca a l'air d'etre|"
        "(?:il y a|there(?:'s| is| are)) (?:de |a )?(?:fortes|grandes|bonnes|good|high|strong) "
        "chances?|chances are)|(?:it|this|that)(?: is|'s) " +
            kHedgeEn + " )",
        true);
    add("((?:your|the) \\w+(?: \\w+)? (?:is|are|seems|seem) (?:" + kHedgeEn +
            " )?(?:caused by|due to|a sign of|a symptom of|the result of))",
        true);
    add("((?:based on|from) (?:your symptoms|your description|what you(?:'ve)? (?:describ\\w*|"
        "shared|told me|said|mention\\w*)),? (?:you|it|this|your))",
        true);
    // A resemblance without a subject: "This is most consistent with plaque psoriasis".
    add("((?:it|this|that)(?:'s| is) (?:most |very |highly |entirely |quite |fully )?(?:consistent "
        "with|suggestive of|typical of|compatible with|in keeping with|characteristic of))",
        true);
    // The user's own condition, with a hedge on its nature: "Votre sinusite est très probablement
    // virale", "Your infection is probably viral".
    add("((?:votre|vos|ta|ton|tes|your) (?:[\\w'-]+ )?)" + kConditionPattern +
            "(?: [\\w'-]+)? (?:est|sont|semble|semblent|is|are|seems|seem|looks) (?:" + kHedgeFr +
            "|" + kHedgeEn + ")\\b",
        true);  // weak: skipped at once when the sentence names no condition
    // A relative or the user, hedged, then a named condition: "Your baby is probably teething".
    add("(" + kSubjectEn + "(?: is|'s| are|'re) " + kHedgeEn + " (?:[\\w'-]+ )?)" +
            kConditionPattern,
        true);
    // Compositional forms: an opening hedge or appeal to the user's description, then the user
    // (or a relative) with a verb of having ("Selon toute vraisemblance, vous avez…", "Based on
    // what you describe, your son has…").
    add("(^" + kOpenerFr + ",? (?:il s'agit|c'est|" + kSubjectFr + " " + kVerbFr +
            ") (?:" + kHedgeFr + " )?" + kArticleFr + ")",
        true);
    add("(^" + kOpenerFr + ",? " + kSubjectFr + " " + kVerbFr + " " + kArticleFr + ")", false);
    add("(^" + kOpenerEn + ",? " + kSubjectEn +
            " (?:have|has|'ve got|have got|are suffering from|is suffering from|are dealing "
            "with|is dealing with|caught|picked up|are having|is having))",
        false);
    // A relative with a present progressive: "Your husband is probably having an attack of gout".
    add("(" + kSubjectEn + "(?: is|'s| are|'re) " + kHedgeEn +
            " (?:having|suffering from|dealing with|experiencing|getting|coming down with|"
            "fighting|going through|developing))",
        false);
    // A pronoun for the person spoken of, with a named condition: "Il a probablement une otite",
    // "She most likely has hand, foot and mouth disease".
    add("((?:il|elle) (?:a|fait|souffre|presente|couve|developpe) " + kHedgeFr + " " + kArticleFr +
            "(?:[\\w'-]+,? ){0,3})" + kConditionPattern,
        false);
    add("((?:he|she) (?:" + kHedgeEn + " )?(?:has|has got|is having|caught|picked up) " +
            "(?:a |an |the )?(?:[\\w'-]+,? ){0,4})" + kConditionPattern,
        false);
    // The speaker's belief: "Je pense qu'il s'agit de…", "My guess is a…", "I'd say it's…".
    add("((?:je (?:pense|crois|dirais|suspecte|soupconne)|j'ai l'impression) (?:fortement |plutot "
        "|bien |donc )?(?:que |qu')(?:ce|c'est|cela|ca|il s'agit|vous|votre|ton|ta|tu))",
        true);
    add("(i(?: think| believe| suspect| reckon| would say|'d say) (?:that )?(?:that's|it's|it is|"
        "this is|"
        "that's|what you have|you(?:'ve| have)|your))",
        true);
    // The user's symptoms or results, with a verb of evidence and a named condition.
    add("((?:vos|tes|ses|ces|les) (?:symptomes|signes|douleurs|plaques|boutons|lesions|"
        "resultats|analyses) (?:\\w+ ){0,3}(?:evoquent|font penser|correspondent|orientent|"
        "signent|ressemblent))",
        true);
    add("((?:your|his|her|these|the) (?:symptoms|signs|rash|spots|results|test results|patches|"
        "pain) (?:\\w+ ){0,3}(?:point to|suggest|sound like|look like|fit|match|are typical of|"
        "are classic for|are consistent with|indicate))",
        true);
    // A hedged identity with a named condition: "Ça a tout l'air d'une angine", "This is almost
    // certainly…".
    add("((?:ca|cela) a (?:tout )?l'air (?:d'|de ))", true);
    add("((?:it|this|that)(?:'s| is| would be) (?:almost certainly|almost surely|in all "
        "likelihood|with little doubt|no doubt|undoubtedly|pretty clearly|probably just|likely "
        "just))",
        true);
    // Category rules (dev-g): the user's case by reference ("c'est sans doute ce que vous avez",
    // "this is almost certainly what you have", "What you're getting is almost certainly…").
    // The reference ends its clause ("…ce que vous avez.", "…what you have, though…", "…ce que
    // vous vivez en ce moment"): "ce que vous avez lu" is a past tense, not a condition.
    const std::string end_of_reference =
        "(?:\\s*(?:[.,;:!()\\[]|$)| en ce moment| actuellement| maintenant| right now| here| at "
        "the moment)";
    add_if(RuleGate::reference,
           "((?:c'est|ce serait|ce doit etre|ca doit etre) " + kHedgeFr +
               " (?:bien |exactement )?" + kBackReferenceFr + end_of_reference + ")",
           false);
    add_if(RuleGate::reference,
           "((?:this|that|it)(?:'s| is| would be) " + kHedgeEn + " (?:exactly |just )?" +
               kBackReferenceEn + end_of_reference + ")",
           false);
    add_if(RuleGate::reference,
           "((?:" + kBackReferenceEn + "|" + kBackReferenceFr + ") (?:is|are|est|c'est) " +
               kHedgeEn + "|(?:" + kBackReferenceFr + ") (?:est|c'est) " + kHedgeFr + ")",
           false);
    // An addressee marker, then the likeliest cause or a hedged reference: "In your case the most
    // likely culprit is…", "For someone your age, the most likely explanation by far is…", "Chez
    // votre bébé, c'est très probablement cela".
    add_if(
        RuleGate::marker,
        "(" + kAddresseeMarker + ",? (?:[\\w'-]+ ){0,3}?(?:the (?:most )?likely (?:diagnosis|" +
            "explanation|cause|culprit|reason|trigger)(?: here| by far)? (?:is|would be)|(?:la " +
            "cause|l'explication|le diagnostic) la plus probable (?:est|serait)|(?:this|it|that)" +
            "(?:'s| is) " + kHedgeEn + " (?:it|that|this|what)\\b|(?:c'est|ca correspond|cela " +
            "correspond) " + kHedgeFr + " (?:a )?(?:cela|ca|ce que|ce qui)\\b))",
        false);
    // An addressee marker, then an identity, hedged or not, with a named condition: "Given what
    // you describe, this is pregnancy-related reflux", "Dans votre cas, c'est une cystite simple",
    // "Chez vous, c'est probablement une tendinite" (not "…c'est probablement la meilleure
    // option").
    add_if(RuleGate::marker,
           "(" + kAddresseeMarker + ",? (?:(?:this|it|that)(?:'s| is)(?: " + kHedgeEn +
               ")? |(?:c'est|ca correspond|cela correspond|il s'agit)(?: " + kHedgeFr +
               ")? (?:a |d'|de )?|ca ressemble a |cela ressemble a )(?:a |an |une? |la |le |l')?" +
               "(?:[\\w'-]+ ){0,2})" + kConditionPattern,
           false);
    // Second fresh dev-g round. The pronoun "en" for a condition just named: "Votre fille en a
    // donc selon toute probabilité", "Vous en faites sans doute une".
    add_if(RuleGate::pronoun_en,
           "(" + kSubjectFr + " (?:en |l')" + kVerbFr + " (?:donc |bien |aussi |probablement )?" +
               kHedgeFr + ")",
           false);
    // The user's case, situation or description matches: "votre situation correspond tout à
    // fait à cette définition", "your situation fits…" (with a named condition).
    add_if(
        RuleGate::situation,
        "((?:votre|ta|ton|your) (?:situation|cas|tableau|description|histoire|case|story|"
        "presentation) (?:correspond|colle|cadre|ressemble|evoque|fits|matches|sounds like|looks "
        "like))",
        true);
    // An addressee marker, then the leading hypothesis: "chez vous c'est l'hypothèse qui domine".
    add_if(RuleGate::marker,
           "(" + kAddresseeMarker +
               ",? (?:c'est |ce serait )?(?:l'hypothese|la piste|l'explication|la cause) (?:qui "
               "domine|"
               "principale|la plus probable|la plus vraisemblable|numero un|de loin la plus)|" +
               kAddresseeMarker +
               ",? (?:the |your )?(?:leading|main|top|most likely) (?:explanation|cause|suspect|"
               "possibility|diagnosis) (?:is|would be))",
           false);
    // The speaker's worry or near-certainty about this person: "I'm quite worried that's what's
    // happening", "je crains qu'il s'agisse d'…".
    add_if(
        RuleGate::worry,
        "(i(?:'m| am) (?:\\w+ )?(?:worried|concerned|fairly sure|pretty sure|quite sure|confident|"
        "fairly confident) (?:that )?(?:that's|it's|this is|you have|you've|your|he has|she has)|"
        "je (?:crains|redoute) (?:que |qu')(?:ce soit|il s'agisse|vous ayez|tu aies|votre|ton|ta)|"
        "j'ai (?:bien )?peur (?:que |qu')(?:ce soit|il s'agisse|vous ayez|tu aies))",
        false);
    // A relative or the user, with a hedged perfect: "Your daughter has most probably sprained
    // it", "He's likely pulled a muscle".
    add_if(RuleGate::hedge,
           "(" + kSubjectEn + "(?:'ve| have| has|'s) " + kHedgeEn +
               " (?:got|caught|developed|picked up|sprained|strained|pulled|torn|broken|fractured|"
               "twisted|bruised|dislocated|injured|damaged|cracked|hurt))",
           false);
    add_if(RuleGate::hedge,
           "((?:he|she)(?:'s| has) " + kHedgeEn +
               " (?:got|caught|developed|picked up|sprained|strained|pulled|torn|broken|fractured|"
               "twisted|bruised|dislocated|injured|hurt))",
           false);
    // A named problem that has spread or turned, hedged: "the infection has very likely spread
    // up to the kidney", "votre rhume s'est probablement transformé en sinusite".
    add_if(
        RuleGate::hedge,
        "((?:the|your|this|that) (?:infection|inflammation|cold|cough|virus|problem|injury|"
        "cystitis|uti) (?:has|have|is) " +
            kHedgeEn +
            " (?:spread|moved|reached|gone|become|turned|progressed|travelled|traveled)|(?:votre|"
            "ton|ta|cette|l') ?(?:infection|inflammation|rhume|toux|cystite|angine|otite) "
            "(?:s'est|a) " +
            kHedgeFr + " (?:transforme|evolue|gagne|atteint|migre|remonte|etendu))",
        false);
    // Third fresh dev-g round. Evidence that makes one condition plausible: "…rend très
    // plausible une gastrite médicamenteuse" (with a named condition).
    add_if(RuleGate::likeliness,
           "((?:rend|rendent|makes|make) (?:tres |assez |fort |hautement |very |highly |quite )?"
           "(?:plausible|probable|vraisemblable|likely) (?:une?|le|la|l'|des|a|an)\\b)",
           true);
    // A relative, with an adjective, who has every sign of a condition: "votre petit garçon a
    // tout d'une varicelle", "your little boy has all the signs of…".
    add_if(RuleGate::likeliness,
           "((?:votre|ton|ta|vous|tu) (?:[\\w-]+ )?(?:" + kRelativeFr +
               " )?(?:a|as|avez|presente|presentez) (?:tout|tous les signes|toutes les "
               "caracteristiques) (?:d'|de |du ))",
           true);
    add_if(
        RuleGate::likeliness,
        "(" + kSubjectEn +
            " (?:has|have) (?:all|every one) (?:of )?the (?:signs|hallmarks|features|makings) of)",
        true);
    // A condition as the best fit for the user's case: "lactose intolerance is by far the best
    // fit for what you're experiencing", "…est de loin l'explication la plus probable de vos
    // symptômes".
    add_if(
        RuleGate::likeliness,
        "((?:is|seems|looks like|would be) (?:by far |probably |clearly |easily )?the (?:best|most "
        "likely|likeliest|most probable|most plausible|obvious) (?:fit|explanation|candidate|"
        "culprit|cause|diagnosis) (?:for|of) (?:what you|your|you)|(?:est|serait|semble etre) "
        "(?:de loin |sans doute |clairement )?(?:l'explication|la cause|le diagnostic|la piste) "
        "la plus (?:probable|vraisemblable|plausible) (?:de|pour|a) (?:vos|tes|votre|ton|ta|ce "
        "que))",
        false);
    // The user's symptoms, described, fit one condition: "A thin, greyish discharge… fits
    // bacterial vaginosis very well"; not "…can fit several conditions".
    rules.push_back(
        {compile_claim_pattern("(\\b(?:fits|matches|fit|match) (?:the (?:picture|" +
                               std::string("pattern|description) of )?(?:a |an |the ") +
                               ")?(?:typical |classic )?(?:[\\w'-]+ )?)" + kConditionPattern),
         false, true, RuleGate::fit, true});
    return rules;
}

// When the question was about the user's own case ("Mon fils a mal à l'oreille, c'est quoi ?"),
// "ça", "it", "this" and a description of the symptoms stand for what the user has.
namespace {

// How usual or sure: "en général", "le plus souvent", "usually", "most often", and the hedges.
const std::string kUsually =
    "(?:" + kHedgeFr + "|" + kHedgeEn +
    "|en general|generalement|le plus souvent|(?:tres |bien )?souvent|typiquement|"
    "habituellement|classiquement|tout simplement|simplement|juste|presque toujours|usually|"
    "most often|(?:very |quite )?often|typically|generally|commonly|most commonly|classically|"
    "simply|just|pretty much|almost always)";
// Naming: "ce qu'on appelle", "what's called", "what doctors call", "known as".
const std::string kNaming =
    "(?:ce (?:qu'on|que l'on|que les medecins|que les docteurs) (?:appelle|appellent|nomme|"
    "nomment)|what(?:'s| is) (?:commonly |usually |often |sometimes )?(?:called|known as|referred "
    "to as)|what (?:doctors|we|people|medics|gps) (?:call|refer to as)|(?:commonly |usually |"
    "often )?(?:called|known as))";
// Articles and the few words that stand between the identity and the condition's name: "le
// tableau classique de la", "a mild", "plain".
const std::string kCaseFiller =
    "(?:(?:une?|la|le|les|des|du|de|a|an|the|of|simple|plain|classic|classique|typical|typique|"
    "banale?|petite?|small|mild|common|commune?|tableau|picture|case|cas|forme|debut|kind|sort|"
    "type|bacterial|viral|virale?|bacterienne?|acute|aigue?|benigne?|benign|vraie?|real|true|"
    "genuine|textbook) |d'|l'){0,6}";

}  // namespace

std::vector<DiagnosisRule> case_rules() {
    std::vector<DiagnosisRule> rules;
    auto add = [&](const std::string& p) {
        rules.push_back(
            {compile_claim_pattern(p + kConditionPattern), false, false, RuleGate::always, true});
    };
    const std::string usual_or_named =
        "(?: " + kUsually + ")?(?: " + kNaming + ")? " + kCaseFiller + "(?:[\\w'-]+ )?)";
    // "Ça, c'est en général un pied d'athlète", "…, c'est ce qu'on appelle un torticolis", "c'est
    // le tableau classique de la cystite".
    add("((?:^|[,:;\\x{2014}\\x{2013}-] )(?:(?:ca|cela|ceci|tout ca|tout cela),? )?(?:c'est|ce "
        "sont|ce serait|ca "
        "doit etre|cela doit etre|c'est bien)" +
        usual_or_named);
    // "it's most often plain constipation", "That's usually acid reflux", "This is what doctors
    // call a migraine".
    add("((?:^|[,:;\\x{2014}\\x{2013}-] )(?:(?:it|this|that)(?:'s| is| would be| must be)|what "
        "you(?:'re| are) "
        "describing is|what you describe is)" +
        usual_or_named);
    // "…, on l'appelle un orgelet", "doctors call this croup".
    add("((?:^|[,:;\\x{2014}\\x{2013}-] )(?:on (?:l'|les |la |le "
        ")?(?:appelle|nomme)|(?:doctors|we|medics|gps) "
        "call (?:this|it|that)) " +
        kCaseFiller + "(?:[\\w'-]+ )?)");
    // "…: il s'agit d'une dermatite atopique", "…: il s'agit probablement d'une otite".
    add("((?:^|[,:;\\x{2014}\\x{2013}-] )il s'agit(?: " + kUsually + ")? " + kCaseFiller +
        "(?:[\\w'-]+ )?)");
    // A description, then what the person has: "…: votre fils fait des terreurs nocturnes",
    // "…: she has head lice", "… — you have high blood pressure". Only after a colon or a dash:
    // a sentence that opens with "Vous avez des vertiges" repeats the question.
    add("((?:^|[:\\x{2014}\\x{2013}] )(?:vous (?:avez|faites|souffrez d'|souffrez de)|tu (?:as|"
        "fais)|(?:il|elle) (?:a|fait|souffre d'|souffre de)|(?:votre|ton|ta) [\\w'-]+ (?:a|fait|"
        "souffre d'|souffre de)|(?:you|she|he|they)(?:'ve| have| has)(?: got)?|(?:you're|you "
        "are|she's|he's|she is|he is) (?:having|suffering from|dealing with)|(?:you're|you "
        "are|she's|she is|he's|he is|they're|they are|vous etes|tu es|il est|elle est)(?: "
        "(?:\\w+ ){0,2}dans ce qu'on appelle| in (?:what(?:'s| is) called|the \\w+ range of))?) " +
        kCaseFiller + "(?:[\\w'-]+ )?)");
    // "…, vous êtes dans ce qu'on appelle le prédiabète", "you're in the prediabetes range".
    add("((?:^|[,:;\\x{2014}\\x{2013}-] )(?:(?:mais|but|et|and|donc|so) )?(?:vous etes|tu es|"
        "(?:il|elle) est|you(?:'re| are)|(?:she|he)(?:'s| is))(?: \\w+){0,2} (?:dans ce qu'on "
        "appelle|dans la zone (?:du|de la|de|d'|dite de|dite du)|in what(?:'s| is) (?:called|known "
        "as)|in the range (?:of|for)|in the \\w+ range) " +
        kCaseFiller + "(?:[\\w'-]+ )?)");
    return rules;
}

}  // namespace gardefou::answers
