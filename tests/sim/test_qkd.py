"""QKD key rates against published numbers, limits and independent photon-counting numerics."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pytest
from qubit_numerics import H, apply, bell_diagonal
from scipy.stats import entropy

from reference_sim import qkd
from reference_sim.bounds import plob_capacity
from reference_sim.channels import fibre_transmissivity
from reference_sim.states import werner_bell_coefficients

GYS = {
    "detector_efficiency": 0.045,
    "dark_count_probability": 1.7e-6,
    "misalignment": 0.033,
    "ec_efficiency": 1.22,
}


def h2(p: float) -> float:
    return float(entropy([p, 1 - p], base=2))


def test_binary_entropy_matches_scipy() -> None:
    """h(p) against scipy.stats.entropy, with h(0) = h(1) = 0 and h(1/2) = 1."""
    p = np.array([0.0, 0.01, 0.11, 0.3, 0.5, 0.9, 1.0])
    np.testing.assert_allclose(qkd.binary_entropy(p), [h2(x) for x in p], atol=1e-12)
    with pytest.raises(ValueError):
        qkd.binary_entropy(1.1)


def test_shor_preskill_threshold_is_eleven_percent() -> None:
    """1 - 2h(Q) vanishes at Q ~ 11.0% (Shor & Preskill, PRL 85, 441 (2000))."""
    q = np.linspace(0.1, 0.12, 20001)
    r = qkd.bb84_secret_fraction(q)
    threshold = q[np.argmax(r == 0)]
    assert 0.109 < threshold < 0.111
    assert qkd.bb84_secret_fraction(0.0) == 1.0


def test_bb84_single_photon_rate() -> None:
    """Per-pulse rate = 1/2 eta (1 - 2h(Q)) (Shor & Preskill 2000), linear in eta."""
    eta = np.array([1e-1, 1e-3])
    np.testing.assert_allclose(
        qkd.bb84_single_photon_key_rate(eta, 0.02), 0.5 * eta * (1 - 2 * h2(0.02))
    )


def test_decoy_gains_match_photon_number_sum() -> None:
    """Q_mu and E_mu of Lo, Ma, Chen (PRL 94, 230504 (2005)) are Poisson averages of the n-photon
    yields Y_n = Y0 + 1 - (1-eta)^n and errors e_n Y_n = Y0/2 + e_d (1 - (1-eta)^n)."""
    t, mu = fibre_transmissivity(40.0, 0.21), 0.6
    eta = t * GYS["detector_efficiency"]
    y0, e_d = GYS["dark_count_probability"], GYS["misalignment"]
    n = np.arange(80)
    pn = np.exp(-mu) * mu**n / np.array([math.factorial(k) for k in n], dtype=float)
    yn = y0 + 1 - (1 - eta) ** n
    eyn = 0.5 * y0 + e_d * (1 - (1 - eta) ** n)
    d = qkd.decoy_bb84(t, mu, **GYS)
    assert d.gain == pytest.approx(np.sum(pn * yn), rel=1e-9)
    assert d.qber == pytest.approx(np.sum(pn * eyn) / np.sum(pn * yn), rel=1e-9)
    assert d.single_photon_gain == pytest.approx(pn[1] * (y0 + eta), rel=1e-9)


def test_decoy_bb84_gys_cutoff_distance() -> None:
    """With the GYS parameters (eta_Bob = 4.5%, Y0 = 1.7e-6, e_d = 3.3%, f = 1.22, 0.21 dB/km)
    Lo, Ma, Chen (PRL 94, 230504 (2005)) find that decoy-state BB84 with optimal mu reaches
    about 140 km; the optimal mu is of order 0.5."""
    lengths = np.arange(100.0, 200.0, 1.0)
    _, rate = qkd.decoy_bb84_optimal_mu(fibre_transmissivity(lengths, 0.21), **GYS)
    cutoff = lengths[rate > 0].max()
    assert 135.0 <= cutoff <= 150.0
    assert np.all(rate[lengths > cutoff] == 0)
    mu0, _ = qkd.decoy_bb84_optimal_mu(fibre_transmissivity(50.0, 0.21), **GYS)
    assert 0.3 < mu0 < 0.7


def test_decoy_ideal_limit() -> None:
    """No noise, perfect error correction: R = q eta mu e^{-mu}, maximised at mu = 1 with
    R = eta / (2e) (the single-photon fraction of a Poisson source, Lo-Ma-Chen 2005)."""
    eta = 1e-4
    mu, rate = qkd.decoy_bb84_optimal_mu(eta)
    assert mu == pytest.approx(1.0, abs=1e-3)
    assert rate == pytest.approx(eta / (2 * math.e), rel=1e-3)


def measured_error_rates(coeffs: np.ndarray) -> tuple[float, float]:
    """Disagreement probabilities of Z-Z and X-X measurements on the explicit density matrix."""
    rho = bell_diagonal(coeffs)
    e_z = float(np.real(rho[1, 1] + rho[2, 2]))
    rho_x = apply(apply(rho, H, [0], 2), H, [1], 2)
    e_x = float(np.real(rho_x[1, 1] + rho_x[2, 2]))
    return e_z, e_x


def test_bbm92_error_rates_and_rate() -> None:
    """BBM92 (Bennett, Brassard, Mermin, PRL 68, 557 (1992)) with the entanglement-based
    Shor-Preskill rate 1 - h(e_x) - h(e_z) (Ma, Fung, Lo, PRA 76, 012307 (2007)); error rates
    measured on the explicit state."""
    c = np.array([0.85, 0.06, 0.04, 0.05])
    e_z, e_x = measured_error_rates(c)
    got_z, got_x = qkd.bbm92_error_rates(c)
    assert (got_z, got_x) == pytest.approx((e_z, e_x), abs=1e-12)
    assert qkd.bbm92_secret_fraction(c) == pytest.approx(1 - h2(e_z) - h2(e_x))
    assert qkd.bbm92_secret_fraction(c, 1.2) == pytest.approx(1 - 1.2 * h2(e_z) - h2(e_x))


def test_bbm92_werner_threshold() -> None:
    """For Werner pairs e_z = e_x = 2(1-F)/3, so the key vanishes at e = 11%, F ~ 0.835."""
    f = np.linspace(0.8, 0.9, 10001)
    r = qkd.bbm92_secret_fraction(werner_bell_coefficients((4 * f - 1) / 3))
    f_threshold = f[np.argmax(r > 0)]
    assert f_threshold == pytest.approx(0.835, abs=0.002)


# ---------------------------------------------------------------- MDI-QKD


def click(mean: np.ndarray, y0: float) -> np.ndarray:
    """Threshold detector with dark-count probability y0 and Poisson input of given mean."""
    return 1 - (1 - y0) * np.exp(-mean)


def mdi_numeric(ea: float, eb: float, mu: float, y0: float, basis: str) -> tuple[float, float]:
    """Gain and error rate of polarisation MDI-QKD (Lo, Curty, Qi, PRL 108, 130503 (2012), Fig. 1)
    by brute force: coherent amplitudes in the four detector modes cH, cV, dH, dV after a 50:50
    beam splitter, independent threshold detectors, averaged over the random relative phase and
    all state choices. Success = exactly two clicks in orthogonal polarisations; Psi- = (cH, dV)
    or (cV, dH), Psi+ = (cH, cV) or (dH, dV). No misalignment."""
    phases = np.linspace(0, 2 * np.pi, 4096, endpoint=False)
    if basis == "rect":
        pols = [np.array([1.0, 0.0]), np.array([0.0, 1.0])]
    else:
        pols = [np.array([1.0, 1.0]) / np.sqrt(2), np.array([1.0, -1.0]) / np.sqrt(2)]
    gain = err = 0.0
    for ia, ib in itertools.product(range(2), repeat=2):
        amp_a = np.sqrt(ea * mu) * pols[ia][:, None] * np.ones_like(phases)
        amp_b = np.sqrt(eb * mu) * pols[ib][:, None] * np.exp(1j * phases)
        c_modes = (amp_a + amp_b) / np.sqrt(2)  # rows: H, V
        d_modes = (amp_a - amp_b) / np.sqrt(2)
        p = {
            name: click(np.abs(m) ** 2, y0)
            for name, m in (("cH", c_modes[0]), ("cV", c_modes[1]), ("dH", d_modes[0]))
        }
        p["dV"] = click(np.abs(d_modes[1]) ** 2, y0)

        def only(on: tuple[str, str], probs: dict = p) -> float:
            val = np.ones_like(phases)
            for k, v in probs.items():
                val = val * (v if k in on else 1 - v)
            return float(val.mean())

        psi_minus = only(("cH", "dV")) + only(("cV", "dH"))
        psi_plus = only(("cH", "cV")) + only(("dH", "dV"))
        same = ia == ib
        gain += (psi_minus + psi_plus) / 4
        if basis == "rect":  # both Bell states expect different H/V inputs
            err += (psi_minus + psi_plus) / 4 if same else 0.0
        else:  # Psi+ expects equal diagonal inputs, Psi- different ones
            err += (psi_minus if same else psi_plus) / 4
    return gain, err / gain


@pytest.mark.parametrize(("ea", "eb", "y0"), [(0.1, 0.05, 1e-3), (0.02, 0.02, 1e-5)])
def test_mdi_gains_match_brute_force(ea: float, eb: float, y0: float) -> None:
    """Ma & Razavi closed forms (PRA 86, 062319 (2012), Appendix; Xu et al., NJP 15, 113007
    (2013), Appendix B) against the brute-force phase average above."""
    mu = 0.4
    m = qkd.mdi_qkd(ea, eb, mu, mu, y0, 0.0)
    q_rect, e_rect = mdi_numeric(ea, eb, mu, y0, "rect")
    q_diag, e_diag = mdi_numeric(ea, eb, mu, y0, "diag")
    assert m.gain_rect == pytest.approx(q_rect, rel=1e-8)
    assert m.qber_rect == pytest.approx(e_rect, rel=1e-8)
    assert m.gain_diag == pytest.approx(q_diag, rel=1e-8)
    assert m.qber_diag == pytest.approx(e_diag, rel=1e-8)


def test_mdi_single_photon_yield_by_enumeration() -> None:
    """Y11 in the rectilinear basis: HV inputs succeed when one H and one V detector click alone;
    HH inputs bunch (Hong-Ou-Mandel) so only dark counts complete the pattern. Averaging the two
    enumerated cases reproduces Ma & Razavi's Y11 (PRA 86, 062319 (2012))."""
    ea, eb, y0 = 0.3, 0.2, 0.01
    one_of_two = lambda eta: eta * (1 - y0) + (1 - eta) * 2 * y0 * (1 - y0)  # noqa: E731
    hv = one_of_two(ea) * one_of_two(eb)
    any_photon = ea * eb + ea * (1 - eb) + eb * (1 - ea)
    hh = 2 * y0 * (1 - y0) * ((1 - y0) * any_photon + (1 - ea) * (1 - eb) * 2 * y0 * (1 - y0))
    m = qkd.mdi_qkd(ea, eb, 0.5, 0.5, y0, 0.0)
    assert m.yield_11 == pytest.approx((hv + hh) / 2, rel=1e-12)
    assert qkd.mdi_qkd(ea, eb, 0.5, 0.5, 0.0, 0.02).error_11 == pytest.approx(0.02)


