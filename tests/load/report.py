"""The figures of a load run, and the verdict: no lost write, no 5xx, no "database is locked", no error."""

from collections import Counter
from dataclasses import dataclass

KILL_WINDOW_S = 5.0


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def is_error(sample):
    if sample.status is None or sample.status >= 400:
        return True
    # A save that comes back as the page (200) means the form refused the data: nothing was written.
    return sample.action.endswith("save") and sample.status not in {302, 303}


@dataclass
class Verdict:
    lines: list
    passed: bool


def summarise(recorder, seconds, stored, server_log, kill_time=None):
    """Build the report from what the runners saw and what the database holds."""
    samples = recorder.samples
    during_kill = [
        sample
        for sample in samples
        if kill_time is not None and sample.status is None and 0 <= sample.at - kill_time <= KILL_WINDOW_S
    ]
    killed = {id(sample) for sample in during_kill}
    errors = [sample for sample in samples if is_error(sample) and id(sample) not in killed]
    server_errors = sum(1 for sample in samples if sample.status is not None and sample.status >= 500)
    locked = server_log.count("database is locked")
    latencies = sorted(sample.seconds * 1000 for sample in samples if sample.status is not None)
    lines = [
        f"requests: {len(samples)} in {seconds:.1f} s = {len(samples) / seconds:.1f} requests/s",
        "latency ms: p50 {:.0f}  p95 {:.0f}  p99 {:.0f}  max {:.0f}".format(
            percentile(latencies, 0.50),
            percentile(latencies, 0.95),
            percentile(latencies, 0.99),
            latencies[-1] if latencies else float("nan"),
        ),  # fmt: skip
        f'errors: {len(errors)}   5xx: {server_errors}   "database is locked": {locked}',
    ]
    if kill_time is not None:
        lines.append(
            f"connection errors during kill (not acknowledged, not counted as errors): {len(during_kill)}"
        )
    lines += per_action_lines(samples)
    kinds_of_error = Counter(f"{sample.action} -> {sample.status or 'no answer'}" for sample in errors)
    lines += [f"  error: {what} ({count}x)" for what, count in kinds_of_error.most_common(5)]
    lost_total, acknowledged_total = 0, 0
    for kind, acknowledged in recorder.acknowledged.items():
        rows = Counter(stored[kind])
        lost = sum(1 for key in acknowledged if rows[key] == 0)
        lost_total += lost
        acknowledged_total += len(acknowledged)
        lines.append(
            f"{kind}s: {len(acknowledged)} acknowledged, {sum(rows.values())} rows stored, {lost} lost"
        )
    lines.append(f"exercise rows inside those workouts: {stored['exercise rows']}")
    for why, count in recorder.rejections.most_common(5):
        lines.append(f"  problem ({count}x): {why}")
    passed = (
        not errors
        and not recorder.rejections
        and not server_errors
        and not locked
        and lost_total == 0
        and acknowledged_total > 0
    )
    if acknowledged_total == 0:
        lines.append("no write was acknowledged: the journal forms are missing or refused every entry")
    lines.append(f"lost acknowledged writes: {lost_total}  ->  {'PASS' if passed else 'FAIL'}")
    return Verdict(lines, passed)


def per_action_lines(samples):
    by_action = {}
    for sample in samples:
        by_action.setdefault(sample.action, []).append(sample)
    lines = []
    for action, group in sorted(by_action.items()):
        latencies = sorted(sample.seconds * 1000 for sample in group if sample.status is not None)
        errors = sum(1 for sample in group if is_error(sample))
        lines.append(
            f"  {action:<15} {len(group):>6} requests  p50 {percentile(latencies, 0.5):>5.0f} ms"
            f"  p95 {percentile(latencies, 0.95):>5.0f} ms  errors {errors}"
        )
    return lines
