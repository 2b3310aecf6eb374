// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/luhn.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

bool ch_avs_valid(std::string_view d) {
    return d.size() == 13 && d.substr(0, 3) == "756" && ean13_valid(d);
}

}  // namespace gardefou::validators
