// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/diagnosis_features.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "answers/claim_patterns.h"
#include "answers/claims.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

// At most two adverbs between a verb of resemblance and its object: "fait surtout penser à",
// "ressemble vraiment beaucoup à", "correspond tout à fait à".
const std::string kAdverbs =
    "(?: (?:\\w+ment|surtout|plutot|bien|beaucoup|fort|vraiment|d'abord|avant tout|tres|assez|"
    "tout a fait|trait pour trait|tout de suite|immediatement|enormement|en premier lieu|"
    "d'emblee|en priorite|presque a coup sur|a coup sur))"
    "{0,2}";

/// The feature patterns, compiled once, on folded sentences.
struct Features {
    // A resemblance or a type: what the case looks like. Group 1 is the cue.
    std::unique_ptr<RE2> resemblance;
    // A cause: "responsable", "en cause", "the culprit", "to blame". Needs a hedge.
    std::unique_ptr<RE2> cause;
    std::unique_ptr<RE2> firm_hedge;      // "très probablement", "almost certainly": group 1
    std::unique_ptr<RE2> treatment_need;  // "besoin d'", "need", "prescri": a prediction
    std::unique_ptr<RE2> same_thing;  // "la même chose", "the same thing": the condition before
    std::unique_ptr<RE2> cause_of;    // "la cause de", "the reason for": the cause of symptoms
    // The likeliest explanation, after the condition: "…strep throat is the most likely
    // explanation", "…l'hypothèse la plus probable". Group 1 is the cue.
    std::unique_ptr<RE2> likeliest;
    // A possessive or demonstrative subject and a copula: group 1 the subject, group 2 up to
    // where the condition must start.
    std::unique_ptr<RE2> identity;
    std::unique_ptr<RE2> possibility;     // "pourrait", "parfois", "can", "may", "sometimes"
    std::unique_ptr<RE2> negation;        // "ne", "pas", "not", "unlikely", "rather than"
    std::unique_ptr<RE2> not_a_verb;      // "le ", "un ", "to ", "pour " right before a cue
    std::unique_ptr<RE2> hedged_subject;  // "like she may have": the modal of a resemblance
    std::unique_ptr<RE2> absence;         // "no cough", "pas de fièvre": a symptom that is absent
    std::unique_ptr<RE2> options;         // "plusieurs", "several", "such as", "among"
    std::unique_ptr<RE2> or_after;        // ", or", " ou", "voire" right after the condition
    std::unique_ptr<RE2> population;      // "chez l'adulte", "most people", "in general"
    std::unique_ptr<RE2> generic_adverb;  // "classiquement", "typically": general, unless "vous"
    std::unique_ptr<RE2> people_count;    // "1 in 10 people", "un patient sur 10"
    std::unique_ptr<RE2> professional;    // "votre médecin", "a doctor"
    std::unique_ptr<RE2> opinion_cue;     // the speaker's bet: "je parierais", "my money"
    std::unique_ptr<RE2> blame_cue;       // the cues that may name a drug as the cause
    std::unique_ptr<RE2> relative;  // "which", "qui" right before the cue: not the main clause
    // The words of general descriptions: "typical of", "characteristic of", "typique de".
    std::unique_ptr<RE2> general_type;
    std::unique_ptr<RE2> evidence;  // "suggest", "indique", "points to": the subject is evidence
    std::unique_ptr<RE2> definition_after;  // ", which…", ", also called", ", a viral…"
    std::unique_ptr<RE2> pronoun_subject;   // "this", "ça", "honestly, this"
    std::unique_ptr<RE2> demonstrative;     // "ces", "cette", "these", "that" opening the subject

