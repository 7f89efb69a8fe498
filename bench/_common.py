"""Helpers shared by the benchmarks: child processes with their peak memory, medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a child process; return (wall seconds, peak resident memory in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed ({proc.returncode}): {' '.join(args)}")
    return elapsed, usage.ru_maxrss / 1024


def alternate(
    commands: dict[str, list[str]], env: dict[str, str], rounds: int
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Run each command ``rounds`` times, taking turns (after one run each to warm the file
    cache), so the machine's drift falls on all alike; each one's seconds and peak MiB."""
    for args in commands.values():
        run_child(args, env)
    times: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, float] = {k: 0.0 for k in commands}
    for _ in range(rounds):
        for key, args in commands.items():
            seconds, peak = run_child(args, env)
            times[key].append(seconds)
            peaks[key] = max(peaks[key], peak)
    return times, peaks


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000
