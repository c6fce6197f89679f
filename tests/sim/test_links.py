"""Elementary-link models of ``reference_sim.links`` against closed forms and brute force."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from reference_sim import links

V_FIBRE = 299_792_458.0 / 1.468


def eta_fibre(length_km: float, alpha_db: float = 0.2) -> float:
    return 10.0 ** (-alpha_db * length_km / 10.0)


def test_fibre_delay_is_length_times_group_index_over_c() -> None:
    """One-way delay ``L n / c``: 1 km of n = 1.468 fibre takes 4.897 us (~2e8 m/s)."""
    assert links.fibre_delay_s(1.0) == pytest.approx(1e3 / V_FIBRE, rel=1e-12)
    assert links.fibre_delay_s(1.0) == pytest.approx(4.897e-6, rel=1e-3)
    np.testing.assert_allclose(links.fibre_delay_s([0.0, 100.0]), [0.0, 1e5 / V_FIBRE])


def test_multiplexed_probability_is_one_minus_all_fail() -> None:
    """``1 - (1 - p)^m`` for m parallel tries; ~``m p`` when ``m p << 1`` (Collins et al. 2007)."""
    p = np.array([0.0, 0.1, 0.5, 1.0])
    np.testing.assert_allclose(links.multiplexed_success_probability(p, 3), 1 - (1 - p) ** 3)
    tiny = links.multiplexed_success_probability(1e-12, 10)
    assert tiny == pytest.approx(1e-11, rel=1e-9)
    with pytest.raises(ValueError):
        links.multiplexed_success_probability(0.1, 0)


@pytest.mark.parametrize("position", ["end", "midpoint"])
def test_direct_transmission_success_and_timing(position: str) -> None:
    """``p = p_pair eta(L) eta_d^2`` either way; memory timing ``2L/v`` (end) or ``1.5 L/v``."""
    length = 40.0
    link = links.direct_transmission_link(
        length,
        source_position=position,
        source_fidelity=0.97,
        pair_emission_probability=0.5,
        detector_efficiency=0.8,
        processing_delay_s=1e-6,
    )
    assert link.success_probability == pytest.approx(0.5 * eta_fibre(length) * 0.8**2)
    factor = 2.0 if position == "end" else 1.5
    assert link.attempt_time_s == pytest.approx(factor * length * 1e3 / V_FIBRE + 1e-6)
    assert link.fidelity == pytest.approx(0.97)
    assert link.rate_hz == pytest.approx(link.success_probability / link.attempt_time_s)


def test_direct_transmission_pipelined_uses_repetition_rate() -> None:
    """Measured on arrival (e.g. QKD), tries run at the source rate: rate = p x f_rep."""
    link = links.direct_transmission_link([10.0, 50.0], repetition_rate_hz=1e8)
    np.testing.assert_allclose(link.attempt_time_s, [1e-8, 1e-8])
    np.testing.assert_allclose(link.rate_hz, 1e8 * eta_fibre(np.array([10.0, 50.0])))


def test_double_click_without_dark_counts_matches_barrett_kok() -> None:
    """Barrett & Kok, PRA 71, 060310 (2005): ``p = eta^2 / 2``; ``t = L / v`` with the BSM in
    the middle (photons to the station and herald back each take ``L / 2v``)."""
    length = np.array([0.0 + 1e-9, 20.0, 100.0])
    link = links.double_click_link(length, emission_efficiency=0.6, detector_efficiency=0.9)
    eta = 0.6 * 0.9 * eta_fibre(length / 2)
    np.testing.assert_allclose(link.success_probability, eta**2 / 2)
    np.testing.assert_allclose(link.attempt_time_s, length * 1e3 / V_FIBRE)
    np.testing.assert_allclose(link.werner, 1.0)


def _click_patterns(photons: list[float], dark: float):
    """Brute force over one detection window of a 50:50 BSM with threshold detectors.

    Yields (probability, clicks per detector, fired detector saw a photon) for every outcome:
    each photon detected or lost, the port taken (two photons bunch into one port, Hong-Ou-
    Mandel), each detector dark or not.
    """
    for detected in itertools.product([True, False], repeat=len(photons)):
        p_det = math.prod(e if d else 1 - e for e, d in zip(photons, detected, strict=True))
        n_det = sum(detected)
        for port in (0, 1):
            p_port = 0.5 if n_det else (1.0 if port == 0 else 0.0)
            if p_port == 0.0:
                continue
            lit = [n_det > 0 and port == k for k in (0, 1)]
            for darks in itertools.product([True, False], repeat=2):
                p_dark = math.prod(dark if x else 1 - dark for x in darks)
                fired = [lit[k] or darks[k] for k in (0, 1)]
                yield p_det * p_port * p_dark, fired, any(lit[k] and fired[k] for k in (0, 1))


def _one_click(photons: list[float], dark: float) -> tuple[float, float]:
    """(P(exactly one click), P(exactly one click and it came from a photon))."""
    total = from_photon = 0.0
    for prob, fired, photon in _click_patterns(photons, dark):
        if sum(fired) == 1:
            total += prob
            if photon:
                from_photon += prob
    return total, from_photon


def test_intrinsic_fidelity_sets_the_werner_parameter_of_true_heralds() -> None:
    """Imperfections outside the loss model enter as a depolarising factor on true heralds:
    without dark counts a double-click link has exactly the intrinsic fidelity, and a
    single-click link's Werner parameter is multiplied by ``w_int``."""
    link = links.double_click_link(30.0, intrinsic_fidelity=0.92)
    assert link.fidelity == pytest.approx(0.92, rel=1e-12)
    ideal = links.single_click_link(30.0, 0.1)
    noisy = links.single_click_link(30.0, 0.1, intrinsic_fidelity=0.92)
    w_int = (4 * 0.92 - 1) / 3
    # Only true heralds carry w_int; the |11> heralds have F = 0 (w = -1/3) either way.
    p_true = 0.1 * 0.9 * 2 * eta_fibre(15.0)
    share = p_true / ideal.success_probability
    assert noisy.werner == pytest.approx(ideal.werner - share * (1 - w_int), rel=1e-9)


