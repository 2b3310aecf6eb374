// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "app/logging.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace gardefou::app {

void setup_logging(const std::string& level, const std::string& file) {
    std::shared_ptr<spdlog::logger> logger;
    if (!file.empty()) {
        try {
            logger = spdlog::basic_logger_mt("gardefou-host", file);
        } catch (const spdlog::spdlog_ex&) {
            logger = spdlog::stderr_logger_mt("gardefou-host");
            logger->warn("cannot open the log file; logging to stderr instead");
        }
    } else {
        logger = spdlog::stderr_logger_mt("gardefou-host");
    }
    logger->set_pattern("gardefou-host %Y-%m-%dT%H:%M:%S.%e %l: %v");
    logger->set_level(spdlog::level::from_str(level));
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

}  // namespace gardefou::app
