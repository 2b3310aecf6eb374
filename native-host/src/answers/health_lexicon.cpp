// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// The health-topic lexicon, French and English, folded (lower case, no accents). Positive
// weights: symptoms, diseases, treatments, drugs, tests, care, health insurance. Negative
// weights: the topics people also ask chatbots about and that are not health (recipes, code,
// history, sport, do-it-yourself), so that a stray "santé" in a recipe does not decide.
// Multi-word phrases come first: the first term that matches at a token wins.
#include <array>

#include "answers/health.h"

namespace gardefou::answers {

namespace {

constexpr double kStrong = 1.0;
constexpr double kMedium = 0.6;
constexpr double kWeak = 0.3;
constexpr double kOther = -0.8;

// Several entries a line keep the table readable.
// clang-format off
constexpr auto kLexicon = std::to_array<TopicTerm>({
    // Phrases.
    {"mal de tete", kStrong}, {"mal a la tete", kStrong}, {"mal a la gorge", kStrong},
    {"mal aux dents", kStrong}, {"mal a l oreille", kStrong}, {"mal de gorge", kStrong},
    {"bouton de fievre", kStrong}, {"boutons de fievre", kStrong}, {"cold sore*", kStrong},
    {"mal au ventre", kStrong}, {"mal de dos", kStrong}, {"mal au dos", kStrong},
    {"maux de tete", kStrong}, {"prise de sang", kStrong}, {"carte vitale", kStrong},
    {"assurance maladie", kStrong}, {"arret de travail", kStrong}, {"arret maladie", kStrong},
    {"health insurance", kStrong}, {"sore throat", kStrong}, {"blood pressure", kStrong},
    {"blood test", kStrong}, {"side effect*", kStrong}, {"effets secondaires", kStrong},
    {"effet secondaire", kStrong}, {"effets indesirables", kStrong},
    {"tension arterielle", kStrong}, {"sick leave", kStrong}, {"general practitioner", kStrong},
    {"medecin traitant", kStrong}, {"urgences", kMedium}, {"emergency room", kStrong},
    {"anxiety disorder*", kStrong}, {"trouble anxieux", kStrong}, {"talking therap*", kStrong},
    {"harming yourself", kStrong}, {"self-harm*", kStrong}, {"samaritans", kStrong},
    {"on edge", kWeak}, {"switch off", kWeak},
    {"code source", kOther}, {"pull request", kOther}, {"pate a", kOther},
    {"coupe du monde", kOther}, {"premier ministre", kOther},
    // Symptoms.
    {"symptom*", kStrong}, {"douleur*", kStrong}, {"douloureu*", kStrong}, {"pain*", kMedium},
    {"herpes", kStrong}, {"cloque*", kMedium}, {"contagieu*", kMedium}, {"contagious", kMedium},
    {"teething", kStrong}, {"fievre", kStrong}, {"fever*", kStrong}, {"toux", kStrong}, {"tousse*", kStrong},
    {"cough*", kStrong}, {"nausee*", kStrong}, {"nausea", kStrong}, {"vomi*", kStrong},
    {"diarrhe*", kStrong}, {"diarrhoea", kStrong}, {"vertige*", kStrong}, {"dizz*", kStrong},
    {"fatigue*", kMedium}, {"tired*", kWeak}, {"migraine*", kStrong}, {"headache*", kStrong},
    {"demangeai*", kStrong}, {"itch*", kMedium}, {"rash*", kMedium}, {"eruption*", kMedium},
    {"essouffle*", kStrong}, {"palpitation*", kStrong}, {"insomnie*", kStrong},
    {"insomnia", kStrong}, {"brulure*", kMedium}, {"gonfle*", kWeak}, {"swollen", kMedium},
    {"saignement*", kStrong}, {"bleeding", kStrong}, {"courbature*", kStrong},
    {"congestion", kMedium}, {"nez bouche", kStrong}, {"runny", kMedium}, {"ache*", kMedium},
    {"mal", kWeak}, {"hurt*", kMedium}, {"sore", kMedium}, {"malaise*", kMedium},
    {"anxiet*", kMedium}, {"anxiety", kMedium}, {"stress*", kWeak}, {"sommeil", kWeak},
    {"nourrisson*", kMedium}, {"bebe*", kWeak}, {"peau", kWeak}, {"dermite*", kStrong},
    {"dermat*", kStrong}, {"cuir chevelu", kWeak}, {"croutes", kWeak}, {"boutons", kMedium},
    {"rougeur*", kMedium}, {"gratte*", kMedium}, {"urine*", kMedium}, {"kidney*", kMedium},
    {"breastfeed*", kMedium}, {"allaite*", kMedium}, {"illness*", kStrong}, {"ill", kWeak},
    {"fluids", kWeak}, {"colds", kMedium}, {"immun*", kMedium}, {"vitamin*", kMedium},
    {"cochrane", kStrong}, {"nutrition*", kMedium}, {"poids", kWeak}, {"weight", kWeak},
    {"calori*", kWeak}, {"metaboli*", kMedium}, {"alimentaire*", kWeak}, {"fumer", kMedium},
    {"fumeur*", kMedium}, {"tabac*", kMedium}, {"nicotin*", kMedium}, {"sevrage", kMedium},
    {"smoking", kMedium}, {"smoker*", kMedium}, {"cardiovascula*", kMedium},
    {"heart disease", kStrong}, {"heart attack*", kStrong}, {"randomi*", kWeak}, {"trial", kWeak},
    {"diet", kWeak}, {"swelling", kMedium}, {"eyelid*", kMedium}, {"paupiere*", kMedium},
    {"compress*", kWeak}, {"blister*", kMedium}, {"first aid", kStrong},
    {"premiers secours", kStrong}, {"burns", kMedium}, {"scald*", kMedium}, {"wound*", kMedium},
    {"plaie*", kMedium}, {"swallow*", kWeak}, {"poison*", kMedium}, {"emergency", kMedium},
    {"urgence", kMedium}, {"ambulance", kMedium}, {"sante financiere", -2.0},
    {"virus informatique", -2.0}, {"computer virus", -2.0}, {"antivirus", kOther},
    {"health bar*", -2.0}, {"health points", -2.0}, {"jeu video", kOther}, {"game*", kOther},
    {"player*", kOther}, {"entreprise*", kOther}, {"tresorerie", kOther},
    // Diseases and conditions.
    {"maladie*", kStrong}, {"disease*", kStrong}, {"infection*", kStrong}, {"infect*", kMedium},
    {"sinusite*", kStrong}, {"sinusitis", kStrong}, {"grippe*", kStrong}, {"flu", kStrong},
    {"influenza", kStrong}, {"rhume*", kStrong}, {"cold", kWeak}, {"angine*", kStrong},
    {"strep", kStrong}, {"otite*", kStrong}, {"cystite*", kStrong}, {"gastro*", kStrong},
    {"diabet*", kStrong}, {"hypertension", kStrong}, {"cancer*", kStrong}, {"tumeur*", kStrong},
    {"tumor*", kStrong}, {"asthm*", kStrong}, {"allerg*", kStrong}, {"covid*", kStrong},
    {"virus", kStrong}, {"viral*", kMedium}, {"bacteri*", kStrong}, {"eczema", kStrong},
    {"psoriasis", kStrong}, {"depression*", kStrong}, {"burn", kWeak}, {"syndrome*", kStrong},
    {"pathologie*", kStrong}, {"inflammation*", kStrong}, {"inflammatoire*", kMedium},
    {"anemi*", kStrong}, {"carence*", kMedium}, {"deficiency", kMedium}, {"hypothyroid*", kStrong},
    {"thyroid*", kStrong}, {"tendinite*", kStrong}, {"tendinitis", kStrong}, {"entorse*", kStrong},
    {"sprain*", kStrong}, {"fracture*", kMedium}, {"reflux", kStrong}, {"ulcere*", kStrong},
    {"bronchite*", kStrong}, {"bronchitis", kStrong}, {"pneumonie*", kStrong},
    {"pneumonia", kStrong}, {"appendicite", kStrong}, {"zona", kStrong}, {"shingles", kStrong},
    {"varicelle", kStrong}, {"chickenpox", kStrong}, {"conjonctivite*", kStrong}, {"uti", kStrong},
    {"arthrose", kStrong}, {"arthrite", kStrong}, {"arthritis", kStrong}, {"cholesterol", kStrong},
    {"obesite", kMedium}, {"endometriose", kStrong}, {"alzheimer", kStrong}, {"parkinson", kStrong},
    {"avc", kStrong}, {"stroke", kMedium}, {"infarctus", kStrong}, {"cardiaque*", kMedium},
    {"heart", kWeak}, {"enceinte", kStrong}, {"grossesse*", kStrong}, {"pregnan*", kStrong},
    {"menopause", kStrong}, {"regles", kWeak},
    // Treatments, drugs and care.
    {"medicament*", kStrong}, {"medication*", kStrong}, {"medicine*", kStrong}, {"medic*", kMedium},
    {"traitement*", kMedium}, {"treatment*", kMedium}, {"therap*", kMedium}, {"antibio*", kStrong},
    {"paracetamol", kStrong}, {"doliprane", kStrong}, {"ibuprof*", kStrong}, {"aspirin*", kStrong},
    {"amoxicill*", kStrong}, {"acetaminophen", kStrong}, {"antihistamin*", kStrong},
    {"posologie*", kStrong}, {"dosage*", kMedium}, {"dose*", kMedium}, {"mg", kMedium},
    {"ordonnance*", kStrong}, {"prescri*", kStrong}, {"pharmac*", kStrong}, {"vaccin*", kStrong},
    {"chirurg*", kStrong}, {"surgery", kStrong}, {"operation", kWeak}, {"kine*", kStrong},
    {"physiotherap*", kStrong}, {"soin", kMedium}, {"soins", kMedium}, {"care", kWeak},
    {"hopita*", kStrong}, {"hospital*", kStrong}, {"clinique*", kMedium}, {"medecin*", kStrong},
    {"docteur*", kStrong}, {"doctor*", kStrong}, {"gp", kMedium}, {"generaliste*", kStrong},
    {"specialiste*", kMedium}, {"dermatolog*", kStrong}, {"cardiolog*", kStrong},
    {"gyneco*", kStrong}, {"pediatr*", kStrong}, {"patient*", kMedium}, {"infirmi*", kStrong},
    {"nurse*", kMedium}, {"sante", kMedium}, {"health*", kMedium}, {"sanitaire*", kWeak},
    {"consultation*", kMedium}, {"diagnos*", kStrong}, {"guerison", kMedium}, {"guerir", kMedium},
    {"heal*", kWeak}, {"cure", kWeak}, {"posolog*", kStrong}, {"comprime*", kStrong},
    {"tablet*", kWeak}, {"gelule*", kStrong}, {"sirop", kMedium}, {"pommade*", kStrong},
    {"ointment", kStrong}, {"collyre", kStrong},
    // Tests.
    {"analyse*", kWeak}, {"biolog*", kMedium}, {"radio*", kWeak}, {"irm", kStrong},
    {"mri", kStrong}, {"scanner", kWeak}, {"echograph*", kStrong}, {"ultrasound", kMedium},
    {"bilan", kWeak}, {"depistage*", kStrong}, {"screening", kMedium}, {"frottis", kStrong},
    {"glycemi*", kStrong}, {"crp", kStrong}, {"tsh", kStrong}, {"hemoglobin*", kStrong},
    // Health insurance.
    {"mutuelle*", kStrong}, {"rembours*", kMedium}, {"medicare", kStrong}, {"medicaid", kStrong},
    {"secu", kMedium}, {"ameli", kStrong}, {"copay*", kStrong},
    // Body parts: weak alone, they add up with a symptom ("mal au genou", "knee pain").
    {"genou*", kMedium}, {"knee*", kMedium}, {"cheville*", kWeak}, {"ankle*", kMedium},
    {"epaule*", kWeak}, {"shoulder*", kWeak}, {"coude*", kWeak}, {"elbow*", kWeak},
    {"poignet*", kWeak}, {"wrist*", kWeak}, {"hanche*", kWeak}, {"hip", kWeak},
    {"nuque", kMedium}, {"neck", kWeak}, {"gorge", kMedium}, {"throat", kMedium},
    {"poitrine", kMedium}, {"chest", kWeak}, {"ventre", kMedium}, {"abdomen*", kMedium},
    {"abdominal", kMedium}, {"estomac", kMedium}, {"stomach", kMedium}, {"intestin*", kMedium},
    {"bowel*", kMedium}, {"colon", kWeak}, {"rein*", kMedium},
    {"foie", kWeak}, {"liver", kMedium}, {"poumon*", kMedium}, {"lung*", kMedium},
    {"coeur", kWeak}, {"oreille*", kMedium}, {"ear", kWeak}, {"ears", kWeak}, {"yeux", kWeak}, {"oeil", kWeak},
    {"eye", kWeak}, {"eyes", kWeak}, {"nez", kWeak}, {"nose", kWeak},
    {"sinus", kMedium}, {"dents", kWeak}, {"tooth", kMedium}, {"teeth", kWeak},
    {"gencive*", kMedium}, {"gums", kWeak}, {"cuir chevelu", kMedium}, {"scalp", kMedium},
    {"orteil*", kMedium}, {"toe", kWeak}, {"toes", kWeak}, {"muscle*", kWeak},
    {"articulation*", kMedium}, {"joint pain", kStrong}, {"tendon*", kMedium},
    {"ligament*", kMedium}, {"menisque*", kStrong}, {"meniscus", kStrong}, {"thyroide", kStrong},
    {"prostate", kStrong}, {"vessie", kMedium}, {"bladder", kMedium}, {"uterus", kMedium},
    {"seins", kWeak}, {"breast*", kWeak}, {"pelvi*", kMedium},
    // More symptoms and conditions.
    {"poux", kStrong}, {"lentes", kMedium}, {"lice", kStrong}, {"nits", kMedium},
    {"gale", kMedium}, {"scabies", kStrong}, {"mycose*", kStrong}, {"verrue*", kStrong},
    {"wart*", kMedium}, {"aphte*", kStrong}, {"hemorroid*", kStrong}, {"haemorrhoid*", kStrong},
    {"hemorrhoid*", kStrong}, {"constipation", kStrong}, {"constipe*", kStrong},
    {"ballonnement*", kStrong}, {"bloating", kMedium}, {"brulures d estomac", kStrong},
    {"heartburn", kStrong}, {"indigestion", kStrong}, {"crampe*", kMedium}, {"cramp*", kMedium},
    {"engourdi*", kMedium}, {"numbness", kStrong}, {"tingling", kMedium},
    {"fourmillement*", kMedium}, {"essoufflement*", kStrong}, {"breathless*", kStrong},
    {"shortness of breath", kStrong}, {"wheez*", kStrong}, {"sifflement*", kWeak},
    {"acouphene*", kStrong}, {"tinnitus", kStrong}, {"saignent", kMedium},
    {"bleed*", kMedium}, {"bruise*", kMedium}, {"hematome*", kStrong},
    {"bosse", kWeak}, {"lump*", kMedium}, {"grosseur", kMedium}, {"kyste*", kStrong},
    {"cyst*", kMedium}, {"gonflement*", kMedium}, {"oedeme*", kStrong}, {"edema", kStrong},
    {"oedema", kStrong}, {"conjonctiv*", kStrong}, {"conjunctiv*", kStrong},
    {"orgelet", kStrong}, {"stye", kStrong}, {"goutte", kWeak}, {"gout", kMedium},
    {"scarlatine", kStrong}, {"scarlet fever", kStrong},
    {"croup", kStrong}, {"bronchiolite*", kStrong}, {"otitis", kStrong}, {"insuffisance*", kMedium},
    {"anxieu*", kMedium}, {"deprime*", kMedium}, {"low mood", kStrong}, {"suicid*", kStrong},
    {"panic", kMedium}, {"foulure", kStrong}, {"tendinopath*", kStrong},
    {"lombalgie*", kStrong}, {"sciatique", kStrong}, {"sciatica", kStrong}, {"torticolis", kStrong},
    {"back pain", kStrong}, {"knee pain", kStrong}, {"neck pain", kStrong},
    {"stomach ache", kStrong}, {"toothache", kStrong}, {"earache", kStrong},
    // Tests, exams and procedures.
    {"coloscop*", kStrong}, {"colonoscop*", kStrong}, {"endoscop*", kStrong},
    {"fibroscop*", kStrong}, {"gastroscop*", kStrong}, {"biopsie*", kStrong},
    {"biops*", kStrong}, {"radiographie*", kStrong}, {"x-ray*", kStrong}, {"xray*", kStrong},
    {"mammograph*", kStrong}, {"electrocardiogramme", kStrong}, {"ecg", kStrong},
    {"ekg", kStrong}, {"scintigraph*", kStrong}, {"ct scan", kStrong}, {"pet scan", kStrong},
    {"bilan sanguin", kStrong}, {"analyse de sang", kStrong}, {"analyses de sang", kStrong},
    {"bandelette urinaire", kStrong}, {"smear test", kStrong},
    {"pap smear", kStrong}, {"ferritin*", kStrong}, {"ldl", kStrong}, {"hba1c", kStrong},
    {"bnp", kMedium}, {"creatinin*", kStrong}, {"vaccination*", kStrong},
    {"anesthesi*", kStrong}, {"anaesthe*", kStrong}, {"sedation", kMedium}, {"polype*", kStrong},
    {"polyp*", kStrong}, {"ambulatoire", kMedium}, {"examen clinique", kStrong},
    {"prelevement*", kMedium}, {"test rapide", kMedium}, {"tympan", kStrong},
    // Specialties and care.
    {"gastro-enterolog*", kStrong}, {"gastroenterolog*", kStrong}, {"ophtalmo*", kStrong},
    {"ophthalmolog*", kStrong}, {"orl", kStrong}, {"rhumatolog*", kStrong},
    {"rheumatolog*", kStrong}, {"neurolog*", kStrong}, {"psychiatr*", kStrong},
    {"psycholog*", kMedium}, {"urolog*", kStrong}, {"pneumolog*", kStrong},
    {"endocrinolog*", kStrong}, {"oncolog*", kStrong}, {"allergolog*", kStrong},
    {"podolog*", kStrong}, {"podiatr*", kStrong}, {"orthoped*", kStrong}, {"orthopaed*", kStrong},
    {"dentiste*", kStrong}, {"dentist*", kStrong}, {"sage-femme*", kStrong},
    {"midwi*", kStrong}, {"kinesitherap*", kStrong}, {"physio", kStrong},
    {"osteopath*", kMedium}, {"pansement*", kStrong}, {"bandage*", kMedium},
    {"points de suture", kStrong}, {"stitches", kMedium}, {"plaster cast", kStrong},
    {"platre", kMedium}, {"samu", kStrong}, {"a&e", kStrong}, {"urgentiste*", kStrong},
    {"pediatre*", kStrong}, {"pharmacien*", kStrong}, {"pharmacist*", kStrong},
    {"teleconsultation*", kStrong},
    {"antalgique*", kStrong}, {"anti-inflammatoire*", kStrong}, {"antiinflammat*", kStrong},
    {"painkiller*", kStrong}, {"corticoid*", kStrong}, {"steroid*", kMedium},
    {"comprimes", kStrong}, {"pills", kMedium}, {"capsule*", kWeak}, {"inhaler*", kStrong},
    {"inhalateur*", kStrong}, {"supplement*", kWeak}, {"complement alimentaire", kMedium},
    {"emollient*", kStrong}, {"creme", kWeak}, {"cream", kWeak}, {"lotion", kWeak},
    // Not health: gardening and plants (their "maladies" and "traitements" are not ours).
    {"jardin*", kOther}, {"garden*", kOther}, {"plante", kOther}, {"plantes", kOther}, {"plant", kOther},
    {"plants", kOther}, {"feuilles", kOther}, {"leaves", kOther}, {"arros*", kOther},
    {"potager", kOther}, {"olivier*", kOther}, {"tomate*", kOther}, {"tomato*", kOther},
    {"engrais", kOther}, {"fertili*", kOther}, {"fungicide*", kOther}, {"fongicide*", kOther},
    {"bouillie bordelaise", -2.0}, {"semis", kOther}, {"taille", kWeak * -1.0},
    {"pelouse", kOther}, {"lawn", kOther}, {"compost", kOther}, {"soil", kOther},
    {"terre", kWeak * -1.0}, {"blight", kOther}, {"mildiou", kOther}, {"pucerons", kOther},
    // Not health: money, cars, pets' products.
    {"finance*", kOther}, {"bancaire*", kOther}, {"banque*", kOther}, {"invest*", kOther},
    {"bourse", kOther}, {"fonds", kOther}, {"voiture*", kOther}, {"moteur*", kOther},
    {"engine*", kOther}, {"pneu*", kOther}, {"tyre*", kOther},
    {"hinge*", kOther}, {"charniere*", kOther}, {"robinet*", kOther}, {"tap", kWeak * -1.0},
    {"faucet*", kOther}, {"lubricant*", kOther}, {"grease", kOther}, {"graisse", kWeak * -1.0},
    // Not health: history.
    {"historians", kOther}, {"empereur*", kOther}, {"emperor*", kOther}, {"biograph*", kOther},
    {"chimiste", kOther}, {"chemist", kOther}, {"fonde en", kOther}, {"founded", kOther},
    // Not health: recipes.
    {"recette*", kOther}, {"recipe*", kOther}, {"farine", kOther}, {"flour", kOther},
    {"four", kOther}, {"oven", kOther}, {"cuisson", kOther}, {"beurre", kOther}, {"butter", kOther},
    {"sucre", kWeak * -1.0}, {"oeufs", kOther}, {"eggs", kOther}, {"pate", kOther},
    {"dough", kOther}, {"casserole", kOther}, {"poele", kOther}, {"saute*", kOther},
    {"cuire", kOther}, {"bake*", kOther}, {"baking", kOther},
    // Code.
    {"code", kOther}, {"fonction*", kOther}, {"function*", kOther}, {"python", kOther},
    {"javascript", kOther}, {"compil*", kOther}, {"variable*", kOther}, {"git", kOther},
    {"commit*", kOther}, {"api", kOther}, {"serveur", kOther}, {"server", kOther}, {"bug", kOther},
    {"script*", kOther}, {"sql", kOther}, {"docker", kOther}, {"allocat*", kOther}, {"heap", kOther},
    {"garbage", kOther}, {"traceback", kOther}, {"snapshot*", kOther}, {"memory leak*", kOther},
    {"fuite memoire", kOther}, {"fuite de memoire", kOther}, {"debug*", kOther},
    {"deploy*", kOther}, {"kubernetes", kOther}, {"endpoint*", kOther}, {"regne", kOther},
    {"reign*", kOther}, {"monarch*", kOther}, {"monarque*", kOther}, {"versailles", kOther},
    {"royaume", kOther}, {"kingdom", kOther}, {"royal*", kOther},
    // History.
    {"siecle*", kOther}, {"century", kOther}, {"roi", kOther}, {"king", kOther},
    {"empire*", kOther}, {"guerre*", kOther}, {"war", kOther}, {"revolution*", kOther},
    {"bataille*", kOther}, {"battle*", kOther}, {"dynast*", kOther}, {"historien*", kOther},
    {"historian*", kOther}, {"medieval*", kOther}, {"moyen age", kOther},
    // Sport.
    {"match*", kOther}, {"equipe*", kOther}, {"team*", kOther}, {"football", kOther},
    {"tennis", kOther}, {"marathon*", kOther}, {"entrainement*", kWeak * -1.0},
    {"training", kWeak * -1.0}, {"championnat*", kOther}, {"league", kOther}, {"score*", kOther},
    {"fractionne", kOther}, {"velo", kWeak * -1.0},
    // Do-it-yourself.
    {"perceuse", kOther}, {"drill", kOther}, {"vis", kOther}, {"screw*", kOther},
    {"peinture", kOther}, {"paint*", kOther}, {"mur", kOther}, {"wall", kOther},
    {"bricol*", kOther}, {"outil*", kOther}, {"tool*", kWeak * -1.0}, {"parquet", kOther},
    {"plomberie", kOther}, {"plumbing", kOther}, {"joint", kWeak * -1.0},
});
// clang-format on

}  // namespace

std::span<const TopicTerm> health_lexicon() {
    return kLexicon;
}

}  // namespace gardefou::answers
