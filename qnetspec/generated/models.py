from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'default_prefix': 'qn',
     'default_range': 'string',
     'description': 'Root of the qnetspec LinkML schema. It imports every subject '
                    "module: the Supplement's content (terms, component kinds, "
                    'control and management, addressing, migration, roadmap) and '
                    'the public format of network descriptions (components, '
                    'network). The root class of a description is '
                    "NetworkDescription; the Supplement's own content instantiates "
                    'SupplementContent.',
     'id': 'https://w3id.org/qnetspec/schema',
     'imports': ['linkml:types',
                 'core',
                 'terms',
                 'kinds',
                 'control',
                 'addressing',
                 'migration',
                 'roadmap',
                 'components',
                 'network',
                 'supplement'],
     'license': 'Apache-2.0',
     'name': 'qnetspec',
     'prefixes': {'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'qn': {'prefix_prefix': 'qn',
                         'prefix_reference': 'https://w3id.org/qnetspec/'},
                  'ysup': {'prefix_prefix': 'ysup',
                           'prefix_reference': 'https://w3id.org/qnetspec/ysuppl98/clause/'}},
     'source_file': 'schema/qnetspec.yaml',
     'title': 'qnetspec - ITU-T Y Suppl. 98 quantum networks as code'} )

class TermOrigin(str, Enum):
    """
    Where a clause 3 term is defined.
    """
    defined_elsewhere = "defined-elsewhere"
    """
    Taken from another document (clause 3.1).
    """
    defined_here = "defined-here"
    """
    Defined in the Supplement itself (clause 3.2), possibly based on another document.
    """


class AbbreviationCategory(str, Enum):
    """
    Subject area of a clause 4 abbreviation.
    """
    qkd_variant = "qkd-variant"
    """
    A variant or protocol family of QKD.
    """
    fibre_type = "fibre-type"
    """
    A kind of optical fibre used for quantum links.
    """
    quantum_technology = "quantum-technology"
    """
    A quantum information or quantum communication notion.
    """
    network_technology = "network-technology"
    """
    A networking technology, model or identifier.
    """
    management = "management"
    """
    Network management and quality notions.
    """
    security = "security"
    """
    A security notion or mechanism.
    """
    organization = "organization"
    """
    A kind of organisation.
    """
    other = "other"
    """
    Anything else (application domains, readiness scales).
    """


class ComponentCategory(str, Enum):
    """
    Families of quantum network components.
    """
    end_device = "end-device"
    """
    A quantum end device that terminates quantum connectivity and hosts user applications.
    """
    network_node = "network-node"
    """
    A node between end devices that relays, switches or routes quantum connectivity.
    """
    building_block = "building-block"
    """
    A part that nodes and end devices are built from.
    """
    link = "link"
    """
    A quantum link carrying quantum states between components.
    """
    classical = "classical"
    """
    A classical (conventional digital network) channel supporting quantum operation.
    """


class SensedQuantity(str, Enum):
    """
    Physical quantities quantum sensors can detect and measure.
    """
    time = "time"
    gravity = "gravity"
    temperature = "temperature"
    pressure = "pressure"
    rotation = "rotation"
    acceleration = "acceleration"
    frequency = "frequency"
    magnetic_field = "magnetic-field"
    electric_field = "electric-field"


class QKDProtocolFamily(str, Enum):
    """
    Families of QKD protocols that clause 6.1 names.
    """
    prepare_and_measure = "prepare-and-measure"
    """
    One party prepares quantum states, the other measures them; the basis of trusted-node QKDNs.
    """
    entanglement_based = "entanglement-based"
    """
    Keys come from measurements on shared entangled pairs.
    """
    measurement_device_independent = "measurement-device-independent"
    """
    MDI-QKD; an untrusted middle station does the measurement, so detector attacks do not help.
    """
    twin_field = "twin-field"
    """
    TF-QKD; both ends send fields that interfere at an untrusted middle station.
    """
    high_dimensional = "high-dimensional"
    """
    HD-QKD; encodes in more than two levels for more key bandwidth and noise tolerance.
    """


class LinkMedium(str, Enum):
    """
    Quantum link media (used by the link of a network description; names and values are fixed).
    """
    SMF = "SMF"
    """
    Single-mode fibre.
    """
    MCF = "MCF"
    """
    Multi-core fibre.
    """
    FMF = "FMF"
    """
    Few-mode fibre.
    """
    MMF = "MMF"
    """
    Multi-mode fibre.
    """
    free_space_satellite = "free-space-satellite"
    """
    Free-space channel through space, to or between satellites.
    """
    free_space_terrestrial = "free-space-terrestrial"
    """
    Free-space channel through the atmosphere along the ground.
    """
    underwater = "underwater"
    """
    Channel through water, for maritime uses.
    """


class LinkMediumFamily(str, Enum):
    """
    The three main types of quantum link channel.
    """
    fibre = "fibre"
    """
    Optical fibre.
    """
    free_space = "free-space"
    """
    Free-space optical channel (space or atmosphere).
    """
    underwater = "underwater"
    """
    Underwater channel.
    """


class ConnectionOrientation(str, Enum):
    """
    How quantum connectivity is provided across nodes.
    """
    circuit_oriented = "circuit-oriented"
    """
    A stable end-to-end quantum circuit is set up first, then used.
    """
    packet_oriented = "packet-oriented"
    """
    Qubits travel as packets in scheduled time slots with classical metadata.
    """


class ForwardingScope(str, Enum):
    """
    Whether a node handles quantum information within or between networks.
    """
    intra_network = "intra-network"
    """
    Within one quantum network (switches).
    """
    inter_network = "inter-network"
    """
    Between quantum networks (routers).
    """


class ControlApproachKind(str, Enum):
    """
    The approaches to common control of QKDN and quantum networks.
    """
    unified_control_plane = "unified-control-plane"
    """
    One control layer/plane for both, carrying QKDN operating experience (e.g. FCAPS) forward.
    """
    y3804_extension = "y3804-extension"
    """
    Extend the QKDN control and management functions of ITU-T Y.3804 to quantum networks.
    """
    y3805_sdn_reuse = "y3805-sdn-reuse"
    """
    Reuse the SDN-based QKDN control of ITU-T Y.3805 for multi-vendor, multi-domain quantum networks.
    """


class FCAPSArea(str, Enum):
    """
    The five FCAPS management areas.
    """
    fault = "fault"
    configuration = "configuration"
    accounting = "accounting"
    performance = "performance"
    security = "security"


class BoundDirection(str, Enum):
    """
    Direction of a requested bound.
    """
    lower_bound = "lower-bound"
    """
    The service needs at least this value.
    """
    upper_bound = "upper-bound"
    """
    The service needs at most this value.
    """


class AddressingApproachKind(str, Enum):
    """
    Candidate approaches to quantum network addressing.
    """
    dual_classical_eid = "dual-classical-eid"
    """
    Classical node/port identifiers for signalling and management plus EIDs for entangled pairs.
    """
    entanglement_aware = "entanglement-aware"
    """
    Resource-centric addressing and routing that follow the state of entanglement resources.
    """
    hybrid_interworking = "hybrid-interworking"
    """
    Quantum-specific addresses coexisting with classical identifiers while QKDN migrates.
    """


class DeploymentStage(str, Enum):
    """
    Deployment stages that clause 8.3 attaches addressing approaches to.
    """
    early_deployment = "early-deployment"
    """
    First deployments of quantum networks alongside existing digital infrastructure.
    """
    migration = "migration"
    """
    The period in which QKDN and entanglement-based quantum networks must interwork.
    """


class IdentifierPurpose(str, Enum):
    """
    Uses of an identifier in a quantum network.
    """
    signalling = "signalling"
    """
    Classical signalling, e.g. to set up and tear down quantum connectivity.
    """
    management = "management"
    """
    Classical network management.
    """
    entanglement_monitoring = "entanglement-monitoring"
    """
    Tracking entangled pairs and their quality parameters.
    """
    coherent_quantum_operation = "coherent-quantum-operation"
    """
    Addressing in coherent quantum-state operations.
    """


class MigrationStage(str, Enum):
    """
    Stages of the migration from QKDN to quantum networks, used as conformance profiles: one per relaying scheme of clause 9.1 plus a hybrid of them during migration.
    """
    trusted_relay = "trusted-relay"
    """
    Keys are relayed hop by hop through trusted QKD nodes.
    """
    measurement_assisted = "measurement-assisted"
    """
    MDI-QKD or TF-QKD links through untrusted measurement stations.
    """
    fully_quantum = "fully-quantum"
    """
    Quantum information stays quantum end to end, through quantum repeaters; no trusted nodes.
    """
    hybrid = "hybrid"
    """
    Trusted-relay and non-trusted segments coexist under common control while migrating.
    """


