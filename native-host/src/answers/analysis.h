// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/category.h"
#include "text/normalized_text.h"

namespace gardefou::answers {

/// Is the conversation about health? `score` is in 0..1; `health` is score >= 0.5.
struct HealthVerdict {
    bool health = false;
    double score = 0.0;
};

enum class ClaimKind { diagnosis, prescription };

/// A sentence of the answer that diagnoses the user or prescribes a treatment.
struct Claim {
    ClaimKind kind;
    text::Utf16Span span;
};

enum class SourceKind { url, doi, pmid, reference };
enum class Trust { official, scientific, unknown };
enum class CheckMethod { doi, pmid, url, search };

/// A cited source: where it is, its normalised value, how far it can be trusted on its face and
/// how the extension can check that it exists.
struct Source {
    SourceKind kind;
    text::Utf16Span span;
    std::string value;  // DOI lower case without prefix, PMID digits, URL with scheme, reference
    Trust trust;
    CheckMethod method;
    std::string target;  // what the check resolves: the DOI, PMID, URL or search string
};

struct Analysis {
    HealthVerdict health;
    std::vector<Claim> claims;    // sorted by start; only in health conversations
    std::vector<Source> sources;  // sorted by start
};

struct AnalyzeOptions {
    std::string_view prompt;  // the user's question, when known ("" otherwise)
    std::optional<engine::Lang> lang;
    std::vector<std::string> trusted_domains;  // extra official domains ("chu-rennes.fr")
};

/// Analyses one chatbot answer. Pure function of its arguments; the patterns it uses are
/// compiled once, on first use, and shared read-only between threads.
Analysis analyze(std::string_view text, const AnalyzeOptions& options = {});

std::string_view claim_kind_name(ClaimKind kind);
std::string_view source_kind_name(SourceKind kind);
std::string_view trust_name(Trust trust);
std::string_view check_method_name(CheckMethod method);

}  // namespace gardefou::answers