def test_double_click_dark_counts_against_brute_force_enumeration() -> None:
    """Herald probability and true-herald fraction from explicit enumeration of spin branches,
    photon losses, ports and dark counts (model of Barrett & Kok 2005; a dark-count herald is
    scored as the maximally mixed state, so ``w = p_true / p``)."""
    eta_e, dark, arm_a, arm_b = 0.4, 0.02, 3.0, 7.0
    eta_a, eta_b = eta_e * eta_fibre(arm_a), eta_e * eta_fibre(arm_b)
    herald = true = 0.0
    for spin_a, spin_b in itertools.product((0, 1), repeat=2):
        rounds = [
            [e for e, s in ((eta_a, spin_a), (eta_b, spin_b)) if s == bright] for bright in (1, 0)
        ]
        (h1, t1), (h2, t2) = (_one_click(r, dark) for r in rounds)
        herald += 0.25 * h1 * h2
        if spin_a != spin_b:
            true += 0.25 * t1 * t2
    link = links.star_link(arm_a, arm_b, emission_efficiency=eta_e, dark_count_probability=dark)
    assert link.success_probability == pytest.approx(herald, rel=1e-12)
    assert link.werner == pytest.approx(true / herald, rel=1e-12)
    assert link.werner < 1.0


def test_single_click_closed_form_without_dark_counts() -> None:
    """Symmetric single-click link: ``p = alpha eta (2 - alpha eta)`` and
    ``F = 2 (1 - alpha) / (2 - alpha eta)``, the Rozpedek et al. PRA 99, 052330 (2019) model
    (bright-bright branch leaves |11>); for small ``eta``: ``p ~ 2 alpha eta``, ``F ~ 1 - alpha``
    (Humphreys et al., Nature 558, 268 (2018))."""
    alpha = np.array([0.02, 0.1, 0.3])
    length = 60.0
    link = links.single_click_link(length, alpha, emission_efficiency=0.5)
    eta = 0.5 * eta_fibre(length / 2)
    np.testing.assert_allclose(link.success_probability, alpha * eta * (2 - alpha * eta))
    np.testing.assert_allclose(link.fidelity, 2 * (1 - alpha) / (2 - alpha * eta))
    far = links.single_click_link(400.0, alpha)
    eta_far = eta_fibre(200.0)
    np.testing.assert_allclose(far.success_probability, 2 * alpha * eta_far, rtol=1e-3)
    np.testing.assert_allclose(far.fidelity, 1 - alpha, rtol=1e-3)