class RepeaterApproachKind(str, Enum):
    """
    The two ways to build a quantum repeater.
    """
    quantum_memory = "quantum-memory"
    """
    Stores entangled states in matter quantum memories during swapping.
    """
    all_photonic = "all-photonic"
    """
    Uses photonic graph states instead of matter memories.
    """


class SwitchingModeKind(str, Enum):
    """
    How a quantum switch connects components.
    """
    entanglement_swapping_circuit = "entanglement-swapping-circuit"
    """
    Circuit-oriented switching by Bell-state measurement on intermediate pairs.
    """


class DeliveryModeKind(str, Enum):
    """
    How a quantum router delivers qubits.
    """
    tdm_packet = "tdm-packet"
    """
    Time-division-multiplexed, packet-oriented qubit delivery with classical metadata.
    """
    entanglement_swapping_circuit = "entanglement-swapping-circuit"
    """
    Circuits set up by entanglement swapping.
    """


class PurificationProtocol(str, Enum):
    """
    Entanglement purification protocols the simulator knows.
    """
    BBPSSW = "BBPSSW"
    """
    Bennett et al. 1996 recurrence protocol on Werner states.
    """
    DEJMPS = "DEJMPS"
    """
    Deutsch et al. 1996 recurrence protocol on Bell-diagonal states.
    """


class KeyRelayMethod(str, Enum):
    """
    How a trusted node passes keys on.
    """
    one_time_pad = "one-time-pad"
    """
    XOR with a locally shared QKD key (one-time pad), the recommended way.
    """
    computationally_secure_encryption = "computationally-secure-encryption"
    """
    A symmetric cipher that is not information-theoretically secure.
    """


class SourceMechanism(str, Enum):
    """
    Physical mechanisms for entangled-pair generation.
    """
    SPDC = "SPDC"
    """
    Spontaneous parametric down-conversion.
    """
    quantum_dot = "quantum-dot"
    """
    Solid-state quantum-dot emitter.
    """
    trapped_ion = "trapped-ion"
    """
    Photon emitted by a trapped ion entangled with it.
    """


class QuantumForwardingKind(str, Enum):
    """
    Ways a node might pass quantum information on; some are forbidden by physics.
    """
    entanglement_swapping = "entanglement-swapping"
    """
    Extends entanglement by a Bell-state measurement on intermediate qubits.
    """
    teleportation = "teleportation"
    """
    Moves a state using a shared pair and classical communication.
    """
    store_and_forward = "store-and-forward"
    """
    Reading a qubit and sending it on, as classical nodes do; impossible because measurement collapses the state.
    """
    clone = "clone"
    """
    Copying an unknown quantum state; forbidden by the no-cloning theorem.
    """
    broadcast = "broadcast"
    """
    Sending one unknown state to several destinations; forbidden by no-cloning.
    """


class DomainKind(str, Enum):
    """
    Technology of a domain.
    """
    QKDN = "QKDN"
    """
    A QKD network, possibly with trusted relays.
    """
    entanglement_network = "entanglement-network"
    """
    An entanglement-based quantum network.
    """


class LinkGenerationScheme(str, Enum):
    """
    Ways to generate entanglement over an elementary link.
    """
    direct = "direct"
    """
    A pair source sends one photon to each end (or one end keeps one).
    """
    heralded_double_click = "heralded-double-click"
    """
    Both ends emit; a midpoint Bell-state measurement heralds on two clicks.
    """
    heralded_single_click = "heralded-single-click"
    """
    Both ends emit weakly; a single midpoint click heralds the pair.
    """


class Profile(str, Enum):
    """
    The migration stages a description can declare (its conformance profile).
    """
    trusted_relay = "trusted-relay"
    """
    A QKDN whose long-range keys pass through trusted nodes.
    """
    measurement_assisted = "measurement-assisted"
    """
    MDI-QKD or TF-QKD with untrusted measurement stations.
    """
    fully_quantum = "fully-quantum"
    """
    End-to-end entanglement through quantum network nodes, with no trusted node.
    """
    hybrid = "hybrid"
    """
    A network in migration mixing the stages above, path by path.
    """


class ServiceKind(str, Enum):
    """
    What a service request asks the network for.
    """
    entanglement = "entanglement"
    """
    End-to-end entangled pairs.
    """
    key = "key"
    """
    Secret keys (QKD).
    """
    teleportation = "teleportation"
    """
    Teleportation of qubits using delivered pairs.
    """
    sensing = "sensing"
    """
    Entanglement for distributed sensing.
    """
    distributed_computing = "distributed-computing"
    """
    Entanglement between quantum computers.
    """


class ConventionalRoleKind(str, Enum):
    """
    The roles of the conventional digital network in a quantum network.
    """
    control_signalling = "control-signalling"
    """
    Signalling for entanglement distribution, node operation and path set-up.
    """
    error_correction_feedback = "error-correction-feedback"
    """
    Management data and error detection and correction messages.
    """
    synchronization_timing = "synchronization-timing"
    """
    Clock and frequency distribution.
    """
    management_orchestration = "management-orchestration"
    """
    FCAPS and SDN control, management and orchestration.
    """
    application_integration = "application-integration"
    """
    Handing quantum services (e.g. QKD keys) to higher-layer applications.
    """



