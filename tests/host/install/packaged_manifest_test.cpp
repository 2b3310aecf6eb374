// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// The manifests CMake fills from manifests/*.json.in for the .deb are byte for byte what
// `gardefou-host install --system` would write for /usr/lib/gardefou/gardefou-host: so installing
// over the package changes nothing, and uninstall never takes the package's files.
#include <gtest/gtest.h>

#include "install/manifest.h"
#include "sandbox.h"

namespace gardefou::install::test {
namespace {

TEST(PackagedManifests, EqualWhatInstallWrites) {
    const auto env = Environment::from_process("");
    if (env.chrome_extension_ids.empty()) GTEST_SKIP() << "this build has no Chrome extension id";
    const fs::path dir = GARDEFOU_CONFIGURED_MANIFESTS;
    for (const auto family : {Family::Chrome, Family::Firefox}) {
        const auto expected =
            render_manifest(make_manifest({family, "/usr/lib/gardefou/gardefou-host",
                                           env.chrome_extension_ids, env.firefox_extension_id}));
        const auto file =
            dir / (family == Family::Chrome ? "chromium" : "firefox") / "org.gardefou.host.json";
        EXPECT_EQ(read_text(file), expected) << file;
    }
}

}  // namespace
}  // namespace gardefou::install::test
