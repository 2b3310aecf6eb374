// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Google Benchmark figures for the detection engine (README "Performance").
#include <benchmark/benchmark.h>

#include <string>

#include "bench_text.h"
#include "engine/engine.h"
#include "validators/phone.h"

namespace {

using gardefou::engine::Engine;

// A realistic prompt with identifying data (about 700 bytes), repeated to the wanted size.
const std::string kPrompt =
    "Bonjour, je m'appelle Marie Dupont et j'ai 67 ans. Mon médecin traitant, le Dr Martin, "
    "m'a prescrit du Levothyrox 75 µg après une prise de sang au laboratoire Cerballiance de "
    "Rennes. Ma TSH est à 4,8 et ma CRP à 12 mg/l. Le CHU de Rennes m'a donné rendez-vous le 12 "
    "mars. Vous pouvez me joindre au 06 12 34 56 78 ou par mail à marie.dupont@example.fr. "
    "Mon numéro de sécurité sociale est le 2 54 03 35 238 012 69. J'habite au 12 rue des Lilas, "
    "35000 Rennes. Ma fille Léa s'inquiète : est-ce que je dois augmenter la dose ? J'ai aussi "
    "une tension à 14/9 et je prends du Kardegic 75 mg le matin. Merci beaucoup ! 😀\n";

const std::string kClean =
    "Bonjour, j'ai 67 ans et je prends du Levothyrox 75 µg depuis 2015. Ma dernière TSH est à "
    "4,8 et ma CRP à 12 mg/l. Mon médecin traitant pense que la dose est trop faible. Est-ce que "
    "la maladie de Hashimoto peut expliquer ma fatigue ? J'ai aussi une tension à 14/9.\n";

using gardefou::bench::repeat_to;

const Engine& engine() {
    static const auto e = [] {
        gardefou::validators::warm_up_phone_metadata();
        return Engine::build_default();
    }();
    return *e;
}

void BM_BuildEngine(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(Engine::build_default());
}
BENCHMARK(BM_BuildEngine)->Unit(benchmark::kMillisecond);

void scan(benchmark::State& state, const std::string& unit) {
    const std::string text = repeat_to(unit, static_cast<std::size_t>(state.range(0)));
    const Engine& e = engine();
    (void)e.scan(text);
    for (auto _ : state) benchmark::DoNotOptimize(e.scan(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

void BM_ScanPrompt(benchmark::State& state) {
    scan(state, kPrompt);
}
// Texts of 64 KiB or more use two threads: their figures are wall-clock time (UseRealTime).
BENCHMARK(BM_ScanPrompt)->Arg(2048)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ScanPrompt)->Arg(1 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ScanCleanPrompt(benchmark::State& state) {
    scan(state, kClean);
}
BENCHMARK(BM_ScanCleanPrompt)->Arg(2048)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ScanCleanPrompt)->Arg(1 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();

// A long document pasted in: one paragraph dense with identifying data in every eight.
void BM_ScanDocument(benchmark::State& state) {
    std::string unit = kPrompt;
    for (int i = 0; i < 7; ++i) unit += kClean;
    scan(state, unit);
}
BENCHMARK(BM_ScanDocument)->Arg(1 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
