// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "installer.h"

#include <algorithm>

#include "fs_util.h"
#include "manifest.h"
#include "record.h"
#include "registry_win.h"

namespace gardefou::install {

namespace fs = std::filesystem;

namespace {

// One place to write: several browsers may share it (Brave and Vivaldi use Chrome's key on
// Windows).
struct Target {
    Family family;
    fs::path file;
    std::string
        registry_key;  // Windows only, e.g. "HKCU\\Software\\Mozilla\\...\\org.gardefou.host"
    std::vector<std::string> browsers;
};

std::string registry_location(Scope scope, std::string_view key) {
    return std::string(scope == Scope::User ? "HKCU\\" : "HKLM\\") + std::string(key) + "\\" +
           std::string(kHostName);
}

std::vector<Target> targets_for(const Environment& env, Scope scope,
                                const std::vector<const Browser*>& browsers,
                                std::vector<Step>& unsupported) {
    std::vector<Target> targets;
    for (const Browser* b : browsers) {
        Target t{b->family, {}, {}, {std::string(b->id)}};
        if (env.os == Os::Windows) {
            // The manifest sits next to the executable; the registry key points at it.
            t.file = env.executable.parent_path() /
                     (std::string(kHostName) + "." + std::string(family_name(b->family)) + ".json");
            t.registry_key = registry_location(scope, b->windows_key);
        } else {
            t.file = manifest_file(*b, scope, env);
        }
        if (t.file.empty()) {
            unsupported.push_back(
                {{std::string(b->id)}, "", StepStatus::Failed, "not_supported", ""});
            continue;
        }
        auto same = std::find_if(targets.begin(), targets.end(), [&](const Target& o) {
            return o.file == t.file && o.registry_key == t.registry_key;
        });
        if (same != targets.end()) {
            same->browsers.push_back(std::string(b->id));
        } else {
            targets.push_back(std::move(t));
        }
    }
    return targets;
}

void add_browsers(RecordEntry& entry, const std::vector<std::string>& browsers) {
    for (const auto& id : browsers) {
        if (std::find(entry.browsers.begin(), entry.browsers.end(), id) == entry.browsers.end()) {
            entry.browsers.push_back(id);
        }
    }
}

Step failed(const Target& t, std::string location, std::string problem, const std::error_code& ec) {
    const bool denied = ec == std::errc::permission_denied ||
                        ec == std::errc::read_only_file_system ||
                        ec == std::errc::operation_not_permitted;
    return {t.browsers, std::move(location), StepStatus::Failed,
            denied ? "permission_denied" : std::move(problem), ec.message()};
}

Step write_target(const Environment& env, Scope scope, const Target& t, InstallRecord& record) {
    if (t.family == Family::Chrome && env.chrome_extension_ids.empty()) {
        return {t.browsers, t.file.string(), StepStatus::Failed, "no_chrome_id", ""};
    }
    const auto content = render_manifest(make_manifest(
        {t.family, env.executable, env.chrome_extension_ids, env.firefox_extension_id}));
    Step step{t.browsers, t.file.string(), StepStatus::Unchanged, "", ""};
    if (read_file(t.file) != content) {
        std::vector<fs::path> made;
        auto ec = create_directories_recorded(t.file.parent_path(), made);
        for (const auto& dir : made) record.add_created_dir(dir);
        if (!ec) ec = write_file_atomically(t.file, content);
        if (ec) return failed(t, t.file.string(), "io_error", ec);
        step.status = StepStatus::Written;
    }
    // Record only what this command wrote: a file already right (say, from the .deb) stays.
    auto& entries = record.entries;
    const bool known = std::any_of(entries.begin(), entries.end(), [&](const RecordEntry& e) {
        return e.kind == "file" && e.location == t.file.string();
    });
    if (step.status == StepStatus::Written || known) {
        add_browsers(record.entry("file", t.file.string()), t.browsers);
    }
    if (!t.registry_key.empty()) {
        const auto key = t.registry_key.substr(5);  // without "HKCU\"
        const bool machine = scope == Scope::System;
        if (registry_get_default(machine, key) != t.file.string()) {
            if (auto ec = registry_set_default(machine, key, t.file.string())) {
                return failed(t, t.registry_key, "io_error", ec);
            }
            step.status = StepStatus::Written;
        }
        add_browsers(record.entry("registry", t.registry_key), t.browsers);
    }
    return step;
}

std::error_code save_record(const fs::path& path, InstallRecord& record) {
    std::vector<fs::path> made;
    if (auto ec = create_directories_recorded(path.parent_path(), made)) return ec;
    for (const auto& dir : made) record.add_created_dir(dir);
    return write_file_atomically(path, render_record(record));
}

bool remove_location(const RecordEntry& entry, std::error_code& ec) {
    if (entry.kind == "registry") {
        const bool machine = entry.location.rfind("HKLM\\", 0) == 0;
        ec = registry_delete_key(machine, entry.location.substr(5));
        return !ec;
    }
    return fs::remove(entry.location, ec);
}

void remove_empty_created_dirs(InstallRecord& record) {
    std::vector<std::string> kept;
    for (auto it = record.created_dirs.rbegin(); it != record.created_dirs.rend(); ++it) {
        std::error_code ec;
        if (fs::is_directory(*it, ec) && fs::is_empty(*it, ec) && fs::remove(*it, ec)) continue;
        if (fs::exists(*it, ec)) kept.insert(kept.begin(), *it);
    }
    record.created_dirs = std::move(kept);
}

Outcome uninstall_without_record(const Environment& env, Scope scope,
                                 const std::vector<const Browser*>& browsers) {
    Outcome outcome;
    outcome.problem = "no_record";
    std::vector<Step> unsupported;
    for (const auto& t : targets_for(env, scope, browsers, unsupported)) {
        const auto text = read_file(t.file);
        if (!text) continue;
        const auto parsed = parse_manifest(*text);
        if (!parsed.ok || parsed.manifest.name != kHostName) continue;  // not ours: leave it
        // Only manifests this program would have written, or whose program has gone.
        const fs::path target(parsed.manifest.path);
        if (!same_file(target, env.executable) && path_exists(target)) continue;
        std::error_code ec;
        fs::remove(t.file, ec);
        outcome.steps.push_back(
            ec ? failed(t, t.file.string(), "io_error", ec)
               : Step{t.browsers, t.file.string(), StepStatus::Removed, "", ""});
    }
    return outcome;
}

}  // namespace

bool Outcome::ok() const {
    if (problem == "no_browser" || problem == "no_executable") return false;
    return std::none_of(steps.begin(), steps.end(),
                        [](const Step& s) { return s.status == StepStatus::Failed; });
}

std::vector<const Browser*> select_browsers(const Environment& env, std::string_view which,
                                            bool& unknown) {
    unknown = false;
    std::vector<const Browser*> chosen;
    for (const auto& browser : all_browsers()) {
        if (which == "all" || which == browser.id ||
            (which.empty() && detect(browser, env).found())) {
            chosen.push_back(&browser);
        }
    }
    unknown = !which.empty() && which != "all" && chosen.empty();
    return chosen;
}

Outcome install(const Environment& env, Scope scope, const std::vector<const Browser*>& browsers) {
    Outcome outcome;
    outcome.record = record_path(scope, env);
    if (browsers.empty()) {
        outcome.problem = "no_browser";
        return outcome;
    }
    if (env.executable.empty() || !env.executable.is_absolute()) {
        outcome.problem = "no_executable";  // a manifest needs this program's absolute path
        return outcome;
    }
    InstallRecord record = load_record(outcome.record).value_or(InstallRecord{});
    for (const auto& t : targets_for(env, scope, browsers, outcome.steps)) {
        outcome.steps.push_back(write_target(env, scope, t, record));
    }
    // Saved even when empty: then uninstall knows install ran and wrote nothing to remove.
    const bool wrote_any =
        std::any_of(outcome.steps.begin(), outcome.steps.end(),
                    [](const Step& s) { return s.status != StepStatus::Failed; });
    if (wrote_any) {
        if (auto ec = save_record(outcome.record, record)) {
            outcome.steps.push_back(
                {{}, outcome.record.string(), StepStatus::Failed, "io_error", ec.message()});
        }
    }
    return outcome;
}

Outcome uninstall(const Environment& env, Scope scope,
                  const std::vector<const Browser*>& browsers) {
    const auto path = record_path(scope, env);
    auto record = load_record(path);
    if (!record) {
        auto outcome = uninstall_without_record(env, scope, browsers);
        outcome.record = path;
        return outcome;
    }
    Outcome outcome;
    outcome.record = path;
    std::vector<RecordEntry> kept;
    for (auto& entry : record->entries) {
        const auto served = entry.browsers;
        std::erase_if(entry.browsers, [&](const std::string& id) {
            return std::any_of(browsers.begin(), browsers.end(),
                               [&](const Browser* b) { return b->id == id; });
        });
        if (!entry.browsers.empty()) {
            kept.push_back(entry);
            continue;
        }
        std::error_code ec;
        const bool removed = remove_location(entry, ec);
        Step step{served, entry.location, removed ? StepStatus::Removed : StepStatus::Absent, "",
                  ""};
        if (ec) {
            step = {served, entry.location, StepStatus::Failed, "io_error", ec.message()};
            entry.browsers = served;
            kept.push_back(entry);
        }
        outcome.steps.push_back(std::move(step));
    }
    record->entries = std::move(kept);
    std::error_code ec;
    if (record->entries.empty()) fs::remove(path, ec);
    remove_empty_created_dirs(*record);
    if (!record->entries.empty()) ec = save_record(path, *record);
    if (ec)
        outcome.steps.push_back({{}, path.string(), StepStatus::Failed, "io_error", ec.message()});
    return outcome;
}

}  // namespace gardefou::install
