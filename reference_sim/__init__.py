"""Reference physics for quantum-network claims: channels, bounds, states, repeaters and QKD.

A numpy-only library with no knowledge of qnetspec's schema; qnetspec adapts descriptions into its
inputs, never the other way round.
"""
