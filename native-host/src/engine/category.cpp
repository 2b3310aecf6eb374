// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "engine/category.h"

namespace gardefou::engine {

namespace {

struct CategoryInfo {
    std::string_view name;
    std::string_view label_fr;
    std::string_view label_en;
};

constexpr std::array<CategoryInfo, kCategoryCount> kInfo{{
    {"person", "NOM", "NAME"},
    {"health_professional", "SOIGNANT", "CAREGIVER"},
    {"health_facility", "ÉTABLISSEMENT", "FACILITY"},
    {"phone", "TÉLÉPHONE", "PHONE"},
    {"email", "E-MAIL", "EMAIL"},
    {"postal_address", "ADRESSE", "ADDRESS"},
    {"birth_date", "DATE DE NAISSANCE", "BIRTH DATE"},
    {"nir", "N° DE SÉCURITÉ SOCIALE", "SOCIAL SECURITY NO"},
    {"health_identifier", "IDENTIFIANT DE SANTÉ", "HEALTH ID"},
    {"financial", "N° BANCAIRE", "BANK NO"},
    {"national_id", "N° D'IDENTITÉ", "ID NO"},
}};

constexpr std::array<Category, kCategoryCount> kAll{
    Category::person,
    Category::health_professional,
    Category::health_facility,
    Category::phone,
    Category::email,
    Category::postal_address,
    Category::birth_date,
    Category::nir,
    Category::health_identifier,
    Category::financial,
    Category::national_id,
};

}  // namespace

std::string_view category_name(Category category) {
    return kInfo.at(static_cast<std::size_t>(category)).name;
}

std::optional<Category> category_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kCategoryCount; ++i) {
        if (kInfo.at(i).name == name) return static_cast<Category>(i);
    }
    return std::nullopt;
}

const std::array<Category, kCategoryCount>& all_categories() {
    return kAll;
}

std::string_view placeholder_label(Category category, Lang lang) {
    const auto& info = kInfo.at(static_cast<std::size_t>(category));
    return lang == Lang::fr ? info.label_fr : info.label_en;
}

}  // namespace gardefou::engine
