"""Reading files: size limit before reading, binary and non-UTF-8 refused, format dispatch."""

from __future__ import annotations

import json
import time

import pytest
from check_helpers import VALID_YAML

from qnetspec.load import Limits, LoadError, load_document, sniff_format


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch) -> None:
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:  # sparse: no 100 MB actually written
        handle.seek(100 * 1024 * 1024 - 1)
        handle.write(b"\n")
    opened: list[str] = []
    real_open = open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    start = time.perf_counter()
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert time.perf_counter() - start < 0.5
    assert info.value.code == "size"
    assert "100.0 MiB" in info.value.message and "64 MiB" in info.value.message
    assert str(path) not in opened


def test_the_size_limit_is_configurable(tmp_path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text("id: x\nprofile: hybrid\n")
    assert load_document(path, limits=Limits(max_bytes=1024)).data["id"] == "x"
    with pytest.raises(LoadError) as info:
        load_document(path, limits=Limits(max_bytes=10))
    assert info.value.code == "size"


def test_binary_file_is_refused(tmp_path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.code == "binary"
    assert "binary" in info.value.message


def test_non_utf8_file_is_refused_with_the_place(tmp_path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: net\nname: Réseau\n".encode("latin-1"))
    with pytest.raises(LoadError) as info:
        load_document(path)
    err = info.value
    assert err.code == "encoding"
    assert (err.location.line, err.location.column) == (2, 8)
    assert "UTF-8" in err.message


def test_byte_order_mark_is_accepted(tmp_path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "x"}).encode())
    assert load_document(path).data == {"id": "x"}


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(LoadError) as info:
        load_document(tmp_path / "absent.yaml")
    assert info.value.code == "io"
    with pytest.raises(LoadError) as info:
        load_document(tmp_path)
    assert info.value.code == "io"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.yaml", "{}", "yaml"),
        ("a.YML", "x: 1", "yaml"),
        ("a.json", "x: 1", "json"),
        ("a.ttl", "", "turtle"),
        ("a.jsonld", "{}", "json-ld"),
        ("a.json-ld", "{}", "json-ld"),
        ("noext", '{"id": 1}', "json"),
        ("noext", '{"@context": {}, "@id": "x"}', "json-ld"),
        ("noext", "@prefix qn: <https://w3id.org/qnetspec/> .", "turtle"),
        ("noext", "PREFIX qn: <https://w3id.org/qnetspec/>", "turtle"),
        ("noext", "id: net\nprofile: hybrid\n", "yaml"),
    ],
)
def test_format_dispatch(name: str, text: str, expected: str) -> None:
    assert sniff_format(name, text) == expected


def test_sniffed_file_without_extension_loads(tmp_path) -> None:
    path = tmp_path / "description"
    path.write_text(VALID_YAML.read_text())
    doc = load_document(path)
    assert doc.format == "yaml" and doc.data["id"] == "metro-1"


def test_explicit_format_overrides_the_guess(tmp_path) -> None:
    path = tmp_path / "x.txt"
    path.write_text('{"id": "x"}')
    assert load_document(path, fmt="json").format == "json"
