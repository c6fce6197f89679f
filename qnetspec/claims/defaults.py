"""The values the claims stage assumes where a description is silent, and the log that reports them.

Why a table: a verdict is only as good as its inputs, so every number the model uses that the author
did not write must be visible. Each default carries its reason (a typical deployed value, with a
source where one exists); :class:`Assumptions` records, in plain words, each default the model
actually consulted, so a reader sees "detector efficiency not given for bob: assumed 0.8" beside the
verdict it influenced, and nothing about fields the model never looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference_sim.channels import FIBRE_ATTENUATION_DB_PER_KM, WATER_ATTENUATION_PER_M


@dataclass(frozen=True)
class Default:
    """One assumed value: what it is, its unit and why this value."""

    key: str
    value: float | str
    unit: str
    why: str


_TABLE: tuple[Default, ...] = (
    # -- links -------------------------------------------------------------------------------------
    Default(
        "length_km", 0.0, "km", "a link without a length is taken as lossless (bounds unbounded)"
    ),
    Default(
        "attenuation_db_per_km.SMF",
        FIBRE_ATTENUATION_DB_PER_KM["SMF"],
        "dB/km",
        "ITU-T G.652.D at 1550 nm (reference_sim.channels)",
    ),
    Default(
        "attenuation_db_per_km.MCF",
        FIBRE_ATTENUATION_DB_PER_KM["MCF"],
        "dB/km",
        "per core of a pure-silica-core multicore fibre (Hayashi et al. 2011)",
    ),
    Default(
        "attenuation_db_per_km.FMF",
        FIBRE_ATTENUATION_DB_PER_KM["FMF"],
        "dB/km",
        "few-mode fibre at 1550 nm (Sillard et al. 2014)",
    ),
    Default(
        "attenuation_db_per_km.MMF",
        FIBRE_ATTENUATION_DB_PER_KM["MMF"],
        "dB/km",
        "OM3/OM4 multimode fibre at 850 nm (ISO/IEC 11801)",
    ),
    Default(
        "attenuation_db_per_km.free-space-terrestrial",
        0.2,
        "dB/km",
        "clear air, visibility ~23 km, near 1550 nm (Kim-Korevaar visibility model)",
    ),
    Default(
        "attenuation_coefficient_per_m",
        WATER_ATTENUATION_PER_M["clear_ocean"],
        "1/m",
        "clear ocean water near 530 nm (Petzold 1972 via Mobley 1994)",
    ),
    Default("wavelength_nm.free-space-satellite", 810.0, "nm", "Micius-era entanglement downlinks"),
    Default("wavelength_nm.free-space-terrestrial", 1550.0, "nm", "telecom C band"),
    Default("beam_waist_m.free-space-satellite", 0.1, "m", "~20 cm satellite transmit telescope"),
    Default("beam_waist_m.free-space-terrestrial", 0.05, "m", "~10 cm transmit telescope"),
    Default("aperture_radius_m.free-space-satellite", 0.5, "m", "1 m ground telescope"),
    Default("aperture_radius_m.free-space-terrestrial", 0.1, "m", "20 cm receive telescope"),
    Default("zenith_transmissivity", 0.8, "", "a typical clear-sky value near 800 nm"),
    Default("elevation_deg", 45.0, "deg", "a mid-pass elevation of a low-Earth-orbit satellite"),
    Default("altitude_km", 500.0, "km", "low Earth orbit (Micius: ~500 km)"),
    Default("group_index.fibre", 1.468, "", "silica fibre near 1550 nm (Corning SMF-28)"),
    Default("group_index.free-space", 1.0, "", "light in air or vacuum"),
    Default("group_index.underwater", 1.333, "", "sea water"),
    Default(
        "generation_scheme.repeater",
        "heralded-double-click",
        "",
        "the usual scheme of memory repeaters (Barrett-Kok; Hensen et al. 2015)",
    ),
    Default("bright_state_population", 0.05, "", "single-click alpha (no schema slot): F ~ 0.95"),
    # -- node hardware -----------------------------------------------------------------------------
    Default("detectors.efficiency", 0.8, "", "superconducting nanowire detectors as deployed"),
    Default(
        "detectors.dark_count_probability",
        1e-6,
        "per window",
        "order of Y0 = 1.7e-6 in Lo-Ma-Chen 2005; SNSPDs do better",
    ),
    Default("memory.count", 1.0, "qubits", "no multiplexing unless memories are declared"),
    Default("memory.coherence_time_s", 0.1, "s", "between atomic ensembles (ms) and NV/ions (s)"),
    Default("memory.efficiency", 0.9, "", "storage and retrieval of one qubit"),
    Default(
        "bell_state_measurement.success_probability.memory",
        1.0,
        "",
        "deterministic two-qubit gates on matter qubits (ions, NV centres)",
    ),
    Default(
        "bell_state_measurement.success_probability.optical",
        0.5,
        "",
        "linear optics identifies 2 of 4 Bell states (Luetkenhaus et al. 1999)",
    ),
    Default("bell_state_measurement.gate_fidelity", 0.99, "", "two-qubit gates as demonstrated"),
    Default("bell_state_measurement.efficiency", 1.0, "", "losses lumped into the detectors"),
    Default("entanglement_source.fidelity", 0.97, "", "SPDC pair or spin-photon entanglement"),
    Default(
        "entanglement_source.efficiency.pair",
        0.01,
        "per pulse",
        "SPDC pair probability kept low to limit multi-pair noise",
    ),
    Default(
        "entanglement_source.efficiency.emitter",
        0.1,
        "per attempt",
        "photon emission and collection of a memory emitter (ions, NV centres)",
    ),
    Default(
        "entanglement_source.repetition_rate_hz.photon",
        1e8,
        "Hz",
        "mode-locked pump or emitter clock",
    ),
    Default(
        "repetition_rate_hz.qkd",
        1e9,
        "Hz",
        "GHz-clocked QKD transmitters (Lucamarini et al. 2013; Boaron et al. 2018)",
    ),
    # -- protocols (no schema slot) ----------------------------------------------------------------
    Default("misalignment", 0.01, "", "optical misalignment error e_d of QKD"),
    Default("ec_efficiency", 1.16, "", "error-correction inefficiency f of LDPC codes"),
    Default("bb84_sifting", 0.5, "", "random basis choice in decoy BB84 (Lo-Ma-Chen 2005)"),
    Default("qkd_protocol.direct", "decoy-BB84", "", "the deployed prepare-and-measure standard"),
    Default("qkd_protocol.station", "MDI-QKD", "", "measurement station without a declared family"),
    Default("montecarlo.deliveries", 5000.0, "", "Monte Carlo deliveries per request (95% CI)"),
)

#: Every default by key; :func:`value` reads from here.
DEFAULTS: dict[str, Default] = {d.key: d for d in _TABLE}


def value(key: str) -> float:
    """The numeric default for ``key`` (KeyError for an unknown key: a programming error)."""
    return float(DEFAULTS[key].value)


def table_rows() -> list[tuple[str, str, str, str]]:
    """(key, value, unit, why) rows, for documentation and ``--json`` output."""
    return [
        (d.key, f"{d.value:g}" if isinstance(d.value, float) else d.value, d.unit, d.why)
        for d in _TABLE
    ]


class Assumptions:
    """An ordered, duplicate-free list of plain-language assumptions for one request's model."""

    def __init__(self) -> None:
        self._items: dict[str, None] = {}

    def note(self, text: str) -> None:
        """Record ``text`` once (the same default read twice is reported once)."""
        self._items.setdefault(text, None)

    def extend(self, texts: list[str] | tuple[str, ...]) -> None:
        for text in texts:
            self.note(text)

    def as_list(self) -> list[str]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)
