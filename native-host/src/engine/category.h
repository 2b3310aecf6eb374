// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace gardefou::engine {

/// What a finding identifies. The names (category_name) are part of protocol v1.
enum class Category : std::uint8_t {
    person,
    health_professional,
    health_facility,
    phone,
    email,
    postal_address,
    birth_date,
    nir,
    health_identifier,
    financial,
    national_id,
};

inline constexpr std::size_t kCategoryCount = 11;

/// The language of placeholders and messages.
enum class Lang : std::uint8_t { fr, en };

/// The protocol name of a category ("health_professional").
std::string_view category_name(Category category);

/// The category named `name`, if any.
std::optional<Category> category_from_name(std::string_view name);

/// All categories, in protocol order.
const std::array<Category, kCategoryCount>& all_categories();

/// The readable label used in placeholders: "NOM", "TÉLÉPHONE" (fr); "NAME", "PHONE" (en).
std::string_view placeholder_label(Category category, Lang lang);

}  // namespace gardefou::engine
