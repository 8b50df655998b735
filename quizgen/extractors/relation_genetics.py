"""Genetic features stated in prose: gene mutations and their kin, chromosome losses and
gains, HLA alleles, genes named by what they encode, gene loci and modes of inheritance."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, same_name
from quizgen.extractors.relation_common import GENETICS, NEGATED, Relation, names_subject
from quizgen.model import Article

__all__ = [
    "gene_loci",
    "genetic_features",
    "genetic_mentions",
    "inheritance_modes",
    "named_genes",
]


# A gene symbol, with the protein change after it when there is one ("BRAF V600E").
_GENE = r"(?P<gene>[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,7})?(?:\s[A-Z]\d{1,4}[A-Z])?)"
_GENETIC_WORD = (
    r"(?P<what>(?i:mutant|mutated|mutations?|wild-?type|amplifications?|amplified|deletions?|"
    r"deleted|fusions?|rearrangements?|rearranged|promoter\s+methylation|methylation|"
    r"methylated|overexpression|codeletion|co-deletion|loss|polymorphisms?))"
)
_ARM = r"(?P<arm>\d{1,2}[pq](?:\d{1,2}(?:\.\d{1,2})?)?(?:/\d{1,2}[pq](?:\d{1,2})?)?)"
_GENETIC: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\w-]){_GENE}(?:\s*-\s*|\s+)(?:gene\s+)?{_GENETIC_WORD}\b"),
    # "Rearrangements of the FN1 and ACVR2A genes": each gene coordinated after the first too
    re.compile(
        rf"\b{_GENETIC_WORD}\s+(?:in|of)\s+(?:the\s+)?{_GENE}"
        r"(?P<more>(?:,\s*[A-Z][A-Z0-9]{1,7}){0,6},?\s+(?:or|and)\s+[A-Z][A-Z0-9]{1,7}(?=\s+genes\b))?"
        r"(?:\s+genes?)?\b"
    ),
    re.compile(
        # "TRAF7, KLF4 or SMO mutations", "PTCH1 or SUFU mutations"
        r"(?<![\w-])(?P<genes>(?:[A-Z][A-Z0-9]{1,7},\s*){0,6}[A-Z][A-Z0-9]{1,7},?\s+(?:or|and)\s+)"
        rf"{_GENE}\s+(?:gene\s+)?{_GENETIC_WORD}\b"
    ),
    re.compile(rf"(?<![\w-]){_ARM}\s*(?P<what>deletion|loss|gain|codeletion|co-deletion)\b", re.I),
    re.compile(
        r"\b(?P<what>deletion|loss|gain)\s+of\s+(?:chromosome\s+(?:arm\s+)?)?"
        r"(?P<arm>\d{1,2}[pq]?(?:\d{1,2})?)\b"
        # "loss of 7-10% of body weight", "gain of 5 kg": an amount, no chromosome
        r"(?!\s{0,2}(?:[-–%.,]\s{0,2}\d|%|kg|g\b|lb|cm|mm|per\s?cent|years?|months?))",
        re.I,
    ),
    re.compile(
        r"\b(?P<whole>(?:monosomy|trisomy)\s+\d{1,2}|t\(\d{1,2};\d{1,2}\)(?:\(\w+;\w+\))?)",
        re.I,
    ),
    # "Activating mutations in the beta-catenin gene": a gene named in words, before "gene"
    re.compile(
        rf"\b{_GENETIC_WORD}\s+(?:in|of)\s+the\s+(?P<gene>(?=[a-z0-9-]{{0,30}}[a-z])"
        r"[a-z0-9-]{2,30}(?:\s[a-z0-9-]{2,20})?)\s+gene\b"
    ),
    # "Susceptibility is linked to HLA-B*52", "HLA-B27": an HLA allele
    re.compile(r"(?<![\w-])(?P<whole>HLA-[A-Z]{1,4}\d{0,2}\*?\d{1,4}(?::\d{1,4})?)\b"),
)
_GENETIC_FORMS = {
    "mutant": "mutation",
    "mutated": "mutation",
    "mutations": "mutation",
    "wildtype": "wild-type",
    "amplifications": "amplification",
    "amplified": "amplification",
    "deletions": "deletion",
    "deleted": "deletion",
    "fusions": "fusion",
    "rearrangements": "rearrangement",
    "rearranged": "rearrangement",
    "methylated": "methylation",
    "co-deletion": "codeletion",
    "polymorphisms": "polymorphism",
}
# A genetic word before another condition's name describes that condition, not the subject
# ("unlike IDH-mutant astrocytomas").
# So does one inside a syndrome's name ("the TSC2/PKD1 gene deletion syndrome").
_FOLLOWED_BY_NAME = re.compile(r"^\s+\w*(?:omas?|tumou?rs?|lesions?|syndromes?)\b", re.I)


# "TSC1 is located on chromosome 9q34", "PKD1 on chromosome 16p13.3": a gene and its locus.
_GENE_LOCUS = re.compile(
    r"(?<![\w-])(?P<gene>[A-Z][A-Z0-9]{1,7})(?:\s+gene)?\s+(?:(?:is|are)\s+)?"
    r"(?:(?:located|mapped|found|situated)\s+)?on\s+(?:the\s+)?(?:short\s+|long\s+)?"
    r"(?:arm\s+of\s+)?chromosome\s+(?P<locus>\d{1,2}(?:[pq]\d{1,2}(?:\.\d{1,2})?)?|X|Y)\b"
)


def gene_loci(clause: Clause) -> Iterator[Relation]:
    if "chromosome" not in clause.sentence.text:
        return  # fail fast
    text = clause.sentence.text
    for match in _GENE_LOCUS.finditer(text):
        if not NEGATED.search(text[: match.start()]):
            # "TSC1 is located on …" opens the sentence: the gene is the topic's
            gene = match.group("gene")
            subject = clause.topic if same_name(clause.own, gene) else clause.subject
            yield Relation(GENETICS, subject, f"{gene} (chromosome {match.group('locus')})")


# "Hereditary multiple exostoses is an autosomal dominant condition", "inheritance is
# autosomal dominant", "inherited in an X-linked recessive fashion": the mode of inheritance.
_INHERITANCE = re.compile(
    r"(?:\binheritance\s+is\s+|\binherited\s+(?:in\s+|as\s+)?(?:an?\s+)?|"
    r"^(?:is|are)\s+(?:an?\s+)?)"
    r"(?P<mode>autosomal[\s-]+(?:dominant|recessive)|X-linked(?:\s+(?:dominant|recessive))?)\b",
    re.I,
)
_INHERITANCE_OWN = re.compile(
    r"^(?:the\s+)?(?:inheritance|transmission|mode\s+of\s+inheritance)$", re.I
)


def inheritance_modes(article: Article, clause: Clause) -> Iterator[Relation]:
    if "utosomal" not in clause.sentence.text and "linked" not in clause.sentence.text:
        return  # fail fast
    own_is_mode = bool(_INHERITANCE_OWN.match(clause.own))
    if clause.own and not own_is_mode and not names_subject(clause, article):
        return  # "The recessive form is autosomal recessive": another condition's
    text = clause.sentence.text if own_is_mode else clause.rest
    for match in _INHERITANCE.finditer(text):
        if not NEGATED.search(text[: match.start()]):
            mode = re.sub(r"[\s-]+", " ", match.group("mode").lower()).replace(
                "x linked", "X-linked"
            )
            subject = clause.topic if own_is_mode else clause.subject
            yield Relation(GENETICS, subject or article.title, mode)


# One of these opens every genetic pattern's key word: a sentence without any fails fast.
_GENETIC_HINT = re.compile(
    r"mut|wild|amplif|delet|fusion|rearrang|methyl|overexpress|loss|gain|polymorph|HLA-|"
    r"somy|t\(",
    re.I,
)


# Upper-case abbreviations of fluids, organs, vessels, measures and tests: never a gene.
_NOT_GENES = frozenset(
    (
        *("CSF", "CNS", "PNS", "GI", "GU", "ECG", "EEG", "EMG", "CT", "MRI", "MR", "US", "PET"),
        *("DWI", "ADC", "LV", "RV", "LA", "RA", "IVC", "SVC", "BP", "CBF", "CBV", "GFR"),
        *("FEV1", "HU", "BMI", "ICP", "ICA", "MCA", "ACA", "PCA", "SMA", "SMV", "IMA", "ICU"),
    )
)
_ROMAN = re.compile(r"[IVX]{1,5}")
_SYMBOL_AFTER_GENE = re.compile(r"\s{1,3}\(?(?P<symbol>[A-Z][A-Z0-9]{1,7})\b(?![a-z-])")


def genetic_mentions(text: str) -> Iterator[str]:
    if not _GENETIC_HINT.search(text):
        return
    for pattern in _GENETIC:
        for match in pattern.finditer(text):
            if NEGATED.search(text[: match.start()]) or _FOLLOWED_BY_NAME.match(
                text[match.end() :]
            ):
                continue
            found = match.groupdict()
            gene = (found.get("gene") or "").split(" ")[0]
            if gene in _NOT_GENES or _ROMAN.fullmatch(gene):
                # "Loss of CSF buoyancy": a fluid, an organ or a test, no gene; "type III
                # fusion": a class's numeral, no gene
                continue
            if found.get("whole"):
                yield found["whole"]
                continue
            what = re.sub(r"\s+", " ", found["what"].lower())
            what = _GENETIC_FORMS.get(what.replace("wild-type", "wildtype"), what)
            name = found.get("gene") or found.get("arm") or ""
            symbol = _SYMBOL_AFTER_GENE.match(text, match.end())
            if symbol and name.islower():
                # "mutations in the chloride channel gene CLCN7": the symbol names the gene
                name = symbol.group("symbol")
            if found.get("arm") and not re.search(r"[pq]", name):
                name = f"chromosome {name}"
            for gene in re.findall(r"[A-Z][A-Z0-9]{1,7}", found.get("genes") or ""):
                yield f"{gene} {what}"  # "TRAF7, KLF4 or SMO mutations": one per gene
            yield f"{name} {what}"
            for gene in re.findall(r"[A-Z][A-Z0-9]{1,7}", found.get("more") or ""):
                if gene not in _NOT_GENES:
                    yield f"{gene} {what}"  # "mutations of the IDH1 and IDH2 genes"


def genetic_features(text: str) -> list[str]:
    """The genetic features a phrase names ("due to RET mutations" → "RET mutation")."""
    return list(dict.fromkeys(genetic_mentions(text)))


# "mutations affect the genes encoding beta-myosin heavy chain (MYH7) or troponin T (TNNT2)"
_GENES_ENCODING = re.compile(
    r"\b(?:mutations?|variants?)\b[^.;]{0,60}?\bgenes?\s+(?:encoding|coding\s+for|for)\s+", re.I
)
_SYMBOL_IN_PARENTHESES = re.compile(r"\((?P<gene>[A-Z][A-Z0-9]{1,7})\)")


def named_genes(text: str) -> Iterator[str]:
    match = _GENES_ENCODING.search(text)
    if match is None or NEGATED.search(text[: match.start()]):
        return
    for gene in _SYMBOL_IN_PARENTHESES.finditer(text, match.end(), match.end() + 240):
        yield f"{gene.group('gene')} mutation"
