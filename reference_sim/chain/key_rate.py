"""Secret-key rate of BBM92 run on the end-to-end pairs a repeater chain delivers.

The users do not know the Werner parameter of each pair (it depends on waiting times they do
not track), so they estimate one error rate over all pairs: the key is distilled from the
*ensemble* of delivered pairs, which is the Werner state with the mean parameter ``E[w]``
(a mixture of Werner states is a Werner state with the averaged parameter). The secret fraction
is therefore evaluated at ``E[w]``, not averaged over pairs (averaging would overstate the key,
since the fraction is convex in ``w``).
"""

from __future__ import annotations

import math

from reference_sim import qkd
from reference_sim.states import werner_bell_coefficients


def ensemble_secret_fraction(mean_werner: float, ec_efficiency: float = 1.0) -> float:
    """BBM92 secret bits per delivered pair: ``max(0, 1 - f h(e) - h(e))``, ``e = (1 - E[w])/2``.

    Uses :func:`reference_sim.qkd.bbm92_secret_fraction` on the Bell-diagonal coefficients of the
    ensemble Werner state (for which ``e_z = e_x = 2 (1 - F) / 3 = (1 - w) / 2``). Returns 0
    when no pair was delivered (``nan``). Reference: Bennett, Brassard, Mermin, Phys. Rev. Lett.
    68, 557 (1992); Ma, Fung, Lo, Phys. Rev. A 76, 012307 (2007).
    """
    if not math.isfinite(mean_werner):
        return 0.0
    w = min(1.0, max(-1.0 / 3.0, mean_werner))
    return float(qkd.bbm92_secret_fraction(werner_bell_coefficients(w), ec_efficiency))
