// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <cmath>

#include "answers/analysis.h"
#include "protocol/errors.h"
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

namespace {

std::vector<std::string> trusted_domains(const Request& request) {
    std::vector<std::string> out;
    const auto it = request.body().find("trusted_domains");
    if (it == request.body().end() || it->is_null()) return out;
    if (!it->is_array()) {
        throw ProtocolError(ErrorCode::bad_request,
                            "The \"trusted_domains\" member must be an array of strings.");
    }
    for (const auto& d : *it) {
        if (!d.is_string()) {
            throw ProtocolError(ErrorCode::bad_request,
                                "The \"trusted_domains\" member must be an array of strings.");
        }
        out.push_back(d.get<std::string>());
    }
    return out;
}

nlohmann::json span_json(const text::Utf16Span& span) {
    return {{"start", span.start}, {"end", span.end}};
}

}  // namespace

Reply handle_analyze_answer(const Request& request, Services& /*services*/) {
    const auto& text = request.string("text");
    const auto prompt = request.optional_string("prompt");
    answers::AnalyzeOptions options;
    options.prompt = prompt ? std::string_view(*prompt) : std::string_view{};
    options.lang = request.lang();
    options.trusted_domains = trusted_domains(request);
    const auto analysis = answers::analyze(text, options);

    nlohmann::json claims = nlohmann::json::array();
    for (const auto& c : analysis.claims) {
        auto j = span_json(c.span);
        j["kind"] = answers::claim_kind_name(c.kind);
        claims.push_back(std::move(j));
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const auto& s : analysis.sources) {
        auto j = span_json(s.span);
        j["kind"] = answers::source_kind_name(s.kind);
        j["value"] = s.value;
        j["trust"] = answers::trust_name(s.trust);
        j["check"] = {{"method", answers::check_method_name(s.method)}, {"target", s.target}};
        sources.push_back(std::move(j));
    }
    return nlohmann::json{{"health", analysis.health.health},
                          {"health_score", std::round(analysis.health.score * 100.0) / 100.0},
                          {"claims", std::move(claims)},
                          {"sources", std::move(sources)}};
}

}  // namespace gardefou::protocol