def test_mdi_key_rate_behaviour() -> None:
    """MDI-QKD (Lo, Curty, Qi 2012) gives key over >100 km of fibre with typical parameters
    (detector efficiency 14.5%, Y0 = 3e-6, e_d = 1.5%, f = 1.16), never beats the PLOB bound of
    the end-to-end channel, and scales linearly with the total transmissivity."""
    lengths = np.array([50.0, 100.0, 150.0, 500.0])
    t = fibre_transmissivity(lengths / 2) * 0.145
    r = qkd.mdi_qkd_key_rate(t, t, 0.3, 0.3, 3e-6, 0.015, 1.16)
    assert np.all(r[:3] > 0) and r[3] == 0
    assert np.all(r <= plob_capacity(t * t))
    ideal = qkd.mdi_qkd_key_rate(np.array([1e-3, 1e-4]), np.array([1e-3, 1e-4]), 0.3, 0.3)
    assert ideal[1] / ideal[0] == pytest.approx(1e-2, rel=1e-3)
    assert qkd.mdi_qkd_key_rate(0.1, 0.01) == pytest.approx(qkd.mdi_qkd_key_rate(0.01, 0.1))


# ---------------------------------------------------------------- TF-QKD (SNS)


def sns_numeric(eta: float, mu: float, eps: float, pd: float) -> tuple[float, float]:
    """Z-window gain and error of SNS (Wang, Yu, Hu, PRA 98, 062323 (2018)) by brute force: each
    party's pulse is a coherent state with a random phase, the beam splitter outputs are
    independent Poisson modes, an effective event is exactly one of two detectors clicking."""
    phases = np.linspace(0, 2 * np.pi, 8192, endpoint=False)
    gain = err = 0.0
    for a_sends, b_sends in itertools.product((0, 1), repeat=2):
        prob = (eps if a_sends else 1 - eps) * (eps if b_sends else 1 - eps)
        amp_a = a_sends * np.sqrt(eta * mu) * np.ones_like(phases)
        amp_b = b_sends * np.sqrt(eta * mu) * np.exp(1j * phases)
        p1 = click(np.abs(amp_a + amp_b) ** 2 / 2, pd)
        p2 = click(np.abs(amp_a - amp_b) ** 2 / 2, pd)
        single = float(np.mean(p1 * (1 - p2) + p2 * (1 - p1)))
        gain += prob * single
        if a_sends == b_sends:  # Alice's bit = sends, Bob's bit = does not send
            err += prob * single
    return gain, err / gain


