"""Mapping a description to simulator inputs: transmissivity by medium, defaults as assumptions."""

from __future__ import annotations

import math

import pytest
from claims_helpers import load

from qnetspec.claims import simulate_description
from qnetspec.claims.defaults import DEFAULTS, table_rows
from qnetspec.claims.media import map_link, map_links

R_EARTH_M = 6_371_000.0


def _gaussian_capture(distance_m: float, waist: float, aperture: float, wavelength: float) -> float:
    """Fraction of a Gaussian beam inside a centred disc, written out here from Saleh & Teich."""
    rayleigh = math.pi * waist**2 / wavelength
    radius = waist * math.sqrt(1 + (distance_m / rayleigh) ** 2)
    return 1 - math.exp(-2 * aperture**2 / radius**2)


def test_fibre_uses_declared_attenuation() -> None:
    link = map_link(
        {
            "id": "f",
            "endpoints": ["a", "b"],
            "medium": "SMF",
            "length_km": 50,
            "attenuation_db_per_km": 0.16,
        },
        0,
    )
    assert link is not None
    assert link.eta == pytest.approx(10 ** (-0.16 * 50 / 10))
    assert link.loss_db == pytest.approx(8.0)
    assert link.assumptions == ()


@pytest.mark.parametrize(
    ("medium", "alpha"), [("SMF", 0.2), ("MCF", 0.18), ("FMF", 0.22), ("MMF", 3.0)]
)
def test_fibre_type_defaults_are_stated(medium: str, alpha: float) -> None:
    link = map_link({"id": "f", "endpoints": ["a", "b"], "medium": medium, "length_km": 10}, 0)
    assert link is not None
    assert link.eta == pytest.approx(10 ** (-alpha * 10 / 10))
    assert f"attenuation ({medium}) not given for link f: assumed {alpha:g} dB/km" in (
        link.assumptions
    )


def test_satellite_downlink_from_altitude_and_elevation() -> None:
    h, e, w0, a, lam, zen = 500e3, 60.0, 0.1, 0.5, 810e-9, 0.9
    link = map_link(
        {
            "id": "sat",
            "endpoints": ["g", "s"],
            "medium": "free-space-satellite",
            "altitude_km": 500,
            "elevation_deg": e,
            "beam_waist_m": w0,
            "aperture_radius_m": a,
            "wavelength_nm": 810,
            "zenith_transmissivity": zen,
        },
        0,
    )
    assert link is not None
    s = math.sin(math.radians(e))
    slant = math.sqrt((R_EARTH_M + h) ** 2 - (R_EARTH_M * math.cos(math.radians(e))) ** 2) - (
        R_EARTH_M * s
    )
    expected = _gaussian_capture(slant, w0, a, lam) * zen ** (1 / s)
    assert link.length_km == pytest.approx(slant / 1e3)
    assert link.eta == pytest.approx(expected, rel=1e-12)
    assert link.group_index == 1.0
    assert link.assumptions == ()


def test_satellite_defaults_are_stated() -> None:
    link = map_link({"id": "sat", "endpoints": ["g", "s"], "medium": "free-space-satellite"}, 0)
    assert link is not None
    text = " | ".join(link.assumptions)
    for words in (
        "elevation not given for link sat: assumed 45 deg",
        "satellite altitude not given for link sat: assumed 500 km",
        "beam waist not given",
        "receiver aperture radius not given",
        "wavelength not given for link sat: assumed 810 nm",
        "zenith transmissivity not given for link sat: assumed 0.8",
    ):
        assert words in text
    assert 0.0 < link.eta < 1.0


def test_satellite_at_the_horizon_passes_nothing() -> None:
    link = map_link(
        {
            "id": "s",
            "endpoints": ["g", "s"],
            "medium": "free-space-satellite",
            "elevation_deg": 0,
            "length_km": 2000,
        },
        0,
    )
    assert link is not None and link.eta == 0.0 and math.isinf(link.loss_db)
    assert any("horizon" in text for text in link.assumptions)


