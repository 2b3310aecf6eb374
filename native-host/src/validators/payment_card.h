// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// A payment-card number (12–19 ASCII digits): Luhn, an issuer range (IIN) whose length fits,
/// and not one digit repeated.
bool payment_card_valid(std::string_view digits);

}  // namespace gardefou::validators
