"""Elementary-link generation: how often a link succeeds, how long one try takes, what it yields.

Three families of link are modelled, each vectorised over every argument:

* **Direct transmission** from an entangled-pair source placed at one end or in the middle.
* **Heralded generation** with a Bell-state measurement (BSM) station between two memory nodes,
  either *double-click* (Barrett & Kok, Phys. Rev. A 71, 060310(R) (2005)) or *single-click*
  with bright-state population ``alpha`` (Cabrillo, Cirac, Garcia-Fernandez, Zoller, Phys. Rev. A
  59, 1025 (1999); Humphreys et al., Nature 558, 268 (2018); the loss and dark-count model of
  Rozpedek et al., Phys. Rev. A 99, 052330 (2019), Sec. III and Appendix).
* A **star** (switch) whose two arms to the BSM station differ in length.

A try is a Bernoulli trial, so the number of tries to the first success is geometric and the
mean generation rate is ``p / t_attempt``. Every heralded state is mapped to the Werner state of
equal fidelity (a Pauli twirl, which can be done with local operations and does not change the
fidelity), because the repeater-chain models in :mod:`reference_sim.chain` carry a Werner
parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reference_sim._validation import in_range, nonnegative, out, positive, probability
from reference_sim.channels import fibre_transmissivity
from reference_sim.states import fidelity_from_werner, werner_from_fidelity

#: Speed of light in vacuum, m/s (exact by definition of the metre).
SPEED_OF_LIGHT_M_PER_S: float = 299_792_458.0
#: Group index of standard single-mode fibre near 1550 nm (Corning SMF-28: 1.4682).
FIBRE_GROUP_INDEX: float = 1.468
#: Signal speed in fibre, c / n ~ 2.04e8 m/s: the usual "2e8 m/s" of repeater papers.
SPEED_IN_FIBRE_M_PER_S: float = SPEED_OF_LIGHT_M_PER_S / FIBRE_GROUP_INDEX


@dataclass(frozen=True, eq=False)
class LinkPerformance:
    """What one elementary-link model delivers; every field may be a float or an array.

    ``werner`` is the Werner parameter of the (twirled) state present after a success;
    ``fidelity`` and ``rate_hz`` are derived from the stored fields so they can never disagree
    with them. ``scheme`` names the model for reports.
    """

    success_probability: np.ndarray | float
    attempt_time_s: np.ndarray | float
    werner: np.ndarray | float
    scheme: str

    @property
    def rate_hz(self) -> np.ndarray | float:
        """Mean generation rate ``p / t_attempt``: the inverse mean of a geometric number of
        tries, each lasting ``t_attempt``."""
        return out(np.asarray(self.success_probability) / np.asarray(self.attempt_time_s))

    @property
    def fidelity(self) -> np.ndarray | float:
        """Fidelity to the target Bell state, ``F = (1 + 3 w) / 4``."""
        return fidelity_from_werner(self.werner)

    @property
    def mean_attempts(self) -> np.ndarray | float:
        """Mean number of tries to the first success, ``1 / p`` (geometric distribution)."""
        with np.errstate(divide="ignore"):
            return out(1.0 / np.asarray(self.success_probability))


def fibre_delay_s(
    length_km: npt.ArrayLike, group_index: npt.ArrayLike = FIBRE_GROUP_INDEX
) -> np.ndarray | float:
    """One-way signal delay through fibre: ``t = L n / c`` (about 4.9 us per km)."""
    length_m = nonnegative(length_km, "length_km") * 1e3
    n = positive(group_index, "group_index")
    return out(length_m * n / SPEED_OF_LIGHT_M_PER_S)


def multiplexed_success_probability(
    success_probability: npt.ArrayLike, modes: npt.ArrayLike
) -> np.ndarray | float:
    """Probability that at least one of ``m`` independent parallel tries succeeds: ``1-(1-p)^m``.

    Models ``m`` memory pairs (or spectral/temporal modes) per link that try simultaneously in
    each time slot; only one success is kept. Reference: Collins, Jenkins, Kuhn, Phys. Rev. Lett.
    98, 060502 (2007); Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), Sec. IX.
    """
    p = probability(success_probability, "success_probability")
    m = np.asarray(modes)
    if np.any(m < 1) or np.any(m != np.floor(m)):
        raise ValueError(f"modes must be integers >= 1, got {modes!r}")
    # -expm1(m log1p(-p)) keeps full relative precision when m p << 1.
    with np.errstate(divide="ignore"):
        return out(-np.expm1(m * np.log1p(-p)))


def direct_transmission_link(
    length_km: npt.ArrayLike,
    *,
    source_position: str = "end",
    source_fidelity: npt.ArrayLike = 1.0,
    pair_emission_probability: npt.ArrayLike = 1.0,
    detector_efficiency: npt.ArrayLike = 1.0,
    attenuation_db_per_km: npt.ArrayLike = 0.2,
    repetition_rate_hz: npt.ArrayLike | None = None,
    processing_delay_s: npt.ArrayLike = 0.0,
) -> LinkPerformance:
    """Entanglement distributed by sending both halves of a source pair through fibre.

    Success per try: ``p = p_pair * eta_A * eta_B * eta_d^2`` where ``eta_A``, ``eta_B`` are the
    fibre transmissivities to the two nodes (``L/2`` each for ``source_position="midpoint"``;
    ``0`` and ``L`` for ``"end"``). Either way the fibre product is ``10^(-alpha L / 10)``: the
    source position changes only the timing. The delivered state keeps the source fidelity.

    Timing: if ``repetition_rate_hz`` is given the photons are measured on arrival (no memory
    waits for a herald, e.g. entanglement-based QKD), tries are pipelined and
    ``t_attempt = 1 / repetition_rate``. Otherwise a memory must hold its qubit until it learns
    the outcome: ``2 L / v`` for a source at one end (photon out, acknowledgement back) and
    ``L / (2 v) + L / v`` for a midpoint source (both photons out, detection reports cross the
    link), plus ``processing_delay_s``. Reference: Sangouard et al., Rev. Mod. Phys. 83, 33
    (2011), Sec. II; Jones et al., New J. Phys. 18, 083015 (2016) (source-in-the-middle).
    """
    length = nonnegative(length_km, "length_km")
    p_pair = probability(pair_emission_probability, "pair_emission_probability")
    eta_d = probability(detector_efficiency, "detector_efficiency")
    delay = nonnegative(processing_delay_s, "processing_delay_s")
    if source_position == "end":
        eta_links = np.asarray(fibre_transmissivity(length, attenuation_db_per_km))
        signalling_km = 2.0 * length
    elif source_position == "midpoint":
        eta_links = np.asarray(fibre_transmissivity(length / 2.0, attenuation_db_per_km)) ** 2
        signalling_km = 1.5 * length
    else:
        raise ValueError(f"source_position must be 'end' or 'midpoint', got {source_position!r}")
    p = p_pair * eta_links * eta_d**2
    if repetition_rate_hz is None:
        t_attempt = np.asarray(fibre_delay_s(signalling_km)) + delay
    else:
        t_attempt = 1.0 / positive(repetition_rate_hz, "repetition_rate_hz") + 0.0 * length
    if np.any(t_attempt <= 0):
        raise ValueError("attempt time must be positive: give a length, delay or repetition rate")
    w = werner_from_fidelity(source_fidelity)
    p, t_attempt, w = np.broadcast_arrays(p, t_attempt, np.asarray(w))
    return LinkPerformance(out(p), out(t_attempt), out(w), f"direct_{source_position}")


def _exactly_one_click(eta_first: np.ndarray, eta_second: np.ndarray, dark: np.ndarray) -> tuple:
    """Probabilities that a detection window of a two-detector BSM shows exactly one click.

    Detectors are threshold (non-photon-number-resolving), each with dark-count probability
    ``dark`` per window. Returns ``(none, first, second, both)`` for the windows in which no
    photon, a photon from the first node, from the second, or one from each arrives. Two
    indistinguishable photons on a 50:50 beam splitter leave by the same port (Hong-Ou-Mandel), so
    the two-photon case lights one detector whenever either photon is detected.
    """
    quiet = 1.0 - dark
    none = 2.0 * dark * quiet
    first = eta_first * quiet + (1.0 - eta_first) * none
    second = eta_second * quiet + (1.0 - eta_second) * none
    lost_both = (1.0 - eta_first) * (1.0 - eta_second)
    both = (1.0 - lost_both) * quiet + lost_both * none
    return none, first, second, both


def _arm_efficiencies(
    arm_a_km: npt.ArrayLike,
    arm_b_km: npt.ArrayLike,
    emission_efficiency: npt.ArrayLike,
    detector_efficiency: npt.ArrayLike,
    attenuation_db_per_km: npt.ArrayLike,
) -> tuple[np.ndarray, np.ndarray]:
    """End-to-end photon efficiencies ``eta_i = eta_emit * eta_fibre(arm_i) * eta_det``."""
    eta_e = probability(emission_efficiency, "emission_efficiency")
    eta_d = probability(detector_efficiency, "detector_efficiency")
    eta_a = np.asarray(fibre_transmissivity(arm_a_km, attenuation_db_per_km)) * eta_e * eta_d
    eta_b = np.asarray(fibre_transmissivity(arm_b_km, attenuation_db_per_km)) * eta_e * eta_d
    return eta_a, eta_b


def heralded_attempt_time_s(
    arm_a_km: npt.ArrayLike, arm_b_km: npt.ArrayLike, processing_delay_s: npt.ArrayLike = 0.0
) -> np.ndarray | float:
    """Duration of one heralded try through a BSM station: ``2 max(L_A, L_B) / v + t_proc``.

    Both photons must meet at the station, so the nearer node delays its emission; each node can
    reuse its memory only after the herald has come back, which for the farther node takes the
    round trip over the longer arm. With the station in the middle of a link of length ``L`` this
    is ``L / v``. Reference: Rozpedek et al., Phys. Rev. A 99, 052330 (2019), Sec. III.
    """
    longer = np.maximum(nonnegative(arm_a_km, "arm_a_km"), nonnegative(arm_b_km, "arm_b_km"))
    delay = nonnegative(processing_delay_s, "processing_delay_s")
    t = 2.0 * np.asarray(fibre_delay_s(longer)) + delay
    if np.any(t <= 0):
        raise ValueError("attempt time must be positive: give a length or a processing delay")
    return out(t)


def star_link(
    arm_a_km: npt.ArrayLike,
    arm_b_km: npt.ArrayLike,
    *,
    scheme: str = "double_click",
    bright_state_population: npt.ArrayLike | None = None,
    emission_efficiency: npt.ArrayLike = 1.0,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    intrinsic_fidelity: npt.ArrayLike = 1.0,
    attenuation_db_per_km: npt.ArrayLike = 0.2,
    processing_delay_s: npt.ArrayLike = 0.0,
) -> LinkPerformance:
    """Heralded entanglement between two leaves through the BSM at a star's centre.

    ``eta_i`` is emission x fibre(arm_i) x detector efficiency; detectors have dark-count
    probability ``p_d`` per window. The try lasts :func:`heralded_attempt_time_s`, set by the
    longer arm.

    ``scheme="double_click"`` (Barrett & Kok 2005): two emission rounds with a spin flip in
    between; a herald is one click in each round. Without dark counts ``p = eta_A eta_B / 2``.
    Heralds in which a dark count stood in for a photon are counted in ``p`` and assumed to
    leave the maximally mixed state (a conservative bound), so ``w = w_0 p_true / p``.

    ``scheme="single_click"`` (Cabrillo et al. 1999; Humphreys et al. 2018; Rozpedek et al. 2019
    Sec. III): each node emits with bright-state population ``alpha``; one click heralds. Branches
    of the joint state: no bright node (``(1-alpha)^2``), one (``alpha(1-alpha)`` each), both
    (``alpha^2``). Then ``p ~ alpha (eta_A + eta_B)`` (``2 alpha eta`` symmetric) and, without dark
    counts and with equal arms, ``F = 2 (1 - alpha) / (2 - alpha eta) ~ 1 - alpha``: the both-
    bright branch leaves ``|11>``. Unequal arms make the one-photon state unbalanced, fidelity
    ``(1/2)(1 + 2 sqrt(eta_A eta_B)/(eta_A + eta_B))``; a dark count with the photon lost leaves
    an incoherent ``|01>,|10>`` mixture (``F = 1/2``), with no photon ``|00>`` (``F = 0``).

    ``intrinsic_fidelity`` is the fidelity of a true (photon-photon) herald, absorbing
    imperfections outside this loss model (spin-photon entanglement, indistinguishability,
    phase stability); it scales the Werner parameter of true heralds.
    """
    eta_a, eta_b = _arm_efficiencies(
        arm_a_km, arm_b_km, emission_efficiency, detector_efficiency, attenuation_db_per_km
    )
    dark = probability(dark_count_probability, "dark_count_probability")
    w_true = np.asarray(werner_from_fidelity(intrinsic_fidelity))
    none, one_a, one_b, two = _exactly_one_click(eta_a, eta_b, dark)
    quiet = 1.0 - dark
    if scheme == "double_click":
        if bright_state_population is not None:
            raise ValueError("bright_state_population applies to scheme='single_click' only")
        p = 0.5 * one_a * one_b + 0.5 * two * none
        p_true = 0.5 * eta_a * eta_b * quiet**2
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.where(p > 0, w_true * p_true / p, w_true)
    elif scheme == "single_click":
        if bright_state_population is None:
            raise ValueError("scheme='single_click' needs bright_state_population (alpha)")
        alpha = in_range(bright_state_population, "bright_state_population", 0.0, 0.5)
        one_bright = alpha * (1.0 - alpha)
        p = (1.0 - alpha) ** 2 * none + one_bright * (one_a + one_b) + alpha**2 * two
        p_true = one_bright * (eta_a + eta_b) * quiet
        with np.errstate(invalid="ignore", divide="ignore"):
            balance = np.where(eta_a + eta_b > 0, 2.0 * np.sqrt(eta_a * eta_b) / (eta_a + eta_b), 1)
        # Fidelity of the unbalanced one-photon state is (1 + balance)/2, i.e. its twirled
        # Werner parameter is (2 balance + 1)/3; other imperfections multiply it by w_true.
        f_herald_true = (1.0 + w_true * (2.0 * balance + 1.0)) / 4.0
        # A lost photon replaced by a dark count: classical |01>/|10> mixture, overlap 1/2.
        p_dark_mixture = one_bright * ((1.0 - eta_a) + (1.0 - eta_b)) * none
        with np.errstate(invalid="ignore", divide="ignore"):
            fidelity = np.where(
                p > 0, (p_true * f_herald_true + 0.5 * p_dark_mixture) / p, f_herald_true
            )
        w = (4.0 * fidelity - 1.0) / 3.0
    else:
        raise ValueError(f"scheme must be 'double_click' or 'single_click', got {scheme!r}")
    t_attempt = np.asarray(heralded_attempt_time_s(arm_a_km, arm_b_km, processing_delay_s))
    p, t_attempt, w = np.broadcast_arrays(p, t_attempt, w)
    return LinkPerformance(out(p), out(t_attempt), out(w), scheme)


def double_click_link(
    length_km: npt.ArrayLike,
    *,
    emission_efficiency: npt.ArrayLike = 1.0,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    intrinsic_fidelity: npt.ArrayLike = 1.0,
    attenuation_db_per_km: npt.ArrayLike = 0.2,
    processing_delay_s: npt.ArrayLike = 0.0,
) -> LinkPerformance:
    """Barrett-Kok double-click link with the BSM station at the midpoint of ``length_km``.

    ``p = eta^2 / 2`` with ``eta = eta_emit 10^(-alpha L / 20) eta_det`` (half the fibre each)
    and ``t_attempt = L / v + t_proc``; dark counts lower ``w`` as in :func:`star_link`.
    Reference: Barrett & Kok, Phys. Rev. A 71, 060310(R) (2005); Hensen et al., Nature 526, 682
    (2015) for the experiment.
    """
    half = nonnegative(length_km, "length_km") / 2.0
    return star_link(
        half,
        half,
        scheme="double_click",
        emission_efficiency=emission_efficiency,
        detector_efficiency=detector_efficiency,
        dark_count_probability=dark_count_probability,
        intrinsic_fidelity=intrinsic_fidelity,
        attenuation_db_per_km=attenuation_db_per_km,
        processing_delay_s=processing_delay_s,
    )


def single_click_link(
    length_km: npt.ArrayLike,
    bright_state_population: npt.ArrayLike,
    *,
    emission_efficiency: npt.ArrayLike = 1.0,
    detector_efficiency: npt.ArrayLike = 1.0,
    dark_count_probability: npt.ArrayLike = 0.0,
    intrinsic_fidelity: npt.ArrayLike = 1.0,
    attenuation_db_per_km: npt.ArrayLike = 0.2,
    processing_delay_s: npt.ArrayLike = 0.0,
) -> LinkPerformance:
    """Single-click link with the BSM station at the midpoint: ``p ~ 2 alpha eta``, ``F ~ 1-alpha``.

    Raising ``alpha`` buys rate linearly at a linear cost in fidelity: that is the single-click
    trade-off (Humphreys et al., Nature 558, 268 (2018), Fig. 2). Exact expressions, including
    the two-photon and dark-count terms, are in :func:`star_link`; Rozpedek et al., Phys. Rev. A
    99, 052330 (2019), Sec. III.
    """
    half = nonnegative(length_km, "length_km") / 2.0
    return star_link(
        half,
        half,
        scheme="single_click",
        bright_state_population=bright_state_population,
        emission_efficiency=emission_efficiency,
        detector_efficiency=detector_efficiency,
        dark_count_probability=dark_count_probability,
        intrinsic_fidelity=intrinsic_fidelity,
        attenuation_db_per_km=attenuation_db_per_km,
        processing_delay_s=processing_delay_s,
    )
