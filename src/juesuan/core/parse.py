"""From a plain mapping (a TOML document, or the blocks of a workbook) to ``UnitData``.

One parser for every source. Whatever it cannot use becomes a finding naming the key
path; everything else is kept, so one bad cell never stops the run.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from . import catalog as c
from .findings import Finding, Level, Path, format_path
from .model import Line, Settings, Unit, UnitData

MAX_AMOUNT = Decimal(10) ** 15  # 1000万亿元: anything larger is a typing error
MAX_DIGITS = 15  # significant digits a workbook cell (a double) holds exactly
MAX_COUNT = 10**7  # people, vehicles, batches: anything larger is a typing error
MAX_TEXT = 32767  # characters an Excel cell holds
MAX_NAME = 200  # characters of a unit's, a line's or a reason's name
CENT = Decimal("0.01")
TOP_KEYS = (
    "schema", "unit", "people", "settings", "income", "spending", "functions", "economics",
    "controlled", "quantities", "balances", "assets", "reasons", "text",
    "disclosure",  # read by juesuan.core.public_inputs (sources.datafile.parse_document)
)
LINE_TABLES: dict[str, tuple[str, ...]] = {
    # table: (allowed items or () for coded lines)
    "income": c.INCOME_ITEMS,
    "spending": c.SPENDING_ITEMS,
    "controlled": c.CONTROLLED_ITEMS,
}
CODED_TABLES = ("functions", "economics")
TABLE_LABELS = {
    "income": "收入", "spending": "支出", "functions": "支出功能分类", "economics": "支出经济分类",
    "controlled": "三公经费、会议费、培训费", "balances": "结转结余", "assets": "资产负债",
}


RowPlaces = Callable[[str, int], tuple[str, int] | None]
"""(table key, line index) → (the place's name, the row number a person sees there): a workbook reader's
``("“功能分类”表", 12)``; None where the line has no such row (a data file: its ``第{index + 1}行``)."""


class Reader:
    def __init__(self, rows: RowPlaces | None = None) -> None:
        self.findings: list[Finding] = []
        self._rows = rows

    def _row(self, table: str, i: int) -> tuple[str, int] | None:
        return self._rows(table, i) if self._rows is not None else None

    def where(self, table: str, label: str, i: int) -> str:
        """Line ``i`` of ``table`` as the person finds it: ``支出功能分类第3行`` (the data file's third entry),
        or the sheet row a workbook reader names (``“功能分类”表第7行``)."""
        found = self._row(table, i)
        return f"{found[0]}第{found[1]}行" if found else f"{label}第{i + 1}行"

    def rows_of(self, table: str, first: int, second: int) -> str:
        """Two lines of one table (a duplicate): ``第1行和第3行``, or their sheet rows."""
        a, b = self._row(table, first), self._row(table, second)
        if a and b:
            return f"{a[0]}第{a[1]}行和第{b[1]}行"
        return f"第{first + 1}行和第{second + 1}行"

    def error(self, code: str, message: str, path: Path, level: Level = Level.ERROR) -> None:
        self.findings.append(Finding(level, code, message, path))

    # -- scalars -----------------------------------------------------------------------------

    def amount(self, value: Any, path: Path, what: str) -> Decimal | None:
        """An amount in 元: a number with at most 2 decimals, not negative, at most 15 significant
        digits. A value with more decimals that are noise below the 15th digit (25000.100000000002,
        pasted from a computation) is taken at the cent it shows, with a 提示."""
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            shown = _shown(value)
            hint = _number_hint(value, sheet=self._rows is not None)
            self.error("E-NOT-NUMBER", f"{what}应为数字，现为“{shown}”{hint}。请改为以元为单位的数字。", path)
            return None
        number = _decimal(value)
        if number is None or not number.is_finite():
            self.error("E-NOT-NUMBER", f"{what}不是有限数字（{format_path(path)}）。", path)
            return None
        if number and number.adjusted() >= MAX_AMOUNT.adjusted():  # no arithmetic: 1e99999999 overflows
            self.error("E-TOO-LARGE", f"{what}为{number:.3E}，超出合理范围（应小于1000万亿元）。请核对单位是否为元。",
                       path)
            return None
        if number != number.quantize(CENT, rounding="ROUND_DOWN"):
            try:
                shown15 = number.quantize(Decimal(1).scaleb(number.adjusted() - MAX_DIGITS + 1))
            except InvalidOperation:
                shown15 = number
            if shown15 != shown15.quantize(CENT, rounding="ROUND_DOWN"):
                self.error(
                    "E-DECIMALS", f"{what}为{number}，金额最多保留2位小数（到分）。请核对后重新填写。", path
                )
                return None
            self.error("I-ROUNDED", f"{what}为{number}，按显示的金额取为{shown15.quantize(CENT)}元"
                       "（多出的尾数是复制计算结果带来的微小误差）。", path, Level.INFO)
            number = shown15
        if len((number + 0).normalize().as_tuple().digits) > MAX_DIGITS:
            self.error("E-TOO-PRECISE", f"{what}为{number}，超过15位有效数字，Excel 无法精确保存。请核对。", path)
            return None
        if number < 0:
            self.error("E-NEGATIVE", f"{what}为负数（{number}），此处金额不能为负。请核对。", path)
            return None
        return (number + 0).quantize(CENT)  # -0 normalised; always to the cent, whatever the source wrote

    def count(self, value: Any, path: Path, what: str) -> int | None:
        """A non-negative whole number below ``MAX_COUNT`` (magnitude checked before ``int()``)."""
        number = None if isinstance(value, bool) else _decimal(value)
        if number is None or not number.is_finite() or number != number.to_integral_value():
            self.error("E-NOT-INTEGER", f"{what}应为非负整数，现为“{_shown(value)}”。", path)
            return None
        if number < 0:
            self.error("E-NEGATIVE", f"{what}不能为负数（{number}）。", path)
            return None
        if number >= MAX_COUNT:
            self.error("E-TOO-LARGE", f"{what}为{number:.3E}，超出合理范围（应小于{MAX_COUNT}）。请核对。", path)
            return None
        return int(number)

    def text(self, value: Any, path: Path, what: str) -> str | None:
        if isinstance(value, int | Decimal | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error("E-NOT-TEXT", f"{what}应为文字。", path)
            return None
        if len(value) > MAX_TEXT:
            self.error("E-TEXT-TOO-LONG", f"{what}有{len(value)}个字符，超过 Excel 单元格的上限{MAX_TEXT}个字符，"
                       "未读入（不会被截断）。请缩短或分成几段。", path)
            return None
        return clean_text(value)

    def name(self, value: str, path: Path, what: str) -> str:
        """A one-line name; longer than ``MAX_NAME`` is an 错误 and the name is shortened."""
        value = clean_text(value).replace("\n", " ").strip()
        if len(value) > MAX_NAME:
            self.error("E-NAME-TOO-LONG", f"{what}有{len(value)}个字符，超过{MAX_NAME}个字符的上限。请缩短。", path)
            value = value[:MAX_NAME] + "…"
        return value

    def table(self, value: Any, path: Path, what: str) -> Mapping[str, Any]:
        if isinstance(value, Mapping):
            return value
        self.error("E-NOT-TABLE", f"{what}的格式不对：应为一个表（[{format_path(path)}]）。", path)
        return {}

    def unknown_keys(self, table: Mapping[str, Any], allowed: tuple[str, ...], path: Path) -> None:
        for key in table:
            if key not in allowed:
                self.error(
                    "E-UNKNOWN-KEY",
                    f"无法识别的键“{key}”{_suggest(key, allowed)}。请删除或改正。",
                    (*path, key),
                )

    # -- sections ----------------------------------------------------------------------------

    def unit(self, raw: Any) -> Unit:
        table = self.table(raw, ("unit",), "单位信息")
        self.unknown_keys(table, ("name", "year", "kind", "edition", "code", "parent"), ("unit",))
        name = table.get("name")
        if isinstance(name, str):
            name = self.name(name, ("unit", "name"), "单位名称")
        if not isinstance(name, str) or not name.strip():
            self.error("E-UNIT-NAME", "缺少单位名称。请在“单位信息”中填写单位名称。", ("unit", "name"))
            name = "（未填单位名称）"
        year = table.get("year")
        number = None if isinstance(year, bool) else _decimal(year)
        if number is not None and number.is_finite() and number.adjusted() < 5 and number == number.to_integral_value():
            year = int(number)  # magnitude checked first: int() of 1e99999999 would not return
        if isinstance(year, bool) or not isinstance(year, int) or not 1949 < year < 2200:
            shown = "" if year is None else f"（现为“{_shown(year)}”）"
            self.error(
                "E-UNIT-YEAR", f"缺少或无法识别决算年度{shown}。请填写四位年份，如2021。",
                ("unit", "year"),
            )
            year = 0
        kind = table.get("kind")
        if kind is not None and kind not in c.UNIT_KINDS:
            self.error(
                "E-UNIT-KIND",
                f"单位类型“{kind}”无法识别{_suggest(str(kind), c.UNIT_KINDS)}；"
                f"应为{'、'.join(c.UNIT_KINDS)}之一。",
                ("unit", "kind"),
            )
            kind = None
        edition = table.get("edition", "基层单位版")
        if edition not in c.EDITIONS:
            self.error("E-UNIT-EDITION", f"报告版本“{edition}”暂不支持，应为“基层单位版”。",
                       ("unit", "edition"))
            edition = "基层单位版"
        code = self._unit_text(table, "code", "单位代码")
        parent = self._unit_text(table, "parent", "上级单位")
        return Unit(name=name.strip(), year=year, kind=kind, edition=edition, code=code, parent=parent)

    def _unit_text(self, table: Mapping[str, Any], key: str, what: str) -> str | None:
        """An optional one-line text of [unit] (a number typed into a cell counts as its digits)."""
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)
        text = self.text(value, ("unit", key), what)
        if text is None:
            return None
        return text.replace("\n", " ").strip() or None

    def people(self, raw: Any) -> dict[str, int | Decimal]:
        table = self.table(raw, ("people",), "人员信息")
        allowed = (*c.PEOPLE_INT_KEYS, *c.PEOPLE_DECIMAL_KEYS)
        self.unknown_keys(table, allowed, ("people",))
        out: dict[str, int | Decimal] = {}
        for key in allowed:
            if key not in table:
                continue
            path, what = ("people", key), c.PEOPLE_LABELS[key]
            value = (
                self.count(table[key], path, what) if key in c.PEOPLE_INT_KEYS
                else self.amount(table[key], path, what)
            )
            if value is not None:
                out[key] = value
        return out

    def settings(self, raw: Any) -> Settings:
        table = self.table(raw, ("settings",), "设置")
        self.unknown_keys(table, ("report_unit", "threshold_pct", "threshold_amount"), ("settings",))
        defaults = Settings()
        unit = table.get("report_unit", defaults.report_unit)
        if unit not in c.REPORT_UNITS:
            self.error("E-SETTING", f"金额单位“{unit}”无法识别，应为“元”或“万元”。",
                       ("settings", "report_unit"))
            unit = defaults.report_unit
        pct = table.get("threshold_pct")
        pct = defaults.threshold_pct if pct is None else self.amount(
            pct, ("settings", "threshold_pct"), "差异比例阈值")
        amt = table.get("threshold_amount")
        amt = defaults.threshold_amount if amt is None else self.amount(
            amt, ("settings", "threshold_amount"), "差异金额阈值")
        return Settings(
            report_unit=unit,
            threshold_pct=defaults.threshold_pct if pct is None else pct,
            threshold_amount=defaults.threshold_amount if amt is None else amt,
        )

    def lines(self, name: str, raw: Any) -> tuple[Line, ...]:
        """An array of amount rows: item rows, coded rows, balances or assets."""
        label = TABLE_LABELS[name]
        if not isinstance(raw, list):
            self.error("E-NOT-TABLE", f"{label}（{name}）应为多行表 [[{name}]]。", (name,))
            return ()
        columns = _columns(name)
        out: list[Line] = []
        seen: dict[str, int] = {}
        parents = _name_only_parents(name, raw) if name in CODED_TABLES else {}
        for i, row in enumerate(raw):
            path: Path = (name, i)
            row = self.table(row, path, self.where(name, label, i))
            if not row:
                continue
            if i in parents:  # a 类/款 row typed by its official name only, as the tables show it
                row = {**row, "code": parents[i]}
            key, display = self._line_key(name, row, path, label, i)
            if key is None:
                continue
            self.unknown_keys(row, (*_identity_keys(name), *columns), path)
            if key in seen:
                self.error(
                    "E-DUPLICATE",
                    f"{label}中“{display}”重复出现（{self.rows_of(name, seen[key], i)}）。请合并为一行。",
                    path,
                )
                continue
            seen[key] = i
            values: dict[str, Decimal] = {}
            rejected: set[str] = set()
            for column in columns:
                if column in row and row[column] is not None and row[column] != "":
                    what = f"{label}“{display}”的{_column_label(name, column)}"
                    value = self.amount(row[column], (*path, column), what)
                    if value is not None:
                        values[column] = value
                    else:
                        rejected.add(column)
            out.append(Line(key=key, name=display, index=i, values=values, rejected=frozenset(rejected)))
        return tuple(out)

    def _line_key(
        self, name: str, row: Mapping[str, Any], path: Path, label: str, i: int
    ) -> tuple[str | None, str]:
        at = self.where(name, label, i)
        if name in LINE_TABLES or name in ("balances", "assets"):
            item = row.get("item")
            if not isinstance(item, str) or not item.strip():
                self.error("E-ITEM-MISSING", f"{at}缺少项目名称。请填写项目名称。", (*path, "item"))
                return None, ""
            item = clean_text(item).strip()
            if item == c.display_name(c.ABROAD):  # 因公出国（境）费, as the published tables spell it
                item = c.ABROAD
            allowed = LINE_TABLES.get(name) or (c.BALANCE_ITEMS if name == "balances" else ())
            if allowed and item not in allowed:
                self.error(
                    "E-UNKNOWN-ITEM",
                    f"{at}的项目“{item}”无法识别{_suggest(item, allowed)}。"
                    f"可用项目：{'、'.join(allowed)}。",
                    (*path, "item"),
                )
                return None, ""
            return item, c.display_name(item)
        code = row.get("code")
        if isinstance(code, int) and not isinstance(code, bool):
            code = str(code)
        lengths = (3, 5, 7) if name == "functions" else (3, 5)
        if code is None or (isinstance(code, str) and not code.strip()):
            self._missing_code(name, row.get("name"), (*path, "code"), at, lengths)
            return None, ""
        if isinstance(code, Decimal) and code.is_finite() and code == code.to_integral_value() and code < 10**7:
            code = str(int(code))
        if not isinstance(code, str) or not code.strip().isdigit() or len(code.strip()) not in lengths:
            shown = "" if code is None else f"“{_shown(code)}”"
            self.error(
                "E-CODE",
                f"{at}的科目编码{shown}无效：应为{'/'.join(map(str, lengths))}位数字。",
                (*path, "code"),
            )
            return None, ""
        code = code.strip()
        if not code.isascii():
            self.error("E-CODE", f"{at}的科目编码“{code}”含全角数字，请改用半角数字。",
                       (*path, "code"))
            return None, ""
        known = c.KNOWN_FUNCTION_CLASSES if name == "functions" else c.KNOWN_ECONOMIC_CLASSES
        if code[:3] not in known:
            self.error("E-CODE", f"{at}的科目编码“{code}”的类“{code[:3]}”不存在，请核对科目编码。",
                       (*path, "code"))
            return None, ""
        names = c.FUNCTION_CLASSES if name == "functions" else c.ECONOMIC_CLASSES
        display = row.get("name")
        if isinstance(display, str):
            display = self.name(display, (*path, "name"), f"{label}科目{code}的名称")
        if not isinstance(display, str) or not display.strip():
            display = names.get(code)
            if display is None:
                self.error(
                    "E-NAME-MISSING", f"{label}科目{code}缺少科目名称。请填写科目名称。",
                    (*path, "name"),
                )
                display = code
        return code, display.strip()

    def _missing_code(self, table: str, name: Any, path: Path, where: str, lengths: tuple[int, ...]) -> None:
        """A coded row without its code: say so, and which code its name has in the catalogue."""
        digits = "/".join(map(str, lengths))
        if not isinstance(name, str) or not name.strip():
            self.error("E-CODE-MISSING", f"{where}缺少科目编码。请填写{digits}位数字的科目编码。", path)
            return
        shown = _shown(name.strip())
        found = [code for code, official in _catalogue(table).items() if _name_key(official) == _name_key(name)]
        if found:
            hint = (f"（“{shown}”的科目编码应为{'或'.join(found)}，但本表没有它的下级科目，"
                    "只填名称的行只能是下级科目的上级科目）")
        else:
            hint = "（科目目录中没有同名的上级科目，只填名称的行须与其下级科目的上级科目官方名称一致）"
        self.error("E-CODE-MISSING", f"{where}“{shown}”缺少科目编码{hint}。请填写{digits}位数字的科目编码。",
                   path)

    def quantities(self, raw: Any) -> dict[str, dict[str, int]]:
        table = self.table(raw, ("quantities",), "实物量")
        self.unknown_keys(table, c.QUANTITY_KEYS, ("quantities",))
        out: dict[str, dict[str, int]] = {}
        for key in c.QUANTITY_KEYS:
            if key not in table:
                continue
            cell = self.table(table[key], ("quantities", key), f"实物量“{key}”")
            self.unknown_keys(cell, c.QUANTITY_COLUMNS, ("quantities", key))
            values = {}
            for column in c.QUANTITY_COLUMNS:
                if cell.get(column) is not None and cell.get(column) != "":
                    what = f"{key}（{c.SCENARIOS[column]}）"
                    value = self.count(cell[column], ("quantities", key, column), what)
                    if value is not None:
                        values[column] = value
            if values:
                out[key] = values
        return out

    def reasons(self, raw: Any) -> dict[str, dict[str, str]]:
        table = self.table(raw, ("reasons",), "原因说明")
        self.unknown_keys(table, tuple(c.REASON_COMPARISONS), ("reasons",))
        out: dict[str, dict[str, str]] = {}
        for comparison in c.REASON_COMPARISONS:
            if comparison not in table:
                continue
            lines = self.table(table[comparison], ("reasons", comparison), "原因说明")
            kept = {}
            for key, value in lines.items():
                if len(str(key)) > MAX_NAME:
                    self.error("E-NAME-TOO-LONG",
                               f"原因说明的项目名称有{len(str(key))}个字符，超过{MAX_NAME}个字符的上限，"
                               "未读入。请填写项目名称或科目编码。", ("reasons", comparison, str(key)[:MAX_NAME]))
                    continue
                text = self.text(value, ("reasons", comparison, key), f"原因说明“{key}”")
                if text is not None and text.strip():
                    kept[str(key)] = text
            if kept:
                out[comparison] = kept
        return out

    def texts(self, raw: Any) -> dict[str, str]:
        table = self.table(raw, ("text",), "文字材料")
        self.unknown_keys(table, c.TEXT_KEYS, ("text",))
        out = {}
        for key in c.TEXT_KEYS:
            if key in table:
                text = self.text(table[key], ("text", key), f"文字材料“{key}”")
                if text is not None and text.strip():
                    out[key] = text
        return out


def parse(document: Mapping[str, Any], rows: RowPlaces | None = None) -> tuple[UnitData, list[Finding]]:
    """Read one unit from a mapping shaped like the data file; return it with its findings. ``rows``: where
    a workbook reader found each line (its messages then name the sheet row)."""
    r = Reader(rows)
    schema = document.get("schema")
    if schema is None:
        r.error("E-SCHEMA", "缺少版本号：文件开头应有 schema = 1。", ("schema",))
    elif schema != c.SCHEMA_VERSION:
        r.error("E-SCHEMA", f"不支持的数据文件版本 schema = {schema}，本工具读取 schema = 1。",
                ("schema",))
    r.unknown_keys(document, TOP_KEYS, ())
    if "unit" not in document:
        r.error("E-UNIT-MISSING", "缺少 [unit] 单位信息（单位名称、年度）。", ("unit",))
    data = UnitData(
        unit=r.unit(document.get("unit", {})),
        people=r.people(document.get("people", {})),
        settings=r.settings(document.get("settings", {})),
        income=r.lines("income", document.get("income", [])),
        spending=r.lines("spending", document.get("spending", [])),
        functions=r.lines("functions", document.get("functions", [])),
        economics=r.lines("economics", document.get("economics", [])),
        controlled=r.lines("controlled", document.get("controlled", [])),
        quantities=r.quantities(document.get("quantities", {})),
        balances=r.lines("balances", document.get("balances", [])),
        assets=r.lines("assets", document.get("assets", [])),
        reasons=r.reasons(document.get("reasons", {})),
        text=r.texts(document.get("text", {})),
    )
    return data, r.findings


def _columns(name: str) -> tuple[str, ...]:
    if name == "balances":
        return tuple(c.BALANCE_COLUMNS)
    if name == "assets":
        return tuple(c.ASSET_COLUMNS)
    if name == "spending":
        return (*c.SCENARIOS, *c.FISCAL_COLUMNS)
    return tuple(c.SCENARIOS)


def _code_text(value: Any) -> str | None:
    """A row's code as digits, however it was typed (text, or a number as Excel stores it)."""
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return value.strip()
    return None


def _name_key(text: str) -> str:
    """A name compared as typed or as catalogued: no spaces, brackets full-width."""
    return re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）")


def _catalogue(table: str) -> dict[str, str]:
    """Official names of the parent (类/款) codes of ``table``."""
    return {**c.CLASS_NAMES, **c.FUNCTION_SECTIONS} if table == "functions" else dict(c.ECONOMIC_CLASSES)


def _name_only_parents(table: str, rows: Any) -> dict[int, str]:
    """Rows with a name but no code whose name is the official name of a coded row's parent
    (类 or 款) in the same table: row index → that parent's code (catalogue names are unique)."""
    if not isinstance(rows, list):
        return {}
    coded = [(i, code) for i, row in enumerate(rows) if isinstance(row, Mapping)
             and (code := _code_text(row.get("code"))) is not None]
    catalogue = {_name_key(name): code for code, name in _catalogue(table).items()}
    out: dict[int, str] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping) or not isinstance(row.get("name"), str):
            continue
        if row.get("code") is not None and not (isinstance(row["code"], str) and not row["code"].strip()):
            continue
        want = catalogue.get(_name_key(row["name"]))
        if want is None:
            continue
        if any(len(code) > len(want) and code.startswith(want) for _, code in coded):
            out[i] = want
    return out


def _identity_keys(name: str) -> tuple[str, ...]:
    return ("code", "name") if name in ("functions", "economics") else ("item",)


def _column_label(name: str, column: str) -> str:
    labels = {**c.SCENARIOS, **c.FISCAL_COLUMNS, **c.BALANCE_COLUMNS, **c.ASSET_COLUMNS}
    return labels.get(column, column)


CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """A person's text as the report can hold it: Word's line breaks (\\v, \\f, \\r\\n) become
    newlines, other control characters (which no document format can store) are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return CONTROL.sub("", text)


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    return f"，是否应为“{close[0]}”" if close else ""


def _decimal(value: Any) -> Decimal | None:
    """An exact decimal of a number (a float as the shortest decimal that reads back as it)."""
    try:
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return Decimal(value)
    except (InvalidOperation, ValueError, OverflowError):
        return None
    return None


def _shown(value: Any, limit: int = 30) -> str:
    """At most ``limit`` characters of a value, for a message (safe on deeply nested values)."""
    try:
        text = value if isinstance(value, str) else repr(value) if isinstance(value, list | dict) else str(value)
    except (RecursionError, ValueError):
        return "…"
    return text if len(text) <= limit else text[:limit] + "…"


TEXT_NUMBER = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", re.ASCII)  # 356,800.00 or 8640 as text; not １２３


def _number_hint(value: Any, sheet: bool = False) -> str:
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if TEXT_NUMBER.fullmatch(text):  # a number stored as text (pasted from another system): Excel's SUM skips it
        if sheet:
            return "（是以文本形式存储的数字：选中该单元格，点旁边的感叹号选“转换为数字”，或重新输入）"
        return "（是带引号的文字：数据文件中请写不带引号、不带千分位逗号的数字）"
    if text.startswith("="):
        return "（是没有计算结果的公式：请在 Excel/WPS/LibreOffice 中打开并保存一次，或直接填写数字）"
    if any("０" <= ch <= "９" for ch in text):
        return "（含全角数字，请改用半角数字）"
    if text.endswith("万") or "万元" in text:
        return "（请换算为元，不要带“万”字）"
    return ""
