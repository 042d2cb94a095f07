#!/usr/bin/env python3
"""Sends a fixed number of GET requests over loopback and reports latency percentiles and throughput.

usage: http_bench.py BASE_URL PATHS_FILE REQUESTS CONCURRENCY LABEL
Every path in PATHS_FILE (one per line) is requested in turn; the run is bounded by REQUESTS.
"""
import sys
import threading
import time
import urllib.request

base, paths_file, total, concurrency, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
if not base.startswith(("http://127.", "http://localhost")):
    sys.exit("only loopback targets are allowed")
paths = [line.strip() for line in open(paths_file, encoding="utf-8") if line.strip() and not line.startswith("#")]
latencies, errors, sizes = [], [], []
lock = threading.Lock()
counter = iter(range(total))


def worker():
    while True:
        with lock:
            i = next(counter, None)
        if i is None:
            return
        url = base + paths[i % len(paths)]
        started = time.perf_counter()
        try:
            request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                sizes.append(len(body))
        except Exception as e:  # counted, reported, never hidden
            with lock:
                errors.append(str(e))


# Warm up once over the whole mix so the first requests do not measure class loading.
for path in paths:
    try:
        urllib.request.urlopen(base + path, timeout=60).read()
    except Exception:
        pass
started = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(concurrency)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - started
latencies.sort()


def pct(p):
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")


print(f"{label:<28} requests={len(latencies):>5} errors={len(errors):>3} concurrency={concurrency} "
      f"p50={pct(50):7.1f}ms p95={pct(95):7.1f}ms p99={pct(99):7.1f}ms "
      f"throughput={len(latencies) / wall:7.1f}/s")
if errors:
    print("  first error:", errors[0])