def test_single_click_trade_off_is_monotone() -> None:
    """Raising alpha buys rate and costs fidelity (Humphreys et al. 2018, Fig. 2)."""
    alpha = np.linspace(0.01, 0.5, 50)
    link = links.single_click_link(25.0, alpha, emission_efficiency=0.3, detector_efficiency=0.9)
    assert np.all(np.diff(link.rate_hz) > 0)
    assert np.all(np.diff(link.fidelity) < 0)


def test_single_click_dark_counts_against_brute_force_enumeration() -> None:
    """Herald probability and fidelity by enumerating the bright/dark branches of both nodes
    with ports, losses and dark counts; states: one-photon branch detected -> unbalanced
    ``sqrt(eta_A)|01> + sqrt(eta_B)|10>``, photon lost and a dark click -> |01>/|10> mixture
    (F = 1/2), |00> or |11> -> F = 0."""
    alpha, eta_e, dark, arm_a, arm_b = 0.15, 0.5, 0.03, 2.0, 9.0
    eta_a, eta_b = eta_e * eta_fibre(arm_a), eta_e * eta_fibre(arm_b)
    herald = fidelity_mass = 0.0
    balanced = 0.5 * (1 + 2 * math.sqrt(eta_a * eta_b) / (eta_a + eta_b))
    for bright_a, bright_b in itertools.product((0, 1), repeat=2):
        weight = (alpha if bright_a else 1 - alpha) * (alpha if bright_b else 1 - alpha)
        photons = [e for e, s in ((eta_a, bright_a), (eta_b, bright_b)) if s]
        h, from_photon = _one_click(photons, dark)
        herald += weight * h
        if len(photons) == 1:
            fidelity_mass += weight * (from_photon * balanced + (h - from_photon) * 0.5)
    link = links.star_link(
        arm_a,
        arm_b,
        scheme="single_click",
        bright_state_population=alpha,
        emission_efficiency=eta_e,
        dark_count_probability=dark,
    )
    assert link.success_probability == pytest.approx(herald, rel=1e-12)
    assert link.fidelity == pytest.approx(fidelity_mass / herald, rel=1e-12)


def test_star_attempt_time_is_set_by_the_longer_arm() -> None:
    """Round trip over the longer arm (the near leaf waits to synchronise): ``2 max(L) / v``."""
    link = links.star_link([5.0, 30.0], [20.0, 10.0], processing_delay_s=2e-6)
    np.testing.assert_allclose(link.attempt_time_s, 2 * np.array([20e3, 30e3]) / V_FIBRE + 2e-6)
    sym = links.star_link(15.0, 15.0)
    mid = links.double_click_link(30.0)
    assert sym.success_probability == pytest.approx(mid.success_probability)
    assert sym.attempt_time_s == pytest.approx(mid.attempt_time_s)


def test_star_unequal_arms_multiply_transmissivities() -> None:
    """Double click through a star: ``p = eta_A eta_B / 2`` with each arm's own loss."""
    link = links.star_link(np.array([1.0, 10.0]), 25.0, detector_efficiency=0.7)
    eta_a = 0.7 * eta_fibre(np.array([1.0, 10.0]))
    eta_b = 0.7 * eta_fibre(25.0)
    np.testing.assert_allclose(link.success_probability, eta_a * eta_b / 2)


def test_link_rate_and_mean_attempts_follow_the_geometric_law() -> None:
    """A try is a Bernoulli trial: ``E[tries] = 1 / p``, ``rate = p / t_attempt``."""
    link = links.double_click_link(50.0, emission_efficiency=0.5)
    assert link.mean_attempts == pytest.approx(1 / link.success_probability)
    assert link.rate_hz == pytest.approx(link.success_probability / link.attempt_time_s)


def test_inputs_are_validated() -> None:
    with pytest.raises(ValueError):
        links.double_click_link(-1.0)
    with pytest.raises(ValueError):
        links.star_link(1.0, 1.0, scheme="triple_click")
    with pytest.raises(ValueError):
        links.star_link(1.0, 1.0, scheme="single_click")
    with pytest.raises(ValueError):
        links.direct_transmission_link(10.0, source_position="side")
    with pytest.raises(ValueError):
        links.double_click_link(0.0)
