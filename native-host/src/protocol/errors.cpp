// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/errors.h"

namespace gardefou::protocol {

std::string_view error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_json:
            return "bad_json";
        case ErrorCode::bad_request:
            return "bad_request";
        case ErrorCode::unknown_type:
            return "unknown_type";
        case ErrorCode::too_large:
            return "too_large";
        case ErrorCode::internal:
            return "internal";
        case ErrorCode::bad_pattern:
            return "bad_pattern";
    }
    return "internal";
}

}  // namespace gardefou::protocol
