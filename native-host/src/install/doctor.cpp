// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "doctor.h"

#include <algorithm>

#include "fs_util.h"
#include "manifest.h"
#include "policy.h"
#include "registry_win.h"

namespace gardefou::install {

namespace fs = std::filesystem;

namespace {

struct Candidate {
    fs::path file;
    Scope scope;
};

// Where this browser looks, in its own order: per-user first, then system-wide.
std::vector<Candidate> search_order(const Browser& b, const Environment& env) {
    std::vector<Candidate> order;
    if (env.os == Os::Windows) {
        const auto key = std::string(b.windows_key) + "\\" + std::string(kHostName);
        for (const bool machine : {false, true}) {
            if (auto value = registry_get_default(machine, key)) {
                order.push_back({fs::path(*value), machine ? Scope::System : Scope::User});
            }
        }
        return order;
    }
    for (const Scope scope : {Scope::User, Scope::System}) {
        if (auto file = manifest_file(b, scope, env); !file.empty()) order.push_back({file, scope});
    }
    for (auto dir : b.layout(env.os).extra_system_dirs) {
        order.push_back({env.system_path(dir) / (std::string(kHostName) + ".json"), Scope::System});
    }
    return order;
}

class BrowserCheck {
  public:
    BrowserCheck(const Environment& env, const Browser& b, std::vector<Finding>& out)
        : env_(env), b_(b), out_(out) {}

    bool run() {
        const Detection det = detect(b_, env_);
        if (!det.found()) add(Severity::Info, "browser_not_found");
        if (det.flatpak) add(Severity::Warning, "flatpak");
        if (det.snap)
            add(b_.family == Family::Firefox ? Severity::Info : Severity::Warning,
                b_.family == Family::Firefox ? "snap_firefox" : "snap_chromium");
        const PolicyVerdict policy = read_policies(b_, env_);
        for (const auto& file : policy.unreadable)
            add(Severity::Warning, "policy_unreadable", file);
        if (policy.host_blocked)
            add(Severity::Error, "policy_blocks_host", policy.blocklist_source);
        // A browser that is absent, or only sandboxed, needs no manifest: say so, blame nothing.
        const bool runnable = det.native || (det.snap && b_.family == Family::Firefox);
        const bool manifest_ok = check_manifest(policy, runnable);
        return manifest_ok && runnable && !policy.host_blocked;
    }

  private:
    void add(Severity s, std::string code, const fs::path& path = {}, std::string detail = {}) {
        out_.push_back({std::string(b_.id), s, std::move(code), path.string(), std::move(detail)});
    }

    bool check_manifest(const PolicyVerdict& policy, bool wanted) {
        const auto order = search_order(b_, env_);
        const Candidate* found = nullptr;
        fs::path ignored_user;
        for (const auto& c : order) {
            if (!path_exists(c.file)) continue;
            if (c.scope == Scope::User && policy.user_level_blocked) {
                ignored_user = c.file;
                continue;
            }
            found = &c;
            break;
        }
        if (!ignored_user.empty()) {
            add(found ? Severity::Info : Severity::Error,
                found ? "user_manifest_ignored" : "user_manifest_ignored_by_policy", ignored_user,
                policy.user_level_source.string());
        } else if (policy.user_level_blocked) {
            add(Severity::Info, "user_level_hosts_disabled", policy.user_level_source);
        }
        if (found == nullptr) {
            if (ignored_user.empty() && wanted) {
                const bool system_only = policy.user_level_blocked || order.empty();
                const Scope scope = system_only ? Scope::System : Scope::User;
                const fs::path expected =
                    env_.os == Os::Windows
                        ? fs::path(std::string(scope == Scope::User ? "HKCU\\" : "HKLM\\") +
                                   std::string(b_.windows_key) + "\\" + std::string(kHostName))
                        : manifest_file(b_, scope, env_);
                add(Severity::Error, system_only ? "manifest_missing_system" : "manifest_missing",
                    expected);
            }
            return false;
        }
        return check_content(found->file);
    }

    bool check_content(const fs::path& file) {
        const auto text = read_file(file);
        if (!text) return add(Severity::Error, "manifest_unreadable", file), false;
        const auto parsed = parse_manifest(*text);
        if (!parsed.ok) return add(Severity::Error, "manifest_invalid", file, parsed.error), false;
        const auto& m = parsed.manifest;
        if (m.name != kHostName) {
            return add(Severity::Error, "manifest_wrong_name", file, m.name), false;
        }
        if (m.type != "stdio")
            return add(Severity::Error, "manifest_wrong_type", file, m.type), false;
        fs::path target(m.path);
        if (target.is_relative()) {
            if (env_.os != Os::Windows) {
                return add(Severity::Error, "manifest_path_relative", file, m.path), false;
            }
            target = file.parent_path() / target;
        }
        bool ok = check_target(file, target);
        ok = check_ids(file, m) && ok;
        if (ok) add(Severity::Ok, "manifest_ok", file, target.string());
        return ok;
    }

    bool check_target(const fs::path& file, const fs::path& target) {
        if (!path_exists(target)) {
            return add(Severity::Error, "executable_missing", file, target.string()), false;
        }
        if (!is_regular_executable(target)) {
            return add(Severity::Error, "executable_not_executable", file, target.string()), false;
        }
        if (!same_file(target, env_.executable)) {
            add(Severity::Warning, "other_executable", file, target.string());
        }
        return true;
    }

    bool check_ids(const fs::path& file, const HostManifest& m) {
        if (b_.family == Family::Firefox) {
            const auto& ids = m.allowed_extensions;
            if (std::find(ids.begin(), ids.end(), env_.firefox_extension_id) != ids.end()) {
                return true;
            }
            return add(Severity::Error, "extension_id_missing", file, env_.firefox_extension_id),
                   false;
        }
        if (env_.chrome_extension_ids.empty()) {
            add(Severity::Warning, "extension_id_unknown", file);
            return true;
        }
        const auto& origins = m.allowed_origins;
        for (const auto& id : env_.chrome_extension_ids) {
            if (std::find(origins.begin(), origins.end(), chrome_origin(id)) == origins.end()) {
                return add(Severity::Error, "extension_id_missing", file, id), false;
            }
        }
        return true;
    }

    const Environment& env_;
    const Browser& b_;
    std::vector<Finding>& out_;
};

}  // namespace

bool Diagnosis::ok() const {
    const bool any_error = std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    const bool any_ready = std::any_of(browsers.begin(), browsers.end(),
                                       [](const BrowserState& b) { return b.ready; });
    return !any_error && any_ready;
}

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::Ok:
            return "ok";
        case Severity::Info:
            return "info";
        case Severity::Warning:
            return "warning";
        case Severity::Error:
            return "error";
    }
    return "info";
}

Diagnosis diagnose(const Environment& env, const std::vector<const Browser*>& browsers) {
    Diagnosis diagnosis;
    if (browsers.empty()) diagnosis.findings.push_back({"", Severity::Error, "no_browser", "", ""});
    for (const Browser* b : browsers) {
        BrowserState state{b, detect(*b, env), false};
        state.ready = BrowserCheck(env, *b, diagnosis.findings).run();
        diagnosis.browsers.push_back(state);
    }
    if (!browsers.empty() && !diagnosis.ok() &&
        std::none_of(diagnosis.findings.begin(), diagnosis.findings.end(),
                     [](const Finding& f) { return f.severity == Severity::Error; })) {
        diagnosis.findings.push_back({"", Severity::Error, "no_ready_browser", "", ""});
    }
    return diagnosis;
}

}  // namespace gardefou::install