class SupplementThing(ConfiguredBaseModel):
    """
    Anything that is an individual of the Supplement's own content (a term, a study group, a layer...). Carries an identifier, a label, an own-words definition and the clause it comes from.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/core',
         'slot_usage': {'clause': {'name': 'clause', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class Clause(ConfiguredBaseModel):
    """
    A clause, sub-clause or appendix clause of ITU-T Y Suppl. 98 (the unit of traceability).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/core',
         'slot_usage': {'number': {'name': 'number', 'required': True},
                        'title': {'name': 'title', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    number: str = Field(default=..., description="""Clause number as printed in the Supplement, e.g. \"7.3.1\" or \"I.8\".""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['Clause']} })
    title: str = Field(default=..., description="""Title of a clause or a referenced document.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Clause', 'Reference'],
         'slot_uri': 'dcterms:title'} })
    parent_clause: Optional[str] = Field(default=None, description="""The clause that contains this one.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['Clause']} })


class Reference(ConfiguredBaseModel):
    """
    A document the Supplement cites as a normative reference or in its bibliography.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/core',
         'slot_usage': {'document_id': {'name': 'document_id', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    document_id: str = Field(default=..., description="""Identifier of a referenced document as the Supplement writes it, e.g. \"ITU-T Y.3800\".""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Reference']} })
    title: Optional[str] = Field(default=None, description="""Title of a clause or a referenced document.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Clause', 'Reference'],
         'slot_uri': 'dcterms:title'} })
    year: Optional[int] = Field(default=None, description="""Publication year of a referenced document.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Reference']} })


class Term(SupplementThing):
    """
    A term of clause 3 with an own-words definition and the document it comes from.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '3, 3.1, 3.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/terms',
         'slot_usage': {'label': {'name': 'label', 'required': True},
                        'term_origin': {'name': 'term_origin', 'required': True}}})

    term_origin: TermOrigin = Field(default=..., description="""Whether the Supplement borrows the term (3.1) or defines it itself (3.2).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.1, 3.2'}},
         'domain_of': ['Term']} })
    cites: Optional[list[str]] = Field(default=None, description="""Documents the Supplement cites for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Term',
                       'ConventionalNetworkRole',
                       'ControlApproach',
                       'RelayingScheme',
                       'LayeredModel']} })
    describes: Optional[str] = Field(default=None, description="""The schema class (a component kind of a description) that the term is about, e.g. qn:QuantumRepeater.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.2'}},
         'domain_of': ['Term']} })
    related_terms: Optional[list[str]] = Field(default=None, description="""Terms of clause 3 that name or define the same notion.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['Term', 'FundamentalTechnology', 'ServiceRequirementKind']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: str = Field(default=..., description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class Abbreviation(SupplementThing):
    """
    An abbreviation or acronym of clause 4 with its expansion.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/terms',
         'slot_usage': {'abbreviation': {'name': 'abbreviation', 'required': True},
                        'abbreviation_category': {'name': 'abbreviation_category',
                                                  'required': True},
                        'expansion': {'name': 'expansion', 'required': True}}})

    abbreviation: str = Field(default=..., description="""The abbreviation or acronym as printed, e.g. \"MDI-QKD\".""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['Abbreviation']} })
    expansion: str = Field(default=..., description="""The expansion of the abbreviation as printed in clause 4.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['Abbreviation']} })
    abbreviation_category: AbbreviationCategory = Field(default=..., description="""Subject area of the abbreviation.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['Abbreviation']} })
    expands_to_kind_of: Optional[str] = Field(default=None, description="""The term whose notion this abbreviation is a variant of (MDI-QKD is a kind of QKD).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4, 6.1'}},
         'domain_of': ['Abbreviation']} })
    denotes_term: Optional[str] = Field(default=None, description="""The term that this abbreviation stands for exactly (QKD stands for quantum key distribution).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4, 3'}},
         'domain_of': ['Abbreviation']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class FundamentalTechnology(SupplementThing):
    """
    A fundamental technology for entanglement-assisted quantum networks (Appendix I.1-I.8) that the components of clauses 6 and 7 rely on.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': 'I'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/terms'})

    related_terms: Optional[list[str]] = Field(default=None, description="""Terms of clause 3 that name or define the same notion.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['Term', 'FundamentalTechnology', 'ServiceRequirementKind']} })
    builds_on: Optional[list[str]] = Field(default=None, description="""Technologies that this technology presupposes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I'}},
         'domain_of': ['FundamentalTechnology']} })
    counters: Optional[list[str]] = Field(default=None, description="""Technologies or effects whose harm this technology reduces (e.g. decoherence).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.3, I.6, I.7'}},
         'domain_of': ['FundamentalTechnology']} })
    examples: Optional[list[str]] = Field(default=None, description="""Concrete realisations or instances the Supplement names, kept as short phrases.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I'}},
         'domain_of': ['FundamentalTechnology']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class ComponentKind(SupplementThing):
    """
    Describes one component class of a network description (an end device, node, building block, link or classical channel): its category, OSI layers, what it relies on and what it is built from.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, 6, 7'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/kinds',
         'slot_usage': {'component_category': {'name': 'component_category',
                                               'required': True},
                        'component_class': {'name': 'component_class',
                                            'required': True}}})

    component_class: str = Field(default=..., description="""The schema class of a network description that this kind describes, e.g. qn:QuantumRouter.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 6, 7'}},
         'domain_of': ['ComponentKind']} })
    component_category: ComponentCategory = Field(default=..., description="""Which family of quantum network component this kind belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 6, 7'}},
         'domain_of': ['ComponentKind']} })
    osi_layers: Optional[list[Annotated[int, Field(ge=1, le=7)]]] = Field(default=None, description="""The OSI layers at which the component operates, as the Supplement states them.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2, 7.3'}},
         'domain_of': ['ComponentKind', 'QuantumSwitch', 'QuantumRouter']} })
    primary_osi_layer: Optional[int] = Field(default=None, description="""The OSI layer at which the component mainly operates.""", ge=1, le=7, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2, 7.3'}},
         'domain_of': ['ComponentKind']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    has_building_block: Optional[list[str]] = Field(default=None, description="""Building-block kinds that this component is equipped with.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.2.1, 7.3.1'}},
         'domain_of': ['ComponentKind', 'RepeaterApproach', 'SwitchingMode']} })
    connects: Optional[list[str]] = Field(default=None, description="""Component kinds that this node interconnects.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2, 7.4'}},
         'domain_of': ['ComponentKind']} })
    forwarding_scope: Optional[ForwardingScope] = Field(default=None, description="""Whether the node moves quantum information within one network or between networks.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3'}},
         'domain_of': ['ComponentKind']} })
    must_be_trusted: Optional[bool] = Field(default=None, description="""Whether the component, placed as an intermediate node, has to be trusted for security.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 6.1, 9.1'}},
         'domain_of': ['ComponentKind']} })
    senses: Optional[list[SensedQuantity]] = Field(default=None, description="""Physical quantities a quantum sensor can detect and measure.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.2'}},
         'domain_of': ['ComponentKind', 'QuantumSensor']} })
    supports_protocol: Optional[list[str]] = Field(default=None, description="""QKD protocol families that a QKD module may implement.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['ComponentKind']} })
    repeater_approaches: Optional[list[str]] = Field(default=None, description="""The ways a quantum repeater can be built.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.1.1, 7.1.2'}},
         'domain_of': ['ComponentKind']} })
    switching_modes: Optional[list[str]] = Field(default=None, description="""The switching or qubit delivery modes a node can apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, 7.3.1'}},
         'domain_of': ['ComponentKind']} })
    link_media: Optional[list[str]] = Field(default=None, description="""Transmission media a quantum link can use.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['ComponentKind']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class RepeaterApproach(SupplementThing):
    """
    A way of building a quantum repeater (all-photonic, or with quantum memory).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.1.1, 7.1.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/kinds',
         'slot_usage': {'uses_quantum_memory': {'name': 'uses_quantum_memory',
                                                'required': True}}})

    uses_quantum_memory: bool = Field(default=..., description="""Whether the approach stores quantum states in a matter quantum memory.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.1, 7.1.2'}},
         'domain_of': ['RepeaterApproach']} })
    description_value: Optional[str] = Field(default=None, description="""The value that a network description uses for this approach or mode (see the enums of the components module, e.g. RepeaterApproachKind).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1'}},
         'domain_of': ['RepeaterApproach', 'SwitchingMode']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    has_building_block: Optional[list[str]] = Field(default=None, description="""Building-block kinds that this component is equipped with.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.2.1, 7.3.1'}},
         'domain_of': ['ComponentKind', 'RepeaterApproach', 'SwitchingMode']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class SwitchingMode(SupplementThing):
    """
    A way a quantum switch or router provides connectivity or delivers qubits.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, 7.3.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/kinds',
         'slot_usage': {'connection_orientation': {'name': 'connection_orientation',
                                                   'required': True}}})

    connection_orientation: ConnectionOrientation = Field(default=..., description="""Whether quantum connectivity is set up as a circuit or delivered as packets.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, 7.3.1'}},
         'domain_of': ['SwitchingMode']} })
    description_value: Optional[str] = Field(default=None, description="""The value that a network description uses for this approach or mode (see the enums of the components module, e.g. RepeaterApproachKind).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1'}},
         'domain_of': ['RepeaterApproach', 'SwitchingMode']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    has_building_block: Optional[list[str]] = Field(default=None, description="""Building-block kinds that this component is equipped with.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.2.1, 7.3.1'}},
         'domain_of': ['ComponentKind', 'RepeaterApproach', 'SwitchingMode']} })
    suited_to_applications: Optional[list[str]] = Field(default=None, description="""Applications the Supplement names as a good fit, as short phrases.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, 7.3.1'}},
         'domain_of': ['SwitchingMode']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class QKDProtocolKind(SupplementThing):
    """
    A QKD protocol family as an individual, so that abbreviations and relaying schemes can point at it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/kinds',
         'slot_usage': {'protocol_family': {'name': 'protocol_family',
                                            'required': True}}})

    protocol_family: QKDProtocolFamily = Field(default=..., description="""The QKD protocol family of the individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['QKDProtocolKind']} })
    abbreviated_as: Optional[str] = Field(default=None, description="""The clause 4 abbreviation used for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['QKDProtocolKind', 'LinkMediumKind', 'IdentifierKind']} })
    intermediate_node_kind: Optional[str] = Field(default=None, description="""The kind of node that sits between the two end points.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDProtocolKind', 'RelayingScheme']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class LinkMediumKind(SupplementThing):
    """
    A quantum link medium as an individual, with its family and abbreviation.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/kinds',
         'slot_usage': {'link_medium': {'name': 'link_medium', 'required': True},
                        'medium_family': {'name': 'medium_family', 'required': True}}})

    link_medium: LinkMedium = Field(default=..., description="""The quantum link medium, as used by the link of a network description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['LinkMediumKind']} })
    medium_family: LinkMediumFamily = Field(default=..., description="""The family of channel a link medium belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['LinkMediumKind']} })
    abbreviated_as: Optional[str] = Field(default=None, description="""The clause 4 abbreviation used for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['QKDProtocolKind', 'LinkMediumKind', 'IdentifierKind']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class ConventionalNetworkRole(SupplementThing):
    """
    A job the conventional digital network does for a quantum network without carrying quantum states.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/control'})

    related_functions: Optional[list[str]] = Field(default=None, description="""FCAPS management functions this role or approach provides or carries over.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'domain_of': ['ConventionalNetworkRole', 'ControlApproach']} })
    cites: Optional[list[str]] = Field(default=None, description="""Documents the Supplement cites for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Term',
                       'ConventionalNetworkRole',
                       'ControlApproach',
                       'RelayingScheme',
                       'LayeredModel']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class ControlApproach(SupplementThing):
    """
    An approach to controlling QKDN and quantum network segments in common.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/control',
         'slot_usage': {'control_approach_kind': {'name': 'control_approach_kind',
                                                  'required': True}}})

    control_approach_kind: ControlApproachKind = Field(default=..., description="""Which of the three common-control approaches this is.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ControlApproach']} })
    related_functions: Optional[list[str]] = Field(default=None, description="""FCAPS management functions this role or approach provides or carries over.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'domain_of': ['ConventionalNetworkRole', 'ControlApproach']} })
    cites: Optional[list[str]] = Field(default=None, description="""Documents the Supplement cites for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Term',
                       'ConventionalNetworkRole',
                       'ControlApproach',
                       'RelayingScheme',
                       'LayeredModel']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class FCAPSFunction(SupplementThing):
    """
    One of the FCAPS management functions, carried over the conventional digital network.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1, 4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/control',
         'slot_usage': {'fcaps_area': {'name': 'fcaps_area', 'required': True}}})

    fcaps_area: FCAPSArea = Field(default=..., description="""The FCAPS management area.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 4'}},
         'domain_of': ['FCAPSFunction']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class ServiceRequirementKind(SupplementThing):
    """
    A quantity a quantum service request can set a target for under common control.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/control'})

    unit: Optional[str] = Field(default=None, description="""SI unit of the stated quantity (\"1\" for dimensionless).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequirementKind']} })
    bound_direction: Optional[BoundDirection] = Field(default=None, description="""Whether a request states a floor or a ceiling for the quantity.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequirementKind']} })
    description_field: Optional[str] = Field(default=None, description="""Name of the matching field of a service request in a qnetspec network description (see DESIGN.md), if it has one.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequirementKind']} })
    related_terms: Optional[list[str]] = Field(default=None, description="""Terms of clause 3 that name or define the same notion.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['Term', 'FundamentalTechnology', 'ServiceRequirementKind']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class IdentifierKind(SupplementThing):
    """
    A kind of identifier used to address quantum network components or entanglement resources.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/addressing'})

    identifier_purposes: Optional[list[IdentifierPurpose]] = Field(default=None, description="""What the identifier is used for.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['IdentifierKind']} })
    mandatory_for_quantum_communication: Optional[bool] = Field(default=None, description="""Whether every quantum communication protocol needs this identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['IdentifierKind']} })
    abbreviated_as: Optional[str] = Field(default=None, description="""The clause 4 abbreviation used for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['QKDProtocolKind', 'LinkMediumKind', 'IdentifierKind']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class AddressingApproach(SupplementThing):
    """
    A candidate approach to quantum network addressing.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/addressing',
         'slot_usage': {'addressing_approach_kind': {'name': 'addressing_approach_kind',
                                                     'required': True}}})

    addressing_approach_kind: AddressingApproachKind = Field(default=..., description="""Which of the three addressing approaches this is.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['AddressingApproach']} })
    uses_identifier: Optional[list[str]] = Field(default=None, description="""Kinds of identifier the addressing approach combines.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['AddressingApproach']} })
    suited_to_stage: Optional[list[DeploymentStage]] = Field(default=None, description="""Deployment stage for which the Supplement presents the approach.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['AddressingApproach']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class RelayingScheme(SupplementThing):
    """
    A way of extending QKD or quantum connectivity beyond one link, as summarised from ITU-T Y.3800.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/migration',
         'slot_usage': {'migration_stage': {'name': 'migration_stage',
                                            'required': True},
                        'requires_trusted_nodes': {'name': 'requires_trusted_nodes',
                                                   'required': True}}})

    migration_stage: MigrationStage = Field(default=..., description="""The migration stage (profile) that corresponds to this relaying scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9, 9.1'}},
         'domain_of': ['RelayingScheme']} })
    requires_trusted_nodes: bool = Field(default=..., description="""Whether security depends on intermediate nodes being trusted.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['RelayingScheme']} })
    intermediate_node_kind: Optional[str] = Field(default=None, description="""The kind of node that sits between the two end points.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDProtocolKind', 'RelayingScheme']} })
    enabling_protocols: Optional[list[str]] = Field(default=None, description="""QKD protocol families that make the scheme possible.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1, 6.1'}},
         'domain_of': ['RelayingScheme']} })
    recommended_key_relay_encryption: Optional[str] = Field(default=None, description="""The encryption the Supplement recommends for relaying keys between trusted nodes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['RelayingScheme']} })
    widely_adopted: Optional[bool] = Field(default=None, description="""Whether the scheme is in wide use today for long-range QKD fibre networks.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['RelayingScheme']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    cites: Optional[list[str]] = Field(default=None, description="""Documents the Supplement cites for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Term',
                       'ConventionalNetworkRole',
                       'ControlApproach',
                       'RelayingScheme',
                       'LayeredModel']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class LayeredModel(SupplementThing):
    """
    A layered model of a QKDN or quantum network.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/migration'})

    evolves_from: Optional[str] = Field(default=None, description="""The layered model this one extends.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['LayeredModel']} })
    transitional: Optional[bool] = Field(default=None, description="""Whether the Supplement sees the model as a transitional framework on the way to quantum networks.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['LayeredModel']} })
    cites: Optional[list[str]] = Field(default=None, description="""Documents the Supplement cites for this individual.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['Term',
                       'ConventionalNetworkRole',
                       'ControlApproach',
                       'RelayingScheme',
                       'LayeredModel']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class Layer(SupplementThing):
    """
    One layer of a layered model.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/migration',
         'slot_usage': {'in_model': {'name': 'in_model', 'required': True},
                        'layer_position': {'name': 'layer_position', 'required': True}}})

    in_model: str = Field(default=..., description="""The layered model this layer belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['Layer']} })
    layer_position: int = Field(default=..., description="""Position of the layer in its model, counted from 1 in the order the Supplement lists them.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['Layer']} })
    hosts_function: Optional[list[str]] = Field(default=None, description="""Functions that the evolved model places at this layer.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['Layer']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class LayerFunction(SupplementThing):
    """
    A function that the evolved layered model assigns to one of its layers.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/migration'})

    performed_by: Optional[list[str]] = Field(default=None, description="""Component kinds that carry out the function.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2, 7'}},
         'domain_of': ['LayerFunction']} })
    relies_on: Optional[list[str]] = Field(default=None, description="""Technologies and building-block kinds that this thing needs in order to work.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.2.1, 7.3.1, I'}},
         'domain_of': ['ComponentKind',
                       'RepeaterApproach',
                       'SwitchingMode',
                       'AddressingApproach',
                       'RelayingScheme',
                       'LayerFunction']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class TRLBand(SupplementThing):
    """
    A band of technology readiness levels and what it means for quantum networks.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap',
         'slot_usage': {'trl_max': {'name': 'trl_max', 'required': True},
                        'trl_min': {'name': 'trl_min', 'required': True}}})

    trl_min: int = Field(default=..., description="""Lowest technology readiness level of the band.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['TRLBand']} })
    trl_max: int = Field(default=..., description="""Highest technology readiness level of the band.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['TRLBand']} })
    example_subjects: Optional[list[str]] = Field(default=None, description="""Components or technologies the Supplement names as typical of the band.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['TRLBand']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class SDO(SupplementThing):
    """
    A standards development organization active on QKD and its networking.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10.1, 4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap'})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class QKDNBranch(SupplementThing):
    """
    One of the four ITU-T groups that carry QKDN work items.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap'})

    in_sdo: Optional[str] = Field(default=None, description="""The standards development organization the group belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1, 10.2'}},
         'domain_of': ['QKDNBranch', 'StudyGroup']} })
    study_group: Optional[str] = Field(default=None, description="""The ITU-T study group a QKDN branch sits in, if it sits in one.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['QKDNBranch']} })
    questions: Optional[list[str]] = Field(default=None, description="""ITU-T Questions (e.g. \"Q16/13\") through which the group works.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['QKDNBranch']} })
    former_questions: Optional[list[str]] = Field(default=None, description="""Earlier numbers of those Questions.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['QKDNBranch']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class StudyGroup(SupplementThing):
    """
    An ITU-T study group (or TSAG) with its mandate and the quantum networking work it would take on.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap',
         'slot_usage': {'mandate_area': {'name': 'mandate_area', 'required': True}}})

    mandate_area: str = Field(default=..., description="""The study group's mandate as the Supplement names it, e.g. \"Operational aspects\".""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['StudyGroup']} })
    responsible_for: Optional[list[str]] = Field(default=None, description="""Quantum networking topics the study group would standardize.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['StudyGroup']} })
    covers_component_kind: Optional[list[str]] = Field(default=None, description="""Component kinds whose standardization falls to the study group.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['StudyGroup']} })
    is_lead: Optional[bool] = Field(default=None, description="""Whether the study group leads quantum networking work in ITU-T.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['StudyGroup']} })
    in_sdo: Optional[str] = Field(default=None, description="""The standards development organization the group belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1, 10.2'}},
         'domain_of': ['QKDNBranch', 'StudyGroup']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class StandardizationTopic(SupplementThing):
    """
    A subject of quantum networking standardization that some study group would take on.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10, 10.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap'})

    relates_to: Optional[list[str]] = Field(default=None, description="""Individuals of the Supplement's content that the topic or implication is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2, 10.3'}},
         'domain_of': ['StandardizationTopic', 'SG13Implication']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class SG13Implication(SupplementThing):
    """
    A consequence the Supplement draws for the work of ITU-T SG13.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '10.3'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/roadmap'})

    concerns_topic: Optional[list[str]] = Field(default=None, description="""Standardization topics the implication calls for.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.3'}},
         'domain_of': ['SG13Implication']} })
    relates_to: Optional[list[str]] = Field(default=None, description="""Individuals of the Supplement's content that the topic or implication is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2, 10.3'}},
         'domain_of': ['StandardizationTopic', 'SG13Implication']} })
    is_priority: Optional[bool] = Field(default=None, description="""Whether the Supplement says the work must be done as a priority.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.3.3'}},
         'domain_of': ['SG13Implication']} })
    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    label: Optional[str] = Field(default=None, description="""Human-readable name.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'rdfs:label'} })
    definition: Optional[str] = Field(default=None, description="""What the thing is, written in qnetspec's own words (the Supplement's prose is not copied).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementThing'],
         'slot_uri': 'skos:definition'} })
    clause: list[str] = Field(default=..., description="""The clause(s) of ITU-T Y Suppl. 98 this individual is taken from.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing']} })


class NetworkElement(ConfiguredBaseModel):
    """
    Anything a network description names and other elements refer to by id.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components',
         'slot_usage': {'id': {'description': 'Identifier of the element, unique '
                                              'within its description.',
                               'name': 'id',
                               'range': 'string',
                               'required': True}}})

    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["NetworkElement"] = Field(default="NetworkElement", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class Component(NetworkElement):
    """
    A quantum end device or quantum network node (the vertices of the quantum topology).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["Component"] = Field(default="Component", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumEndDevice(Component):
    """
    An endpoint of a quantum network that hosts user applications; quantum information starts or ends here and is never relayed through it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '5, 6'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumEndDevice"] = Field(default="QuantumEndDevice", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QKDModule(QuantumEndDevice):
    """
    End device in which a cryptographic key is generated by a QKD protocol.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    qkd_protocol_families: Optional[list[QKDProtocolFamily]] = Field(default=None, description="""Protocol families the module runs.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['QKDModule']} })
    qkd_protocol: Optional[str] = Field(default=None, description="""Named protocol, e.g. BB84, decoy-BB84, BBM92, SNS-TF-QKD.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['QKDModule']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QKDModule"] = Field(default="QKDModule", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumSensor(QuantumEndDevice):
    """
    End device that uses entanglement, interference or squeezing to measure a physical quantity beyond classical precision; networked sensors can jointly estimate one parameter.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '6.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    senses: Optional[list[SensedQuantity]] = Field(default=None, description="""Physical quantities a quantum sensor can detect and measure.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.2'}},
         'domain_of': ['ComponentKind', 'QuantumSensor']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumSensor"] = Field(default="QuantumSensor", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumComputer(QuantumEndDevice):
    """
    End device computing with qubits; its capability is bounded by its qubit count.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '3.2.3, 6.3'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    memory: Optional[QuantumMemory] = Field(default=None, description="""The quantum memory the node stores entangled states in.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2, 7.3.1'}},
         'domain_of': ['QuantumComputer', 'QuantumNetworkNode']} })
    qubit_count: Optional[int] = Field(default=None, description="""Number of physical qubits.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.3'}},
         'domain_of': ['QuantumComputer']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumComputer"] = Field(default="QuantumComputer", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumNetworkNode(Component):
    """
    An intermediate node that keeps information in quantum form; it cannot store-and-forward or copy quantum states, so it works with entanglement.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '5, 7'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    memory: Optional[QuantumMemory] = Field(default=None, description="""The quantum memory the node stores entangled states in.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2, 7.3.1'}},
         'domain_of': ['QuantumComputer', 'QuantumNetworkNode']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    entanglement_distributor: Optional[EntanglementDistributor] = Field(default=None, description="""The element that hands out entangled pairs to attached components.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['QuantumNetworkNode']} })
    bell_state_measurement: Optional[BellStateMeasurement] = Field(default=None, description="""Bell-state measurement used for swapping or for a midpoint herald.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['QuantumNetworkNode', 'MeasurementStation']} })
    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumNetworkNode"] = Field(default="QuantumNetworkNode", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumRepeater(QuantumNetworkNode):
    """
    Node that extends the reach of entanglement by entanglement swapping.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '3.2.7, 7.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    repeater_approach: RepeaterApproachKind = Field(default=..., description="""Whether the repeater stores states in quantum memory or is all-photonic.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 7.1.1, 7.1.2'}},
         'domain_of': ['QuantumRepeater']} })
    purification: Optional[PurificationProtocol] = Field(default=None, description="""Entanglement purification protocol run at the node, if any.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, 3.2.1, I.6'}},
         'domain_of': ['QuantumRepeater']} })
    purification_rounds: Optional[int] = Field(default=None, description="""Recurrence rounds of purification per delivered pair.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1, I.6'}},
         'domain_of': ['QuantumRepeater']} })
    memory: Optional[QuantumMemory] = Field(default=None, description="""The quantum memory the node stores entangled states in.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2, 7.3.1'}},
         'domain_of': ['QuantumComputer', 'QuantumNetworkNode']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    entanglement_distributor: Optional[EntanglementDistributor] = Field(default=None, description="""The element that hands out entangled pairs to attached components.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['QuantumNetworkNode']} })
    bell_state_measurement: Optional[BellStateMeasurement] = Field(default=None, description="""Bell-state measurement used for swapping or for a midpoint herald.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['QuantumNetworkNode', 'MeasurementStation']} })
    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumRepeater"] = Field(default="QuantumRepeater", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumSwitch(QuantumNetworkNode):
    """
    Node joining several components of one quantum network; works at OSI layer 2, sometimes 3, and switches circuits by entanglement swapping.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '3.2.11, 7.2, 7.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    osi_layers: Optional[list[Annotated[int, Field(ge=1, le=7)]]] = Field(default=None, description="""The OSI layers at which the component operates, as the Supplement states them.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2, 7.3'}},
         'domain_of': ['ComponentKind', 'QuantumSwitch', 'QuantumRouter']} })
    switching_mode: Optional[SwitchingModeKind] = Field(default=None, description="""How the switch connects its ports.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1'}},
         'domain_of': ['QuantumSwitch']} })
    memory: Optional[QuantumMemory] = Field(default=None, description="""The quantum memory the node stores entangled states in.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2, 7.3.1'}},
         'domain_of': ['QuantumComputer', 'QuantumNetworkNode']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    entanglement_distributor: Optional[EntanglementDistributor] = Field(default=None, description="""The element that hands out entangled pairs to attached components.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['QuantumNetworkNode']} })
    bell_state_measurement: Optional[BellStateMeasurement] = Field(default=None, description="""Bell-state measurement used for swapping or for a midpoint herald.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['QuantumNetworkNode', 'MeasurementStation']} })
    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumSwitch"] = Field(default="QuantumSwitch", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumRouter(QuantumNetworkNode):
    """
    Node joining several quantum networks and directing quantum information between them by their identifiers or addresses; works at OSI layer 3.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '3.2.8, 7.3, 7.3.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    osi_layers: Optional[list[Annotated[int, Field(ge=1, le=7)]]] = Field(default=None, description="""The OSI layers at which the component operates, as the Supplement states them.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2, 7.3'}},
         'domain_of': ['ComponentKind', 'QuantumSwitch', 'QuantumRouter']} })
    joins_domains: Optional[list[str]] = Field(default=None, description="""The quantum networks (domains) the router connects.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.2.8, 7.3'}},
         'domain_of': ['QuantumRouter']} })
    delivery_mode: Optional[DeliveryModeKind] = Field(default=None, description="""How the router delivers qubits.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3.1'}},
         'domain_of': ['QuantumRouter']} })
    synchronization_source: Optional[str] = Field(default=None, description="""Timing source that aligns the router's time slots (needed for TDM delivery).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3.1, 8.1'}},
         'domain_of': ['QuantumRouter']} })
    memory: Optional[QuantumMemory] = Field(default=None, description="""The quantum memory the node stores entangled states in.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2, 7.3.1'}},
         'domain_of': ['QuantumComputer', 'QuantumNetworkNode']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    entanglement_distributor: Optional[EntanglementDistributor] = Field(default=None, description="""The element that hands out entangled pairs to attached components.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['QuantumNetworkNode']} })
    bell_state_measurement: Optional[BellStateMeasurement] = Field(default=None, description="""Bell-state measurement used for swapping or for a midpoint herald.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['QuantumNetworkNode', 'MeasurementStation']} })
    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["QuantumRouter"] = Field(default="QuantumRouter", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class TrustedRelayNode(Component):
    """
    QKD node of a trusted-relay QKDN: it holds keys and relays them onward, so it must be protected against intrusion; it is not information-theoretically secure.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    key_relay_method: Optional[KeyRelayMethod] = Field(default=None, description="""How keys are relayed between trusted nodes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['TrustedRelayNode']} })
    key_manager: Optional[str] = Field(default=None, description="""Key manager that holds and relays this node's keys.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['TrustedRelayNode']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["TrustedRelayNode"] = Field(default="TrustedRelayNode", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class MeasurementStation(Component):
    """
    Untrusted intermediate station of MDI-QKD or TF-QKD that performs the joint measurement; it need not be guarded or trusted.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    bell_state_measurement: Optional[BellStateMeasurement] = Field(default=None, description="""Bell-state measurement used for swapping or for a midpoint herald.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['QuantumNetworkNode', 'MeasurementStation']} })
    detectors: Optional[SinglePhotonDetector] = Field(default=None, description="""Single-photon detectors of this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'domain_of': ['QKDModule',
                       'QuantumNetworkNode',
                       'TrustedRelayNode',
                       'MeasurementStation']} })
    measurement_protocol: Optional[QKDProtocolFamily] = Field(default=None, description="""The measurement-assisted family the station serves (MDI or TF).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['MeasurementStation']} })
    trl: Optional[int] = Field(default=None, description="""Technology readiness level the vendor declares for this element.""", ge=1, le=9, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['Component']} })
    trusted: Optional[bool] = Field(default=None, description="""Whether the node holds keys in the clear and must be trusted (a trusted node of a QKDN).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 9.1'}},
         'domain_of': ['Component']} })
    forwarding: Optional[QuantumForwardingKind] = Field(default=None, description="""How the component passes quantum information on. Declared so that a description claiming an impossible mode (store-and-forward, cloning, broadcast of unknown states) is caught.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.3'}},
         'domain_of': ['Component']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["MeasurementStation"] = Field(default="MeasurementStation", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class QuantumMemory(ConfiguredBaseModel):
    """
    Building block that stores entangled states for later swapping or delivery.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, 7.1, 7.1.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    efficiency: Optional[float] = Field(default=None, description="""Probability that the element does its job for a photon or qubit that reaches it.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2'}},
         'domain_of': ['QuantumMemory',
                       'EntanglementSource',
                       'BellStateMeasurement',
                       'SinglePhotonDetector']} })
    count: Optional[int] = Field(default=None, description="""Number of memory qubits (storage slots).""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2'}},
         'domain_of': ['QuantumMemory']} })
    coherence_time_s: Optional[float] = Field(default=None, description="""Depolarising coherence time of a stored qubit, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2, I.3'}},
         'domain_of': ['QuantumMemory']} })
    t1_s: Optional[float] = Field(default=None, description="""Energy relaxation (amplitude damping) time, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.3'}},
         'domain_of': ['QuantumMemory']} })
    t2_s: Optional[float] = Field(default=None, description="""Dephasing time, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.3'}},
         'domain_of': ['QuantumMemory']} })


class EntanglementSource(ConfiguredBaseModel):
    """
    Building block that emits entangled photon pairs (e.g. SPDC or a quantum dot).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    efficiency: Optional[float] = Field(default=None, description="""Probability that the element does its job for a photon or qubit that reaches it.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2'}},
         'domain_of': ['QuantumMemory',
                       'EntanglementSource',
                       'BellStateMeasurement',
                       'SinglePhotonDetector']} })
    fidelity: Optional[float] = Field(default=None, description="""Fidelity with the ideal Bell state of the pairs the element produces or delivers.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.2.5, I.3'}},
         'domain_of': ['EntanglementSource', 'EntanglementIdentifier', 'Claim']} })
    mechanism: Optional[SourceMechanism] = Field(default=None, description="""Physical mechanism of the source.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.4'}},
         'domain_of': ['EntanglementSource']} })
    repetition_rate_hz: Optional[float] = Field(default=None, description="""Attempt (pump or emission) rate in hertz.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.4'}},
         'domain_of': ['EntanglementSource']} })


