#!/usr/bin/env python3
"""Validate the Garde-fou evaluation corpora (stdlib only).

Usage: python3 tests/corpus/check_corpus.py [FILE.jsonl ...]
Default: prompts.jsonl and holdout.jsonl next to this script.

Checks: every line is a JSON object with the documented members; ids are unique across all
files; languages and categories are valid; every span value occurs in the text (enough times
for its "occurrence"), spans are listed in text order and do not overlap; checksummed
identifiers are valid (NIR key, Luhn for RPPS/ADELI/FINESS and cards, IBAN mod 97, NHS mod 11,
Swiss AVS EAN-13, Belgian national number mod 97, US SSN ranges); the two files share no
person, professional or facility names and no identifier. Prints counts per category and
language and the share of negative prompts. Exit status 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata

CATEGORIES = ["person", "health_professional", "health_facility", "phone", "email",
              "postal_address", "birth_date", "nir", "health_identifier", "financial",
              "national_id"]
LANGS = ["fr", "en", "mixed"]
# minimum span counts for prompts.jsonl (holdout: one third of these)
TARGETS = {"person": 80, "health_professional": 40, "health_facility": 40, "phone": 40,
           "email": 20, "postal_address": 20, "birth_date": 25, "nir": 25,
           "health_identifier": 15, "financial": 12, "national_id": 12}
NOISE = {"\u00a0": "NBSP", "\u202f": "NNBSP", "\u200b": "ZWSP", "\u00ad": "SHY"}


def fold(s):
    """Full-width digits -> ASCII, drop zero-width and soft hyphens."""
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u200b", "").replace("\u00ad", "").replace("\u200c", "").replace("\u200d", "")


def digits(s):
    return re.sub(r"[^0-9]", "", fold(s))


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def nir_ok(v):
    c = re.sub(r"[^0-9A-Za-z]", "", fold(v)).upper()
    if not re.fullmatch(r"[1-478]\d{4}(?:\d{2}|2A|2B)\d{8}", c):
        return "bad NIR shape %r" % c
    body = c[:13].replace("2A", "19").replace("2B", "18")
    key = 97 - int(body) % 97
    if key != int(c[13:]):
        return "NIR key %s, expected %02d" % (c[13:], key)
    return None


def iban_ok(v):
    c = re.sub(r"[^0-9A-Za-z]", "", fold(v)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c):
        return "bad IBAN shape"
    n = int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4]))
    return None if n % 97 == 1 else "IBAN mod 97 = %d" % (n % 97)


CARD_PREFIX = re.compile(r"^(4|5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65|35(?:2[89]|[3-8]\d)|3(?:0[0-5]|[689]))")


def card_ok(v):
    d = digits(v)
    if not 12 <= len(d) <= 19:
        return "card length %d" % len(d)
    if not CARD_PREFIX.match(d):
        return "card prefix %s not a known issuer" % d[:4]
    return None if luhn_ok(d) else "card Luhn fails"


def nhs_ok(d):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    ck = 11 - s % 11
    ck = 0 if ck == 11 else ck
    return None if ck != 10 and ck == int(d[9]) else "NHS mod 11 fails"


def avs_ok(d):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return None if (10 - s % 10) % 10 == int(d[12]) else "AVS EAN-13 fails"


def be_ok(d):
    key = int(d[9:])
    if 97 - int(d[:9]) % 97 == key or 97 - int("2" + d[:9]) % 97 == key:
        return None
    return "Belgian national number mod 97 fails"


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", fold(v))
    if not m:
        return "bad SSN shape"
    a, g, s = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000" or \
            a + g + s in ("078051120", "457555462", "219099999"):
        return "SSN in an unassigned range"
    return None


def check_value(cat, v):
    """Return an error string or None. Shapes decide which checksum applies."""
    d = digits(v)
    if cat == "nir":
        return nir_ok(v)
    if cat == "health_identifier":
        if re.fullmatch(r"\d{11}", d) and len(d) == len(re.sub(r"[^0-9A-Za-z]", "", fold(v))):
            return None if luhn_ok(d) else "RPPS Luhn fails"
        if re.fullmatch(r"\d{9}", d) and len(d) == len(re.sub(r"[^0-9A-Za-z]", "", fold(v))):
            return None if luhn_ok(d) else "ADELI/FINESS Luhn fails"
        return None
    if cat == "financial":
        if re.match(r"[A-Za-z]{2}", fold(v).strip()):
            return iban_ok(v)
        return card_ok(v)
    if cat == "national_id":
        compact = re.sub(r"[^0-9A-Za-z]", "", fold(v))
        if compact != d:
            return None  # passport / identity card: letters, no public checksum
        if len(d) == 13 and d.startswith("756"):
            return avs_ok(d)
        if len(d) == 10:
            return nhs_ok(d)
        if len(d) == 11:
            return be_ok(d)
        if len(d) == 9 and re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", fold(v)):
            return ssn_ok(v)
        return None  # 12-digit CNI and similar: no checksum
    if cat == "phone":
        if phone_valid(v) is False:
            return "libphonenumber says this is not a valid number"
        f = fold(v)
        if f.startswith("+") or f.startswith("00"):
            return None if 8 <= len(d) <= 15 else "international phone length %d" % len(d)
        if f.startswith("0"):
            if len(d) == 10 and d[1] != "0":
                return None  # French national number
            if len(d) == 11 and d[1] in "1237":
                return None  # UK national number
            return "national phone number of %d digits" % len(d)
        return None
    if cat == "email":
        return None if re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", fold(v)) else "bad email"
    return None


try:  # optional: Debian python3-phonenumbers; the checker works without it
    import phonenumbers
except ImportError:
    phonenumbers = None


def phone_valid(v):
    """True/False with libphonenumber when available, None when it is not installed."""
    if phonenumbers is None:
        return None
    f = fold(v)
    if f.startswith("00"):
        f = "+" + f[2:]
    regions = ["FR", "RE", "YT", "GP", "MQ", "GF", "GB", "US", "BE", "CH"]
    for region in (regions if not f.startswith("+") else [None]):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(f, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def positions(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append(i)
        i = text.find(value, i + 1)
    return out


def check_file(path, errors, seen_ids):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = "%s:%d" % (os.path.basename(path), ln)
            if not line.strip():
                errors.append(where + ": empty line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("%s: bad JSON (%s)" % (where, e))
                continue
            if not isinstance(o, dict):
                errors.append(where + ": not an object")
                continue
            extra = set(o) - {"id", "lang", "text", "spans", "note"}
            if extra:
                errors.append("%s: unknown members %s" % (where, sorted(extra)))
            oid = o.get("id")
            if not isinstance(oid, str) or not oid:
                errors.append(where + ": missing id")
            elif oid in seen_ids:
                errors.append("%s: duplicate id %s (also %s)" % (where, oid, seen_ids[oid]))
            else:
                seen_ids[oid] = where
            where += " [%s]" % oid
            if o.get("lang") not in LANGS:
                errors.append("%s: bad lang %r" % (where, o.get("lang")))
            text = o.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(where + ": missing text")
                continue
            if "note" in o and not isinstance(o["note"], str):
                errors.append(where + ": note must be a string")
            spans = o.get("spans")
            if not isinstance(spans, list):
                errors.append(where + ": spans must be a list")
                continue
            last_end = -1
            for s in spans:
                if not isinstance(s, dict) or set(s) - {"category", "value", "occurrence"}:
                    errors.append("%s: bad span %r" % (where, s))
                    continue
                cat, val, occ = s.get("category"), s.get("value"), s.get("occurrence", 1)
                if cat not in CATEGORIES:
                    errors.append("%s: bad category %r" % (where, cat))
                if not isinstance(val, str) or not val:
                    errors.append("%s: empty value" % where)
                    continue
                if val != val.strip() or val[0] in ",;:!?" or val[-1] in ",;:!?":
                    errors.append("%s: value %r has edge spaces or punctuation" % (where, val))
                if not isinstance(occ, int) or occ < 1:
                    errors.append("%s: bad occurrence %r" % (where, occ))
                    continue
                pos = positions(text, val)
                if len(pos) < occ:
                    errors.append("%s: %r occurs %d time(s), occurrence %d" % (where, val, len(pos), occ))
                    continue
                start = pos[occ - 1]
                if start < last_end:
                    errors.append("%s: span %r out of order or overlapping" % (where, val))
                last_end = start + len(val)
                err = check_value(cat, val)
                if err:
                    errors.append("%s: %s %r: %s" % (where, cat, val, err))
            rows.append(o)
    return rows


def name_tokens(rows, cats):
    toks = {}
    for o in rows:
        for s in o["spans"]:
            if s.get("category") in cats:
                for t in re.findall(r"[^\W\d_]{3,}", fold(s["value"]).lower()):
                    toks.setdefault(t, o["id"])
    return toks


def report(path, rows, holdout):
    n = len(rows)
    neg = sum(1 for o in rows if not o["spans"])
    print("== %s: %d prompts, %d negatives (%.1f%%)" % (os.path.basename(path), n, neg, 100.0 * neg / max(n, 1)))
    for lang in LANGS:
        lr = [o for o in rows if o["lang"] == lang]
        ln = sum(1 for o in lr if not o["spans"])
        print("   lang %-6s %4d (%.1f%%), negatives %d" % (lang, len(lr), 100.0 * len(lr) / max(n, 1), ln))
    counts = {c: 0 for c in CATEGORIES}
    for o in rows:
        for s in o["spans"]:
            if s.get("category") in counts:
                counts[s["category"]] += 1
    short = []
    for c in CATEGORIES:
        target = TARGETS[c] if not holdout else (TARGETS[c] + 2) // 3
        flag = "" if counts[c] >= target else "  (below target %d)" % target
        if flag:
            short.append(c)
        print("   %-20s %4d%s" % (c, counts[c], flag))
    noise = {}
    for o in rows:
        for ch, name in NOISE.items():
            if ch in o["text"]:
                noise[name] = noise.get(name, 0) + 1
        if re.search("[\uff10-\uff19]", o["text"]):
            noise["fullwidth digits"] = noise.get("fullwidth digits", 0) + 1
        if re.search("[\U00010000-\U0010ffff]", o["text"]):
            noise["astral (emoji)"] = noise.get("astral (emoji)", 0) + 1
    print("   typing noise (prompts): " + ", ".join("%s %d" % kv for kv in sorted(noise.items())))
    return short


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or [os.path.join(here, "prompts.jsonl"), os.path.join(here, "holdout.jsonl")]
    errors, seen, loaded = [], {}, {}
    for p in paths:
        loaded[p] = check_file(p, errors, seen)
    warnings = []
    for p, rows in loaded.items():
        short = report(p, rows, "holdout" in os.path.basename(p))
        if short:
            warnings.append("%s below target for %s" % (os.path.basename(p), ", ".join(short)))
    dev = [p for p in loaded if "holdout" not in os.path.basename(p)]
    hold = [p for p in loaded if "holdout" in os.path.basename(p)]
    if dev and hold:
        drows = sum((loaded[p] for p in dev), [])
        hrows = sum((loaded[p] for p in hold), [])
        a = name_tokens(drows, {"person", "health_professional"})
        b = name_tokens(hrows, {"person", "health_professional"})
        for t in sorted(set(a) & set(b)):
            errors.append("name %r used in both corpora (%s, %s)" % (t, a[t], b[t]))

        def values(rows, cats):
            return {re.sub(r"[\W_]", "", fold(s["value"]).lower()): o["id"] for o in rows
                    for s in o["spans"] if s.get("category") in cats}
        idcats = {"health_facility", "phone", "email", "postal_address", "nir", "health_identifier",
                  "financial", "national_id"}
        va, vb = values(drows, idcats), values(hrows, idcats)
        for v in sorted(set(va) & set(vb)):
            errors.append("value %r used in both corpora (%s, %s)" % (v, va[v], vb[v]))
    if phonenumbers is None:
        print("note: python3-phonenumbers not installed, phone numbers checked by length only")
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