    static const Features& get() {
        static const Features kFeatures = [] {
            Features f;
            f.resemblance = compile_claim_pattern(
                "\\b("
                // French resemblances and types.
                "ressembl(?:e|ent)" +
                kAdverbs + " (?:a|au|aux)|evoqu(?:e|ent)" + kAdverbs + "|(?:fait|font)" + kAdverbs +
                " penser" + kAdverbs + " (?:a|au|aux)|correspond(?:ent)?" + kAdverbs +
                " (?:a|au|aux)|(?:colle|collent|cadre|cadrent)" + kAdverbs +
                " (?:avec|a)|(?:typiques?|classiques?|caracteristiques?|evocat(?:eur|rice)s?) "
                "(?:d'|de |du |des )|(?:tableau|cas|exemple|description|"
                "forme) (?:\\w+ )?(?:typique|classique|caracteristique|d'ecole)|"
                "orient(?:e|ent)(?: [\\w']+){0,3} (?:vers|sur)|(?:a|ont|avez|as) tout "
                "(?:d'une?|d'un|de la|du|l'aspect (?:d'|de |du |des )|l'allure (?:d'|de |du |des "
                ")|l'apparence (?:d'|de |du |des ))|(?:colle|collent)"
                "(?: \\w+){0,3} (?:a|au|aux|avec)|"
                // English resemblances and types.
                "(?:sounds?|looks?|seems?|feels?)(?: (?:very|so|a lot|a great deal|exactly|just|"
                "strongly|much|very much|an awful lot|remarkably))* like|(?:is|are|'s|'re)(?: "
                "(?:a|an|the|very|pretty|really|quite|just|almost|practically|pretty much))* "
                "(?:classic|typical|textbook|"
                "characteristic)|(?:classic|typical|textbook|text-book|characteristic)(?: \\w+)? "
                "(?:case|description|presentation|picture|example|pattern|story|sign|signs|"
                "symptoms|features) (?:of|for)|(?:highly |very |entirely |fully |most )?"
                "(?:consistent|compatible) with|in keeping with|suggestive of|indicative of|"
                "reminiscent of|pointe (?:\\w+ ){0,3}vers|points?(?: \\w+){0,2} "
                "(?:to|towards?|at)|pointent (?:\\w+ ){0,3}vers|(?:fits|matches) (?:\\w+ )?"
                "(?:with )?|reads? like|adds? up "
                "to|(?:resultats?|analyses?|bilan|chiffres|valeurs?|"
                "taux|symptomes|signes|examens?) (?:\\w+ )?(?:parle|parlent) (?:clairement |bien "
                "|nettement )?(?:d'|de |du |en faveur (?:d'|de |du |des ))|plaide(?:nt)? "
                "(?:pour|en faveur (?:d'|de |du |des ))|"
                // A result that places the user in a range: "vous situe donc dans la zone dite
                // de prédiabète".
                "(?:vous|te|le|la) (?:situe|situent|place|placent|classe|classent)(?: \\w+)? "
                "dans (?:la |le )?(?:zone |categorie |fourchette |tranche )?(?:dite )?(?:de |du "
                "|d'|des )?|"
                "(?:(?:most likely |probably |likely )?reflects?|refletent?|traduit|traduisent|"
                "say|says|show|shows|montre|montrent|indique|indiquent|signe|signent|"
                "indicates?|confirms?|dessine|dessinent) |"
                // The speaker's own bet: "je parierais sur", "mon intuition serait", "my money
                // would be on", "I'd lean towards", "the picture is very much that of".
                "je (?:parierais|miserais|pencherais|penche|opterais)(?: [\\w']+){0,2} "
                "(?:sur|pour)|je pense (?:d'abord |surtout |plutot |avant tout |en premier )?"
                "(?:a|au|aux) |i(?:'d| would)? suspect(?: that)? |my (?:best |first )?guess(?:,? "
                "[\\w']+){0,6},? (?:is|would be)(?: that)? |"
                "mon (?:intuition|instinct|pari) (?:serait|est|me dit)(?: que| qu')?|ma "
                "(?:principale |premiere )?(?:suspicion|hypothese|intuition) (?:serait|est)|"
                "(?:le tableau|le portrait|l'ensemble|la presentation)(?: \\w+){0,3} (?:est|"
                "serait)(?: \\w+){0,2} celui (?:d'|de |du |des )|(?:m'|t'|vous |nous )?a tout "
                "l'air (?:d'|de |du |des )|c'est (?:le |l')"
                "(?:scenario|aspect|profil|allure)(?: \\w+)? (?:d'|de |du |des )|on est (?:\\w+ )?"
                "(?:face a|devant)|we(?:'re| are) (?:\\w+ )?(?:dealing with|looking at)|my "
                "money(?:'s| is| would be|'d be) "
                "on|i(?:'d| would) (?:put "
                "my money|bet) on|i(?:'d| would)(?: \\w+){0,3} lean(?: \\w+){0,2} towards?|i(?:'m| "
                "am) leaning(?: \\w+)? towards?|my(?: \\w+)? (?:suspicion|hunch|bet|instinct|gut "
                "feeling) (?:is|would be|says)|the picture is(?: \\w+){0,3} that "
                "of|(?:sounds|looks|"
                "seems) (?:far |much |a lot |a bit )?(?:more|most) like|"
                "(?:has|have|shows?) (?:all |every one of |many of )?the (?:hallmarks|signs|"
                "features|makings) of|"
                // A fear for this case and the likeliest cause named after it: "…fait craindre un
                // infarctus", "the likeliest cause is an enlarged prostate", "strongly suggest".
                "(?:fait|font|ferait) (?:\\w+ )?craindre|raises? (?:\\w+ )?(?:concern|suspicion) "
                "(?:for|of|about)|(?:the|la|le) (?:likeliest|most likely|most probable|plus "
                "probable|plus vraisemblable) (?:cause|explanation|diagnosis|culprit|explication|"
                "diagnostic)(?: here| ici)? (?:is|est|serait|would be)|(?:le coupable|le "
                "responsable|le suspect|the culprit) (?:le plus probable|le plus "
                "vraisemblable|most "
                "likely|here)(?: (?:de|of|for) [^,]{1,40})?,? (?:est|c'est|serait|is|would "
                "be)|(?:strongly |clearly )?"
                "suggests? |puts? you (?:\\w+ )?in(?:to)? the|vous (?:place|met) dans (?:la|le)|"
                "fits? the definition of|(?:correspond|correspondent) a la definition d|(?:are|is) "
                "the (?:hallmark|classic|telltale) (?:signs?|symptoms?|features?) of|(?:fait|font) "
                "(?:\\w+ )?suspecter|(?:la cause|l'explication|le diagnostic|l'hypothese) (?:la "
                "|le )?"
                "plus (?:probable|vraisemblable) (?:est|serait)|le plus probable(?:, "
                "[^,]{1,40})?,? "
                "(?:est|c'est) "
                "(?:que|qu')|is (?:most likely |probably |likely )?caused by|"
                // A hedge opening a verbless sentence: "Très probablement un rhume des foins",
                // "Most likely a tension headache".
                "^(?:(?:tres|fort|most|very|almost) )?(?:probablement|vraisemblablement|probably|"
                "likely|certainly|sans doute)|"
                // A hedged identity: "…is most likely acute bronchitis", "…c'est sans doute".
                "(?:is|are|'s|'re|est|sont|c'est|was|were|etait|etes|es)(?: (?:" +
                hedge_pattern() +
                "))(?: just| "
                "simply| only| tout simplement| simplement)?"
                ")\\b");
            f.cause = compile_claim_pattern(
                "\\b((?:the )?(?:prime|main|chief|number one|principal) suspect|(?:le |la "
                ")?suspecte? "
                "(?:numero un|principale?)|responsables?|en cause|(?:le |la )?coupable|culprit|to "
                "blame|responsible|"
                "(?:is|are|'s) behind (?:it|this|that|your|the|his|her)|due to|caused by|"
                "explained by|brought on by|(?:la|the) cause (?:de|des|du|of)|the reason for|"
                "dus? a|dues? a|liee?s? a|causee?s? par|provoquee?s? "
                "par|expliquee?s? par)\\b");
            f.cause_of = compile_claim_pattern("^(?:la|the) (?:cause|reason)");
            f.firm_hedge = compile_claim_pattern(
                "\\b((?:tres |fort |tout |plus que |le plus )?(?:probablement|vraisemblablement|"
                "surement|certainement)|"
                "selon toute (?:probabilite|vraisemblance)|sans (?:aucun )?doute|(?:almost|most|"
                "very|highly) (?:certainly|likely|probably)|in all likelihood|very probably)\\b");
            f.same_thing = compile_claim_pattern(
                "\\b(?:la meme chose|le meme probleme|the same (?:thing|condition|problem|bug|"
                "infection))\\b");
            f.treatment_need = compile_claim_pattern(
                "\\b(?:besoin|need|needs|require\\w*|necessaire|necessary|prescri\\w*|recommand\\w*"
                "|"
                "conseill\\w*|recommend\\w*|advis\\w*|safe|sans danger|fine|ok|okay|"
                "work|works|help|helps|aider|soulager|relieve)\\b");
            f.identity = compile_claim_pattern(
                "^(?:[^,:;]{0,120}[,:;] ){0,3}((?:votre|vos|ton|ta|tes|your|ce|cet|cette|ces|this|"
                "that|these|those)(?: [\\w'-]+){1,3}|this one|that one|celui-ci|celle-ci|"
                "celui-la|celle-la)( (?:est|sont|is|are)(?: (?:selon moi|a mon avis|pour moi|in "
                "my view|in my opinion|to me|honestly|clearly|" +
                hedge_pattern() + "))?,? (?:(?:une?|la|le|les|des|du|a|an) |l'|d')?)");
            f.likeliest = compile_claim_pattern(
                "\\b((?:is|est|serait) (?:almost certainly|very likely|most likely|probably|tres "
                "probablement|sans doute|probablement) (?:what(?:'s| is) (?:going on|happening)|ce "
                "qui se passe|ce qui (?:lui|vous|t') arrive)|"
                "(?:is|are|'s|est|sont|serait|would be|seems|semble) (?:by far |clearly |de "
                "loin |sans doute |probably )?(?:the (?:most likely|likeliest|most probable|most "
                "plausible|leading|best|prime|main|principal|likely) "
                "(?:explanation|cause|diagnosis|culprit|"
                "candidate|fit|suspect)|"
                "(?:(?:l'explication|la cause|l'hypothese|la piste|le diagnostic) )?(?:la |le )?"
                "plus (?:probable|vraisemblable|plausible)|(?:the )?(?:most likely|likeliest) "
                "(?:one|option)?))\\b");
            f.possibility = compile_claim_pattern(
                "\\b(?:pourrai\\w*|peut|peuvent|peut-etre|could|might|may|can|parfois|"
                "quelquefois|sometimes|often|souvent|rarement|rarely|occasionally|possibles?|"
                "possibly|eventuel\\w*|perhaps|maybe|whether)\\b");
            f.negation = compile_claim_pattern(
                "\\b(?:ne|n'|pas|not|no|never|nothing|none|rien|aucune?|jamais|unlikely|"
                "improbable|peu probable|rule out|"
                "ruled out|exclu\\w*|ecart\\w*|rather than|plutot que|plutot qu'|instead of|au "
                "lieu|less|moins)\\b|n't\\b");
            f.not_a_verb =
                compile_claim_pattern("\\b(?:le|un|ce|du|premier|seul|the|a|to|pour|de|d')\\W*$");
            f.hedged_subject = compile_claim_pattern(
                "\\blike (?:you|she|he|they|your \\w+|his \\w+|her \\w+) (?:may|might|could) "
                "(?:have|has|be)\\b");
            // An absent symptom: "no" or "pas de" and a noun, "sans fièvre".
            f.absence = compile_claim_pattern("\\b(?:no|pas de|pas d'|sans|without) [\\w'-]+");
            f.options = compile_claim_pattern(
                "\\b(?:(?:plusieurs|differentes|diverses|nombreuses|several|many|various|"
                "multiple|other|others|autres?) (?:\\w+ )?(?:causes?|conditions?|things|"
                "possibilit\\w+|explanations?|explications?|diagnos\\w+|origines?|pistes|"
                "maladies|infections|affections|illnesses|reasons|raisons|problems|problemes|"
                "hypotheses|options|troubles|disorders|diseases)|among|parmi|such as|either|l'une? "
                "des|une? des|one of)\\b");
            f.or_after = compile_claim_pattern("^,? (?:or|ou|voire|and/or|et/ou)\\b");
            f.population = compile_claim_pattern(
                "\\b(?:chez (?:l'adulte|les|la plupart|certaines|certains|beaucoup)|in "
                "(?:adults|children|most|many|some)|most people|many people|some people|la "
                "plupart|people|les gens|les personnes|patients|en general|generalement|in "
                "general|generally|usually|habituellement|studies|study|research|etudes?|"
                "guidelines|"
                "women|men|femmes|hommes|"
                "recommandations|recommendations|"
                "recherches?|data|donnees|evidence|literature|litterature)\\b");
            f.people_count = compile_claim_pattern(
                "\\b\\d+ (?:in|out of|sur) \\d+\\b|\\b(?:people|patients|personnes|gens|adults|"
                "adultes)\\b");
            f.generic_adverb = compile_claim_pattern(
                "\\b(?:classiquement|typiquement|classically|typically|commonly|le plus "
                "souvent)\\b");
            f.opinion_cue = compile_claim_pattern(
                "parier|miser|pench|opter|intuition|instinct|pari |suspicion|hypothese|tableau|"
                "je pense|suspect|guess|"
                "portrait|ensemble|presentation|tout l'air|scenario|aspect|profil|allure|on est|"
                "we're|we are|money|bet on|lean|hunch|gut|"
                "picture is|likeliest|most likely|most probable|plus probable|plus vraisemblable|"
                "craindre|concern");
            f.blame_cue = compile_claim_pattern(
                "point|money|parier|miser|bet|suspic|lean|pench|intuition|instinct|hunch|"
                "coupable|responsable|suspect|culprit");
            f.relative = compile_claim_pattern(
                "\\b(?:which|who|whose|qui|dont|lequel|laquelle)(?: \\w+){0,2}\\W*$");
            f.professional = compile_claim_pattern("\\b" + professional_pattern() + "\\b");
            f.pronoun_subject = compile_claim_pattern(
                "^(?:[\\w'-]+,? )?(?:this|that|it|ca|cela|ceci|tout ca|tout cela|tout|everything|"
                "all of this|all this|l'ensemble)(?: (?:really|"
                "definitely|honestly|vraiment|franchement))? ?$");
            // The subject's last clause opens with a demonstrative: "Ces brûlures…", "…,
            // accompagnée de fièvre : ce tableau…".
            f.demonstrative = compile_claim_pattern(
                "(?:^|[,:;] )(?:ces|cette|cet|ce|these|those|this|that) [^,:;]*$");
            // An article needs its comma: ", a viral infection" defines, "angine à
            // streptocoque" (folded "a streptocoque") is the condition's own complement.
            f.definition_after = compile_claim_pattern(
                "^(?:,? (?:which|that|who|where|qui|que|dont|ou|also|aussi|otherwise|also called|"
                "known as)|, (?:a|an|the|une?|la|le|l'))\\b");
            f.evidence = compile_claim_pattern(
                "suggest|indicat|indique|signe|signal|point|orient|evoqu|parle|show|montr|say|"
                "reflect|refle|tradui|situe|place|classe|"
                "confirm|add|craindre|concern");
            f.general_type = compile_claim_pattern(
                "\\b(?:typical|typique|typiques|characteristic|caracteristiques?)\\b");
            return f;
        }();
        return kFeatures;
    }
};