class EntanglementDistributor(ConfiguredBaseModel):
    """
    Building block that distributes pairs from a source to the attached components.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    ports: Optional[int] = Field(default=None, description="""Number of output ports.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['EntanglementDistributor']} })


class BellStateMeasurement(ConfiguredBaseModel):
    """
    Joint measurement on two qubits that swaps or heralds entanglement.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    efficiency: Optional[float] = Field(default=None, description="""Probability that the element does its job for a photon or qubit that reaches it.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2'}},
         'domain_of': ['QuantumMemory',
                       'EntanglementSource',
                       'BellStateMeasurement',
                       'SinglePhotonDetector']} })
    success_probability: Optional[float] = Field(default=None, description="""Probability that the measurement succeeds (1/2 for linear optics).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, I.8'}},
         'domain_of': ['BellStateMeasurement']} })
    gate_fidelity: Optional[float] = Field(default=None, description="""Reliability of the two-qubit operation in the depolarising model.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I.8'}},
         'domain_of': ['BellStateMeasurement']} })


class SinglePhotonDetector(ConfiguredBaseModel):
    """
    Detector of single photons, the last element of every optical receiver.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 9.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    efficiency: Optional[float] = Field(default=None, description="""Probability that the element does its job for a photon or qubit that reaches it.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.2'}},
         'domain_of': ['QuantumMemory',
                       'EntanglementSource',
                       'BellStateMeasurement',
                       'SinglePhotonDetector']} })
    dark_count_probability: Optional[float] = Field(default=None, description="""Probability of a dark count per detection window.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['SinglePhotonDetector']} })
    dead_time_s: Optional[float] = Field(default=None, description="""Dead time after a click, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['SinglePhotonDetector']} })


