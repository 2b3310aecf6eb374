// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Google Benchmark figures for analyze_answer (issue 4): throughput on chatbot answers from a few
// KiB to the 1 MiB a native message can carry.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "answers/analysis.h"
#include "bench_text.h"

namespace {

// A health answer with claims, general information, URLs, a DOI, a PMID and written references
// (about 1.5 KiB), repeated to the wanted size.
const std::string kAnswer =
    "D'après ce que vous décrivez, vous avez très probablement une sinusite aiguë. La sinusite "
    "est une inflammation des sinus, le plus souvent d'origine virale.\n\n"
    "- Prenez 1 g de paracétamol toutes les 6 heures, sans dépasser 3 g par jour.\n"
    "- Faites des lavages de nez au sérum physiologique.\n\n"
    "It sounds like you have acute sinusitis. You should take 400 mg of ibuprofen every 8 hours "
    "with food. Consultez un médecin si la fièvre dépasse 39 °C (Martin et al., 2020).\n\n"
    "Sources :\n"
    "1. Smith J, Jones K, et al. Lancet. 2019;393(10170):447-58. "
    "doi:10.1016/S0140-6736(18)32203-7\n"
    "2. https://www.ameli.fr/assure/sante/themes/sinusite/symptomes-diagnostic-evolution\n"
    "3. Hemilä H, Chalker E. Cochrane Database Syst Rev. 2013;(1):CD000980. PMID: 23440782\n"
    "4. Haute Autorité de Santé. Sinusite de l'adulte. 2021.\n"
    "5. Smith, J., & Lee, K. (2019). Sleep and memory. Nature, 12(3), 45-67.\n\n"
    "Une étude publiée dans The Lancet en 2019 le confirme (NHMRC, 2015 ; Dupont & Durand, 2018). "
    "Voir aussi www.has-sante.fr et pubmed.ncbi.nlm.nih.gov/29897866/.\n\n";

// Prose without any source or claim: the common case.
const std::string kProse =
    "Le diabète de type 2 est une maladie chronique caractérisée par un excès de sucre dans le "
    "sang. Il est lié à une résistance de l'organisme à l'insuline et s'installe souvent "
    "progressivement, sans symptôme. Une alimentation équilibrée et une activité physique "
    "régulière en sont la base ; des médicaments peuvent s'y ajouter.\n";

// The shapes that were quadratic before: one line without a break, dense with identifiers and
// citations.
const std::string kDenseLine =
    "Vous avez probablement une sinusite, prenez 1 g de paracétamol (Martin et al., 2020) voir "
    "doi:10.1000/abc123 et https://www.has-sante.fr/x ; Smith J, et al. Lancet. 2019;393:447-58 "
    "PMID: 1234567 www.ameli.fr ";

using gardefou::bench::repeat_to;

void analyze(benchmark::State& state, const std::string& unit) {
    const std::string text = repeat_to(unit, static_cast<std::size_t>(state.range(0)));
    const gardefou::answers::AnalyzeOptions options{
        .prompt = "J'ai mal au front et le nez bouché depuis 10 jours",
        .lang = {},
        .trusted_domains = {}};
    (void)gardefou::answers::analyze(text, options);
    for (auto _ : state) benchmark::DoNotOptimize(gardefou::answers::analyze(text, options));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

void BM_AnalyzeAnswer(benchmark::State& state) {
    analyze(state, kAnswer);
}
BENCHMARK(BM_AnalyzeAnswer)
    ->Arg(4 << 10)
    ->Arg(64 << 10)
    ->Arg(1 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_AnalyzeProse(benchmark::State& state) {
    analyze(state, kProse);
}
BENCHMARK(BM_AnalyzeProse)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_AnalyzeDenseLine(benchmark::State& state) {
    analyze(state, kDenseLine);
}
BENCHMARK(BM_AnalyzeDenseLine)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
