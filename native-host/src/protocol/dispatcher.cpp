// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/dispatcher.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "protocol/errors.h"
#include "protocol/framing.h"
#include "protocol/handlers/handlers.h"
#include "protocol/json_text.h"

namespace gardefou::protocol {

namespace {

using nlohmann::json;

std::string serialise(const json& response) {
    return response.dump(-1, ' ', false, json::error_handler_t::replace);
}

/// The type for logs: a known request type, else "unknown" (logs never echo client strings).
std::string_view log_name(const json& type) {
    if (!type.is_string()) return "unknown";
    for (const auto& entry : handlers()) {
        if (entry.type == type.get_ref<const std::string&>()) return entry.type;
    }
    return "unknown";
}

/// The id as sent when it is a number or a string, else null.
json id_of(const json& body) {
    const auto it = body.find("id");
    if (it == body.end() || !(it->is_number() || it->is_string())) return nullptr;
    return *it;
}

/// Appends members serialised by the handler before the closing brace of `object`.
void append_raw_members(std::string& object,
                        const std::vector<std::pair<std::string, std::string>>& raw) {
    for (const auto& [name, value] : raw) {
        object.pop_back();  // '}'
        if (object.size() > 1) object.push_back(',');
        append_json_string(object, name);
        object.push_back(':');
        object += value;
        object.push_back('}');
    }
}

}  // namespace

json error_response(const json& id, const json& type, std::string_view code,
                    std::string_view message) {
    return {{"id", id},
            {"type", type},
            {"ok", false},
            {"error", {{"code", code}, {"message", message}}}};
}

std::string answer(std::string_view frame, Services& services) {
    json body;
    try {
        body = json::parse(frame);
    } catch (const json::exception&) {
        spdlog::warn("bad_json: a frame of {} bytes is not valid UTF-8 JSON", frame.size());
        return serialise(
            error_response(nullptr, nullptr, "bad_json", "The message is not valid UTF-8 JSON."));
    }
    if (!body.is_object()) {
        return serialise(
            error_response(nullptr, nullptr, "bad_json", "The message must be a JSON object."));
    }
    const json id = id_of(body);
    const auto type_it = body.find("type");
    const json type = type_it != body.end() && type_it->is_string() ? *type_it : json(nullptr);
    json response;
    std::vector<std::pair<std::string, std::string>> raw;
    const auto started = std::chrono::steady_clock::now();
    try {
        if (type.is_null()) {
            throw ProtocolError(ErrorCode::bad_request,
                                "The request needs a \"type\" member that is a string.");
        }
        if (body.contains("id") && id.is_null()) {
            throw ProtocolError(ErrorCode::bad_request,
                                "The \"id\" member must be a number or a string.");
        }
        const auto& name = type.get_ref<const std::string&>();
        Handler handler = nullptr;
        for (const auto& entry : handlers()) {
            if (entry.type == name) handler = entry.handler;
        }
        if (handler == nullptr) {
            throw ProtocolError(
                ErrorCode::unknown_type,
                "This host does not know the request type \"" + name.substr(0, 40) + "\".");
        }
        Reply result = handler(Request(body), services);
        response = {{"id", id}, {"type", type}, {"ok", true}};
        response.update(result.members);
        raw = std::move(result.raw);
    } catch (const ProtocolError& e) {
        spdlog::info("{} answered {}", log_name(type), error_code_name(e.code()));
        response = error_response(id, type, error_code_name(e.code()), e.what());
    } catch (const std::exception&) {
        spdlog::error("{} failed unexpectedly", log_name(type));
        response = error_response(id, type, "internal",
                                  "The host failed on this request; nothing was changed.");
    }
    std::string out = serialise(response);
    append_raw_members(out, raw);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
    spdlog::debug("{}: {} bytes in, {} bytes out, {} µs", log_name(type), frame.size(), out.size(),
                  micros);
    if (out.size() > kMaxResponseBytes) {
        spdlog::warn("response of {} bytes exceeds the 1 MiB limit", out.size());
        out = serialise(error_response(
            id, type, "too_large",
            "The answer would exceed the browsers' 1 MiB limit; send a shorter text."));
    }
    return out;
}

}  // namespace gardefou::protocol
