// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>

#include "answers/analysis.h"
#include "answers/trust.h"
#include "text/utf8.h"

namespace gardefou::answers {
namespace {

struct SourceCase {
    const char* text;
    SourceKind kind;
    const char* as_written;  // the span, exactly
    const char* value;       // normalised
    Trust trust;
    CheckMethod method;
};

std::string slice(const std::string& text, text::Utf16Span span) {
    const auto b = text::byte_offset_of_utf16(text, span.start);
    const auto e = text::byte_offset_of_utf16(text, span.end);
    return text.substr(b, e - b);
}

class EverySourceForm : public ::testing::TestWithParam<SourceCase> {};

TEST_P(EverySourceForm, IsFoundWithItsSpanValueTrustAndCheck) {
    const auto& c = GetParam();
    const std::string text = c.text;
    const auto a = analyze(text);
    ASSERT_EQ(a.sources.size(), 1U) << text;
    const auto& s = a.sources[0];
    EXPECT_EQ(s.kind, c.kind) << text;
    EXPECT_EQ(slice(text, s.span), c.as_written);
    EXPECT_EQ(s.value, c.value);
    EXPECT_EQ(s.trust, c.trust) << text;
    EXPECT_EQ(s.method, c.method) << text;
}

constexpr auto D = SourceKind::doi;
constexpr auto P = SourceKind::pmid;
constexpr auto U = SourceKind::url;
constexpr auto R = SourceKind::reference;
constexpr auto kOfficial = Trust::official;
constexpr auto kScience = Trust::scientific;
constexpr auto kUnknown = Trust::unknown;

INSTANTIATE_TEST_SUITE_P(
    Table, EverySourceForm,
    ::testing::Values(
        // DOIs in every written form.
        SourceCase{"Voir doi:10.1016/S0140-6736(18)32203-7.", D,
                   "doi:10.1016/S0140-6736(18)32203-7", "10.1016/s0140-6736(18)32203-7", kScience,
                   CheckMethod::doi},
        SourceCase{"DOI: 10.1056/NEJMoa2001017", D, "DOI: 10.1056/NEJMoa2001017",
                   "10.1056/nejmoa2001017", kScience, CheckMethod::doi},
        SourceCase{"Lien : https://doi.org/10.1136/bmj.m1234).", D,
                   "https://doi.org/10.1136/bmj.m1234", "10.1136/bmj.m1234", kScience,
                   CheckMethod::doi},
        SourceCase{"See http://dx.doi.org/10.1001/jama.2020.1585, p. 3", D,
                   "http://dx.doi.org/10.1001/jama.2020.1585", "10.1001/jama.2020.1585", kScience,
                   CheckMethod::doi},
        SourceCase{"dx.doi.org/10.1002/14651858.CD000980.pub4;", D,
                   "dx.doi.org/10.1002/14651858.CD000980.pub4", "10.1002/14651858.cd000980.pub4",
                   kScience, CheckMethod::doi},
        SourceCase{"Bare: 10.3389/fnut.2021.702802.", D, "10.3389/fnut.2021.702802",
                   "10.3389/fnut.2021.702802", kScience, CheckMethod::doi},
        SourceCase{"(10.1177/0333102417738202)", D, "10.1177/0333102417738202",
                   "10.1177/0333102417738202", kScience, CheckMethod::doi},
        SourceCase{"https://www.nejm.org/doi/full/10.1056/NEJMoa1917338 ", D,
                   "https://www.nejm.org/doi/full/10.1056/NEJMoa1917338", "10.1056/nejmoa1917338",
                   kScience, CheckMethod::doi},
        // PMIDs.
        SourceCase{"PMID: 33521734", P, "PMID: 33521734", "33521734", kScience, CheckMethod::pmid},
        SourceCase{"(PMID 27855744)", P, "PMID 27855744", "27855744", kScience, CheckMethod::pmid},
        SourceCase{"PubMed: https://pubmed.ncbi.nlm.nih.gov/29897866/.", P,
                   "https://pubmed.ncbi.nlm.nih.gov/29897866/", "29897866", kScience,
                   CheckMethod::pmid},
        SourceCase{"voir www.ncbi.nlm.nih.gov/pubmed/12345678", P,
                   "www.ncbi.nlm.nih.gov/pubmed/12345678", "12345678", kScience, CheckMethod::pmid},
        // URLs with and without scheme, trust from the shipped list.
        SourceCase{"Source : https://www.has-sante.fr/jcms/c_2722827.", U,
                   "https://www.has-sante.fr/jcms/c_2722827",
                   "https://www.has-sante.fr/jcms/c_2722827", kOfficial, CheckMethod::url},
        SourceCase{"sur ameli.fr.", U, "ameli.fr", "https://ameli.fr", kOfficial, CheckMethod::url},
        SourceCase{"ansm.sante.fr/actualites", U, "ansm.sante.fr/actualites",
                   "https://ansm.sante.fr/actualites", kOfficial, CheckMethod::url},
        SourceCase{"(www.who.int/fr/news-room)", U, "www.who.int/fr/news-room",
                   "https://www.who.int/fr/news-room", kOfficial, CheckMethod::url},
        SourceCase{"[NHS](https://www.nhs.uk/conditions/flu/)", U,
                   "https://www.nhs.uk/conditions/flu/", "https://www.nhs.uk/conditions/flu/",
                   kOfficial, CheckMethod::url},
        SourceCase{"https://www.impots.gouv.fr/particulier", U,
                   "https://www.impots.gouv.fr/particulier",
                   "https://www.impots.gouv.fr/particulier", kOfficial, CheckMethod::url},
        SourceCase{"https://www.thelancet.com/journals/lancet", U,
                   "https://www.thelancet.com/journals/lancet",
                   "https://www.thelancet.com/journals/lancet", kScience, CheckMethod::url},
        SourceCase{"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7095418/", U,
                   "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7095418/",
                   "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7095418/", kScience,
                   CheckMethod::url},
        SourceCase{"https://www.nimh.nih.gov/health", U, "https://www.nimh.nih.gov/health",
                   "https://www.nimh.nih.gov/health", kOfficial, CheckMethod::url},
        SourceCase{"lisez www.doctissimo.fr/sante", U, "www.doctissimo.fr/sante",
                   "https://www.doctissimo.fr/sante", kUnknown, CheckMethod::url},
        SourceCase{"https://en.wikipedia.org/wiki/Sinusitis_(disease))", U,
                   "https://en.wikipedia.org/wiki/Sinusitis_(disease)",
                   "https://en.wikipedia.org/wiki/Sinusitis_(disease)", kUnknown, CheckMethod::url},
        // Written references.
        SourceCase{"Smith J, et al. Lancet. 2019;393:447-58", R,
                   "Smith J, et al. Lancet. 2019;393:447-58",
                   "Smith J, et al. Lancet. 2019;393:447-58", kScience, CheckMethod::search},
        SourceCase{"Selon Martin et al., Journal of Clinical Oncology, 2021, le risque baisse.", R,
                   "Martin et al., Journal of Clinical Oncology, 2021",
                   "Martin et al., Journal of Clinical Oncology, 2021", kScience,
                   CheckMethod::search},
        SourceCase{"as shown before (Dupont et al., 2020).", R, "Dupont et al., 2020",
                   "Dupont et al., 2020", kScience, CheckMethod::search},
        SourceCase{"Hemilä H, Chalker E. Cochrane Database Syst Rev. 2013;(1):CD000980", R,
                   "Hemilä H, Chalker E. Cochrane Database Syst Rev. 2013;(1):CD000980",
                   "Hemilä H, Chalker E. Cochrane Database Syst Rev. 2013;(1):CD000980", kScience,
                   CheckMethod::search},
        SourceCase{"Smith, J., & Jones, K. (2020). Sleep and memory. Nature, 12(3), 45-67.", R,
                   "Smith, J., & Jones, K. (2020). Sleep and memory. Nature, 12(3), 45-67.",
                   "Smith, J., & Jones, K. (2020). Sleep and memory. Nature, 12(3), 45-67.",
                   kScience, CheckMethod::search},
        SourceCase{"Une étude publiée dans The Lancet en 2019 le montre.", R,
                   "publiée dans The Lancet en 2019", "publiée dans The Lancet en 2019", kScience,
                   CheckMethod::search},
        SourceCase{"Sources :\n- Haute Autorité de Santé, Angine de l'adulte, 2021\n", R,
                   "Haute Autorité de Santé, Angine de l'adulte, 2021",
                   "Haute Autorité de Santé, Angine de l'adulte, 2021", kOfficial,
                   CheckMethod::search},
        // Author-year citations (APA, Harvard), in brackets or in the sentence.
        SourceCase{"Les apports conseillés (NHMRC, 2015) sont plus bas.", R, "NHMRC, 2015",
                   "NHMRC, 2015", kUnknown, CheckMethod::search},
        SourceCase{"Sleep matters (Smith & Lee, 2019).", R, "Smith & Lee, 2019",
                   "Smith & Lee, 2019", kUnknown, CheckMethod::search},
        SourceCase{"It lowers mortality (Martin et al., 2020).", R, "Martin et al., 2020",
                   "Martin et al., 2020", kScience, CheckMethod::search},
        SourceCase{"Dupont et Durand (2018) l'ont montré.", R, "Dupont et Durand (2018)",
                   "Dupont et Durand (2018)", kUnknown, CheckMethod::search},
        SourceCase{"Selon Billat (2001), la VMA progresse.", R, "Billat (2001)", "Billat (2001)",
                   kUnknown, CheckMethod::search},
        SourceCase{"As reviewed (American Diabetes Association, 2024).", R,
                   "American Diabetes Association, 2024", "American Diabetes Association, 2024",
                   kUnknown, CheckMethod::search},
        // A numbered list item: the number is not part of the reference.
        SourceCase{"Références :\n1. ANSM. Paracétamol : bon usage. 2019.\n", R,
                   "ANSM. Paracétamol : bon usage. 2019.", "ANSM. Paracétamol : bon usage. 2019.",
                   kOfficial, CheckMethod::search},
        SourceCase{"[2] Moore RA, et al. Eur J Pain. 2015;19(9):1213-23.", R,
                   "Moore RA, et al. Eur J Pain. 2015;19(9):1213-23.",
                   "Moore RA, et al. Eur J Pain. 2015;19(9):1213-23.", kScience,
                   CheckMethod::search}));

TEST(Sources, GuidelinesByOrganisationsFootnotesAndFurtherReading) {
    struct Case {
        const char* text;
        const char* as_written;
    };
    for (const auto& c : std::to_array<Case>({
             {"Conseils.\n\n*HAS, Arrêt des benzodiazépines et médicaments apparentés, 2015.*",
              "HAS, Arrêt des benzodiazépines et médicaments apparentés, 2015."},
             {"NICE has a good overview (NICE clinical guideline CG103, Delirium: prevention, "
              "diagnosis and management).",
              "NICE clinical guideline CG103, Delirium: prevention, diagnosis and management"},
             {"See (RCOG Green-top Guideline No. 69, The Management of Nausea and Vomiting of "
              "Pregnancy, 2016).",
              "RCOG Green-top Guideline No. 69, The Management of Nausea and Vomiting of "
              "Pregnancy, 2016"},
             {"Surgery is an option [1].\n\n[1] EAU Guidelines on the Management of Male LUTS, "
              "2023",
              "EAU Guidelines on the Management of Male LUTS, 2023"},
             {"Voilà.\n\n**Référence** : Haut Conseil de la santé publique. Recommandations "
              "sanitaires aux voyageurs 2024.",
              "Haut Conseil de la santé publique. Recommandations sanitaires aux voyageurs 2024."},
             {"Pour aller plus loin : Stanis Perez, La Santé de Louis XIV, Champ Vallon, 2007.",
              "Stanis Perez, La Santé de Louis XIV, Champ Vallon, 2007."},
         })) {
        const std::string text = c.text;
        const auto a = analyze(text);
        ASSERT_EQ(a.sources.size(), 1U) << text;
        EXPECT_EQ(a.sources[0].kind, SourceKind::reference) << text;
        EXPECT_EQ(slice(text, a.sources[0].span), c.as_written);
    }
    // A footnote counts only when its marker was cited before it, exactly as written.
    EXPECT_EQ(analyze("Voir [2].\n\n[2] Une note de lecture sur le sujet, 2023").sources.size(),
              1U);
    for (const char* text : {"Voir.\n\n[2] Une note de lecture sur le sujet, 2023",
                             "Voir [02].\n\n[2] Une note de lecture sur le sujet, 2023"}) {
        EXPECT_TRUE(analyze(text).sources.empty()) << text;
    }
    // Not references: a sentence that opens with an organisation, a "[1]" line without a year.
    for (const char* text : {"NICE recommends reviewing the treatment in 2024 with your GP.",
                             "Vu [1].\n\n[1] Voir la fiche en ligne"}) {
        EXPECT_TRUE(analyze(text).sources.empty()) << text;
    }
}

TEST(Sources, NotSources) {
    for (const char* text :
         {"Écrivez-moi à contact@has-sante.fr pour en savoir plus.", "Version 10.2/3 du logiciel.",
          "Node.js et main.cpp sont des fichiers.", "Prenez 1.5 g par jour.",
          "e.g. this, i.e. that", "Le PMID est un identifiant.", "Il a publié en 2019 un livre.",
          "Windows (2019) est sorti.", "Le modèle (2020) est vendu 200 €.",
          "Au cours de la visite (mars 2021), tout allait bien."}) {
        EXPECT_TRUE(analyze(text).sources.empty()) << text;
    }
}

TEST(Sources, AReferenceFollowedByItsDoiIsCheckedThroughTheDoi) {
    const std::string text =
        "1. Smith J, et al. Lancet. 2019;393:447-58. doi:10.1016/S0140-6736(18)32203-7\n";
    const auto a = analyze(text);
    ASSERT_EQ(a.sources.size(), 2U);
    EXPECT_EQ(a.sources[0].kind, SourceKind::reference);
    EXPECT_EQ(slice(text, a.sources[0].span), "Smith J, et al. Lancet. 2019;393:447-58.");
    EXPECT_EQ(a.sources[0].method, CheckMethod::doi);
    EXPECT_EQ(a.sources[0].target, "10.1016/s0140-6736(18)32203-7");
    EXPECT_EQ(a.sources[1].kind, SourceKind::doi);
}

TEST(Sources, SourcesAreSortedAndNeverOverlap) {
    const auto a = analyze(
        "Voir https://doi.org/10.1056/NEJMoa2001017, PMID: 123456, www.nhs.uk et "
        "pubmed.ncbi.nlm.nih.gov/29876543/.");
    ASSERT_EQ(a.sources.size(), 4U);
    for (std::size_t i = 1; i < a.sources.size(); ++i) {
        EXPECT_LE(a.sources[i - 1].span.end, a.sources[i].span.start);
    }
}

TEST(Sources, AReferenceHoldingItsDoiLeavesTheDoiToTheIdentifier) {
    // The DOI is the checkable identifier: it is its own source, and the reference keeps the
    // text before it and is checked through it.
    for (const std::string& text :
         {std::string("Smith J. doi:10.1000/abc123. Lancet. 2019;393:447-58.\n"),
          std::string("- Martin et al., 2021, https://doi.org/10.1200/JCO.20.01234, "
                      "Journal of Clinical Oncology\n"),
          std::string("Sources :\n1. Hemilä H. (2013) PMID: 23440782 Cochrane Database.\n")}) {
        const auto a = analyze(text);
        ASSERT_FALSE(a.sources.empty()) << text;
        for (std::size_t i = 1; i < a.sources.size(); ++i) {
            EXPECT_LE(a.sources[i - 1].span.end, a.sources[i].span.start) << text;
        }
        EXPECT_TRUE(std::any_of(a.sources.begin(), a.sources.end(), [](const Source& s) {
            return s.kind == SourceKind::doi || s.kind == SourceKind::pmid;
        })) << text;
    }
}

TEST(Sources, NeverOverlapOnTheDevelopmentShapes) {
    const std::string text =
        "Voir (Smith & Lee, 2019 ; NHMRC, 2015) et Dupont et Durand (2018).\n"
        "Références :\n"
        "1. Appel LJ, et al. N Engl J Med. 1997;336(16):1117-24. doi:10.1056/NEJM199704173361601\n"
        "2. Martin et al., Journal of Clinical Oncology, 2021, PMID: 33521734\n"
        "3. https://www.has-sante.fr/jcms/c_2722827 (HAS, 2021)\n";
    const auto a = analyze(text);
    EXPECT_GE(a.sources.size(), 8U);
    for (std::size_t i = 1; i < a.sources.size(); ++i) {
        EXPECT_LE(a.sources[i - 1].span.end, a.sources[i].span.start)
            << slice(text, a.sources[i - 1].span) << " / " << slice(text, a.sources[i].span);
    }
}

TEST(Trust, LongestDomainWinsAndRequestsExtendTheOfficialList) {
    EXPECT_EQ(trust_of_host("pubmed.ncbi.nlm.nih.gov", {}), Trust::scientific);
    EXPECT_EQ(trust_of_host("www.nih.gov", {}), Trust::official);
    EXPECT_EQ(trust_of_host("ars.sante.fr", {}), Trust::official);
    EXPECT_EQ(trust_of_host("notsante.fr", {}), Trust::unknown);
    EXPECT_EQ(trust_of_host("chu-rennes.fr", {}), Trust::unknown);
    EXPECT_EQ(trust_of_host("www.chu-rennes.fr", {"https://www.CHU-Rennes.fr/"}), Trust::official);
    EXPECT_EQ(url_host("https://user@www.Example.org:8080/a?b"), "example.org");
}

TEST(Trust, TheShippedListIsParsed) {
    EXPECT_GT(shipped_domains().size(), 50U);
    for (const auto& d : shipped_domains()) {
        EXPECT_EQ(d.domain.find(' '), std::string::npos);
        EXPECT_EQ(d.domain.find("www."), std::string::npos);
    }
}

TEST(Trust, References) {
    EXPECT_EQ(trust_of_reference("HAS. Sinusite de l'adulte. 2023"), Trust::official);
    EXPECT_EQ(trust_of_reference("World Health Organization. Fact sheet. 2022"), Trust::official);
    EXPECT_EQ(trust_of_reference("Smith et al., 2020"), Trust::scientific);
    EXPECT_EQ(trust_of_reference("Mon blog santé, 2021"), Trust::unknown);
    EXPECT_EQ(trust_of_reference("The study has shown, 2021"), Trust::unknown);
}

}  // namespace
}  // namespace gardefou::answers