def test_terrestrial_free_space_is_diffraction_times_air_loss() -> None:
    link = map_link(
        {
            "id": "t",
            "endpoints": ["a", "b"],
            "medium": "free-space-terrestrial",
            "length_km": 10,
            "beam_waist_m": 0.05,
            "aperture_radius_m": 0.1,
            "wavelength_nm": 1550,
            "attenuation_db_per_km": 0.3,
        },
        0,
    )
    assert link is not None
    expected = _gaussian_capture(10e3, 0.05, 0.1, 1550e-9) * 10 ** (-0.3 * 10 / 10)
    assert link.eta == pytest.approx(expected, rel=1e-12)


def test_underwater_is_beer_lambert() -> None:
    link = map_link(
        {
            "id": "w",
            "endpoints": ["a", "b"],
            "medium": "underwater",
            "length_km": 0.1,
            "attenuation_coefficient_per_m": 0.05,
        },
        0,
    )
    assert link is not None and link.eta == pytest.approx(math.exp(-0.05 * 100))
    assert link.group_index == pytest.approx(1.333)
    default = map_link(
        {"id": "w", "endpoints": ["a", "b"], "medium": "underwater", "length_km": 0.1}, 0
    )
    assert default is not None and default.eta == pytest.approx(math.exp(-0.151 * 100))
    assert any("water attenuation coefficient not given" in t for t in default.assumptions)


def test_odd_links_become_assumptions_or_are_skipped() -> None:
    links = map_links(
        [
            {"id": "x", "endpoints": ["a", "b"], "medium": "copper", "length_km": "far"},
            {"id": "y", "endpoints": ["a"]},
            {"id": "z", "endpoints": ["a", "a"]},
            "not a link",
            {"id": "neg", "endpoints": ["a", "b"], "medium": "SMF", "length_km": -5},
            {"id": "gen", "endpoints": ["a", "b"], "medium": "SMF", "generation_scheme": "magic"},
        ]
    )
    assert [link.id for link in links] == ["x", "neg", "gen"]
    x, neg, gen = links
    assert any("'copper', not a known medium" in t for t in x.assumptions)
    assert any("length of link x is 'far'" in t for t in x.assumptions)
    assert neg.eta == 1.0 and any("length of link neg is -5" in t for t in neg.assumptions)
    assert gen.generation_scheme is None and any("'magic'" in t for t in gen.assumptions)


def test_missing_hardware_is_reported_as_assumptions() -> None:
    report = simulate_description(load("sparse.yaml").data)
    sr1 = report.get("sr1")
    assert sr1 is not None and sr1.problem is None
    said = sr1.assumptions
    assert "detector efficiency not given for alice: assumed 0.8" in said
    assert "detector efficiency of bob is 1.7, not a number in [0, 1]: assumed 0.8 instead" in said
    assert "length not given for link l1: assumed 0 km" in said
    assert "medium of link l2 is 'copper', not a known medium: treated as SMF fibre" in said
    assert "repeater approach of r1 is None: assumed quantum-memory" in said
    assert "memory coherence time not given for r1: assumed 0.1 s" in said


def test_declared_hardware_is_not_reported() -> None:
    report = simulate_description(load("chain50.yaml").data)
    said = report.requests[0].assumptions
    # Only what the description cannot say: the ends' emitters (no schema slot) and the engine's
    # reductions.
    assert "entanglement source efficiency not given for alice: assumed 0.1 per attempt" in said
    assert not [
        t
        for t in said
        if "not given" in t
        and not t.endswith(
            (
                "for alice: assumed 0.97",
                "for alice: assumed 0.1 per attempt",
                "for bob: assumed 0.97",
                "for bob: assumed 0.1 per attempt",
            )
        )
    ]


def test_defaults_table_documents_every_default() -> None:
    rows = table_rows()
    assert len(rows) == len(DEFAULTS)
    assert all(why for _, _, _, why in rows)
