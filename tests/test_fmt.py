from decimal import Decimal as D

import pytest

from juesuan.core import fmt


@pytest.mark.parametrize(("value", "shown"), [
    (D("2656000"), "2,656,000.00"),
    (D("0.005"), "0.01"),  # half-up, not banker's
    (D("0.015"), "0.02"),
    (D("0.025"), "0.03"),
    (D("-0.004"), "0.00"),  # never -0.00
    (D("-1234.565"), "-1,234.57"),
    (D("225976.861"), "225,976.86"),
])
def test_number_rounds_half_up_once(value, shown):
    assert fmt.number(value) == shown


def test_money_in_yuan_and_wan():
    assert fmt.money(D("2656000"), "元") == "2,656,000.00元"
    assert fmt.money(D("2656000"), "万元") == "265.60万元"
    assert fmt.to_wan(D("681928.55")) == D("68.19")
    assert fmt.to_wan(D("391800")) == D("39.18")


def test_change_percent_has_no_sign_and_never_rounds_a_change_to_zero():
    assert fmt.change_percent(D("-58.7208")) == "58.72%"
    assert fmt.change_percent(D("0.004")) == "不足0.01%"
    assert fmt.percent(D("1536.7199")) == "1,536.72%"
