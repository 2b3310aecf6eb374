#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
"""Drives the real gardefou-host over the native-messaging protocol and reports figures:
start-up to first answer, a 2 KB scan round trip, 1 MiB throughput, peak memory.

    python3 tests/bench/host_bench.py [--quick] [--json] build/native-host/gardefou-host
"""
import json
import os
import resource
import statistics
import struct
import subprocess
import sys
import time

PROMPT = (
    "Bonjour, je m'appelle Marie Dupont et j'ai 67 ans. Mon médecin traitant, le Dr Martin, "
    "m'a prescrit du Levothyrox 75 µg. Ma TSH est à 4,8. Le CHU de Rennes m'a donné rendez-vous "
    "le 12 mars. Vous pouvez me joindre au 06 12 34 56 78 ou par mail à marie.dupont@example.fr. "
    "Mon numéro de sécurité sociale est le 2 54 03 35 238 012 69. J'habite au 12 rue des Lilas, "
    "35000 Rennes. Est-ce que je dois augmenter la dose ? 😀\n"
)
CLEAN = (
    "Bonjour, j'ai 67 ans et je prends du Levothyrox 75 µg depuis 2015. Ma dernière TSH est à "
    "4,8 et ma CRP à 12 mg/l. Mon médecin traitant pense que la dose est trop faible. Est-ce que "
    "la maladie de Hashimoto peut expliquer ma fatigue ? J'ai aussi une tension à 14/9.\n"
)


def repeat_to(unit, size):
    out = ""
    while len(out.encode()) < size:
        out += unit
    data = out.encode()[:size]
    return data.decode("utf-8", errors="ignore")


class Host:
    def __init__(self, exe):
        self.proc = subprocess.Popen(
            [exe, "chrome-extension://benchmark/"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0

    def ask(self, request):
        self.next_id += 1
        request = dict(request, id=self.next_id)
        body = json.dumps(request, ensure_ascii=False).encode()
        self.proc.stdin.write(struct.pack("=I", len(body)) + body)
        self.proc.stdin.flush()
        header = self.proc.stdout.read(4)
        (length,) = struct.unpack("=I", header)
        response = json.loads(self.proc.stdout.read(length))
        assert response["id"] == self.next_id, response
        return response

    def close(self):
        self.proc.stdin.close()
        return self.proc.wait(timeout=30)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quick = "--quick" in sys.argv
    as_json = "--json" in sys.argv
    if len(args) != 1 or not os.access(args[0], os.X_OK):
        sys.exit("usage: host_bench.py [--quick] [--json] PATH/TO/gardefou-host")
    exe = args[0]
    runs = 3 if quick else 30

    startups = []
    for _ in range(runs):
        t0 = time.perf_counter()
        host = Host(exe)
        assert host.ask({"type": "hello"})["ok"]
        startups.append((time.perf_counter() - t0) * 1000)
        host.close()

    host = Host(exe)
    prompt = repeat_to(PROMPT, 2048)
    host.ask({"type": "scan", "text": prompt})
    trips = []
    for _ in range(20 if quick else 500):
        t0 = time.perf_counter()
        r = host.ask({"type": "scan", "text": prompt})
        trips.append((time.perf_counter() - t0) * 1e6)
        assert r["ok"]

    # A long document pasted in: one paragraph with identifying data in every eight (as
    # engine_bench's BM_ScanDocument); the answer stays under the browsers' 1 MiB limit.
    big = repeat_to(PROMPT + CLEAN * 7, 1 << 20)
    big_bytes = len(big.encode())
    mibs = []
    for _ in range(1 if quick else 5):
        t0 = time.perf_counter()
        r = host.ask({"type": "scan", "text": big})
        mibs.append(big_bytes / (time.perf_counter() - t0) / 1e6)
        assert r["ok"], r
    host.close()
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    figures = {
        "startup_to_first_answer_ms_median": round(statistics.median(startups), 2),
        "scan_2kb_round_trip_us_median": round(statistics.median(trips), 1),
        "scan_1mib_throughput_mb_per_s": round(statistics.median(mibs), 1),
        "peak_memory_mib": round(peak_kib / 1024, 1),
    }
    if as_json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:40} {value}")


if __name__ == "__main__":
    main()
