"""A word typed twice: 「的的」, 「万元万元」, 「根据根据」, 「1837600元元」, 「急救中心中心」, 「十、、」, a sentence
written twice in a row — in running text and headings, never in a line read from a table's stacked header cells."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..sentences import sentence_at
from .unit_name import UNIT_KINDS

# the unit kinds of more than one character (「中心」, 「委员会」): a unit's name ends with one of them, once
_KINDS = "|".join(k for k in UNIT_KINDS.removeprefix("(?:").removesuffix(")").split("|") if len(k) > 1)
# words never doubled in prose: "的的" (but "目的的", "的的确确"), "万元万元"
_DOUBLED = re.compile(
    r"(?<!目)(的)\1(?!确)|(万元)\2"
    # a place's or a unit's name typed twice back to back: "汨罗市汨罗市" (not column words: "项目支出项目支出" is
    # two tables' headers side by side in a copied PDF)
    r"|([\u4e00-\u9fff]{1,10}?(?:省|市|县|区|局|镇|乡|办|中心|委|院|所|厅))\3"
    # the last character of a budget word typed twice where no word has it twice: "经费费", "支出出", "收入入"
    r"|(?<=[\u4e00-\u9fff])([费出入金])\4(?![\u4e00-\u9fff]*?[进])"
    # a numbered item's label typed twice before its colon: "3.人员情况人员情况："
    r"|(?<=[\d一二三四五六七八九十][.、．])([\u4e00-\u9fff]{2,8})\5(?=\s*[：:])"
    # a budget word typed twice back to back: "支出支出", "经费经费", "事业单位单位" (no such word is doubled in prose)
    r"|(支出|收入|经费|预算|决算|资金|单位)\6"
    # a lead-in of four characters or more typed again after itself, its 是 between: "主要原因是主要原因"
    r"|([\u4e00-\u9fff]{4,12})(是|为)\7\8?"
    # the 市/县/区 of a place's name typed again before its 委: "中共常德市市委" (not "各县县委", "全市市委")
    r"|(?<=[\u4e00-\u9fff]{2})(?<![各全本该每此其两几多诸])([市县区])\9(?=委)"
    # a unit's kind of two characters or more typed again right after its name: "急救中心中心", "某某小学学校"
    # does not double (no word is two kinds at once)
    rf"|(?<=[\u4e00-\u9fff])({_KINDS})\10"
    # a list number's 、 typed twice at the head of its line (a 目录 line, a heading): "十、、财政拨款…"
    r"|(?:^|(?<=\n))[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})(、)\11"
    # a unit of money typed twice after its amount: "1837600元元", "5.00万元元" (the amount's digits are shown too)
    r"|(?<=\d)((?:亿|万)?元)(?:\12|(?<=[万亿]元)元)"
    # a sentence of eight characters or more written again right after itself, from where a sentence or a clause
    # after a colon begins: "主要职责是：为人民提供医疗服务。为人民提供医疗服务。"
    r"|(?<![^。！？!?；;：:\n])([^。！？!?\n\s]{8,}[。！？!?])\13"
    # a preposition or conjunction typed twice (no such word is reduplicated): "根据根据", "按照按照", "以及以及"
    r"|(根据|按照|依据|依照|通过|对于|关于|由于|因为|为了|以及|并且|其中|包括|主要|用于|较上年|比上年)\14"
)
# a field's label opening right after a title that ends in the same word, run together where a PDF's copy lost the
# space between them: 「…区级单位预算 预算单位：…」, a table's caption 「…事业单位 单位：万元」 (not a word typed twice)
_LABEL_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}\s*[：:]|\s*[：:]\s*(?:亿元|万元|元)")


def rule_doubled_words(blocks: list[Block]) -> list[ReviewFinding]:
    """ "的的", "万元万元": a word typed twice."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _DOUBLED.finditer(b.text):
            word = next(g for g in m.groups() if g)
            written = m.group(0)
            if m.group(6) and _LABEL_AFTER.match(b.text, m.end()):
                continue
            if m.group(13) and (b.text.startswith(word, m.end()) or b.text[: m.start()].endswith(word)):
                continue  # a sentence three times or more in a row: a run of filler, not one typed twice
            if m.group(7):  # the lead-in kept once, with its 是
                word = m.group(7) + (m.group(8) or "")
            if not _in_prose(b.text, m.start(), m.end(), single=bool(m.group(4) or m.group(7) or m.group(9)),
                             anywhere=bool(m.group(1) or m.group(12) or m.group(13) or m.group(14))):
                continue
            if m.group(4):  # one character twice: shown with the word it ends ("经费费" → "经费")
                written, word = b.text[m.start() - 1 : m.end()], b.text[m.start() - 1] + word
            if m.group(9):  # shown with the place's name and its 委: "常德市市委" → "常德市委"
                written, word = b.text[m.start() - 2 : m.end() + 1], b.text[m.start() - 2 : m.start() + 1] + "委"
            if m.group(10):  # shown with the name it ends: "急救中心中心" → "急救中心"
                at = max(m.start() - 2, 0)
                written, word = b.text[at : m.end()], b.text[at : m.start()] + word
            if m.group(11):  # the number with its 、 once: "十、、" → "十、"
                written = m.group(0).strip(" \t\u3000")
                word = written[:-1]
            if m.group(12):  # shown with its amount: "1837600元元" → "1837600元"
                amount = re.search(r"[\d,，.]*$", b.text[: m.start()]).group(0)  # type: ignore[union-attr]
                written, word = amount + m.group(0), amount + word
            quote = sentence_at(b.text, m.start())
            if m.group(13):  # both sentences
                quote = quote[: quote.find(written[:8])] + written if written[:8] in quote else written
            out.append(replace(finding(
                CODES["R-REPEAT"].level, "R-REPEAT", f"“{written}”重复：应为“{word}”。",
                bi, b, quote, expected=word,
            ), figure=written))
    return out


def _in_prose(text: str, start: int, end: int, single: bool, anywhere: bool = False) -> bool:
    """Whether a doubling sits in running text, not in a line read from a table it could not be read
    as ("科目编码科目名称入合计款收入助收入入入入": header cells stacked): never inside a longer run of the
    same character; one character doubled ("经费费") only in a sentence with its punctuation. ``anywhere``: a
    doubling no table's words make ("的的"), a slip in a heading too ("第一部分 某中心的的主要职责")."""
    if text[start - 1 : start] == text[start : start + 1] or text[end : end + 1] == text[end - 1 : end]:
        return False  # "入入入": a run, not a word typed twice
    if anywhere:
        return True
    sent = sentence_at(text, start)
    if not re.search(r"[，,；;：:。]", sent):
        # a line with no sentence punctuation: a heading that opens with the name ("汨罗市汨罗市…局概况"), else
        # column words of a table, not prose
        lead = text[: start].rsplit("\n", 1)[-1]
        return not single and not lead.strip(" 　第一二三四五六七八九十部分、.（）()0123456789")
    return not single or bool(re.search(r"[，,；;。]", sent))
