"""Photon transmissivity of each quantum link, by its medium, from what the link declares.

Why here and not in reference_sim: the physics (fibre, Gaussian-beam diffraction, air mass,
Beer-Lambert) is reference_sim's; choosing which formula a link's ``medium`` calls for, and what to
assume for a field the author left out, is a question about descriptions, so it lives on this side
of the arrow. Each link is mapped once per description (routing needs every link's loss) and carries
the assumptions made for it; a request reports them only for the links on its path.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qnetspec.claims.defaults import Assumptions, value
from qnetspec.claims.fields import as_dict, declared_number, read_number
from reference_sim import channels
from reference_sim.links import SPEED_OF_LIGHT_M_PER_S

FIBRE_MEDIA = frozenset({"SMF", "MCF", "FMF", "MMF"})
SATELLITE = "free-space-satellite"
TERRESTRIAL = "free-space-terrestrial"
UNDERWATER = "underwater"
HERALDED_SCHEMES = frozenset({"heralded-double-click", "heralded-single-click"})
KNOWN_SCHEMES = HERALDED_SCHEMES | {"direct"}


@dataclass(frozen=True)
class LinkModel:
    """A quantum link as the model sees it.

    ``length_km`` is the physical path (the slant range for a satellite link) and sets the
    propagation delay; ``eta`` is the channel transmissivity, source and detectors excluded.
    """

    id: str
    index: int
    endpoints: tuple[str, str]
    medium: str
    length_km: float
    eta: float
    group_index: float
    midpoint_station: str | None
    generation_scheme: str | None
    source: dict = field(default_factory=dict, repr=False)
    assumptions: tuple[str, ...] = ()

    @property
    def loss_db(self) -> float:
        """Loss in dB, ``-10 log10(eta)`` (``inf`` for a link that passes nothing)."""
        return math.inf if self.eta <= 0.0 else max(0.0, -10.0 * math.log10(self.eta))

    @property
    def delay_s(self) -> float:
        """One-way propagation time ``L n / c``."""
        return self.length_km * 1e3 * self.group_index / SPEED_OF_LIGHT_M_PER_S

    @property
    def light_time_s(self) -> float:
        """One-way travel time at the speed of light in vacuum: no signal can be faster."""
        return self.length_km * 1e3 / SPEED_OF_LIGHT_M_PER_S

    def other_end(self, node: str) -> str:
        return self.endpoints[1] if self.endpoints[0] == node else self.endpoints[0]


def _ends(link: dict) -> tuple[str, str] | None:
    ends = link.get("endpoints")
    if not isinstance(ends, list) or len(ends) != 2:
        return None
    if not all(isinstance(e, str) and e for e in ends) or ends[0] == ends[1]:
        return None
    return ends[0], ends[1]


def map_link(link: Any, index: int) -> LinkModel | None:
    """The :class:`LinkModel` of one entry of ``links``, or None if it joins no two named ends."""
    models = map_links([link], first_index=index)
    return models[0] if models else None


def map_links(raw_links: list[Any], first_index: int = 0) -> list[LinkModel]:
    """Map every usable entry of ``links``; fibre links share one vectorised transmissivity call.

    Why batched: a description may hold tens of thousands of fibre links, and reference_sim's
    per-call validation costs more than the arithmetic, so all fibre links are computed at once.
    """
    pending: list[tuple[dict, int, str, tuple[str, str], Assumptions]] = []
    fibre_rows: list[int] = []
    fibre_length: list[float] = []
    fibre_alpha: list[float] = []
    partial: list[tuple[str, float, float | None, float]] = []
    for offset, link in enumerate(raw_links):
        if not isinstance(link, dict):
            continue
        ends = _ends(link)
        if ends is None:
            continue
        index = first_index + offset
        raw_id = link.get("id")
        ident = raw_id if isinstance(raw_id, str) and raw_id else f"#{index}"
        log = Assumptions()
        owner = f"link {ident}"
        medium = link.get("medium")
        if medium not in FIBRE_MEDIA | {SATELLITE, TERRESTRIAL, UNDERWATER}:
            log.note(f"medium of {owner} is {medium!r}, not a known medium: treated as SMF fibre")
            medium = "SMF"
        if medium in FIBRE_MEDIA:
            length, alpha = _fibre_fields(link, medium, owner, log)
            fibre_rows.append(len(pending))
            fibre_length.append(length)
            fibre_alpha.append(alpha)
            partial.append((medium, length, None, value("group_index.fibre")))
        else:
            compute = {SATELLITE: _satellite, TERRESTRIAL: _terrestrial, UNDERWATER: _underwater}
            length, eta, n = compute[medium](link, owner, log)
            partial.append((medium, length, eta, n))
        pending.append((link, index, ident, ends, log))
    etas: list[float | None] = [eta for _, _, eta, _ in partial]
    if fibre_rows:
        batch = np.atleast_1d(channels.fibre_transmissivity(fibre_length, fibre_alpha))
        for row, eta in zip(fibre_rows, batch, strict=True):
            etas[row] = float(eta)
    models = []
    for (link, index, ident, ends, log), (medium, length, _, n), eta in zip(
        pending, partial, etas, strict=True
    ):
        models.append(_model(link, index, ident, ends, log, medium, length, float(eta or 0.0), n))
    return models


def _model(
    link: dict,
    index: int,
    ident: str,
    ends: tuple[str, str],
    log: Assumptions,
    medium: str,
    length: float,
    eta: float,
    group_index: float,
) -> LinkModel:
    scheme = link.get("generation_scheme")
    if scheme is not None and scheme not in KNOWN_SCHEMES:
        log.note(f"generation scheme {scheme!r} of link {ident} is unknown: the default applies")
        scheme = None
    station = link.get("midpoint_station")
    return LinkModel(
        id=ident,
        index=index,
        endpoints=ends,
        medium=medium,
        length_km=length,
        eta=min(1.0, max(0.0, eta)),
        group_index=group_index,
        midpoint_station=station if isinstance(station, str) and station else None,
        generation_scheme=scheme,
        source=as_dict(link.get("entanglement_source")),
        assumptions=tuple(log.as_list()),
    )


def _length(link: dict, owner: str, log: Assumptions) -> float:
    return read_number(
        link, "length_km", default_key="length_km", what="length", owner=owner, log=log
    )


def _fibre_fields(link: dict, medium: str, owner: str, log: Assumptions) -> tuple[float, float]:
    """``(length km, attenuation dB/km)`` of a fibre link, defaults noted."""
    length = _length(link, owner, log)
    alpha = read_number(
        link,
        "attenuation_db_per_km",
        default_key=f"attenuation_db_per_km.{medium}",
        what=f"attenuation ({medium})",
        owner=owner,
        log=log,
    )
    return length, alpha


def _beam(link: dict, medium: str, owner: str, log: Assumptions) -> tuple[float, float, float]:
    """(waist m, aperture radius m, wavelength m) of a free-space link."""
    waist = read_number(
        link,
        "beam_waist_m",
        default_key=f"beam_waist_m.{medium}",
        what="beam waist",
        owner=owner,
        log=log,
        low_open=True,
    )
    aperture = read_number(
        link,
        "aperture_radius_m",
        default_key=f"aperture_radius_m.{medium}",
        what="receiver aperture radius",
        owner=owner,
        log=log,
    )
    wavelength = read_number(
        link,
        "wavelength_nm",
        default_key=f"wavelength_nm.{medium}",
        what="wavelength",
        owner=owner,
        log=log,
        low_open=True,
    )
    return waist, aperture, wavelength * 1e-9


def _satellite(link: dict, owner: str, log: Assumptions) -> tuple[float, float, float]:
    """Slant range from altitude and elevation, then diffraction and air-mass loss.

    The slant range comes from the declared altitude when there is one (the length is then only
    compared), else from ``length_km`` (the schema's slant range), else from the default altitude.
    """
    elevation_raw = declared_number(link, "elevation_deg", 0.0, 90.0)
    n = value("group_index.free-space")
    if elevation_raw == 0.0:
        log.note(f"{owner} is at 0 degrees elevation: the beam grazes the horizon, nothing arrives")
        return _length(link, owner, log), 0.0, n
    elevation = read_number(
        link,
        "elevation_deg",
        default_key="elevation_deg",
        what="elevation",
        owner=owner,
        log=log,
        low_open=True,
        high=90.0,
    )
    altitude = declared_number(link, "altitude_km")
    length = declared_number(link, "length_km")
    if altitude is None and length is not None:
        slant = length
    else:
        if altitude is None:
            altitude = read_number(
                link,
                "altitude_km",
                default_key="altitude_km",
                what="satellite altitude",
                owner=owner,
                log=log,
            )
        slant = float(channels.slant_range_m(altitude * 1e3, elevation)) / 1e3
        if length is not None and abs(length - slant) > 0.01 * max(slant, 1e-9):
            log.note(
                f"length {length:g} km of {owner} differs from the slant range {slant:.4g} km "
                "given by its altitude and elevation: the slant range is used"
            )
    waist, aperture, wavelength = _beam(link, SATELLITE, owner, log)
    zenith = read_number(
        link,
        "zenith_transmissivity",
        default_key="zenith_transmissivity",
        what="zenith transmissivity",
        owner=owner,
        log=log,
        high=1.0,
    )
    eta = float(channels.diffraction_transmissivity(slant * 1e3, aperture, waist, wavelength))
    eta *= float(channels.atmospheric_transmissivity(elevation, zenith))
    return slant, eta, n


def _terrestrial(link: dict, owner: str, log: Assumptions) -> tuple[float, float, float]:
    """Diffraction over the ground path times Beer-Lambert loss in air."""
    length = _length(link, owner, log)
    waist, aperture, wavelength = _beam(link, TERRESTRIAL, owner, log)
    eta = float(channels.diffraction_transmissivity(length * 1e3, aperture, waist, wavelength))
    per_m = declared_number(link, "attenuation_coefficient_per_m")
    if declared_number(link, "attenuation_db_per_km") is None and per_m is not None:
        eta *= math.exp(-per_m * length * 1e3)
    else:
        alpha = read_number(
            link,
            "attenuation_db_per_km",
            default_key=f"attenuation_db_per_km.{TERRESTRIAL}",
            what="air attenuation",
            owner=owner,
            log=log,
        )
        eta *= float(channels.db_to_transmissivity(alpha * length))
    return length, eta, value("group_index.free-space")


def _underwater(link: dict, owner: str, log: Assumptions) -> tuple[float, float, float]:
    """Beer-Lambert loss ``exp(-c L)`` in water."""
    length = _length(link, owner, log)
    c = read_number(
        link,
        "attenuation_coefficient_per_m",
        default_key="attenuation_coefficient_per_m",
        what="water attenuation coefficient",
        owner=owner,
        log=log,
    )
    eta = float(channels.underwater_transmissivity(length * 1e3, c))
    return length, eta, value("group_index.underwater")
