// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// SHA-256 against FIPS 180-4 vectors; the Chrome id against one computed by openssl:
//   openssl rsa -pubout -outform DER | openssl dgst -sha256 -binary | head -c16 | xxd -p | tr
//   0-9a-f a-p
#include "install/chrome_id.h"

#include <gtest/gtest.h>

#include <string>

#include "install/sha256.h"

namespace gardefou::install {
namespace {

std::string hex(std::string_view text) {
    const auto digest =
        sha256(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (auto byte : digest) {
        out += kDigits[byte >> 4];
        out += kDigits[byte & 0x0f];
    }
    return out;
}

TEST(Sha256, KnownVectors) {
    EXPECT_EQ(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(hex(std::string(1000, 'a')),
              "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

constexpr std::string_view kKey =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkQSoGlnYZ3mNQLacCYqk23vtdspCAnFq6KM+"
    "nDDuKEXHCaDBC4L"
    "D5HRmbtbnorKRb8f6w8Pb1snJWjB0apHrkoCI9zuKFJEuXFu3hpYj7jx9Xgezr0njlJQG1E2MMO57MP/Fn7P93QSh0ygOU"
    "cV4+BnCEpKK1TFn+RqzF3T69kKDdJh/Kdos30VyL6as/hrkxnSxQFrLdcovxah5SzfxBbEwWxYSTn08GPvbQEdsKrMg4qc"
    "mhWTTL+QUrXb7oY2BWG9XFee6xPVSy//"
    "a3evuX5PTajaXmneiTAg2Aof8dHVjowXY84UW3tbaQxpvQ31NwYlbwiZMK31HRM"
    "Um2StFnQIDAQAB";

TEST(ChromeId, DerivedFromTheManifestKey) {
    EXPECT_EQ(chrome_id_from_key(kKey), "gppgiomgkadonbnhobhlaflefoeciigb");
    // Line breaks inside the key (as some tools wrap it) do not change the id.
    std::string wrapped(kKey);
    wrapped.insert(64, "\n");
    EXPECT_EQ(chrome_id_from_key(wrapped), "gppgiomgkadonbnhobhlaflefoeciigb");
}

TEST(ChromeId, RejectsWhatIsNotBase64) {
    EXPECT_FALSE(chrome_id_from_key(""));
    EXPECT_FALSE(chrome_id_from_key("not base64!"));
    EXPECT_FALSE(chrome_id_from_key("QUJD=QUJD"));
}

TEST(ChromeId, Shape) {
    EXPECT_TRUE(is_chrome_id("gppgiomgkadonbnhobhlaflefoeciigb"));
    EXPECT_FALSE(is_chrome_id("gppgiomgkadonbnhobhlaflefoeciig"));
    EXPECT_FALSE(is_chrome_id("zppgiomgkadonbnhobhlaflefoeciigb"));
    EXPECT_FALSE(is_chrome_id("GPPGIOMGKADONBNHOBHLAFLEFOECIIGB"));
}

}  // namespace
}  // namespace gardefou::install
