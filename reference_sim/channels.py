"""Photon transmissivity of optical channels: fibre, free space (ground and satellite), water.

All functions return a transmissivity ``eta`` in [0, 1] (the probability that a photon injected
into the channel leaves it), vectorised over every argument. Loss in dB is ``-10 log10(eta)``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reference_sim._validation import in_range, nonnegative, out, positive, probability

#: Typical attenuation in dB/km of deployed fibre types, at the wavelength each type is used for.
#:
#: * ``SMF``: standard single-mode fibre (ITU-T G.652.D) at 1550 nm, ~0.2 dB/km typical
#:   (ITU-T Rec. G.652 (11/2016), Table "G.652.D attributes", max 0.3 dB/km cabled).
#: * ``ULL``: ultra-low-loss pure-silica-core fibre (ITU-T G.654.E) at 1550 nm, ~0.16 dB/km
#:   (e.g. Tamura et al., J. Lightwave Technol. 36, 44 (2018), record 0.142 dB/km).
#: * ``MCF``: uncoupled multicore fibre, per core at 1550 nm; trench-assisted 7-core fibre with
#:   pure-silica cores measured 0.175-0.181 dB/km (Hayashi et al., Opt. Express 19, 16576
#:   (2011)); 0.18 dB/km is used.
#: * ``FMF``: few-mode fibre at 1550 nm, ~0.22 dB/km, slightly above SMF because of the larger,
#:   more doped core (Sillard, Bigot-Astruc, Molin, J. Lightwave Technol. 32, 2824 (2014)).
#: * ``MMF``: graded-index multimode fibre (OM3/OM4) at 850 nm, its design wavelength;
#:   ISO/IEC 11801 and TIA-568 allow 3.5 dB/km cabled, bare fibre is typically ~3.0 dB/km.
#: * ``MMF_1300``: the same fibre at 1300 nm (1.5 dB/km cabled limit; ~1.0 dB/km typical).
FIBRE_ATTENUATION_DB_PER_KM: dict[str, float] = {
    "SMF": 0.2,
    "ULL": 0.16,
    "MCF": 0.18,
    "FMF": 0.22,
    "MMF": 3.0,
    "MMF_1300": 1.0,
}

#: Beam attenuation coefficient c (absorption + scattering, 1/m) of sea water near 520-530 nm,
#: the classic water types of Petzold (1972) as tabulated by Mobley, *Light and Water* (Academic
#: Press, 1994) and used throughout underwater optical communication (e.g. Kaushal & Kaddoum,
#: IEEE Access 4, 1518 (2016), Sec. III).
WATER_ATTENUATION_PER_M: dict[str, float] = {
    "pure_sea": 0.056,
    "clear_ocean": 0.151,
    "coastal": 0.398,
    "turbid_harbour": 2.17,
}

#: Mean Earth radius (IUGG), metres, for the spherical-Earth slant range.
EARTH_RADIUS_M: float = 6_371_000.0


def db_to_transmissivity(loss_db: npt.ArrayLike) -> np.ndarray | float:
    """Transmissivity for a loss in dB: ``eta = 10^(-loss_db / 10)``."""
    return out(10.0 ** (-nonnegative(loss_db, "loss_db") / 10.0))


def transmissivity_to_db(eta: npt.ArrayLike) -> np.ndarray | float:
    """Loss in dB for a transmissivity: ``loss_db = -10 log10(eta)`` (``inf`` for ``eta = 0``)."""
    e = probability(eta, "eta")
    with np.errstate(divide="ignore"):
        return out(-10.0 * np.log10(e))


def fibre_transmissivity(
    length_km: npt.ArrayLike,
    attenuation_db_per_km: npt.ArrayLike | None = None,
    fibre_type: str = "SMF",
) -> np.ndarray | float:
    """Fibre transmissivity ``eta = 10^(-alpha L / 10)``.

    ``alpha`` is ``attenuation_db_per_km`` if given, else the typical value for ``fibre_type``
    from :data:`FIBRE_ATTENUATION_DB_PER_KM`. Exponential (Beer-Lambert) loss in a homogeneous
    fibre; connector and splice losses are not included. Reference: e.g. Agrawal,
    *Fiber-Optic Communication Systems*, 4th ed. (Wiley 2010), Sec. 2.5.
    """
    length = nonnegative(length_km, "length_km")
    if attenuation_db_per_km is None:
        if fibre_type not in FIBRE_ATTENUATION_DB_PER_KM:
            known = ", ".join(sorted(FIBRE_ATTENUATION_DB_PER_KM))
            raise ValueError(f"unknown fibre_type {fibre_type!r}; known types: {known}")
        alpha = np.asarray(FIBRE_ATTENUATION_DB_PER_KM[fibre_type])
    else:
        alpha = nonnegative(attenuation_db_per_km, "attenuation_db_per_km")
    return out(10.0 ** (-alpha * length / 10.0))


def rayleigh_range_m(waist_m: npt.ArrayLike, wavelength_m: npt.ArrayLike) -> np.ndarray | float:
    """Rayleigh range of a Gaussian beam: ``z_R = pi w0^2 / lambda``.

    Reference: Saleh & Teich, *Fundamentals of Photonics*, 2nd ed. (Wiley 2007), Sec. 3.1.
    """
    w0 = positive(waist_m, "waist_m")
    lam = positive(wavelength_m, "wavelength_m")
    return out(np.pi * w0**2 / lam)


def beam_radius_m(
    distance_m: npt.ArrayLike, waist_m: npt.ArrayLike, wavelength_m: npt.ArrayLike
) -> np.ndarray | float:
    """1/e^2 intensity radius after propagation: ``w(z) = w0 sqrt(1 + (z / z_R)^2)``.

    Reference: Saleh & Teich (2007), Sec. 3.1.
    """
    z = nonnegative(distance_m, "distance_m")
    w0 = positive(waist_m, "waist_m")
    z_r = np.asarray(rayleigh_range_m(w0, wavelength_m))
    return out(w0 * np.sqrt(1.0 + (z / z_r) ** 2))


def diffraction_transmissivity(
    distance_m: npt.ArrayLike,
    aperture_radius_m: npt.ArrayLike,
    waist_m: npt.ArrayLike,
    wavelength_m: npt.ArrayLike,
) -> np.ndarray | float:
    """Fraction of a Gaussian beam collected by a centred circular aperture of radius ``a``.

    ``eta_diff = 1 - exp(-2 a^2 / w(z)^2)``: the integral of the Gaussian intensity profile
    ``(2 / pi w^2) exp(-2 r^2 / w^2)`` over the disc ``r <= a``. Beam wander, turbulence and
    pointing error are not included. Reference: Saleh & Teich (2007), Sec. 3.1 (power confined
    within a circle); used for free-space QKD links e.g. by Bonato et al., New J.
    Phys. 11, 045017 (2009).
    """
    a = nonnegative(aperture_radius_m, "aperture_radius_m")
    w = np.asarray(beam_radius_m(distance_m, waist_m, wavelength_m))
    return out(1.0 - np.exp(-2.0 * a**2 / w**2))


def atmospheric_transmissivity(
    elevation_deg: npt.ArrayLike, zenith_transmissivity: npt.ArrayLike
) -> np.ndarray | float:
    """Atmospheric transmissivity at elevation ``e``: ``eta_atm = eta_zen^(1 / sin e)``.

    Plane-parallel atmosphere: the optical depth scales with the air mass ``sec(zenith angle) =
    1 / sin(elevation)``, so the zenith transmissivity is raised to that power. Accurate above
    ~20 degrees of elevation. Reference: Bourgoin et al., New J. Phys. 15, 023006 (2013), Sec. 3.
    """
    e = in_range(elevation_deg, "elevation_deg", 0.0, 90.0)
    if np.any(e == 0.0):
        raise ValueError("elevation_deg must be > 0 for the plane-parallel air-mass model")
    eta_zen = probability(zenith_transmissivity, "zenith_transmissivity")
    return out(eta_zen ** (1.0 / np.sin(np.radians(e))))


def slant_range_m(
    altitude_m: npt.ArrayLike,
    elevation_deg: npt.ArrayLike,
    earth_radius_m: npt.ArrayLike = EARTH_RADIUS_M,
) -> np.ndarray | float:
    """Ground-station-to-satellite distance over a spherical Earth.

    ``d = sqrt((R + h)^2 - R^2 cos^2 e) - R sin e``, the positive root of the law of cosines
    ``(R + h)^2 = R^2 + d^2 + 2 R d sin e`` in the triangle Earth centre / station / satellite.
    Reference: e.g. Bourgoin et al., New J. Phys. 15, 023006 (2013), Sec. 2.
    """
    h = nonnegative(altitude_m, "altitude_m")
    e = np.radians(in_range(elevation_deg, "elevation_deg", 0.0, 90.0))
    r = positive(earth_radius_m, "earth_radius_m")
    return out(np.sqrt((r + h) ** 2 - (r * np.cos(e)) ** 2) - r * np.sin(e))


def satellite_downlink_transmissivity(
    altitude_m: npt.ArrayLike,
    elevation_deg: npt.ArrayLike,
    aperture_radius_m: npt.ArrayLike,
    waist_m: npt.ArrayLike,
    wavelength_m: npt.ArrayLike,
    zenith_transmissivity: npt.ArrayLike = 1.0,
) -> np.ndarray | float:
    """Diffraction loss over the slant range times elevation-scaled atmospheric loss.

    ``eta = eta_diff(d(h, e)) * eta_zen^(1 / sin e)`` with ``d`` from :func:`slant_range_m`. A
    minimal model: turbulence, pointing and receiver efficiency are left to the caller. Reference:
    Bourgoin et al., New J. Phys. 15, 023006 (2013).
    """
    d = slant_range_m(altitude_m, elevation_deg)
    eta_diff = np.asarray(diffraction_transmissivity(d, aperture_radius_m, waist_m, wavelength_m))
    eta_atm = np.asarray(atmospheric_transmissivity(elevation_deg, zenith_transmissivity))
    return out(eta_diff * eta_atm)


def underwater_transmissivity(
    distance_m: npt.ArrayLike,
    attenuation_per_m: npt.ArrayLike | None = None,
    water_type: str = "clear_ocean",
) -> np.ndarray | float:
    """Beer-Lambert transmissivity in water: ``eta = exp(-c L)``.

    ``c`` (1/m) is the beam attenuation coefficient, absorption plus scattering, so scattered
    photons count as lost (conservative for narrow field-of-view receivers). If not given it is
    taken from :data:`WATER_ATTENUATION_PER_M` for ``water_type``. Reference: Mobley, *Light and
    Water* (1994); Kaushal & Kaddoum, IEEE Access 4, 1518 (2016).
    """
    length = nonnegative(distance_m, "distance_m")
    if attenuation_per_m is None:
        if water_type not in WATER_ATTENUATION_PER_M:
            known = ", ".join(sorted(WATER_ATTENUATION_PER_M))
            raise ValueError(f"unknown water_type {water_type!r}; known types: {known}")
        c = np.asarray(WATER_ATTENUATION_PER_M[water_type])
    else:
        c = nonnegative(attenuation_per_m, "attenuation_per_m")
    return out(np.exp(-c * length))
