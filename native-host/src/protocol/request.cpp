// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/request.h"

#include "protocol/errors.h"

namespace gardefou::protocol {

const std::string& Request::string(std::string_view member) const {
    const auto it = body_.find(member);
    if (it == body_.end()) {
        throw ProtocolError(ErrorCode::bad_request,
                            "The request has no \"" + std::string(member) + "\" member.");
    }
    if (!it->is_string()) {
        throw ProtocolError(ErrorCode::bad_request,
                            "The \"" + std::string(member) + "\" member must be a string.");
    }
    return it->get_ref<const std::string&>();
}

std::optional<std::string> Request::optional_string(std::string_view member) const {
    const auto it = body_.find(member);
    if (it == body_.end() || it->is_null()) return std::nullopt;
    return string(member);
}

std::optional<engine::Lang> Request::lang() const {
    const auto value = optional_string("lang");
    if (!value) return std::nullopt;
    if (value->rfind("fr", 0) == 0) return engine::Lang::fr;
    if (value->rfind("en", 0) == 0) return engine::Lang::en;
    throw ProtocolError(ErrorCode::bad_request, "The \"lang\" member must be \"fr\" or \"en\".");
}

}  // namespace gardefou::protocol