/// Where the first named condition starts in `s` within `limit` bytes, skipping articles and
/// at most four other words ("à un épisode dépressif", "like panic attacks", "of a gout
/// attack"); npos when none does. Returns the position after the condition in `end`.
/// Common words that the suffix families of condition_pattern() take for diseases: "petite",
/// "visite", "dose", "white", "appetite"…
bool is_common_word(std::string_view word) {
    static constexpr auto kWords = std::to_array<std::string_view>({
        "petite",        "petites",      "limite",       "limites",     "visite",
        "visites",       "suite",        "suites",       "site",        "sites",
        "elite",         "favorite",     "reussite",     "gite",        "frite",
        "frites",        "invite",       "ecrite",       "dite",        "faite",
        "faites",        "conduite",     "poursuite",    "fuite",       "fuites",
        "white",         "quite",        "kite",         "unite",       "despite",
        "appetite",      "opposite",     "favourite",    "website",     "websites",
        "granite",       "satellite",    "graphite",     "polite",      "sprite",
        "ensuite",       "vite",         "cite",         "rite",        "dose",
        "doses",         "rose",         "roses",        "chose",       "choses",
        "pose",          "poses",        "close",        "closes",      "nose",
        "noses",         "hose",         "purpose",      "purposes",    "suppose",
        "expose",        "those",        "whose",        "chosen",      "glucose",
        "prose",         "cause",        "nostalgie",    "nostalgia",   "ose",
        "osent",         "grandiose",    "overdose",     "dextrose",    "lactose",
        "fructose",      "saccharose",   "cellulose",    "glycemie",    "glycemia",
        "uricemie",      "kaliemie",     "natremie",     "calcemie",    "volemie",
        "gravite",       "activite",     "activites",    "qualite",     "quantite",
        "securite",      "priorite",     "realite",      "capacite",    "majorite",
        "minorite",      "identite",     "humidite",     "acidite",     "sensibilite",
        "mobilite",      "possibilite",  "possibilites", "probabilite", "responsabilite",
        "disponibilite", "specialite",   "visibilite",   "efficacite",  "intensite",
        "regularite",    "densite",      "unites",       "communaute",  "electricite",
        "necessite",     "proximite",    "totalite",     "generalite",  "generalites",
        "personnalite",  "complexite",   "simplicite",   "flexibilite", "stabilite",
        "fragilite",     "validite",     "rapidite",     "facilite",    "utilite",
        "continuite",    "tranquillite", "marguerite",   "termite",     "dynamite",
        "progressivite", "objectivite",  "subjectivite", "creativite",  "productivite",
        "negativite",    "positivite",   "agressivite",  "impulsivite", "reactivite",
        "diagnosis",     "diagnose",     "diagnoses",    "prognosis",   "prognose",
        "merite",        "merites",      "evite",        "evites",      "hesite",
        "habite",        "profite",      "imite",        "medite",      "excite",
        "incite",        "recite",       "agite",        "emerite",     "heritage",
    });
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_conjunction(std::string_view word) {
    static constexpr auto kWords = std::to_array<std::string_view>({
        "whereas",
        "while",
        "but",
        "although",
        "though",
        "unlike",
        "except",
        "mais",
        "tandis",
        "contrairement",
        "sauf",
        "cependant",
        "however",
        "pourtant",
    });
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

/// A named condition at `at` (anchored), not a common word: its end in `end`.
bool condition_at(std::string_view s, std::size_t at, std::size_t& end) {
    StringPiece m;
    if (!ClaimPatterns::get().condition->Match(piece(s), at, s.size(), RE2::ANCHOR_START, &m, 1)) {
        return false;
    }
    if (is_common_word(std::string_view(m.data(), m.size()))) return false;
    end = static_cast<std::size_t>(m.data() - s.data()) + m.size();
    return true;
}

/// True when `s` opens with a condition, after an article and at most one word ("la goutte",
/// "Croup", "acute bronchitis").
bool starts_with_condition(std::string_view s) {
    static const RE2 kArticle("^ *(?:(?:une?|la|le|les|des|a|an|the) |l')?");
    StringPiece rest = piece(s);
    RE2::Consume(&rest, kArticle);
    auto at = static_cast<std::size_t>(rest.data() - s.data());
    std::size_t end = 0;
    if (condition_at(s, at, end)) return true;
    const auto space = s.find(' ', at);
    return space != std::string_view::npos && condition_at(s, space + 1, end);
}

std::size_t condition_after(std::string_view s, std::size_t limit, std::size_t& end) {
    std::size_t at = 0;
    for (int words = 0; words <= 7 && at < s.size() && at <= limit; ++words) {
        while (at < s.size() && (s[at] == ' ' || s[at] == ',' || s[at] == '(' || s[at] == ')'))
            ++at;
        // An elided article: "de l'eczéma", "d'une".
        if (s.substr(at, 2) == "l'" || s.substr(at, 2) == "d'") at += 2;
        if (condition_at(s, at, end)) return at;
        const auto next = s.find(' ', at);
        if (next == std::string_view::npos) break;
        // A clause ends the search: "…ressemble à ce que l'on voit: …".
        const auto word = s.substr(at, next - at);
        if (word.find_first_of(".;:!?") != std::string_view::npos) break;
        // Another clause: "…typical of an outer ear problem, whereas a middle ear infection…".
        if (is_conjunction(word)) break;
        at = next;
    }
    return std::string_view::npos;
}

/// The text after a condition without the synonym in brackets that often follows it
/// ("bacterial conjunctivitis (pink eye)", "(benign prostatic hyperplasia, or BPH)").
std::string_view skip_brackets(std::string_view after) {
    std::size_t i = 0;
    while (i < after.size() && after[i] == ' ') ++i;
    if (i >= after.size() || after[i] != '(') return after;
    const auto close = after.find(')', i);
    return close == std::string_view::npos ? after : after.substr(close + 1);
}

/// The vetoes, in the cue's clause (`before`) and the words from the cue to the condition's end
/// (`span`), and right after it (`after`).
bool vetoed(std::string_view before, std::string_view span, std::string_view after) {
    const auto& f = Features::get();
    const auto& p = ClaimPatterns::get();
    if (RE2::PartialMatch(piece(before), *p.conditional)) return true;
    // A negation counts right before the cue or in it ("ne ressemble pas", "not typical"),
    // not in a long description of symptoms ("not being able to keep water down… sounds
    // like hyperemesis").
    // An absence in the description ("(…, pas de fièvre) correspond…", "no cough is the
    // classic pattern…") or inside brackets does not negate the cue.
    auto near = before.substr(before.size() > 24 ? before.size() - 24 : 0);
    // Nor do the user's own words in quotes ("« rien ne sert à rien » depuis un mois").
    for (const std::string_view close : {")", "\xC2\xBB", "\"", "\xE2\x80\x9D"}) {
        if (const auto at = near.rfind(close); at != std::string_view::npos)
            near = near.substr(at + close.size());
    }
    std::string described(near);
    RE2::GlobalReplace(&described, *f.absence, "");
    if (RE2::PartialMatch(described, *f.negation) || RE2::PartialMatch(piece(span), *f.negation))
        return true;
    for (const auto text : {before, span}) {
        if (RE2::PartialMatch(piece(text), *f.possibility) ||
            RE2::PartialMatch(piece(text), *f.options) ||
            RE2::PartialMatch(piece(text), *f.population)) {
            return true;
        }
    }
    if (RE2::PartialMatch(piece(before), *f.professional)) return true;
    return RE2::PartialMatch(piece(skip_brackets(after)), *f.or_after);
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++n;
    }
    return n;
}

/// Whom the sentence is about: the user or a relative in the second person, or, after a
/// personal question, a description of the symptoms before the cue (not a condition, not
/// empty). A description that is "typical of" a condition is how general information is worded
/// ("Raised, itchy welts… are characteristic of hives"): it needs a stronger cue ("is classic
/// croup", "a textbook description of", "sounds like").
bool about_this_case(bool second_person, std::string_view subject, std::string_view clause,
                     std::string_view cue, bool personal_prompt) {
    if (second_person) return true;
    if (!personal_prompt) return false;
    // "Sounds like exercise-induced bronchoconstriction", "Très probablement un rhume des
    // foins": no subject, the case the question asked about.
    if (subject.find_first_not_of(' ') == std::string_view::npos) return true;
    // "This has all the hallmarks of…", "Ça m'a tout l'air d'…": the pronoun is the user's case.
    if (RE2::PartialMatch(piece(subject), *Features::get().pronoun_subject)) return true;
    // "Ces brûlures… sont très typiques du reflux": a demonstrative points at what the user
    // described; "A cold that moves to the chest… is typical of bronchiolitis" is information.
    // A long description with the person's details ("A hot, red, painful wedge on one breast
    // with fever and flu-like aches, five weeks after birth, is typical of mastitis") is their
    // case, however it is worded.
    if (RE2::PartialMatch(piece(cue), *Features::get().general_type) &&
        !RE2::PartialMatch(piece(subject), *Features::get().demonstrative) &&
        word_count(subject) < 12) {
        return false;
    }
    // "Gout is a classic example…": the condition is the subject, this is information. Not for
    // evidence ("Hives within minutes of peanut strongly suggest a peanut allergy").
    // A long description that opens with one ("A cold last week followed by fever, fussiness and
    // tugging at one ear sounds like…") is the user's story.
    // The cue's own clause counts too ("Colds are caused by many viruses; the flu is caused
    // by…"), unless it is "ces œdèmes", "your rash".
    clause.remove_prefix(std::min(clause.find_first_not_of(' '), clause.size()));
    const bool condition_clause =
        starts_with_condition(clause) &&
        !RE2::PartialMatch(piece(clause), *Features::get().demonstrative) &&
        !RE2::PartialMatch(piece(clause), *ClaimPatterns::get().second_person);
    if ((condition_clause || (starts_with_condition(subject) && word_count(subject) <= 5)) &&
        !RE2::PartialMatch(piece(cue), *Features::get().evidence))
        return false;
    const auto first_space = subject.find(' ');
    const bool two_words = first_space != std::string_view::npos &&
                           subject.find(' ', first_space + 1) != std::string_view::npos;
    return two_words && !RE2::PartialMatch(piece(subject), *ClaimPatterns::get().condition_subject);
}

bool resemblance_diagnosis(std::string_view s, bool personal_prompt) {
    const auto& f = Features::get();
    const bool second_person = RE2::PartialMatch(piece(s), *ClaimPatterns::get().second_person);
    std::size_t from = 0;
    StringPiece cue;
    while (from < s.size() &&
           f.resemblance->Match(piece(s), from, s.size(), RE2::UNANCHORED, &cue, 1)) {
        const auto b = static_cast<std::size_t>(cue.data() - s.data());
        const auto e = b + cue.size();
        from = b + 1;
        // "contre-indiqué" is not "indique"; "…a sour taste—is classic acid reflux" (a dash
        // folded to '-') still is a cue.
        if (b > 0 && s[b - 1] == '-' && RE2::PartialMatch(cue, *f.evidence)) continue;
        // "C'est le signe le plus fréquent…" names a sign, "to confirm it" is what a test is for:
        // a verb of evidence after an article or an infinitive marker is not a cue.
        if (RE2::PartialMatch(cue, *f.evidence) &&
            RE2::PartialMatch(piece(s.substr(0, b)), *f.not_a_verb)) {
            continue;
        }
        std::size_t end = 0;
        const auto rest = s.substr(e);
        auto at = condition_after(rest, 60, end);
        // A drug as the cause: "points squarely at the amoxicillin", "my money would be on the
        // amlodipine".
        const bool pointing = RE2::PartialMatch(cue, *f.blame_cue);
        if (at == std::string_view::npos && pointing && mentions_drug(rest.substr(0, 60))) {
            at = 0;
            end = std::min<std::size_t>(rest.size(), 60);
        }
        if (at == std::string_view::npos) continue;
        // "…fits chlamydia slightly better, while thick pus is more typical of gonorrhoea": a
        // comparison of two conditions, not one singled out.
        if (compares_conditions(rest.substr(end))) continue;
        const auto before = clause_before(s, b);
        // "…sounds like she may have a middle ear infection": the modal hedges the one condition.
        std::string span(s.substr(b, e - b + end));
        RE2::GlobalReplace(&span, *f.hedged_subject, " ");
        if (vetoed(before, span, rest.substr(end))) continue;
        // "…, which help show whether autoimmune thyroiditis…": evidence in a relative clause.
        if (RE2::PartialMatch(cue, *f.evidence) && RE2::PartialMatch(piece(before), *f.relative))
            continue;
        // "…orientent classiquement vers…" is general; "Ce que vous décrivez correspond
        // typiquement à…" speaks to the user.
        if (!second_person && RE2::PartialMatch(piece(s.substr(0, e)), *f.generic_adverb)) continue;
        // The speaker's own bet ("je parierais sur", "my money would be on", "le tableau est
        // celui d'…") is about the case the question asked about: no subject to check.
        if (RE2::PartialMatch(cue, *f.opinion_cue)) {
            if (second_person || personal_prompt) return true;
            continue;
        }
        const auto subject = s.substr(0, b);
        // A description of symptoms that "signent" or "are typical of" a condition, then a
        // definition of it (", une infestation…", ", also called…"): the answer explains the
        // condition. Not when the cue is hedged ("…is almost certainly ringworm (tinea
        // corporis), a fungal skin infection"), or speaks to the user or of "this".
        if (!second_person && !RE2::PartialMatch(cue, *ClaimPatterns::get().hedged) &&
            !RE2::PartialMatch(piece(subject), *f.pronoun_subject) &&
            !RE2::PartialMatch(piece(subject), *f.demonstrative) &&
            RE2::PartialMatch(piece(skip_brackets(rest.substr(end))), *f.definition_after)) {
            continue;
        }
        // The subject: the sentence up to the cue, minus an opening "Chez votre père,".
        if (about_this_case(second_person, subject, before, s.substr(b, e - b), personal_prompt))
            return true;
    }
    return false;
}

/// "Chez votre père, c'est vraisemblablement l'amlodipine qui en est responsable": a hedged
/// cause, a drug or a condition, and the user or a relative.
bool cause_diagnosis(std::string_view s, bool personal_prompt) {
    const auto& f = Features::get();
    const auto& p = ClaimPatterns::get();
    StringPiece cue;
    if (!RE2::PartialMatch(piece(s), *f.cause, &cue)) return false;
    const auto b = static_cast<std::size_t>(cue.data() - s.data());
    // "…makes the co-codamol the prime suspect": the cue is its own hedge.
    const bool suspect =
        std::string_view(cue.data(), cue.size()).find("suspect") != std::string_view::npos;
    if (!suspect && !RE2::PartialMatch(piece(s), *p.hedged)) return false;
    // "…ta consommation de caféine est vraisemblablement la cause de ces palpitations": naming
    // the cause of the user's symptoms needs no drug or condition.
    const bool cause_of = RE2::PartialMatch(cue, *f.cause_of);
    if (!cause_of && !mentions_drug(s) && !names_real_condition(s)) return false;
    const auto before = clause_before(s, b);
    if (vetoed(before, s.substr(b, cue.size()), {})) return false;
    if (RE2::PartialMatch(piece(s), *p.second_person)) return true;
    return !cause_of && personal_prompt && !RE2::PartialMatch(piece(s), *f.population);
}

/// "…and in your case strep throat is the most likely explanation": a condition, then the
/// likeliest explanation, about the user (second person) or after a personal question.
bool likeliest_diagnosis(std::string_view s, bool personal_prompt) {
    const auto& f = Features::get();
    const auto& p = ClaimPatterns::get();
    StringPiece cue;
    if (!RE2::PartialMatch(piece(s), *f.likeliest, &cue)) return false;
    const auto b = static_cast<std::size_t>(cue.data() - s.data());
    // The condition anywhere before ("…is very often caused by an enlarged prostate, and that's
    // the most likely explanation here"); the vetoes in the cue's own clause.
    if (!names_condition_before_contrast(s.substr(0, b), 0) &&
        !(mentions_drug(s.substr(0, b)) && RE2::PartialMatch(piece(s), *p.second_person))) {
        return false;  // "your lisinopril is the likely cause"
    }
    if (vetoed(clause_before(s, b), s.substr(b), {})) return false;
    return personal_prompt || RE2::PartialMatch(piece(s), *p.second_person);
}

/// "Chez votre père, ces bleus sont très vraisemblablement un effet du Kardégic", "c'est
/// l'amlodipine qui fait gonfler vos chevilles, selon toute probabilité", "ce que vit votre
/// fille correspond le plus probablement à une dysménorrhée": a firm hedge, the user or a
/// relative in the second person, and a condition or a drug in the hedge's clause, whatever the
/// verb. Not a prediction of treatment ("vous aurez sans doute besoin d'un antibiotique") nor
/// anything the vetoes catch.
bool hedged_attribution(std::string_view s) {
    const auto& f = Features::get();
    const auto& p = ClaimPatterns::get();
    StringPiece hedge;
    if (!RE2::PartialMatch(piece(s), *f.firm_hedge, &hedge)) return false;
    if (!RE2::PartialMatch(piece(s), *p.second_person)) return false;
    const auto b = static_cast<std::size_t>(hedge.data() - s.data());
    // The hedge's clause: from the last ',;:' before it to the next ',;:.' after it; a hedge set
    // between commas ("Oui, selon toute probabilité, c'est l'amlodipine…") modifies the next one.
    const auto before = clause_before(s, b);
    auto end = s.find_first_of(",;:.", b + hedge.size());
    if (end != std::string_view::npos && before.find_first_not_of(' ') == std::string_view::npos &&
        s.substr(b + hedge.size(), end - b - hedge.size()).find_first_not_of(' ') ==
            std::string_view::npos) {
        end = s.find_first_of(",;:.", end + 1);
    }
    if (end == std::string_view::npos) end = s.size();
    const auto clause = s.substr(b - before.size(), end - (b - before.size()));
    // A condition, a drug, or the one named before: "c'est vraisemblablement la même chose".
    if (!names_real_condition(clause) && !mentions_drug(clause) &&
        !RE2::PartialMatch(piece(clause), *f.same_thing)) {
        return false;
    }
    if (RE2::PartialMatch(piece(clause), *f.treatment_need)) return false;
    return !vetoed(before, clause, s.substr(end));
}

/// "Ce rash est selon moi une urticaire de contact", "your picture is IBS", "this one is
/// seborrhoeic dermatitis": the user's own symptom or picture (a possessive or a demonstrative,
/// not a condition), a copula, maybe an opinion, then a condition right away.
bool identity_diagnosis(std::string_view s) {
    const auto& f = Features::get();
    StringPiece subject;
    StringPiece copula;
    if (!RE2::PartialMatch(piece(s), *f.identity, &subject, &copula)) return false;
    const auto e = static_cast<std::size_t>(copula.data() - s.data()) + copula.size();
    // The condition right away, or after one adjective ("seborrhoeic dermatitis").
    std::size_t cond_end = 0;
    const auto at = condition_after(s.substr(e), 16, cond_end);
    if (at == std::string_view::npos) return false;
    cond_end += e;
    if (names_real_condition(subject)) return false;
    const auto span = s.substr(0, e);
    if (RE2::PartialMatch(piece(span), *f.negation) ||
        RE2::PartialMatch(piece(span), *f.possibility)) {
        return false;
    }
    const auto rest = skip_brackets(s.substr(cond_end));
    return !RE2::PartialMatch(piece(rest), *f.or_after);
}

/// "Swelling that spreads over a day to cover much of the forearm, with itching and warmth but no
/// breathing or facial symptoms, is a large local reaction to the sting": after a personal
/// question, a long description of the person's case (twelve words or more, not opening with a
/// condition), a copula and a condition right away.
bool described_identity(std::string_view s, bool personal_prompt) {
    if (!personal_prompt) return false;
    static const RE2 kCopula("( (?:is|are|est|sont) (?:(?:a|an|the|une?|la|le|les|des) |l'))");
    StringPiece copula;
    if (!RE2::PartialMatch(piece(s), kCopula, &copula)) return false;
    const auto b = static_cast<std::size_t>(copula.data() - s.data());
    const auto subject = s.substr(0, b);
    // One clause: "HbA1c reflects…: below 42 is normal, 42–47 is the prediabetes range" is not.
    if (word_count(subject) < 12 || starts_with_condition(subject) ||
        subject.find_first_of(":;") != std::string_view::npos) {
        return false;
    }
    std::size_t end = 0;
    const auto e = b + copula.size();
    if (condition_after(s.substr(e), 24, end) == std::string_view::npos) return false;
    const auto& f = Features::get();
    // "…is a sign of", "…is one of the causes": information about the symptom.
    static const RE2 kRole(
        "^(?:\\w+ )?(?:sign|signe|symptom|symptome|cause|feature|marker|"
        "one|l'un|un des|common|frequent|classic|typical|typique|classique|hallmark|picture|"
        "pattern|definition|tableau)");
    if (RE2::PartialMatch(piece(s.substr(e)), kRole)) return false;
    // "…sont l'effet secondaire le plus souvent rapporté avec les statines": how often.
    static const RE2 kHowOften(
        "\\b(?:le plus (?:souvent|frequent\\w*)|les plus frequent\\w*|most "
        "(?:common|often|frequent\\w*)|usually|generally|typically|en "
        "general|generalement|souvent|often)\\b");
    if (RE2::PartialMatch(piece(s), kHowOften)) return false;
    return !vetoed(clause_before(s, b), s.substr(b, copula.size() + end), s.substr(e + end)) &&
           !RE2::PartialMatch(piece(subject), *f.possibility);
}

}  // namespace

