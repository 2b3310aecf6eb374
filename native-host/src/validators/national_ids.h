// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/// Checksummed national numbers of other countries (python-stdnum's rules). Each takes the
/// compact form: ASCII digits and upper-case letters, separators removed (validators::compact).
namespace gardefou::validators {

/// UK NHS number: 10 digits, weights 10..2 on the first 9, check = 11 − (Σ mod 11), 11 → 0,
/// 10 never valid.
bool nhs_valid(std::string_view digits);

/// US social-security number as typed: AAA-GG-SSSS, AAA GG SSSS or 9 digits; area not 000, 666 or
/// 9xx; group not 00; serial not 0000; not a famously published number (078-05-1120, 457-55-5462,
/// 219-09-9999). No checksum.
bool us_ssn_valid(std::string_view digits);

/// Belgian national number (NN/NISS): 11 digits YYMMDD NNN CC, CC = 97 − (first 9 mod 97), or
/// of 2 + first 9 for births from 2000; month 00–12 (00: unknown). The day is not checked: it
/// doubles as a counter when a date runs out of serial numbers (python-stdnum).
bool be_nn_valid(std::string_view digits);

/// Belgian BIS number: as the national number with month + 20 (sex unknown) or + 40.
bool be_bis_valid(std::string_view digits);

/// Belgian social-security number: a national number or a BIS number.
inline bool be_ssn_valid(std::string_view digits) {
    return be_nn_valid(digits) || be_bis_valid(digits);
}

/// Swiss AHV/AVS number: 13 digits starting 756, EAN-13 check digit.
bool ch_avs_valid(std::string_view digits);

/// German tax identification number (Steuer-IdNr): 11 digits, first not 0, one digit of the first
/// ten appearing two or three times, ISO 7064 MOD 11,10 check digit.
bool de_idnr_valid(std::string_view digits);

/// Italian codice fiscale: 16-character personal form (omocodia letters allowed) with its check
/// letter, or the 11-digit company form (Luhn-like check).
bool it_codice_fiscale_valid(std::string_view compact);

/// Spanish DNI: 8 digits + the check letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23].
bool es_dni_valid(std::string_view compact);

/// Spanish NIE: X, Y or Z (0, 1, 2) + 7 digits + the DNI check letter.
bool es_nie_valid(std::string_view compact);

}  // namespace gardefou::validators