class QuantumLink(ConfiguredBaseModel):
    """
    Quantum-state connectivity between two components over fibre, free space or water. Which of the physical slots apply depends on the medium.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components',
         'slot_usage': {'endpoints': {'name': 'endpoints',
                                      'range': 'Component',
                                      'required': True},
                        'id': {'name': 'id', 'range': 'string', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    endpoints: list[str] = Field(default=..., description="""The two elements this link, channel, request or identifier joins.""", min_length=2, max_length=2, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4, 8.1'}},
         'domain_of': ['QuantumLink',
                       'ClassicalChannel',
                       'EntanglementIdentifier',
                       'ServiceRequest']} })
    entanglement_source: Optional[EntanglementSource] = Field(default=None, description="""The source of entangled pairs at this element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, I.4'}},
         'domain_of': ['QKDModule', 'QuantumNetworkNode', 'QuantumLink']} })
    medium: LinkMedium = Field(default=..., description="""Physical medium of the link.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    length_km: Optional[float] = Field(default=None, description="""Path length, in kilometres (slant range for a satellite link).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    attenuation_db_per_km: Optional[float] = Field(default=None, description="""Fibre attenuation; a per-type default applies when absent.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    cores: Optional[int] = Field(default=None, description="""Number of cores of a multi-core fibre.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    modes: Optional[int] = Field(default=None, description="""Number of guided modes of a few-mode or multi-mode fibre.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    wavelength_nm: Optional[float] = Field(default=None, description="""Carrier wavelength, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    altitude_km: Optional[float] = Field(default=None, description="""Satellite altitude above ground, in kilometres.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    elevation_deg: Optional[float] = Field(default=None, description="""Elevation angle of a free-space link above the horizon, in degrees.""", ge=0, le=90, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    beam_waist_m: Optional[float] = Field(default=None, description="""Gaussian beam waist at the transmitter, in metres.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    aperture_radius_m: Optional[float] = Field(default=None, description="""Receiver telescope aperture radius, in metres.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    zenith_transmissivity: Optional[float] = Field(default=None, description="""Atmospheric transmissivity towards the zenith.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    attenuation_coefficient_per_m: Optional[float] = Field(default=None, description="""Beer-Lambert attenuation coefficient of water, per metre.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['QuantumLink']} })
    generation_scheme: Optional[LinkGenerationScheme] = Field(default=None, description="""How entanglement is generated over the link.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4, I.4'}},
         'domain_of': ['QuantumLink']} })
    midpoint_station: Optional[str] = Field(default=None, description="""Measurement station in the middle of the link (MDI/TF-QKD or heralded generation).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['QuantumLink']} })


class Domain(NetworkElement):
    """
    One quantum network (administrative or technology domain); routers join domains and common control coordinates across them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause',
                                    'value': '3.2.8, 7.3, 8.1, 8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    domain_kind: Optional[DomainKind] = Field(default=None, description="""Whether the domain is a QKDN or an entanglement-based quantum network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1, 9'}},
         'domain_of': ['Domain']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["Domain"] = Field(default="Domain", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class ManagementElement(NetworkElement):
    """
    An element of the conventional digital network that controls, manages or times the quantum network without carrying quantum states.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    serves: Optional[list[str]] = Field(default=None, description="""Elements this controller, manager or timing source serves.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['ManagementElement']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["ManagementElement"] = Field(default="ManagementElement", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class SDNController(ManagementElement):
    """
    Software-defined-networking controller that sets up paths and resources.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    control_approach: Optional[ControlApproachKind] = Field(default=None, description="""Which common-control approach the controller implements.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['SDNController', 'NetworkDescription']} })
    serves: Optional[list[str]] = Field(default=None, description="""Elements this controller, manager or timing source serves.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['ManagementElement']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["SDNController"] = Field(default="SDNController", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class ManagementSystem(ManagementElement):
    """
    Management and orchestration system covering FCAPS areas.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    fcaps: Optional[list[FCAPSArea]] = Field(default=None, description="""FCAPS areas the system covers.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'domain_of': ['ManagementSystem']} })
    serves: Optional[list[str]] = Field(default=None, description="""Elements this controller, manager or timing source serves.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['ManagementElement']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["ManagementSystem"] = Field(default="ManagementSystem", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class KeyManager(ManagementElement):
    """
    Key manager of a QKDN (the key management layer of Y.3800) that stores and relays keys.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '9.1, 9.2'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    serves: Optional[list[str]] = Field(default=None, description="""Elements this controller, manager or timing source serves.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['ManagementElement']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["KeyManager"] = Field(default="KeyManager", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class TimingSource(ManagementElement):
    """
    Time and frequency reference distributed over the conventional network.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '7.3.1, 8.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/components'})

    sync_precision_s: Optional[float] = Field(default=None, description="""Timing precision delivered to the served nodes, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'domain_of': ['TimingSource']} })
    serves: Optional[list[str]] = Field(default=None, description="""Elements this controller, manager or timing source serves.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['ManagementElement']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["TimingSource"] = Field(default="TimingSource", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class ClassicalChannel(NetworkElement):
    """
    Channel of the conventional digital network between two elements; quantum protocols need one for signalling, heralding, synchronization and management.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, 8.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/network',
         'slot_usage': {'endpoints': {'name': 'endpoints', 'required': True}}})

    endpoints: list[str] = Field(default=..., description="""The two elements this link, channel, request or identifier joins.""", min_length=2, max_length=2, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4, 8.1'}},
         'domain_of': ['QuantumLink',
                       'ClassicalChannel',
                       'EntanglementIdentifier',
                       'ServiceRequest']} })
    roles: Optional[list[ConventionalRoleKind]] = Field(default=None, description="""Which roles of the conventional network the channel carries.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'domain_of': ['ClassicalChannel']} })
    latency_s: Optional[float] = Field(default=None, description="""One-way latency, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'domain_of': ['ClassicalChannel']} })
    id: str = Field(default=..., description="""Identifier of the element, unique within its description.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    kind: Literal["ClassicalChannel"] = Field(default="ClassicalChannel", description="""The component class this element instantiates, e.g. QuantumRepeater. Selects which slots apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'designates_type': True,
         'domain_of': ['NetworkElement']} })
    classical_address: Optional[str] = Field(default=None, description="""Classical identifier (address or node/port identifier) used for signalling and management over the conventional digital network; classical addressing stays mandatory beside any quantum identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.3'}},
         'domain_of': ['NetworkElement']} })
    domain: Optional[str] = Field(default=None, description="""The network (domain) this element belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.1'}},
         'domain_of': ['NetworkElement']} })


