// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/engine.h"
#include "protocol/dispatcher.h"
#include "pseudonyms/pseudonym_store.h"

namespace gardefou::testing {

/// A protocol session without framing: requests go through protocol::answer() with the
/// built-in engine (built once per test binary) and a fresh pseudonym store per test.
class ProtocolTest : public ::testing::Test {
  protected:
    nlohmann::json ask(const nlohmann::json& request) {
        return nlohmann::json::parse(protocol::answer(request.dump(), services_));
    }

    static const engine::Engine& engine() {
        static const auto e = engine::Engine::build_default();
        return *e;
    }

    pseudonyms::PseudonymStore store_;
    protocol::Services services_{engine(), store_, "9.9.9"};
};

}  // namespace gardefou::testing