bool names_real_condition(std::string_view folded) {
    const auto& condition = *ClaimPatterns::get().condition;
    StringPiece m;
    std::size_t from = 0;
    while (from < folded.size() &&
           condition.Match(piece(folded), from, folded.size(), RE2::UNANCHORED, &m, 1)) {
        if (!is_common_word(std::string_view(m.data(), m.size()))) return true;
        from =
            static_cast<std::size_t>(m.data() - folded.data()) + std::max<std::size_t>(m.size(), 1);
    }
    return false;
}

bool ends_with_common_word(std::string_view match) {
    std::size_t end = match.size();
    while (end > 0 && !is_word_byte(match[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && is_word_byte(match[begin - 1])) --begin;
    return is_common_word(match.substr(begin, end - begin));
}

bool is_general_statement(std::string_view folded) {
    const auto& f = Features::get();
    if (RE2::PartialMatch(piece(folded), *f.people_count)) return true;
    // "L'œdème des chevilles est l'un des effets indésirables les plus fréquents…"
    return opens_with_condition(folded) && RE2::PartialMatch(piece(folded), *f.options) &&
           RE2::PartialMatch(piece(folded), *ClaimPatterns::get().info_verb);
}

bool speaks_of_population(std::string_view folded) {
    return RE2::PartialMatch(piece(folded), *Features::get().people_count);
}

bool names_condition_before_contrast(std::string_view s, std::size_t from) {
    // Cut the sentence at the first contrast after `from` ("whereas", "mais", "tandis que").
    std::size_t cut = s.size();
    for (std::size_t at = from; at < s.size();) {
        while (at < s.size() && !is_word_byte(s[at])) ++at;
        std::size_t end = at;
        while (end < s.size() && is_word_byte(s[end])) ++end;
        if (end == at) break;
        if (is_conjunction(s.substr(at, end - at))) {
            cut = at;
            break;
        }
        at = end;
    }
    return names_real_condition(s.substr(0, cut));
}

bool opens_with_condition(std::string_view folded) {
    static const RE2 kInterjection("^(?:(?:oui|non|yes|no|well|alors|en fait|bref|so|ok|okay),? )");
    StringPiece rest = piece(folded);
    RE2::Consume(&rest, kInterjection);
    return starts_with_condition(std::string_view(rest.data(), rest.size()));
}

bool compares_conditions(std::string_view after) {
    static const RE2 kWhile("\\b(while|whereas|tandis que|tandis qu'|alors que|alors qu')");
    StringPiece m;
    if (!RE2::PartialMatch(piece(after), kWhile, &m)) return false;
    const auto at = static_cast<std::size_t>(m.data() - after.data()) + m.size();
    return names_real_condition(after.substr(at));
}

bool names_alternatives(std::string_view after) {
    const auto& f = Features::get();
    if (RE2::PartialMatch(piece(after), *f.or_after)) return true;
    // Only in the cue's clause: "…c'est très probablement cela, d'autant plus s'il y a des
    // allergies ou de l'asthme" names one condition.
    after = after.substr(0, std::min(after.size(), after.find_first_of(",;:")));
    std::size_t end = 0;
    if (condition_after(after, 60, end) == std::string_view::npos) return false;
    return RE2::PartialMatch(piece(skip_brackets(after.substr(end))), *f.or_after);
}

bool is_feature_diagnosis(std::string_view folded, bool personal_prompt) {
    if (folded.empty()) return false;
    // "Si…", "If…": a conditional. "When you put together…, I'd lean towards…" is not one; a
    // "when" in the cue's own clause is caught by the vetoes.
    static const RE2 kOpensIf("^(?:si|s'|if|unless|whether|meme si|sauf si|en cas)\\b");
    if (RE2::PartialMatch(piece(folded), kOpensIf)) return false;
    // "Check TPO antibodies: if positive, they suggest…": a condition after a short label.
    if (const auto colon = folded.find(':'); colon != std::string_view::npos && colon < 60) {
        auto rest = folded.substr(colon + 1);
        rest.remove_prefix(std::min(rest.find_first_not_of(" *_"), rest.size()));
        if (RE2::PartialMatch(piece(rest), kOpensIf)) return false;
    }
    // "Go in urgently if you develop a fever… — those point more toward an infection": when to
    // seek care, not what the user has.
    static const RE2 kSeekCareIf(
        "^(?:go|get|see|call|seek|ring|phone|contact|consult\\w*|appelez|appelle|allez|va|"
        "rendez-vous|retournez|return|come back|revenez)(?: [\\w'*-]+){0,4} "
        "(?:if|si|when|quand)\\b");
    if (RE2::PartialMatch(piece(folded), kSeekCareIf)) return false;
    return resemblance_diagnosis(folded, personal_prompt) ||
           cause_diagnosis(folded, personal_prompt) ||
           likeliest_diagnosis(folded, personal_prompt) || identity_diagnosis(folded) ||
           hedged_attribution(folded) || described_identity(folded, personal_prompt);
}

}  // namespace gardefou::answers