class EntanglementIdentifier(ConfiguredBaseModel):
    """
    Identifier (EID) naming one entangled pair shared by two elements, used to monitor the pair and its quality beside the classical identifiers.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/network',
         'slot_usage': {'endpoints': {'name': 'endpoints',
                                      'range': 'Component',
                                      'required': True},
                        'id': {'name': 'id', 'range': 'string', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    endpoints: list[str] = Field(default=..., description="""The two elements this link, channel, request or identifier joins.""", min_length=2, max_length=2, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4, 8.1'}},
         'domain_of': ['QuantumLink',
                       'ClassicalChannel',
                       'EntanglementIdentifier',
                       'ServiceRequest']} })
    fidelity: Optional[float] = Field(default=None, description="""Fidelity with the ideal Bell state of the pairs the element produces or delivers.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.2.5, I.3'}},
         'domain_of': ['EntanglementSource', 'EntanglementIdentifier', 'Claim']} })


class ServiceRequest(ConfiguredBaseModel):
    """
    A request for end-to-end quantum service between two end devices, stating its targets for rate, fidelity, set-up time and coherence.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/network',
         'slot_usage': {'endpoints': {'name': 'endpoints',
                                      'range': 'Component',
                                      'required': True},
                        'id': {'name': 'id', 'range': 'string', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    endpoints: list[str] = Field(default=..., description="""The two elements this link, channel, request or identifier joins.""", min_length=2, max_length=2, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4, 8.1'}},
         'domain_of': ['QuantumLink',
                       'ClassicalChannel',
                       'EntanglementIdentifier',
                       'ServiceRequest']} })
    service: Optional[ServiceKind] = Field(default=None, description="""What the request asks for.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequest']} })
    min_entanglement_rate_hz: Optional[float] = Field(default=None, description="""Target rate of delivered end-to-end pairs, in pairs per second.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequest']} })
    min_fidelity: Optional[float] = Field(default=None, description="""Lowest acceptable fidelity of delivered pairs.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequest']} })
    max_setup_time_s: Optional[float] = Field(default=None, description="""Longest acceptable time to set the service up, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequest']} })
    min_coherence_time_s: Optional[float] = Field(default=None, description="""Coherence constraint: how long delivered entanglement must stay usable at the end devices, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['ServiceRequest']} })
    min_secret_key_rate_bps: Optional[float] = Field(default=None, description="""Target secret-key rate for a key service, in bits per second.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 8.2.1'}},
         'domain_of': ['ServiceRequest']} })


class Claim(ConfiguredBaseModel):
    """
    What the description's author says a service achieves; qnetspec checks each figure against the reference simulator and the physical bounds.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/network',
         'slot_usage': {'id': {'name': 'id', 'range': 'string', 'required': True}}})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    fidelity: Optional[float] = Field(default=None, description="""Fidelity with the ideal Bell state of the pairs the element produces or delivers.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3.2.5, I.3'}},
         'domain_of': ['EntanglementSource', 'EntanglementIdentifier', 'Claim']} })
    service_request: str = Field(default=..., description="""The request the claim is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['Claim']} })
    entanglement_rate_hz: Optional[float] = Field(default=None, description="""Claimed rate of delivered end-to-end pairs, in pairs per second.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['Claim']} })
    secret_key_rate_bps: Optional[float] = Field(default=None, description="""Claimed secret-key rate, in bits per second.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1, 8.2.1'}},
         'domain_of': ['Claim']} })
    setup_time_s: Optional[float] = Field(default=None, description="""Claimed set-up time, in seconds.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['Claim']} })


class NetworkDescription(ConfiguredBaseModel):
    """
    A quantum network as its author describes it: the document `qnetspec check` reads.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '5, 8, 9'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/network',
         'slot_usage': {'id': {'name': 'id', 'range': 'string', 'required': True}},
         'tree_root': True})

    id: str = Field(default=..., description="""Stable identifier of a Supplement individual (a CURIE in the qn or ysup namespace).""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementThing',
                       'Clause',
                       'Reference',
                       'NetworkElement',
                       'QuantumLink',
                       'EntanglementIdentifier',
                       'ServiceRequest',
                       'Claim',
                       'NetworkDescription']} })
    name: Optional[str] = Field(default=None, description="""Human-readable name of a description element.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkElement', 'QuantumLink', 'NetworkDescription']} })
    description: Optional[str] = Field(default=None, description="""Free text about the network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5'}},
         'domain_of': ['NetworkDescription']} })
    profile: Profile = Field(default=..., description="""Migration stage the description claims; chooses which rules apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1, 9.2'}},
         'domain_of': ['NetworkDescription']} })
    addressing_approach: Optional[AddressingApproachKind] = Field(default=None, description="""Addressing approach of the network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['NetworkDescription']} })
    control_approach: Optional[ControlApproachKind] = Field(default=None, description="""Common-control approach of the network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['SDNController', 'NetworkDescription']} })
    nodes: Optional[list[Union[TrustedRelayNode,MeasurementStation,QuantumRepeater,QuantumSwitch,QuantumRouter,QKDModule,QuantumSensor,QuantumComputer]]] = Field(default=None, description="""End devices and network nodes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 6, 7'}},
         'domain_of': ['NetworkDescription']} })
    links: Optional[list[QuantumLink]] = Field(default=None, description="""Quantum links.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['NetworkDescription']} })
    classical_channels: Optional[list[ClassicalChannel]] = Field(default=None, description="""Channels of the conventional digital network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'domain_of': ['NetworkDescription']} })
    domains: Optional[list[Domain]] = Field(default=None, description="""Quantum networks (domains) the description spans.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.3, 8.2.1'}},
         'domain_of': ['NetworkDescription']} })
    management: Optional[list[Union[SDNController,ManagementSystem,KeyManager,TimingSource]]] = Field(default=None, description="""Control, management and timing elements.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2'}},
         'domain_of': ['NetworkDescription']} })
    entanglement_identifiers: Optional[list[EntanglementIdentifier]] = Field(default=None, description="""Entanglement identifiers (EIDs) of the pairs the network tracks.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['NetworkDescription']} })
    service_requests: Optional[list[ServiceRequest]] = Field(default=None, description="""Requested end-to-end services.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['NetworkDescription']} })
    claims: Optional[list[Claim]] = Field(default=None, description="""Performance claims to verify.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['NetworkDescription']} })


