// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "answers/analysis.h"
#include "answers/sentences.h"

namespace gardefou::answers {

/// A source found in the normalised text, before trust and UTF-16 offsets.
struct FoundSource {
    SourceKind kind;
    ByteRange range;    // as written, prefix included ("doi:10.1000/xyz", "PMID: 123")
    std::string value;  // normalised (see Source::value)
};

/// URLs (with or without scheme), DOIs (doi:, doi.org and dx.doi.org links, bare 10.xxxx/…) and
/// PMIDs ("PMID: …", PubMed links) of a normalised text, sorted, never overlapping.
std::vector<FoundSource> find_identifiers(std::string_view normalized);

/// Written references ("Smith J, et al. Lancet. 2019;393:447-58", "Martin et al., Journal of
/// Clinical Oncology, 2021", APA lists, items under a "Sources" heading), clipped so that they
/// never overlap the identifiers given (sorted). references.cpp.
std::vector<FoundSource> find_references(std::string_view normalized,
                                         const std::vector<FoundSource>& identifiers);

/// Author-year citations ("(NHMRC, 2015)", "(Smith & Lee, 2019; Martin et al., 2020)",
/// "Dupont et Durand (2018)", "Selon Billat (2001)"), appended to `out` as byte ranges over the
/// citation without its brackets. author_year.cpp.
void add_author_year_citations(std::string_view normalized, std::vector<ByteRange>& out);

/// Trims what follows an identifier but is not part of it: closing punctuation, quotes,
/// markdown emphasis, and brackets that do not close one opened inside. Returns the new end.
std::size_t trim_identifier_end(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace gardefou::answers
