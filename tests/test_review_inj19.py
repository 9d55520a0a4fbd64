"""Injection-bench classes (session 19): evidence counted once per sentence, a name with its place doubled, a
rate whose level has a slipped leading digit."""

from juesuan.review import review_text


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.code.startswith("R-")]


def test_a_base_year_named_twice_in_one_sentence_is_one_comparison():
    # one sentence compares with 2022 (named twice), another with 2021: no majority says 2021 is stale
    text = ("某小学2023年度决算公开说明\n"
            "一、机构设置\n编制数和人员数都比2021年减少，主要原因是学生人数减少。\n"
            "二、财政拨款收支\n2023年度财政拨款收、支总计603.13万元。与2022年相比，财政拨款收、支总计各减少79.44万元，"
            "下降11.6%，与2022年基本持平。")
    assert not [f for f in _codes(text) if f[0] == "R-YEAR"]
    # two sentences comparing with 2022 are the document's habit: the 2021 one is stale
    text2 = text + "\n三、支出\n2023年度支出合计617.85万元，比2022年减少76.03万元。"
    assert ("R-YEAR", "2021年", "2022年") in _codes(text2)


def test_a_name_with_its_place_written_twice_is_not_the_units_name():
    # the title typed wrong once; the other two places name the unit, one of them with its city doubled (a repeat):
    # the doubled one is no name of its own to outvote the title's with
    text = ("2024年度汨罗市发展和革局部门决算\n目录\n第一部分 汨罗市发展和改革局概况\n"
            "第一部分 汨罗市汨罗市发展和改革局概况\n一、部门职责\n负责全市国民经济和社会发展规划。")
    found = [f for f in _codes(text) if f[0] == "R-UNIT-NAME"]
    assert found == [("R-UNIT-NAME", "汨罗市发展和革局", "汨罗市发展和改革局")]
    assert ("R-REPEAT", "汨罗市汨罗市", "汨罗市") in _codes(text)


def test_an_amount_with_a_slipped_leading_digit_beside_its_change_and_rate():
    # 1304 ÷ 37.8% − 1304 = 2142: the amount has a 1 put before it; the rate is right (9.70% is no slip of 37.8%)
    text = "2024年5月份，非税收入累计完成12142万元，较上年同期减收1304万元，下降37.8%。"
    found = _codes(text)
    assert ("R-DIFF", "12142万元", "2142万元") in found
    assert not [f for f in found if f[0] == "R-PERCENT"]
    # a rate far from what the amounts give, with no amount one digit away: the rate is blamed as before
    found = _codes("2024年5月份，非税收入累计完成12142万元，较上年同期减收1304万元，下降31.8%。")
    assert [f for f in found if f[0] == "R-PERCENT"] == [("R-PERCENT", "31.8%", "9.7%")]


def test_a_reasons_word_turned_where_the_turned_word_makes_the_changes_add_up():
    # 49.13 − 17.34 = 31.79: with 「基本支出增加」 the reasons add up to the total's change exactly — its word is off
    text = "支出较去年增加31.79万元，主要是基本支出减少49.13万元，项目支出减少了17.34万元。"
    assert ("R-DIRECTION", "减少49.13万元", "增加49.13万元") in _codes(text)
    # the total's own word turned: 22.27 − 34.75 = −12.48
    text = "收入较去年增加12.48万元，主要是一般公共预算拨款增加22.27万元，政府性基金预算拨款收入减少34.75万元。"
    assert ("R-DIRECTION", "增加12.48万元", "减少12.48万元") in _codes(text)
    # as written they add up: nothing; and reasons that add up to another amount either way are no proof (a list may
    # leave items out)
    assert not [f for f in _codes("支出较去年增加31.79万元，主要是基本支出增加49.13万元，项目支出减少了17.34万元。")
                if f[0] in ("R-DIRECTION", "R-SUM")]
    assert not [f for f in _codes("支出较去年增加31.79万元，主要是基本支出增加40.13万元，项目支出减少了17.34万元。")
                if f[0] == "R-DIRECTION"]


def test_a_short_name_in_the_title_against_the_longer_name_the_text_writes_more_often():
    # the title drops a character (a five-character name, too short to check on its own); the text writes the
    # unit's name whole three times
    text = ("遂宁市统局2017年部门决算编制说明\n来源:遂宁市统计局 发布时间:2018-08-22\n"
            "(一)主要职能。按照《关于印发遂宁市统计局主要职责内设机构和人员编制规定的通知》，遂宁市统计局是市政府工作部门。")
    assert ("R-UNIT-NAME", "遂宁市统局", "遂宁市统计局") in _codes(text)
    # a five-character name written the same everywhere: nothing
    assert not [f for f in _codes("某县教育局2017年部门决算\n某县教育局局长负责全面工作。某县教育局是县政府工作部门。")
                if f[0] == "R-UNIT-NAME"]


def test_the_short_form_the_text_writes_is_checked_too():
    # the title names 「海南省万宁市教育局」; the text writes 「万宁市教育局」 (its first place left out): a slip of it
    text = ("海南省万宁市教育局2024年度部门决算\n一、部门职责\n万宁市教育局是主管全市教育事业的市政府工作部门。"
            "万宁市教局的内设机构根据工作需要设置。万宁市教育局下设办公室。")
    assert ("R-UNIT-NAME", "万宁市教局", "万宁市教育局") in _codes(text)


def test_a_part_heading_naming_its_unit_with_bumen_danwei():
    # 「第一部分 <name>部门(单位)概况」 names the unit as 「…部门概况」 does
    from juesuan.review.extract import read_text
    from juesuan.review.rules.unit_name import unit_name

    text = "目 录\n第一部分 岳阳铁山灌区汨罗市管理所部门(单位)概况\n一、部门职责\n负责灌区管理。"
    assert unit_name(read_text(text)) == "岳阳铁山灌区汨罗市管理所"


def test_a_part_the_confirmed_total_is_exceeded_by_exactly_is_the_stray_one():
    # the total is stated again in another section; the parts exceed it by 6.00, the amount of the one line a
    # budget of this kind leaves at 0: that line is blamed, 应为 0
    text = ("二、部门收支总体情况\n(一)收入预算:2023年年初预算数513.09万元,其中:一般公共预算拨款收入513.09万元,"
            "政府性基金预算拨款收入0万元,财政专户管理资金收入6.00万元,事业收入0万元,其他收入0万元。\n"
            "(二)支出预算:2023年年初预算数513.09万元,其中:一般公共服务支出473.87万元,教育支出0.71万元,"
            "社会保障和就业支出18.70万元,卫生健康支出8.75万元,住房保障支出11.06万元。")
    found = _codes(text)
    assert ("R-PART", "6.00万元", "0.00万元") in found
    assert not [f for f in found if f[0] == "R-SUM"]


def test_a_list_item_with_its_own_breakdown_in_brackets_keeps_its_share():
    # the first item's bracketed breakdown is its own; the heading run into the sentence is no part of the total's
    # name: the shares decide that 其他收入 is the wrong amount (519.07 − 500.12 = 18.95, 3.65%)
    text = ("(二)收入决算情况说明本年收入合计519.07万元;包括财政拨款收入500.12万元(其中,一般公共预算500.12万元,"
            "政府性基金预算0万元,国有资本经营预算0万元),占收入合计96.35%;上级补助收入0万元,占收入合计0%;"
            "事业收入0万元,占收入合计0%;其他收入551.13万元,占收入合计3.65%。")
    found = _codes(text)
    assert ("R-PART", "551.13万元", "18.95万元") in found
    assert not [f for f in found if f[0] == "R-SHARE"]
