"""Language guess from function words."""

from newsline.text.language import guess_language

EN = (
    "The ferry crews said on Monday that the strike would go on until the company paid "
    "the overtime it owes, and the island council has asked both sides to meet at the harbour."
)
DE = (
    "Die Fährleute sagten am Montag, dass der Streik weitergehen werde, bis die Firma die "
    "Überstunden bezahlt, und der Inselrat hat beide Seiten zu einem Treffen im Hafen gebeten."
)
FR = (
    "Les équipages des ferries ont dit lundi que la grève continuerait tant que la société "
    "ne paierait pas les heures dues, et le conseil de l'île a demandé une rencontre au port."
)


def test_languages_are_told_apart() -> None:
    assert guess_language(EN) == "en"
    assert guess_language(DE) == "de"
    assert guess_language(FR) == "fr"


def test_thin_or_non_prose_evidence_gives_none() -> None:
    assert guess_language("Ferry strike") is None
    assert guess_language(" ".join(["Xylo Quartz Zebra"] * 10)) is None
