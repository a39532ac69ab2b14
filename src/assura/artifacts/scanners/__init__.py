"""Built-in format scanners, in sniffing order (strong magic numbers first, pickle last)."""

from __future__ import annotations

from assura.artifacts.interface import FormatScanner
from assura.artifacts.scanners.compressed_scanner import CompressedScanner
from assura.artifacts.scanners.gguf_scanner import GgufScanner
from assura.artifacts.scanners.hdf5_scanner import Hdf5Scanner
from assura.artifacts.scanners.json_scanner import JsonScanner
from assura.artifacts.scanners.numpy_scanner import NumpyScanner
from assura.artifacts.scanners.onnx_scanner import OnnxScanner
from assura.artifacts.scanners.pickle_scanner import PickleScanner
from assura.artifacts.scanners.safetensors_scanner import SafetensorsScanner
from assura.artifacts.scanners.savedmodel_scanner import SavedModelScanner
from assura.artifacts.scanners.sevenzip_scanner import SevenZipScanner
from assura.artifacts.scanners.tar_scanner import TarScanner
from assura.artifacts.scanners.zip_scanner import ZipScanner

__all__ = ["default_scanners"]


def default_scanners() -> list[FormatScanner]:
    """A fresh list of the built-in scanners; callers may reorder or extend it."""
    return [
        ZipScanner(),
        NumpyScanner(),
        GgufScanner(),
        Hdf5Scanner(),
        SevenZipScanner(),
        TarScanner(),
        CompressedScanner(),
        SafetensorsScanner(),
        SavedModelScanner(),
        OnnxScanner(),
        JsonScanner(),
        PickleScanner(),
    ]
