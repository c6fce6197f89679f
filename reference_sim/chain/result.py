"""What a repeater-chain engine reports, in one shape for both engines.

Fidelities are always derived from the mean Werner parameter the engine propagated
(``F = (1 + 3 w) / 4`` is affine, so the mean fidelity equals the fidelity of the mean ``w``):
a result cannot carry a fidelity that its model did not produce.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reference_sim.states import fidelity_from_werner


@dataclass(frozen=True, eq=False)
class ChainResult:
    """End-to-end delivery statistics of one repeater-chain configuration.

    Times: ``mean_waiting_steps`` is the mean number of attempt steps from an empty chain to one
    end-to-end link; ``mean_latency_s`` is the same in seconds and ``rate_hz`` its inverse
    (deliveries in sequence, the chain restarting empty after each). Intervals are
    ``(low, high)``; the exact engine reports degenerate intervals ``(x, x)``.

    ``waiting_time_pmf[t]`` (exact engine) is ``P(T = t)``; ``fidelity_samples`` and
    ``waiting_steps_samples`` (Monte Carlo) hold one entry per simulated delivery.
    ``secret_key_rate_hz`` is ``rate_hz`` times the BBM92 secret fraction of the delivered
    ensemble (see :mod:`reference_sim.chain.key_rate`).
    """

    engine: str
    rate_hz: float
    rate_ci_hz: tuple[float, float]
    mean_waiting_steps: float
    waiting_steps_ci: tuple[float, float]
    mean_latency_s: float
    mean_werner: float
    werner_ci: tuple[float, float]
    secret_key_fraction: float
    secret_key_rate_hz: float
    assumptions: tuple[str, ...]
    n_deliveries: int | None = None
    waiting_time_pmf: np.ndarray | None = None
    werner_samples: np.ndarray | None = None
    waiting_steps_samples: np.ndarray | None = None

    @property
    def mean_fidelity(self) -> float:
        """Mean fidelity of delivered states, ``(1 + 3 E[w]) / 4`` (``nan`` if none delivered)."""
        if not np.isfinite(self.mean_werner):
            return float("nan")
        return float(fidelity_from_werner(self.mean_werner))

    @property
    def fidelity_ci(self) -> tuple[float, float]:
        """Confidence interval of the mean fidelity, mapped from that of ``E[w]``."""
        low, high = self.werner_ci
        return (float(fidelity_from_werner(low)), float(fidelity_from_werner(high)))

    @property
    def fidelity_samples(self) -> np.ndarray | None:
        """Fidelity of each simulated delivered state (Monte Carlo only)."""
        if self.werner_samples is None:
            return None
        return np.asarray(fidelity_from_werner(self.werner_samples))
