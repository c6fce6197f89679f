"""Brute-force n-qubit density-matrix operations, used as an independent check of closed forms.

Everything here works on explicit 2^n x 2^n matrices built element by element, deliberately
sharing no code with reference_sim. Qubit 0 is the most significant bit.
"""

from __future__ import annotations

import itertools

import numpy as np

I2 = np.eye(2, dtype=complex)
X = np.array([[0, 1], [1, 0]], dtype=complex)
Y = np.array([[0, -1j], [1j, 0]], dtype=complex)
Z = np.array([[1, 0], [0, -1]], dtype=complex)
H = np.array([[1, 1], [1, -1]], dtype=complex) / np.sqrt(2)
CNOT = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]], dtype=complex)
PHI_PLUS = np.array([1, 0, 0, 1], dtype=complex) / np.sqrt(2)
PSI_PLUS = np.array([0, 1, 1, 0], dtype=complex) / np.sqrt(2)
PSI_MINUS = np.array([0, 1, -1, 0], dtype=complex) / np.sqrt(2)
PHI_MINUS = np.array([1, 0, 0, -1], dtype=complex) / np.sqrt(2)


def rx(theta: float) -> np.ndarray:
    """Rotation exp(-i theta X / 2)."""
    return np.cos(theta / 2) * I2 - 1j * np.sin(theta / 2) * X


def bits(index: int, n: int) -> tuple[int, ...]:
    return tuple((index >> (n - 1 - q)) & 1 for q in range(n))


def embed(op: np.ndarray, targets: list[int], n: int) -> np.ndarray:
    """Full 2^n matrix of ``op`` acting on ``targets`` (in that order), identity elsewhere."""
    k = len(targets)
    dim = 2**n
    full = np.zeros((dim, dim), dtype=complex)
    for i in range(dim):
        bi = bits(i, n)
        for j in range(dim):
            bj = bits(j, n)
            if any(bi[q] != bj[q] for q in range(n) if q not in targets):
                continue
            sub_i = sum(bi[t] << (k - 1 - m) for m, t in enumerate(targets))
            sub_j = sum(bj[t] << (k - 1 - m) for m, t in enumerate(targets))
            full[i, j] = op[sub_i, sub_j]
    return full


def apply(rho: np.ndarray, op: np.ndarray, targets: list[int], n: int) -> np.ndarray:
    u = embed(op, targets, n)
    return u @ rho @ u.conj().T


def partial_trace(rho: np.ndarray, keep: list[int], n: int) -> np.ndarray:
    """Reduced density matrix on ``keep`` (kept in ascending order)."""
    keep = sorted(keep)
    k = len(keep)
    out = np.zeros((2**k, 2**k), dtype=complex)
    for i in range(2**n):
        bi = bits(i, n)
        for j in range(2**n):
            bj = bits(j, n)
            if any(bi[q] != bj[q] for q in range(n) if q not in keep):
                continue
            a = sum(bi[t] << (k - 1 - m) for m, t in enumerate(keep))
            b = sum(bj[t] << (k - 1 - m) for m, t in enumerate(keep))
            out[a, b] += rho[i, j]
    return out


def depolarise_pair(rho: np.ndarray, p: float, targets: list[int], n: int) -> np.ndarray:
    """Duer et al. gate noise: with probability 1-p replace ``targets`` by the maximally mixed
    state. Implemented as the uniform Pauli twirl over the two qubits, which has that effect."""
    mixed = np.zeros_like(rho)
    for a, b in itertools.product((I2, X, Y, Z), repeat=2):
        mixed += apply(rho, np.kron(a, b), targets, n) / 16
    return p * rho + (1 - p) * mixed


def projector(qubit: int, outcome: int, n: int) -> np.ndarray:
    p = np.zeros((2, 2), dtype=complex)
    p[outcome, outcome] = 1
    return embed(p, [qubit], n)


def bell_coefficients(rho2: np.ndarray) -> np.ndarray:
    """<B|rho|B> for B in (Phi+, Psi+, Psi-, Phi-)."""
    return np.array(
        [np.real(b.conj() @ rho2 @ b) for b in (PHI_PLUS, PSI_PLUS, PSI_MINUS, PHI_MINUS)]
    )


def bell_diagonal(coeffs) -> np.ndarray:
    return sum(
        c * np.outer(b, b.conj())
        for c, b in zip(coeffs, (PHI_PLUS, PSI_PLUS, PSI_MINUS, PHI_MINUS), strict=True)
    )
