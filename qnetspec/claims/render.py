"""The simulation report as text for people (JSON comes from ``SimulationReport.to_dict``).

Why its own module: ``qnetspec simulate`` and any future report stage show the same facts in the
same order: the path and why, the regime and engine, the four figures with their intervals, the
bounds with the channel-use rate they assume, and the assumptions behind it all.
"""

from __future__ import annotations

from qnetspec.claims.results import RequestResult, SimulationReport


def render_text(report: SimulationReport, source: str) -> str:
    """A readable account of every simulated request."""
    count = len(report.requests)
    lines = [
        f"{source}: {count} service request{'s' if count != 1 else ''} simulated "
        f"(seed {report.seed}, {report.confidence:.0%} intervals)"
    ]
    if not count:
        lines.append("  the description has no service requests")
    for result in report.requests:
        lines.append("")
        lines.extend(render_request(result))
    return "\n".join(lines) + "\n"


def render_request(result: RequestResult) -> list[str]:
    ends = " -> ".join(result.endpoints) if result.endpoints else "(no endpoints)"
    service = f" [{result.service}]" if result.service else ""
    lines = [f"{result.request_id}: {ends}{service}"]
    if result.problem:
        lines.append(f"  no result: {result.problem}")
        return lines
    route = result.route
    if route is not None:
        links = ", ".join(link.id for link in route.links)
        lines.append(f"  path: {' - '.join(route.nodes)} (links {links})")
        lines.append(f"  why: {route.reason}")
    lines.append(f"  regime: {result.regime}; engine: {result.engine}")
    for section in result.sections if len(result.sections) > 1 else []:
        lines.append(
            f"    section {' - '.join(section.nodes)}: {section.regime}, key "
            f"{section.key_rate.render()} ({section.key_protocol})"
        )
    lines.append(f"  entanglement rate: {result.entanglement_rate.render()}")
    lines.append(f"  fidelity: {result.fidelity.render()}")
    protocols = ", ".join(dict.fromkeys(s.key_protocol for s in result.sections))
    lines.append(f"  secret-key rate: {result.key_rate.render()} ({protocols})")
    lines.append(f"  set-up time: {result.setup_time.render()} ({result.setup_basis})")
    bounds = result.bounds
    if bounds is not None:
        lines.append(
            f"  bounds in ebit/s or secret bit/s (equal for pure loss) at "
            f"{bounds.channel_use_rate_hz:.4g} channel uses/s ({bounds.rate_source}):"
        )
        lines.append(
            f"    path, repeater-assisted PLOB: {bounds.path_per_s:.4g} bit/s "
            f"({bounds.path_bits_per_use:.4g} per use; bottleneck {bounds.path_bottleneck}, "
            f"transmissivity {bounds.path_bottleneck_eta:.4g})"
        )
        lines.append(
            f"    network, flooding capacity: {bounds.network_per_s:.4g} bit/s "
            f"({bounds.network_bits_per_use:.4g} per use)"
        )
        lines.append(f"    light-travel time over the path: {bounds.light_time_s:.4g} s")
    if result.assumptions:
        lines.append(f"  assumptions ({len(result.assumptions)}):")
        lines.extend(f"    - {text}" for text in result.assumptions)
    return lines