def test_sns_statistics_match_brute_force() -> None:
    """S_Z and E_Z of the SNS model against the brute-force phase average."""
    t, eta_d, mu, eps, pd = 1e-3, 0.6, 0.4, 0.2, 1e-4
    s = qkd.sns_tf_qkd(t, mu, eps, eta_d, pd)
    gain, qber = sns_numeric(math.sqrt(t) * eta_d, mu, eps, pd)
    assert s.gain_z == pytest.approx(gain, rel=1e-9)
    assert s.qber_z == pytest.approx(qber, rel=1e-9)
    eta = math.sqrt(t) * eta_d
    assert s.single_photon_yield == pytest.approx(eta * (1 - pd) + (1 - eta) * 2 * pd * (1 - pd))


def test_sns_square_root_scaling() -> None:
    """TF-QKD's key rate scales with sqrt(eta) of the whole channel (Lucamarini et al., Nature 557,
    400 (2018); Wang, Yu, Hu 2018): with negligible dark counts R/sqrt(eta) stays constant from
    30 to 70 dB (where ``1 - exp(-eta mu) ~ eta mu``), whereas PLOB drops by 10^4."""
    t = np.array([1e-3, 1e-5, 1e-7])
    r, _, _ = qkd.sns_tf_qkd_optimal_key_rate(t, 0.5, 1e-12, 0.02, 1.1)
    ratio = r / np.sqrt(t)
    np.testing.assert_allclose(ratio / ratio[0], 1.0, rtol=0.02)


