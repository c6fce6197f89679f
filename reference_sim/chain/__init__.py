"""Repeater chains: N elementary links joined by entanglement swapping.

Two engines model the same chain (:class:`ChainParameters`) and return the same
:class:`ChainResult`:

* :func:`run_exact`: the waiting-time distribution and fidelity of the nested protocol, computed
  exactly (up to a truncation tolerance) after Brand, Coopmans, Elkouss, IEEE JSAC 38, 619 (2020);
* :func:`run_montecarlo` / :func:`simulate_operation`: a seeded, vectorised Monte Carlo of the
  nested and the swap-asap protocols, with confidence intervals and sample distributions.
"""

from reference_sim.chain.exact import DeliveryDistribution, delivery_distribution, run_exact
from reference_sim.chain.key_rate import ensemble_secret_fraction
from reference_sim.chain.montecarlo import run_montecarlo, sample_deliveries, simulate_operation
from reference_sim.chain.parameters import ChainParameters, SwapMap
from reference_sim.chain.result import ChainResult

__all__ = [
    "ChainParameters",
    "ChainResult",
    "DeliveryDistribution",
    "SwapMap",
    "delivery_distribution",
    "ensemble_secret_fraction",
    "run_exact",
    "run_montecarlo",
    "sample_deliveries",
    "simulate_operation",
]
