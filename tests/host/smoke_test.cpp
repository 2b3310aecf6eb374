// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "engine/engine.h"

namespace gardefou::engine {
namespace {

TEST(Engine, FindsAValidNirAndAPhone) {
    const auto engine = Engine::build_default();
    const auto findings =
        engine->scan("Mon numéro de sécu est 1 85 05 75 123 456 73, tél 06 12 34 56 78.");
    ASSERT_EQ(findings.size(), 2U);
    EXPECT_EQ(findings[0].category, Category::nir);
    EXPECT_TRUE(findings[0].validated);
    EXPECT_EQ(findings[1].category, Category::phone);
}

}  // namespace
}  // namespace gardefou::engine