def test_sns_beats_plob_at_long_distance() -> None:
    """With realistic devices (detector efficiency 30%, dark counts 1e-8, e_d = 3%, f = 1.1) SNS
    TF-QKD exceeds the PLOB repeaterless bound beyond ~300 km of 0.2 dB/km fibre but not at
    100 km (Wang, Yu, Hu 2018, Fig. 2 shows the crossing at a few hundred km)."""
    lengths = np.array([100.0, 350.0, 400.0])
    t = fibre_transmissivity(lengths)
    r, _, _ = qkd.sns_tf_qkd_optimal_key_rate(t, 0.3, 1e-8, 0.03, 1.1)
    plob = plob_capacity(t)
    assert r[0] < plob[0]
    assert np.all(r[1:] > plob[1:])


def test_sns_bit_errors_independent_of_misalignment() -> None:
    """SNS encodes bits in sending/not sending, so Z-window errors do not depend on e_d (Wang,
    Yu, Hu 2018, abstract); only the phase error does."""
    a = qkd.sns_tf_qkd(1e-4, 0.4, 0.1, 0.5, 1e-8, 0.0)
    b = qkd.sns_tf_qkd(1e-4, 0.4, 0.1, 0.5, 1e-8, 0.2)
    assert a.qber_z == pytest.approx(b.qber_z)
    assert b.phase_error > a.phase_error


