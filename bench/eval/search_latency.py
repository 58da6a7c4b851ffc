#!/usr/bin/env python3
"""Median latency of a few searches on two running kgi servers, alternated (session 54's BENCHMARKS.md figures).

    python3 bench/eval/search_latency.py PORT_A PORT_B [QUERY ...]

Each server must serve the same index (e.g. `./kgi serve --port 7071 --index A` and `--port 7076 --index B`, both of
the same corpus). One keep-alive client, cache=false, limit=10; 30 warm-up requests a query and server, then four
rounds of 50 a query, alternating the servers.
"""
import http.client
import statistics
import sys
import time

QUERIES = {
    "no filter": "q=police",
    "1 filter": "q=police&eventType=Battles",
    "3 filters": "q=police&eventType=Battles&year=2021&actor=actor%3Acivilians",
}


def run(port, qs, n):
    c = http.client.HTTPConnection("127.0.0.1", port)
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        c.request("GET", "/api/search?cache=false&limit=10&" + qs)
        r = c.getresponse()
        r.read()
        if r.status != 200:
            sys.exit(f"port {port}: {qs} gave {r.status}")
        ts.append((time.perf_counter() - t) * 1000)
    return ts


def main():
    ports = [int(p) for p in sys.argv[1:3]]
    if len(sys.argv) > 3:  # the queries given, as URL parameters (session 55: q=actor%3Acivilians)
        QUERIES.clear()
        QUERIES.update({qs: qs for qs in sys.argv[3:]})
    for qs in QUERIES.values():
        for p in ports:
            run(p, qs, 30)
    res = {}
    for _ in range(4):
        for name, qs in QUERIES.items():
            for p in ports:
                res.setdefault((name, p), []).extend(run(p, qs, 50))
    for name in QUERIES:
        a, b = (statistics.median(res[(name, p)]) for p in ports)
        print(f"{name:10s} {ports[0]}: {a:6.2f} ms  {ports[1]}: {b:6.2f} ms  (median of 200, alternated)")


if __name__ == "__main__":
    main()
