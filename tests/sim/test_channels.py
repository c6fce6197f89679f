"""Channel transmissivities against textbook closed forms and independent numerics."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reference_sim import channels


def test_fibre_loss_is_alpha_times_length_in_db() -> None:
    """eta = 10^(-alpha L/10) (Agrawal, Fiber-Optic Communication Systems, 2010, Sec. 2.5):
    50 km of 0.2 dB/km SMF is 10 dB, i.e. eta = 0.1."""
    assert channels.fibre_transmissivity(50.0) == pytest.approx(0.1)
    assert channels.fibre_transmissivity(100.0, 0.21) == pytest.approx(10 ** (-2.1))
    assert channels.fibre_transmissivity(0.0) == 1.0
    assert channels.fibre_transmissivity(10.0, fibre_type="MMF") == pytest.approx(10 ** (-3.0))
    assert channels.transmissivity_to_db(channels.fibre_transmissivity(80.0)) == pytest.approx(16.0)
    assert channels.db_to_transmissivity(3.0) == pytest.approx(0.501187, rel=1e-5)


def test_fibre_attenuation_table() -> None:
    """SMF at 1550 nm is 0.2 dB/km (ITU-T G.652); every listed fibre type has a positive value and
    multimode fibre at 850 nm is lossier than single-mode fibre at 1550 nm."""
    table = channels.FIBRE_ATTENUATION_DB_PER_KM
    assert table["SMF"] == 0.2
    assert {"SMF", "MCF", "FMF", "MMF"} <= set(table)
    assert all(v > 0 for v in table.values())
    assert table["MMF"] > table["SMF"] > table["ULL"]


def test_gaussian_beam_radius() -> None:
    """w(z) = w0 sqrt(1 + (z/z_R)^2), z_R = pi w0^2/lambda (Saleh & Teich 2007, Sec. 3.1):
    w(z_R) = sqrt(2) w0 and far-field divergence w ~ lambda z / (pi w0)."""
    w0, lam = 0.05, 800e-9
    z_r = channels.rayleigh_range_m(w0, lam)
    assert z_r == pytest.approx(math.pi * w0**2 / lam)
    assert channels.beam_radius_m(z_r, w0, lam) == pytest.approx(math.sqrt(2) * w0)
    z = 1e3 * z_r
    assert channels.beam_radius_m(z, w0, lam) == pytest.approx(lam * z / (math.pi * w0), rel=1e-5)


def test_diffraction_efficiency_matches_numerical_integration() -> None:
    """Power of a Gaussian beam inside a disc, by integrating (2/(pi w^2)) exp(-2 r^2/w^2) 2 pi r
    dr numerically, equals 1 - exp(-2 a^2/w^2) (Saleh & Teich 2007, Sec. 3.1)."""
    w0, lam, z, a = 0.1, 1550e-9, 500e3, 0.4
    w = w0 * math.sqrt(1 + (z * lam / (math.pi * w0**2)) ** 2)
    r = np.linspace(0.0, a, 20001)
    integrand = 2 / (math.pi * w**2) * np.exp(-2 * r**2 / w**2) * 2 * math.pi * r
    numeric = float(np.sum((integrand[1:] + integrand[:-1]) / 2 * np.diff(r)))
    assert channels.diffraction_transmissivity(z, a, w0, lam) == pytest.approx(numeric, rel=1e-6)


def test_atmospheric_air_mass_scaling() -> None:
    """eta_atm = eta_zen^(1/sin e) (Bourgoin et al., NJP 15, 023006 (2013)): at zenith the zenith
    value, at 30 degrees elevation the square (air mass 2)."""
    assert channels.atmospheric_transmissivity(90.0, 0.8) == pytest.approx(0.8)
    assert channels.atmospheric_transmissivity(30.0, 0.8) == pytest.approx(0.64)
    assert channels.atmospheric_transmissivity(10.0, 1.0) == pytest.approx(1.0)


def test_slant_range_geometry() -> None:
    """Spherical-Earth slant range (Bourgoin et al. 2013): equals the altitude at zenith, and the
    satellite found by stepping d along the line of sight lies at radius R + h (checked with an
    explicit 2-d position vector, independent of the closed form)."""
    r_e = channels.EARTH_RADIUS_M
    assert channels.slant_range_m(500e3, 90.0) == pytest.approx(500e3)
    for h, e in [(500e3, 20.0), (1200e3, 45.0), (35786e3, 5.0)]:
        d = channels.slant_range_m(h, e)
        station = np.array([0.0, r_e])
        direction = np.array([math.cos(math.radians(e)), math.sin(math.radians(e))])
        assert np.linalg.norm(station + d * direction) == pytest.approx(r_e + h, rel=1e-12)
    # Low elevations look through a longer path.
    assert channels.slant_range_m(500e3, 10.0) > channels.slant_range_m(500e3, 60.0)


def test_satellite_downlink_combines_diffraction_and_atmosphere() -> None:
    """Downlink transmissivity is the product of its two factors at the slant range."""
    h, e, a, w0, lam, eta0 = 500e3, 40.0, 0.5, 0.15, 785e-9, 0.8
    d = channels.slant_range_m(h, e)
    expected = channels.diffraction_transmissivity(
        d, a, w0, lam
    ) * channels.atmospheric_transmissivity(e, eta0)
    got = channels.satellite_downlink_transmissivity(h, e, a, w0, lam, eta0)
    assert got == pytest.approx(expected)


def test_underwater_beer_lambert() -> None:
    """eta = exp(-c L) with Petzold/Mobley water types (Kaushal & Kaddoum, IEEE Access 4, 1518
    (2016)): 10 m of clear ocean (c = 0.151/m) transmits exp(-1.51)."""
    assert channels.underwater_transmissivity(10.0) == pytest.approx(math.exp(-1.51))
    assert channels.underwater_transmissivity(10.0, 0.5) == pytest.approx(math.exp(-5.0))
    assert channels.underwater_transmissivity(
        5.0, water_type="turbid_harbour"
    ) < channels.underwater_transmissivity(5.0, water_type="pure_sea")


def test_broadcasting() -> None:
    """Arrays in, arrays out with the broadcast shape."""
    lengths = np.array([[0.0, 10.0, 100.0]])
    alphas = np.array([[0.2], [0.16]])
    assert channels.fibre_transmissivity(lengths, alphas).shape == (2, 3)
    assert channels.slant_range_m(500e3, np.array([10.0, 30.0, 90.0])).shape == (3,)
    assert channels.atmospheric_transmissivity(np.array([20.0, 90.0]), 0.7).shape == (2,)
    assert channels.diffraction_transmissivity(np.array([1e3, 1e5]), 0.1, 0.05, 8e-7).shape == (2,)
    assert isinstance(channels.fibre_transmissivity(1.0), float)


def test_validation() -> None:
    """Negative lengths, unknown fibre types and out-of-range angles raise ValueError."""
    with pytest.raises(ValueError, match="length_km"):
        channels.fibre_transmissivity(-1.0)
    with pytest.raises(ValueError, match="fibre_type"):
        channels.fibre_transmissivity(1.0, fibre_type="copper")
    with pytest.raises(ValueError):
        channels.fibre_transmissivity(1.0, -0.2)
    with pytest.raises(ValueError):
        channels.atmospheric_transmissivity(0.0, 0.8)
    with pytest.raises(ValueError):
        channels.atmospheric_transmissivity(45.0, 1.2)
    with pytest.raises(ValueError):
        channels.slant_range_m(500e3, 95.0)
    with pytest.raises(ValueError):
        channels.underwater_transmissivity(-3.0)
    with pytest.raises(ValueError):
        channels.diffraction_transmissivity(1.0, 0.1, 0.0, 8e-7)
