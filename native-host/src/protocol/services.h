// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string_view>

#include "engine/engine.h"
#include "pseudonyms/pseudonym_store.h"

namespace gardefou::protocol {

/// What handlers work with. The engine is immutable and shared; the pseudonym store belongs to
/// this session.
struct Services {
    const engine::Engine& engine;
    pseudonyms::PseudonymStore& store;
    std::string_view version;  // the host's semantic version
    /// The custom detectors set by `configure` (an administrator's policy), or null.
    std::shared_ptr<const engine::Catalogue> custom{};
};

}  // namespace gardefou::protocol
