"""Built-in format scanners, in sniffing order (strong magic numbers first, pickle last).

``default_scanners`` hands out lazy stand-ins: each sniffs with the stdlib-only checks of
:mod:`.sniff` and imports its scanner module on the first file it must read. Scanning one
pickle therefore loads the pickle analyser and nothing of HDF5, ONNX, GGUF or 7z.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module

from assura.artifacts.interface import FormatScanner, ScanContext
from assura.artifacts.scanners import sniff
from assura.findings import Finding

__all__ = ["LazyScanner", "default_scanners"]

Sniffer = Callable[[bytes, str], bool]

# (scanner id, sniffer, module under assura.artifacts.scanners, class), in sniffing order.
_BUILTIN: tuple[tuple[str, Sniffer, str, str], ...] = (
    ("zip", sniff.zip_archive, "zip_scanner", "ZipScanner"),
    ("numpy", sniff.numpy, "numpy_scanner", "NumpyScanner"),
    ("gguf", sniff.gguf, "gguf_scanner", "GgufScanner"),
    ("hdf5", sniff.hdf5, "hdf5_scanner", "Hdf5Scanner"),
    ("7z", sniff.sevenzip, "sevenzip_scanner", "SevenZipScanner"),
    ("tar", sniff.tar, "tar_scanner", "TarScanner"),
    ("compressed", sniff.compressed, "compressed_scanner", "CompressedScanner"),
    ("safetensors", sniff.safetensors, "safetensors_scanner", "SafetensorsScanner"),
    ("tf-savedmodel", sniff.savedmodel, "savedmodel_scanner", "SavedModelScanner"),
    ("onnx", sniff.onnx, "onnx_scanner", "OnnxScanner"),
    ("json", sniff.json_config, "json_scanner", "JsonScanner"),
    ("pickle", sniff.pickle, "pickle_scanner", "PickleScanner"),
)


class LazyScanner:
    """A built-in scanner that imports its module on first ``scan`` (``sniff`` never does)."""

    def __init__(self, scanner_id: str, sniffer: Sniffer, module: str, cls: str) -> None:
        self._id = scanner_id
        self._sniff = sniffer
        self._where = (f"{__name__}.{module}", cls)
        self._impl: FormatScanner | None = None

    @property
    def id(self) -> str:
        return self._id

    def sniff(self, head: bytes, name: str) -> bool:
        return self._sniff(head, name)

    def load(self) -> FormatScanner:
        """The real scanner (imported and built once)."""
        if self._impl is None:
            module, cls = self._where
            impl: FormatScanner = getattr(import_module(module), cls)()
            if impl.id != self._id:  # a wiring mistake in _BUILTIN (tested)
                raise RuntimeError(f"scanner {module}.{cls} has id {impl.id!r}, not {self._id!r}")
            self._impl = impl
        return self._impl

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        return self.load().scan(ctx)


def default_scanners() -> list[FormatScanner]:
    """A fresh list of the built-in scanners; callers may reorder or extend it."""
    return [LazyScanner(*spec) for spec in _BUILTIN]
