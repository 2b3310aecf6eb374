// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace gardefou::validators {

/// True when year-month-day is a date of the Gregorian calendar (year 1..9999).
bool date_valid(int year, int month, int day);

}  // namespace gardefou::validators
