"""Prompt injection and jailbreak: normalisation → patterns → classifier → suffix heuristic.

The layers:
1. :func:`~assura.guard.normalize.normalize` undoes homoglyphs, invisible and tag
   characters, fullwidth letters; a leetspeak variant and decoded base64/hex/ROT13
   segments (:func:`~assura.guard.decoders.decoded_variants`) are scanned too.
2. Weighted multilingual patterns (:mod:`assura.guard.patterns`; a quoted mention of an
   attack counts for less than the attack).
3. A shipped n-gram logistic-regression classifier, over windows of long text (the
   highest window wins), calibrated so that 0.5 is its 1%-FPR point on validation data:
   the English model for English prompts, the multilingual one (trained also on rows
   written in 36 languages and on documents) for other languages, documents and tool
   results (:mod:`assura.guard.language`).
   In a document or tool result that never names the model, its user or its
   instructions (:mod:`assura.guard.reader`), the classifier's score on the plain text is
   halved: it was trained mostly on prompts and reads imperatives meant for people as
   instructions. Encoded and leetspeak readings are not for people and keep their score.
4. The adversarial-suffix heuristic (:mod:`assura.guard.gibberish`).
5. In a user's own turn, a harmful request wrapped in a frame (a story, a game, a dead
   relative, a persona without limits: :mod:`assura.guard.framing`), which counts as a
   pattern; in content, a passage that names what its reader does with it and dictates
   the result (:mod:`assura.guard.steering`), which counts as a pattern too (at the
   weight of the reader-aimed patterns in a user's turn).
Scores combine as a noisy-OR of patterns and classifier, then the max with the suffix.
A text about attacks (a write-up, a red-team report, an essay: :mod:`assura.guard.discussion`)
has that evidence weighed down, the suffix heuristic's excepted.
With the optional embedding tier (:mod:`assura.guard.semantic`), an English prompt's score
is then the mean of that and the embedding head's score, recalibrated, or the pattern or
suffix score where that is higher; documents, tool results and other languages keep the
default tiers' score (the head reads them poorly, and the encoder's vocabulary is English).
System messages are trusted and skipped unless ``scan_system``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.classifier import Model, calibrate
from assura.guard.decoders import decoded_variants
from assura.guard.discussion import Discussion
from assura.guard.framing import Framing
from assura.guard.gibberish import suffix_score
from assura.guard.interface import Direction, Role, ScanContext, ScanResult, Span
from assura.guard.language import mostly_english
from assura.guard.normalize import leet_sentences, normalize
from assura.guard.patterns import PatternSet
from assura.guard.reader import ReaderCues, default_cues
from assura.guard.scanners._base import finding
from assura.guard.semantic import SemanticModel
from assura.guard.steering import Steering

__all__ = ["PromptInjectionScanner"]

REFS = ("LLM01:2025", "AML.T0051")
MAX_CHARS = 200_000
SHORT_WORDS = 4
USER_INDIRECT = 0.6  # phrasings aimed at an AI reading content weigh less in a user turn
UNADDRESSED = 0.5  # a document that never names the model: the classifier alone cannot block


class PromptInjectionScanner:
    id: ClassVar[str] = "prompt_injection"
    direction: ClassVar[Direction] = Direction.INPUT

    def __init__(
        self,
        *,
        patterns: PatternSet | None,
        model: Model | None,
        multi_model: Model | None = None,
        gibberish: bool = True,
        scan_system: bool = False,
        cues: ReaderCues | None = None,
        semantic: SemanticModel | None = None,
        framing: Framing | None = None,
        discussion: Discussion | None = None,
        steering: Steering | None = None,
    ) -> None:
        self.patterns = patterns
        self.framing = framing
        self.steering = steering
        self.discussion = discussion
        self.semantic = semantic
        self.cues = cues or default_cues()
        self.model = model
        self.multi_model = multi_model
        self.gibberish = gibberish
        self.scan_system = scan_system

    def _model(self, text: str, ctx: ScanContext) -> Model | None:
        """The English model for English prompts; the multilingual one, which was also
        trained on documents and tool results, for those and for other languages."""
        if self.multi_model is None or (not ctx.role.indirect and mostly_english(text)):
            return self.model
        return self.multi_model

    @staticmethod
    def _calibrate(model: Model, p: float) -> float:
        """Map the model's 1%-FPR point on validation data to 0.5."""
        return calibrate(p, float(model.meta.get("threshold", 0.5)))

    def _unaddressed(self, normalized: str, ctx: ScanContext) -> float:
        """The classifier's weight: lower in content that never speaks to the model."""
        if ctx.role.indirect and not self.cues.present(normalized):
            return UNADDRESSED
        return 1.0

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        if (ctx.role is Role.SYSTEM and not self.scan_system) or not text.strip():
            return ScanResult.clean()
        text = text[:MAX_CHARS]
        norm = normalize(text)
        variants: list[tuple[str, str]] = [("text", norm.text)]
        lv = leet_sentences(norm.text)
        if lv:
            variants.append(("leetspeak", lv))
        variants.extend(("decoded", normalize(d).text) for d in decoded_variants(text))
        findings: list[Finding] = []
        spans: list[Span] = []
        # the layers that count as patterns: the best of them is one side of the noisy-OR
        pat = max(
            self._patterns(text, norm.text, variants, ctx, findings, spans),
            self._framing(norm.text, ctx, findings),
            self._steering(norm.text, ctx, findings),
        )
        clf = self._classifier(text, norm.text, variants, ctx, findings)
        gib = self._suffix(text, findings)
        score = max(1.0 - (1.0 - pat) * (1.0 - clf), gib)
        if self.semantic is not None and not ctx.role.indirect and mostly_english(text):
            # a pattern or suffix verdict stands: only the classifier's evidence is averaged
            sem = self._semantic(self.semantic, norm.text, findings)
            score = max(pat, gib, self.semantic.blend(min(1.0, score), sem))
        score = min(1.0, score)
        if self.discussion is not None and score > 0.0:
            about = self.discussion.about_attacks(norm.text)
            if about:
                score = max(gib, score * self.discussion.weight)
                findings = [_about(f, about, self.discussion.weight) for f in findings]
        return ScanResult(score, tuple(spans), tuple(findings))

    def _patterns(
        self,
        text: str,
        normalized: str,
        variants: list[tuple[str, str]],
        ctx: ScanContext,
        findings: list[Finding],
        spans: list[Span],
    ) -> float:
        """The best pattern hit over every reading; spans only where they map back to
        ``text`` (an ASCII text's own reading)."""
        if self.patterns is None:
            return 0.0
        pat = 0.0
        seen: set[str] = set()
        for where, v in variants:
            for h in self.patterns.hits(v, content=ctx.role.indirect):
                if h.pattern.id in seen:
                    continue
                seen.add(h.pattern.id)
                if h.pattern.indirect and not ctx.role.indirect:
                    h = replace(h, score=h.score * USER_INDIRECT)
                pat = max(pat, h.score)
                if where == "text" and normalized is v and text.isascii():
                    spans.append(Span(h.start, h.end, "injection", redactable=False))
                findings.append(
                    finding(
                        "GUARD-PI-001",
                        Severity.HIGH if h.score >= 0.8 else Severity.MEDIUM,
                        f"prompt-injection pattern {h.pattern.id} matched ({where})",
                        scanner=self.id,
                        label="injection",
                        score=h.score,
                        references=REFS,
                        pattern=h.pattern.id,
                        lang=h.pattern.lang,
                        variant=where,
                        excerpt=h.excerpt,
                    )
                )
        return pat

    def _framing(self, normalized: str, ctx: ScanContext, findings: list[Finding]) -> float:
        """A harmful request in a frame, in a user's own turn."""
        if self.framing is None or ctx.role.indirect:
            return 0.0
        fr = self.framing.find(normalized)
        if fr is None:
            return 0.0
        what = (
            "framed as fiction, a game or a persona"
            if fr.framed
            else "put to a persona without limits"
        )
        findings.append(
            finding(
                "GUARD-PI-005",
                Severity.MEDIUM,
                f"harmful request {what}",
                scanner=self.id,
                label="jailbreak",
                score=fr.score,
                references=REFS,
                excerpt=normalized[fr.start : fr.end][:120],
            )
        )
        return fr.score

    def _steering(self, normalized: str, ctx: ScanContext, findings: list[Finding]) -> float:
        """Content that tells whoever processes it what to say, hide or do."""
        if self.steering is None:
            return 0.0
        st = self.steering.find(normalized)
        if st is None:
            return 0.0
        score = st.score if ctx.role.indirect else st.score * USER_INDIRECT
        findings.append(
            finding(
                "GUARD-PI-006",
                Severity.MEDIUM,
                "content tells whoever processes it what to say, hide or do",
                scanner=self.id,
                label="injection",
                score=score,
                references=REFS,
                excerpt=normalized[st.start : st.start + 160],
            )
        )
        return score

    def _classifier(
        self,
        text: str,
        normalized: str,
        variants: list[tuple[str, str]],
        ctx: ScanContext,
        findings: list[Finding],
    ) -> float:
        """The calibrated classifier score: the text's best window, weighed down in content
        that never addresses the model and in very short texts, or a decoded reading's."""
        model = self._model(text, ctx)
        if model is None:
            return 0.0
        best = model.score(normalized)
        clf = self._calibrate(model, best.probability) * self._unaddressed(normalized, ctx)
        words = len(normalized.split())
        if words < SHORT_WORDS:  # a greeting is not evidence; short attacks hit patterns
            words = max(words, sum(1 for c in normalized if c >= "\u3040") // 2)  # CJK
            clf *= min(words, SHORT_WORDS) / SHORT_WORDS
        where = "text"
        for kind, v in variants[1:]:  # the leetspeak and decoded readings: not for people
            vm = self._model(v, ctx) or model
            c = self._calibrate(vm, vm.probability(v[:2000]))
            if c > clf:
                clf, where = c, kind
        if clf >= 0.5:
            findings.append(
                finding(
                    "GUARD-PI-002",
                    Severity.HIGH if clf >= 0.8 else Severity.MEDIUM,
                    f"prompt-injection classifier score {clf:.2f} ({where})",
                    scanner=self.id,
                    label="injection",
                    score=clf,
                    references=REFS,
                    variant=where,
                    window=[best.start, best.end] if where == "text" else None,
                )
            )
        return clf

    def _suffix(self, text: str, findings: list[Finding]) -> float:
        """The adversarial-suffix heuristic's score (at most 0.75)."""
        gib = suffix_score(text) * 0.75 if self.gibberish else 0.0
        if gib >= 0.5:
            findings.append(
                finding(
                    "GUARD-PI-003",
                    Severity.MEDIUM,
                    "adversarial suffix: token soup of glued punctuation at the end of the text",
                    scanner=self.id,
                    label="adversarial_suffix",
                    score=gib,
                    references=("LLM01:2025", "AML.T0054"),
                )
            )
        return gib

    def _semantic(self, semantic: SemanticModel, normalized: str, findings: list[Finding]) -> float:
        """The embedding head's score (the optional tier)."""
        sem = semantic.score(normalized)
        if sem >= 0.5:
            findings.append(
                finding(
                    "GUARD-PI-004",
                    Severity.HIGH if sem >= 0.8 else Severity.MEDIUM,
                    f"embedding-tier score {sem:.2f} (all-MiniLM-L6-v2 and a trained head)",
                    scanner=self.id,
                    label="injection",
                    score=sem,
                    references=REFS,
                )
            )
        return sem


def _about(f: Finding, about: tuple[str, ...], weight: float) -> Finding:
    """``f`` marked as found in a text about attacks (its own score kept; the scanner's is
    weighed by ``weight``), unless it is the suffix heuristic's, which is not weighed."""
    if f.rule_id == "GUARD-PI-003":
        return f
    return replace(f, data={**f.data, "about_attacks": list(about), "weighed": weight})