# ---------------------------------------------------------------- trusted relays


def test_trusted_relay_chain_is_bottleneck() -> None:
    """Hop-by-hop key forwarding through trusted nodes runs at the slowest link (Salvail et al.,
    J. Comput. Secur. 18, 61 (2010))."""
    assert qkd.trusted_relay_chain_key_rate([5e3, 1e3, 2e4]) == 1e3
    np.testing.assert_allclose(qkd.trusted_relay_chain_key_rate([[1, 2], [4, 3]]), [1, 3])


def test_trusted_relay_network_is_max_flow() -> None:
    """Multi-route key relay reaches the max flow of link key rates, compared with networkx."""
    rng = np.random.default_rng(4)
    g = nx.connected_watts_strogatz_graph(9, 4, 0.4, seed=4)
    edges = [(u, v, float(rng.uniform(10, 1000))) for u, v in g.edges()]
    for u, v, rate in edges:
        g[u][v]["capacity"] = rate
    assert qkd.trusted_relay_network_key_rate(edges, 0, 7) == pytest.approx(
        nx.maximum_flow_value(g, 0, 7)
    )


def test_broadcasting_and_validation() -> None:
    """Arrays broadcast in every rate function; unphysical inputs raise ValueError."""
    t = np.array([[1e-2, 1e-3, 1e-4]])
    mu = np.array([[0.3], [0.5]])
    assert np.shape(qkd.decoy_bb84_key_rate(t, mu, **GYS)) == (2, 3)
    assert np.shape(qkd.decoy_bb84_optimal_mu(t[0], **GYS)[0]) == (3,)
    assert np.shape(qkd.mdi_qkd_key_rate(t, t, mu, mu)) == (2, 3)
    assert np.shape(qkd.sns_tf_qkd_key_rate(t, mu, 0.1)) == (2, 3)
    assert np.shape(qkd.sns_tf_qkd_optimal_key_rate(t[0])[0]) == (3,)
    coeffs = werner_bell_coefficients(np.array([0.8, 0.9]))
    assert np.shape(qkd.bbm92_secret_fraction(coeffs)) == (2,)
    with pytest.raises(ValueError):
        qkd.decoy_bb84_key_rate(1.5, 0.5)
    with pytest.raises(ValueError):
        qkd.decoy_bb84_key_rate(0.1, -0.5)
    with pytest.raises(ValueError):
        qkd.decoy_bb84_key_rate(0.1, 0.5, misalignment=0.7)
    with pytest.raises(ValueError):
        qkd.mdi_qkd_key_rate(0.1, -0.1)
    with pytest.raises(ValueError):
        qkd.sns_tf_qkd_key_rate(0.1, 0.3, 1.2)
    with pytest.raises(ValueError):
        qkd.trusted_relay_chain_key_rate([1.0, -2.0])
    with pytest.raises(ValueError):
        qkd.bb84_secret_fraction(-0.01)
