// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "engine/category.h"

namespace gardefou::app {

/// Options shared by the commands.
struct CommandOptions {
    std::string input = "-";  // a file path, or "-" for stdin
    bool json = false;
    std::optional<engine::Lang> lang;
};

/// `gardefou-host` in protocol mode: frames on stdin/stdout until EOF.
int serve();

/// `gardefou-host scan [FILE|-] [--json] [--lang fr|en]`: the findings as a table (or JSON).
int scan_command(const CommandOptions& options, std::ostream& out, std::ostream& err);

/// `gardefou-host redact [FILE|-] [--lang fr|en]`: the text with placeholders.
int redact_command(const CommandOptions& options, std::ostream& out, std::ostream& err);

/// Reads a whole file, or stdin for "-". Returns nullopt (and explains on `err`) on failure.
std::optional<std::string> read_input(const std::string& path, std::ostream& err);

}  // namespace gardefou::app
