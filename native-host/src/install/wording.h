// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// What people read: each doctor finding and each install/uninstall step, in French or English,
// saying what happened and what to do. Only paths, browser names, ids and verdicts go in.
#pragma once

#include <string>

#include "doctor.h"
#include "installer.h"
#include "messages.h"

namespace gardefou::install {

[[nodiscard]] std::string describe(const Finding& finding, Lang lang);
[[nodiscard]] std::string describe(const Step& step, bool uninstalling, Lang lang);
[[nodiscard]] std::string describe_problem(std::string_view problem, Lang lang);
[[nodiscard]] std::string browser_names(const std::vector<std::string>& ids);

}  // namespace gardefou::install
