// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "answers/analysis.h"

namespace gardefou::answers {

struct TrustedDomain {
    std::string domain;  // lower case, no "www."
    Trust trust;
};

/// The shipped list (trusted_domains.inc), parsed once.
std::span<const TrustedDomain> shipped_domains();

/// The host of a URL with scheme, lower case, without "www." and port ("" if none).
std::string url_host(std::string_view url);

/// The trust of a host: the longest shipped or `extra` (official) domain that is the host or
/// one of its parents; unknown when none is.
Trust trust_of_host(std::string_view host, const std::vector<std::string>& extra);

/// The trust of a written reference: official when it names a health authority, scientific
/// when it has the shape of a journal citation (authors with initials, "et al.", volume and
/// pages, a journal name), unknown otherwise.
Trust trust_of_reference(std::string_view reference);

}  // namespace gardefou::answers