class SupplementContent(ConfiguredBaseModel):
    """
    A bundle of individuals of the Supplement's own content; the data files each fill some of its lists.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'from_schema': 'https://w3id.org/qnetspec/schema/supplement'})

    clauses: Optional[list[Clause]] = Field(default=None, description="""Every clause, sub-clause and appendix clause.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '1'}},
         'domain_of': ['SupplementContent']} })
    references: Optional[list[Reference]] = Field(default=None, description="""Documents cited in clause 2 and the Bibliography.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '2'}},
         'domain_of': ['SupplementContent']} })
    terms: Optional[list[Term]] = Field(default=None, description="""Terms of clause 3.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '3'}},
         'domain_of': ['SupplementContent']} })
    abbreviations: Optional[list[Abbreviation]] = Field(default=None, description="""Abbreviations and acronyms of clause 4.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '4'}},
         'domain_of': ['SupplementContent']} })
    technologies: Optional[list[FundamentalTechnology]] = Field(default=None, description="""Fundamental technologies of Appendix I.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': 'I'}},
         'domain_of': ['SupplementContent']} })
    component_kinds: Optional[list[ComponentKind]] = Field(default=None, description="""Kinds of quantum network component.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '5, 6, 7'}},
         'domain_of': ['SupplementContent']} })
    repeater_approach_kinds: Optional[list[RepeaterApproach]] = Field(default=None, description="""Ways to build a quantum repeater.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.1.1, 7.1.2'}},
         'domain_of': ['SupplementContent']} })
    switching_mode_kinds: Optional[list[SwitchingMode]] = Field(default=None, description="""Switching and qubit delivery modes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.2.1, 7.3.1'}},
         'domain_of': ['SupplementContent']} })
    qkd_protocol_kinds: Optional[list[QKDProtocolKind]] = Field(default=None, description="""QKD protocol families.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '6.1'}},
         'domain_of': ['SupplementContent']} })
    link_medium_kinds: Optional[list[LinkMediumKind]] = Field(default=None, description="""Quantum link media.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '7.4'}},
         'domain_of': ['SupplementContent']} })
    conventional_network_roles: Optional[list[ConventionalNetworkRole]] = Field(default=None, description="""Roles of the conventional digital network.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1'}},
         'domain_of': ['SupplementContent']} })
    control_approaches: Optional[list[ControlApproach]] = Field(default=None, description="""Common-control approaches.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['SupplementContent']} })
    fcaps_functions: Optional[list[FCAPSFunction]] = Field(default=None, description="""FCAPS management functions.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.1, 8.2.1'}},
         'domain_of': ['SupplementContent']} })
    service_requirement_kinds: Optional[list[ServiceRequirementKind]] = Field(default=None, description="""Quantities a service request may state.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.2.1'}},
         'domain_of': ['SupplementContent']} })
    identifier_kinds: Optional[list[IdentifierKind]] = Field(default=None, description="""Kinds of identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['SupplementContent']} })
    addressing_approaches: Optional[list[AddressingApproach]] = Field(default=None, description="""Addressing approaches.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '8.3'}},
         'domain_of': ['SupplementContent']} })
    relaying_schemes: Optional[list[RelayingScheme]] = Field(default=None, description="""Relaying schemes.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.1'}},
         'domain_of': ['SupplementContent']} })
    layered_models: Optional[list[LayeredModel]] = Field(default=None, description="""Layered models.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['SupplementContent']} })
    layers: Optional[list[Layer]] = Field(default=None, description="""Layers of the layered models.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['SupplementContent']} })
    layer_functions: Optional[list[LayerFunction]] = Field(default=None, description="""Functions placed at layers of the evolved model.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '9.2'}},
         'domain_of': ['SupplementContent']} })
    trl_bands: Optional[list[TRLBand]] = Field(default=None, description="""Technology readiness bands.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['SupplementContent']} })
    sdos: Optional[list[SDO]] = Field(default=None, description="""Standards development organizations.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['SupplementContent']} })
    qkdn_branches: Optional[list[QKDNBranch]] = Field(default=None, description="""ITU-T QKDN branches.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.1'}},
         'domain_of': ['SupplementContent']} })
    study_groups: Optional[list[StudyGroup]] = Field(default=None, description="""ITU-T study groups and TSAG.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['SupplementContent']} })
    standardization_topics: Optional[list[StandardizationTopic]] = Field(default=None, description="""Standardization topics.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.2'}},
         'domain_of': ['SupplementContent']} })
    sg13_implications: Optional[list[SG13Implication]] = Field(default=None, description="""Implications for SG13.""", json_schema_extra = { "linkml_meta": {'annotations': {'clause': {'tag': 'clause', 'value': '10.3'}},
         'domain_of': ['SupplementContent']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
SupplementThing.model_rebuild()
Clause.model_rebuild()
Reference.model_rebuild()
Term.model_rebuild()
Abbreviation.model_rebuild()
FundamentalTechnology.model_rebuild()
ComponentKind.model_rebuild()
RepeaterApproach.model_rebuild()
SwitchingMode.model_rebuild()
QKDProtocolKind.model_rebuild()
LinkMediumKind.model_rebuild()
ConventionalNetworkRole.model_rebuild()
ControlApproach.model_rebuild()
FCAPSFunction.model_rebuild()
ServiceRequirementKind.model_rebuild()
IdentifierKind.model_rebuild()
AddressingApproach.model_rebuild()
RelayingScheme.model_rebuild()
LayeredModel.model_rebuild()
Layer.model_rebuild()
LayerFunction.model_rebuild()
TRLBand.model_rebuild()
SDO.model_rebuild()
QKDNBranch.model_rebuild()
StudyGroup.model_rebuild()
StandardizationTopic.model_rebuild()
SG13Implication.model_rebuild()
NetworkElement.model_rebuild()
Component.model_rebuild()
QuantumEndDevice.model_rebuild()
QKDModule.model_rebuild()
QuantumSensor.model_rebuild()
QuantumComputer.model_rebuild()
QuantumNetworkNode.model_rebuild()
QuantumRepeater.model_rebuild()
QuantumSwitch.model_rebuild()
QuantumRouter.model_rebuild()
TrustedRelayNode.model_rebuild()
MeasurementStation.model_rebuild()
QuantumMemory.model_rebuild()
EntanglementSource.model_rebuild()
EntanglementDistributor.model_rebuild()
BellStateMeasurement.model_rebuild()
SinglePhotonDetector.model_rebuild()
QuantumLink.model_rebuild()
Domain.model_rebuild()
ManagementElement.model_rebuild()
SDNController.model_rebuild()
ManagementSystem.model_rebuild()
KeyManager.model_rebuild()
TimingSource.model_rebuild()
ClassicalChannel.model_rebuild()
EntanglementIdentifier.model_rebuild()
ServiceRequest.model_rebuild()
Claim.model_rebuild()
NetworkDescription.model_rebuild()
SupplementContent.model_rebuild()
